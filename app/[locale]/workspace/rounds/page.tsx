import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RoundForm } from '@/components/workflow/round-form';
import { listRounds } from '@/db/queries/rounds';
import { requirePermission } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { createRoundAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workflow.rounds' });
  return { title: t('title') };
}

export default async function RoundsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'round.manage' });
  const [t, rounds] = await Promise.all([getTranslations('workflow.rounds'), listRounds()]);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <section aria-labelledby="list-heading" className="space-y-4">
        <h2 id="list-heading" className="text-2xl font-semibold">
          {t('listHeading')}
        </h2>
        {rounds.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pe-4">
                  {t('fieldTitle')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('opensOn')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('deadline')}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t('status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => (
                <tr key={round.id} className="border-b border-slate-200">
                  <td className="py-2 pe-4">
                    <Link
                      href={`/workspace/rounds/${round.id}`}
                      className="font-medium text-brand-700 underline underline-offset-4"
                    >
                      {round.title}
                    </Link>
                  </td>
                  <td className="py-2 pe-4">{round.opensOn}</td>
                  <td className="py-2 pe-4">{round.deadline}</td>
                  <td className="py-2 pe-4">{t(`statuses.${round.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="new-heading" className="space-y-4">
        <h2 id="new-heading" className="text-2xl font-semibold">
          {t('newHeading')}
        </h2>
        <RoundForm action={createRoundAction} />
      </section>
    </div>
  );
}
