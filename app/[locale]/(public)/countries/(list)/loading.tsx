import { LoadingStatus, SkeletonBlock, SkeletonTable } from '@/components/public/skeletons';

export default function CountriesLoading() {
  return (
    <div className="space-y-6">
      <LoadingStatus />
      <div aria-hidden="true" className="max-w-3xl space-y-3">
        <SkeletonBlock className="h-9 w-48" />
        <SkeletonBlock className="h-5 w-full" />
      </div>
      <SkeletonTable rows={12} columns={7} />
    </div>
  );
}
