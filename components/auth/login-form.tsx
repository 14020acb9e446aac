'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField, RequiredLegend } from '@/components/ui/field';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';

type LoginState = {
  email: string;
  /** Kept in this page's memory only while the second factor is asked for, so it is not typed twice. */
  password: string;
  askCode: boolean;
  error: string | null;
  retryAfterSeconds: number | null;
  /** UTC time (HH:MM) after which a limited sign-in may be tried again. */
  retryAt: string | null;
  attempt: number;
};

const KNOWN_ERRORS = ['missing', 'invalid', 'totp_required', 'totp_invalid', 'rate_limited', 'session_expired'];

/**
 * Sign-in through next-auth's Credentials endpoint (which checks its own CSRF token). The answer is a
 * code; the page turns it into a sentence. Only after a correct password does the form ask for the
 * second factor, and a wrong password never says whether the account exists.
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth');
  const [state, formAction] = useActionState<LoginState, FormData>(
    async (previous, formData) => {
      const email = String(formData.get('email') ?? '').trim();
      const password = String(formData.get('password') ?? '');
      const code = String(formData.get('code') ?? '').trim();
      const next = { ...previous, email, attempt: previous.attempt + 1 };
      if (!email || !password) return { ...next, password, error: 'missing', retryAfterSeconds: null, retryAt: null };
      const result = await signIn('credentials', { redirect: false, email, password, code, callbackUrl });
      if (result?.ok && !result.error) {
        // A full load, so that every server component renders with the new session.
        window.location.assign(callbackUrl);
        return { ...next, password: '', error: null, retryAfterSeconds: null, retryAt: null };
      }
      const [rawCode, seconds] = (result?.error ?? 'invalid').split(':');
      const errorCode = KNOWN_ERRORS.includes(rawCode ?? '') ? rawCode! : 'unknown';
      const askCode =
        errorCode === 'totp_required' ||
        errorCode === 'totp_invalid' ||
        (previous.askCode && errorCode === 'rate_limited');
      const retryAfterSeconds = seconds ? Number(seconds) : null;
      return {
        ...next,
        askCode,
        password: askCode ? password : '',
        error: errorCode,
        retryAfterSeconds,
        retryAt: retryAfterSeconds ? new Date(Date.now() + retryAfterSeconds * 1000).toISOString().slice(11, 16) : null,
      };
    },
    { email: '', password: '', askCode: false, error: null, retryAfterSeconds: null, retryAt: null, attempt: 0 },
  );

  let message: string | undefined;
  if (state.error === 'rate_limited') {
    const minutes = Math.max(1, Math.ceil((state.retryAfterSeconds ?? 60) / 60));
    message = t('login.errors.rate_limited', { minutes, time: state.retryAt ?? '' });
  } else if (state.error) {
    message = t(`login.errors.${state.error as 'invalid'}`);
  }

  return (
    <form action={formAction} noValidate key={state.attempt} className="max-w-md">
      <ErrorSummary message={state.error === 'totp_required' ? undefined : message} errors={[]} />
      <RequiredLegend />
      {state.error === 'totp_required' ? (
        <p className="mb-4 rounded bg-brand-50 p-3" role="status">
          {message}
        </p>
      ) : null}
      <TextField
        name="email"
        type="email"
        label={t('login.email')}
        autoComplete="username"
        defaultValue={state.email}
        required
        aria-required="true"
      />
      <PasswordField
        name="password"
        label={t('login.password')}
        autoComplete="current-password"
        defaultValue={state.password}
        required
        aria-required="true"
      />
      {state.askCode ? (
        <TextField
          name="code"
          label={t('login.code')}
          hint={t('login.codeHint')}
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
          aria-required="true"
        />
      ) : null}
      <SubmitButton>{t('login.submit')}</SubmitButton>
    </form>
  );
}
