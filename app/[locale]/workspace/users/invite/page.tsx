import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InviteForm } from '@/components/workspace/invite-form';
import { listCountryOptions } from '@/db/queries/countries';
import { requirePermission } from '@/lib/auth/session';
import { countryChoices } from '@/lib/format';
import { inviteUserAction } from '../actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('invite.title') };
}

export default async function InvitePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'user.invite' });
  const [t, countries] = await Promise.all([getTranslations('workspace'), listCountryOptions()]);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t('invite.title')}</h1>
      <p className="mb-6 max-w-2xl text-slate-700">{t('invite.intro')}</p>
      <InviteForm
        action={inviteUserAction}
        countries={countryChoices(countries, locale).map(({ id, name }) => ({ id, name }))}
        locale={locale}
      />
    </div>
  );
}
