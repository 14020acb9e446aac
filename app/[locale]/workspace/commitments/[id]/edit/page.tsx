import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CommitmentForm } from '@/components/workflow/commitment-form';
import { getCommitment, listCommitmentChoices } from '@/db/queries/commitment-lists';
import { requirePermission } from '@/lib/auth/session';
import { getStandardText } from '@/lib/i18n/standard-text';
import { countryNameOf } from '@/lib/format';
import { languageOptions } from '@/lib/i18n/content-language';
import { Link } from '@/lib/i18n/navigation';
import { updateCommitmentAction } from '../../actions';
import { parseRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.commitments' });
  return { title: t('editTitle') };
}

export default async function EditCommitmentPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'commitment.update' });
  const commitmentId = parseRouteId(id);
  // Read on every request: after a refused save the form must hold the current version.
  const commitment = commitmentId !== null ? await getCommitment({ id: commitmentId }) : null;
  if (!commitment) notFound();
  const [t, choices, text] = await Promise.all([
    getTranslations('workflow.commitments'),
    listCommitmentChoices(),
    getStandardText(),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/workspace/commitments/${commitment.id}`} className="text-brand-700 underline underline-offset-4">
          {t('backTo', { ref: commitment.ref })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{t('editHeading', { ref: commitment.ref })}</h1>
      <p>{t('editingCountry', { country: countryNameOf(commitment, locale), version: commitment.version })}</p>
      <CommitmentForm
        action={updateCommitmentAction}
        initial={commitment}
        // A retired standard stays on the commitments linked to it, and is offered to no other.
        standards={choices.standards
          .filter((standard) => !standard.retired || commitment.standardIds.includes(standard.id))
          .map(text)}
        languages={languageOptions(locale)}
      />
    </div>
  );
}
