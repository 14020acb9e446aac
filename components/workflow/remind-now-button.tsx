'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/lib/actions/result';

/** "Remind now" for one state in a round's progress table; says how many focal points it reached. */
export function RemindNowButton({
  action,
  roundId,
  countryId,
  country,
}: {
  action: FormAction<{ countryId: number; recipients: number }>;
  roundId: number;
  countryId: number;
  country: string;
}) {
  const t = useTranslations('workflow.rounds.remind');
  return (
    <ActionButton
      action={action}
      fields={{ roundId: String(roundId), countryId: String(countryId) }}
      renderSuccess={(data) => (
        <p className="font-medium text-green-900">{t('done', { count: data.recipients, country })}</p>
      )}
    >
      {t('button')}
      <span className="sr-only"> ({country})</span>
    </ActionButton>
  );
}
