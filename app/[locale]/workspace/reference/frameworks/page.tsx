import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PartialDate } from '@/components/public/partial-date';
import { FrameworkForm } from '@/components/reference/framework-form';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { PageSection } from '@/components/ui/page-section';
import { listWorkspaceFrameworks, type WorkspaceFrameworkRow } from '@/db/queries/reference-frameworks';
import { requirePermission } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { textAttributes, textLanguages, wordingIn } from '@/lib/reference/wording';
import { textFieldsOf } from '@/lib/validation/framework';
import { createFrameworkAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace.frameworks' });
  return { title: t('title') };
}

/** The frameworks commitments are measured against, and a form to create one. Admins only. */
export default async function FrameworksPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'framework.manage' });
  const [t, frameworks] = await Promise.all([getTranslations('workspace.frameworks'), listWorkspaceFrameworks()]);
  const columns: DataColumn<WorkspaceFrameworkRow>[] = [
    {
      label: t('columns.framework'),
      rowHeader: true,
      cell: (framework) => {
        const { text, lang } = wordingIn(framework.texts, locale);
        return (
          <>
            <Link
              href={`/workspace/reference/frameworks/${framework.code}`}
              className="font-medium text-brand-700 underline underline-offset-4"
            >
              <span {...textAttributes(lang, locale)}>{text.name}</span>
            </Link>
            {framework.isDemo ? (
              <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">{t('demo')}</span>
            ) : null}
          </>
        );
      },
    },
    { label: t('columns.code'), cell: (framework) => framework.code },
    {
      label: t('columns.adoptedOn'),
      cell: (framework) => (
        <PartialDate occurredOn={framework.adoptedOn} datePrecision={framework.adoptedOnPrecision} />
      ),
    },
    { label: t('columns.standards'), numeric: true, cell: (framework) => framework.standards },
    { label: t('columns.retired'), numeric: true, cell: (framework) => framework.retired },
  ];
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="max-w-3xl">{t('intro')}</p>
      </div>
      <PageSection headingId="frameworks-heading" title={t('listHeading')}>
        <DataTable
          variant="workspace"
          caption={t('listHeading')}
          captionHidden
          columns={columns}
          rows={frameworks}
          rowKey={(framework) => framework.id}
          empty={t('empty')}
        />
      </PageSection>
      <PageSection headingId="new-framework-heading" title={t('newHeading')}>
        <FrameworkForm
          action={createFrameworkAction}
          initial={{ adoptedOn: '', sourceUrl: '', frameworkCode: '', ...textFieldsOf({}, 'name') }}
          languages={textLanguages(locale)}
        />
      </PageSection>
    </div>
  );
}
