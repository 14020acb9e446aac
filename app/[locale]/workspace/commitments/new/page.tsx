import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CommitmentForm } from '@/components/workflow/commitment-form';
import { listCommitmentChoices } from '@/db/queries/commitment-lists';
import { requirePermission } from '@/lib/auth/session';
import { getStandardText } from '@/lib/i18n/standard-text';
import { countryChoices } from '@/lib/format';
import { languageOptions } from '@/lib/i18n/content-language';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { createCommitmentAction } from '../actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.commitments' });
  return { title: t('newTitle') };
}

export default async function NewCommitmentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'commitment.create' });
  const [t, ts, choices, text] = await Promise.all([
    getTranslations('workflow.commitments'),
    getTranslations('public.status'),
    listCommitmentChoices(),
    getStandardText(),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('newTitle')}</h1>
      <CommitmentForm
        action={createCommitmentAction}
        initial={{
          ref: '',
          title: '',
          description: '',
          madeAt: '',
          madeOn: null,
          sourceUrl: null,
          responsibleBody: '',
          targetDate: null,
          language: 'en',
          standardIds: [],
        }}
        countries={countryChoices(choices.countries, locale)}
        // A retired standard is no longer offered for new commitments.
        standards={choices.standards.filter((standard) => !standard.retired).map(text)}
        languages={languageOptions(locale)}
        statuses={IMPLEMENTATION_STATUSES.map((status) => ({ value: status, label: ts(status) }))}
      />
    </div>
  );
}
