'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { SubmitButton } from './submit-button';

const subscribeToNothing = () => () => {};
const whenHydrated = () => true;
const beforeHydration = () => false;

type Variant = 'primary' | 'secondary' | 'danger';

const openerStyles: Record<Variant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-brand-700 bg-white text-brand-800 hover:bg-brand-50',
  danger: 'bg-red-800 text-white hover:bg-red-900',
};
const openerClass =
  'inline-flex min-h-11 cursor-pointer items-center rounded px-4 py-2 font-medium disabled:opacity-70';

/**
 * The submit button of a form whose action is hard to undo (deactivate an account, archive a
 * commitment, return a report): pressing it asks first. With JavaScript the question is a modal
 * `<dialog>`: Escape or Cancel closes it and puts focus back on the button, Confirm sends the form.
 * Without JavaScript (and until the page is hydrated) the button opens a `<details>` with the question
 * and the confirming submit button: two presses either way, so one slip never acts.
 */
export function ConfirmSubmit({
  children,
  question,
  confirmLabel,
  variant = 'danger',
  name,
  value,
}: {
  children: ReactNode;
  question: ReactNode;
  confirmLabel: ReactNode;
  variant?: Variant;
  name?: string;
  value?: string;
}) {
  const t = useTranslations('forms');
  const { pending } = useFormStatus();
  // False on the server and while hydrating, true once the page's script runs.
  const enhanced = useSyncExternalStore(subscribeToNothing, whenHydrated, beforeHydration);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Named by its question only while open: closed, the dialog is no one's label.
  const [open, setOpen] = useState(false);
  const id = useId();

  if (!enhanced) {
    return (
      <details className="inline-block" data-confirm="fallback">
        <summary className={`${openerClass} ${openerStyles[variant]}`}>{children}</summary>
        <div className="mt-2 max-w-sm space-y-3 rounded border border-slate-300 bg-white p-3">
          <p>{question}</p>
          <SubmitButton variant={variant} name={name} value={value}>
            {confirmLabel}
          </SubmitButton>
        </div>
      </details>
    );
  }

  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        disabled={pending}
        onClick={() => {
          // A form that cannot be sent as it is (a required reason left empty) is sent at once, so that
          // its errors show: there is nothing to confirm yet.
          const form = opener.current?.form;
          const submitter = dialog.current?.querySelector<HTMLButtonElement>('button[type="submit"]');
          if (form && submitter && !form.checkValidity()) return form.requestSubmit(submitter);
          dialog.current?.showModal();
          setOpen(true);
          // The safe choice has focus first: Enter or Space on it changes nothing.
          cancel.current?.focus();
        }}
        className={`${openerClass} ${openerStyles[variant]}`}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={open ? `${id}-question` : undefined}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded border border-slate-300 bg-white p-5 text-slate-900 shadow-lg backdrop:bg-slate-900/50"
      >
        <p id={`${id}-question`} className="mb-4 font-medium">
          {question}
        </p>
        <div className="flex flex-wrap gap-3">
          {/* Closing as the form is sent: the submission goes on, and focus goes back to the opener. */}
          <span onClickCapture={() => setTimeout(() => dialog.current?.close(), 0)}>
            <SubmitButton variant={variant} name={name} value={value}>
              {confirmLabel}
            </SubmitButton>
          </span>
          <button
            ref={cancel}
            type="button"
            onClick={() => dialog.current?.close()}
            className="inline-flex min-h-11 items-center rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-50"
          >
            {t('confirm.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
