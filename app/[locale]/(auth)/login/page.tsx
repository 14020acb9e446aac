import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { Notice } from '@/components/ui/notice';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { getCurrentUser } from '@/lib/auth/session';
import { getPathname, Link, redirect } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('login.title'), robots: { index: false } };
}

const NOTICES = ['welcome', 'reset', 'signedOut'] as const;

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations('auth');
  // The workspace home then opens in the person's own language (users.locale), whatever this page's.
  const fallback = getPathname({ href: { pathname: '/workspace', query: { landing: '1' } }, locale: locale as Locale });
  const callbackUrl = safeCallbackPath(query.callbackUrl, fallback);
  if (await getCurrentUser()) redirect({ href: callbackUrl, locale: locale as Locale });
  const notice = NOTICES.find((name) => query[name] === '1');
  // next-auth sends its own errors here as ?error=…; only known codes are shown, never the raw text.
  const authError = typeof query.error === 'string' ? query.error : null;

  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t('login.title')}</h1>
      <p className="mb-6 text-slate-700">{t('login.intro')}</p>
      {notice ? <Notice tone="success">{t(`login.notices.${notice}`)}</Notice> : null}
      {authError && !notice ? <Notice tone="warning">{t('login.errors.unknown')}</Notice> : null}
      <noscript>
        <p className="mb-4 rounded bg-amber-50 p-3 text-amber-950">{t('login.needsJavaScript')}</p>
      </noscript>
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        <Link href="/forgot-password" className="text-brand-700 underline underline-offset-4">
          {t('login.forgot')}
        </Link>
      </p>
      <p className="mt-2 text-sm text-slate-700">{t('login.noAccount')}</p>
    </div>
  );
}
