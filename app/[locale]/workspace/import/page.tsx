import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ImportForm } from '@/components/workflow/import-form';
import { requirePermission } from '@/lib/auth/session';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS } from '@/lib/csv/import';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.import' });
  return { title: t('title') };
}

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'commitment.import' });
  const t = await getTranslations('workflow.import');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul className="list-disc space-y-1 ps-5">
        <li>{t('columns', { columns: IMPORT_COLUMNS.join(', ') })}</li>
        <li>{t('required', { columns: REQUIRED_COLUMNS.join(', ') })}</li>
        <li>{t('formats')}</li>
        <li>{t('statuses', { statuses: IMPLEMENTATION_STATUSES.join(', ') })}</li>
      </ul>
      <ImportForm endpoint={getPathname({ href: '/workspace/import/upload', locale: locale as Locale })} />
    </div>
  );
}
