import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OneTimeLinkPage } from '@/components/auth/link-page';
import { acceptInvitationAction } from '../../actions';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('accept.title'), robots: { index: false } };
}

export default async function InvitationPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  return <OneTimeLinkPage action={acceptInvitationAction} token={token} purpose="invite" />;
}
