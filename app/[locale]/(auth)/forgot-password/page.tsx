import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { Link } from '@/lib/i18n/navigation';
import { requestPasswordResetAction } from '../actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('forgot.title'), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth');
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t('forgot.title')}</h1>
      <p className="mb-6 text-slate-700">{t('forgot.intro')}</p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      <p className="mt-6">
        <Link href="/login" className="text-brand-700 underline underline-offset-4">
          {t('forgot.back')}
        </Link>
      </p>
    </div>
  );
}
