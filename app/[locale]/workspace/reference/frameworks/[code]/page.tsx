import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FrameworkForm } from '@/components/reference/framework-form';
import { MoveStandardButton, RetirementButton } from '@/components/reference/standard-buttons';
import { StandardForm } from '@/components/reference/standard-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import { PageSection } from '@/components/ui/page-section';
import { getWorkspaceFramework, type WorkspaceStandardRow } from '@/db/queries/reference-frameworks';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { textAttributes, textLanguages, wordingIn } from '@/lib/reference/wording';
import { partialDateText, textFieldsOf } from '@/lib/validation/framework';
import { addStandardAction, moveStandardAction, setStandardRetiredAction, updateFrameworkAction } from '../actions';

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The code as written in the address, in the upper case codes are stored in. */
function codeOf(param: string): string {
  return decodeURIComponent(param).trim().toUpperCase();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace.frameworks' });
  return { title: `${codeOf(code)} · ${t('title')}` };
}

/** One framework: its standards in order (moved, retired, brought back), a new standard, its details. */
export default async function FrameworkPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'framework.manage' });
  // Read on every request: after a refused save the forms must hold the current versions.
  const framework = await getWorkspaceFramework({ code: codeOf(code) });
  if (!framework) notFound();
  const [t, query] = await Promise.all([getTranslations('workspace.frameworks'), searchParams]);
  const name = wordingIn(framework.texts, locale);
  const languages = textLanguages(locale);
  const last = framework.standards.length - 1;

  const columns: DataColumn<WorkspaceStandardRow>[] = [
    {
      label: t('standardColumns.code'),
      rowHeader: true,
      cell: (standard) => (
        <Link
          href={`/workspace/reference/frameworks/${framework.code}/standards/${standard.code}`}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {standard.code}
        </Link>
      ),
    },
    { label: t('standardColumns.position'), numeric: true, cell: (_standard, index) => index + 1 },
    {
      label: t('standardColumns.title'),
      cell: (standard) => {
        const { text, lang } = wordingIn(standard.texts, locale);
        return <span {...textAttributes(lang, locale)}>{text.title}</span>;
      },
    },
    {
      label: t('standardColumns.state'),
      cell: (standard) =>
        standard.retiredAt ? (
          <span className="font-semibold" data-retired="">
            {t('retiredOn', { date: formatDate(standard.retiredAt, locale) })}
          </span>
        ) : (
          t('inUse')
        ),
    },
    { label: t('standardColumns.commitments'), numeric: true, cell: (standard) => standard.commitments },
    {
      label: t('standardColumns.changes'),
      cell: (standard, index) => (
        <div className="flex flex-wrap gap-2">
          {index > 0 ? <MoveStandardButton action={moveStandardAction} standard={standard} direction="up" /> : null}
          {index < last ? (
            <MoveStandardButton action={moveStandardAction} standard={standard} direction="down" />
          ) : null}
          <RetirementButton action={setStandardRetiredAction} standard={standard} />
        </div>
      ),
    },
  ];

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <Breadcrumbs
          label={t('breadcrumbs')}
          trail={[{ href: '/workspace/reference/frameworks', label: t('title') }]}
          current={framework.code}
        />
        <h1 className="text-3xl font-bold tracking-tight">
          <span {...textAttributes(name.lang, locale)}>{name.text.name}</span>
        </h1>
        {framework.isDemo ? <p>{t('demoNote')}</p> : null}
      </div>
      {query.saved === 'created' ? <Notice tone="success">{t('created')}</Notice> : null}
      <PageSection headingId="standards-heading" title={t('standardsHeading')} description={t('standardsIntro')}>
        <DataTable
          variant="workspace"
          caption={t('standardsCaption', { framework: framework.code })}
          captionHidden
          columns={columns}
          rows={framework.standards}
          rowKey={(standard) => standard.id}
          rowData={(standard) => ({ 'data-standard': standard.code })}
          empty={t('noStandards')}
        />
      </PageSection>
      <PageSection headingId="add-standard-heading" title={t('addHeading')}>
        <StandardForm
          action={addStandardAction}
          initial={{ standardCode: '', ...textFieldsOf({}, 'title') }}
          languages={languages}
          frameworkId={framework.id}
        />
      </PageSection>
      <PageSection headingId="details-heading" title={t('detailsHeading')}>
        <FrameworkForm
          action={updateFrameworkAction}
          initial={{
            id: framework.id,
            version: framework.version,
            adoptedOn: partialDateText({ date: framework.adoptedOn, precision: framework.adoptedOnPrecision }),
            sourceUrl: framework.sourceUrl ?? '',
            ...textFieldsOf(framework.texts, 'name'),
          }}
          languages={languages}
        />
      </PageSection>
    </div>
  );
}
