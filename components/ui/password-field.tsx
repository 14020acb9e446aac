'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { fieldId, TextField, type TextFieldProps } from './field';

/**
 * A password field with a show/hide switch. Pasting works (password managers rely on it) and there is
 * no maxLength: the server says when a password is too long rather than silently cutting it.
 */
export function PasswordField({ autoComplete = 'current-password', ...props }: Omit<TextFieldProps, 'type'>) {
  const t = useTranslations('forms');
  const [visible, setVisible] = useState(false);
  const id = props.id ?? fieldId(props.name);
  return (
    <div className="relative">
      <TextField
        {...props}
        id={id}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="none"
        autoCorrect="off"
      />
      <button
        type="button"
        aria-controls={id}
        aria-pressed={visible}
        onClick={() => setVisible((value) => !value)}
        className="-mt-3 mb-5 text-sm text-brand-700 underline underline-offset-2"
      >
        {visible ? t('hidePassword') : t('showPassword')}
      </button>
    </div>
  );
}
