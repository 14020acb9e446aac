'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/lib/actions/result';

/**
 * The buttons that change a standard's place or retirement. Each names its standard for screen
 * readers ("Move up CSS-2"), since a list of them reads the same otherwise; a refusal (the list or the
 * standard changed meanwhile) reloads the page's data, so the buttons stand for what is there now.
 */

type Standard = { id: number; code: string; version: number; position: number; retiredAt: Date | null };

const named = (code: string) => <span className="sr-only">{` ${code}`}</span>;

export function MoveStandardButton({
  action,
  standard,
  direction,
}: {
  action: FormAction;
  standard: Standard;
  direction: 'up' | 'down';
}) {
  const t = useTranslations('workspace.frameworks');
  return (
    <ActionButton
      action={action}
      fields={{ id: String(standard.id), position: String(standard.position), direction }}
      refreshOnFailure
    >
      {direction === 'up' ? t('moveUp') : t('moveDown')}
      {named(standard.code)}
    </ActionButton>
  );
}

export function RetirementButton({ action, standard }: { action: FormAction; standard: Standard }) {
  const t = useTranslations('workspace.frameworks');
  const retired = standard.retiredAt !== null;
  return (
    <ActionButton
      action={action}
      fields={{ id: String(standard.id), version: String(standard.version), action: retired ? 'unretire' : 'retire' }}
      variant={retired ? 'secondary' : 'danger'}
      refreshOnFailure
    >
      {retired ? t('unretire') : t('retire')}
      {named(standard.code)}
    </ActionButton>
  );
}
