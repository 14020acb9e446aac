import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RetirementButton } from '@/components/reference/standard-buttons';
import { StandardForm } from '@/components/reference/standard-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageSection } from '@/components/ui/page-section';
import { getWorkspaceStandard } from '@/db/queries/reference-frameworks';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { textAttributes, textLanguages, wordingIn } from '@/lib/reference/wording';
import { textFieldsOf } from '@/lib/validation/framework';
import { setStandardRetiredAction, updateStandardTextsAction } from '../../../actions';

type Props = { params: Promise<{ locale: string; code: string; standardCode: string }> };

const codeOf = (param: string) => decodeURIComponent(param).trim().toUpperCase();

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, standardCode } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace.frameworks' });
  return { title: `${codeOf(standardCode)} · ${t('title')}` };
}

/** One standard's title and description in every language, and whether it is retired. */
export default async function StandardPage({ params }: Props) {
  const { locale, code, standardCode } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'framework.manage' });
  // Read on every request: after a refused save the form must hold the current version.
  const found = await getWorkspaceStandard({ frameworkCode: codeOf(code), standardCode: codeOf(standardCode) });
  if (!found) notFound();
  const { framework, standard } = found;
  const t = await getTranslations('workspace.frameworks');
  const frameworkName = wordingIn(framework.texts, locale);
  const title = wordingIn(standard.texts, locale);
  const frameworkHref = `/workspace/reference/frameworks/${framework.code}`;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <Breadcrumbs
          label={t('breadcrumbs')}
          trail={[
            { href: '/workspace/reference/frameworks', label: t('title') },
            { href: frameworkHref, label: framework.code },
          ]}
          current={standard.code}
        />
        <h1 className="text-3xl font-bold tracking-tight">
          <span className="block text-lg font-semibold text-slate-700">{standard.code}</span>
          <span {...textAttributes(title.lang, locale)}>{title.text.title}</span>
        </h1>
        <p>
          {t.rich('standardOf', {
            name: frameworkName.text.name,
            framework: (chunks) => <span {...textAttributes(frameworkName.lang, locale)}>{chunks}</span>,
          })}
        </p>
      </div>
      <PageSection headingId="state-heading" title={t('stateHeading')}>
        <p data-retired={standard.retiredAt ? '' : undefined}>
          {standard.retiredAt ? t('retiredNotice', { date: formatDate(standard.retiredAt, locale) }) : t('inUseNotice')}{' '}
          {t('linkedCommitments', { count: standard.commitments })}
        </p>
        <RetirementButton action={setStandardRetiredAction} standard={standard} />
      </PageSection>
      <PageSection headingId="texts-heading" title={t('textsHeading')} description={t('textsIntro')}>
        <StandardForm
          action={updateStandardTextsAction}
          initial={{ id: standard.id, version: standard.version, ...textFieldsOf(standard.texts, 'title') }}
          languages={textLanguages(locale)}
        />
      </PageSection>
    </div>
  );
}
