import { LoadingStatus, SkeletonBlock, SkeletonTable } from '@/components/public/skeletons';

export default function CountryLoading() {
  return (
    <div className="space-y-10">
      <LoadingStatus />
      <div aria-hidden="true" className="space-y-3">
        <SkeletonBlock className="h-4 w-40" />
        <SkeletonBlock className="h-9 w-64" />
        <SkeletonBlock className="h-7 w-32 rounded-full" />
      </div>
      <div aria-hidden="true" className="grid max-w-xl grid-cols-2 gap-4">
        <SkeletonBlock className="h-24" />
        <SkeletonBlock className="h-24" />
      </div>
      <div aria-hidden="true" className="space-y-3">
        <SkeletonBlock className="h-7 w-56" />
        <SkeletonBlock className="h-5 w-80" />
        <SkeletonBlock className="h-5 w-72" />
      </div>
      <SkeletonTable rows={5} columns={5} />
    </div>
  );
}
