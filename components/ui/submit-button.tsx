'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';

/** A form's submit button: while the form is being sent it says so and cannot be pressed twice. */
export function SubmitButton({
  children,
  pending: pendingOverride,
  variant = 'primary',
  name,
  value,
}: {
  children: ReactNode;
  pending?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
  name?: string;
  value?: string;
}) {
  const t = useTranslations('forms');
  const status = useFormStatus();
  const pending = pendingOverride ?? status.pending;
  const styles = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800',
    secondary: 'border border-brand-700 bg-white text-brand-800 hover:bg-brand-50',
    danger: 'bg-red-800 text-white hover:bg-red-900',
  }[variant];
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 items-center rounded px-4 py-2 font-medium disabled:opacity-70 ${styles}`}
    >
      {pending ? t('submit.pending') : children}
    </button>
  );
}
