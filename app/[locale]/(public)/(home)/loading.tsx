import { LoadingStatus, SkeletonBlock, SkeletonFigures, SkeletonTable } from '@/components/public/skeletons';

export default function OverviewLoading() {
  return (
    <div className="space-y-10">
      <LoadingStatus />
      <div aria-hidden="true" className="max-w-3xl space-y-3">
        <SkeletonBlock className="h-9 w-3/4" />
        <SkeletonBlock className="h-5 w-full" />
        <SkeletonBlock className="h-5 w-2/3" />
      </div>
      <SkeletonFigures count={6} />
      <div aria-hidden="true" className="max-w-3xl space-y-4">
        <SkeletonBlock className="h-7 w-72" />
        <SkeletonBlock className="h-3 w-full" />
        <SkeletonTable rows={6} columns={3} />
      </div>
    </div>
  );
}
