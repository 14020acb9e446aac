import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OneTimeLinkPage } from '@/components/auth/link-page';
import { resetPasswordAction } from '../../actions';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('reset.title'), robots: { index: false } };
}

export default async function ResetPasswordPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  return <OneTimeLinkPage action={resetPasswordAction} token={token} purpose="reset" />;
}
