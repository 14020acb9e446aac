import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ReportForm } from '@/components/workflow/report-form';
import { getCountryCommitment } from '@/db/queries/commitment-lists';
import { requirePermission, requireUser } from '@/lib/auth/session';
import { isoDate } from '@/lib/dates';
import { Link } from '@/lib/i18n/navigation';
import { ASSESSABLE_STATUSES } from '@/lib/workflow/rules';
import { saveReportAction } from '../actions';
import { parseRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ commitment?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.reportForm' });
  return { title: t('newTitle') };
}

export default async function NewReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const signedIn = await requireUser({ locale });
  const user = await requirePermission({ locale, action: 'report.write', resource: { countryId: signedIn.countryId } });
  const commitmentId = parseRouteId((await searchParams).commitment);
  // Scoped by the person's own country: another state's commitment is simply not found.
  const commitment =
    commitmentId !== null ? await getCountryCommitment({ id: commitmentId, countryId: user.countryId! }) : null;
  if (!commitment || commitment.publication !== 'published') notFound();
  const [t, ts] = await Promise.all([getTranslations('workflow.reportForm'), getTranslations('public.status')]);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/workspace/commitments/${commitment.id}`} className="text-brand-700 underline underline-offset-4">
          {commitment.ref}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">
        {t.rich('newHeading', {
          title: commitment.title,
          text: (chunks) => <span lang={commitment.language}>{chunks}</span>,
        })}
      </h1>
      <p>{t('intro')}</p>
      <ReportForm
        action={saveReportAction}
        commitmentId={commitment.id}
        report={null}
        statuses={ASSESSABLE_STATUSES.map((status) => ({ value: status, label: ts(status) }))}
        today={isoDate()}
      />
    </div>
  );
}
