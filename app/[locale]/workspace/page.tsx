import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { WORKSPACE_NAV } from '@/components/workspace/nav-items';
import { getCountryNaming } from '@/db/queries/countries';
import { requirePermission } from '@/lib/auth/session';
import { countryName, isolate } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { directionOf } from '@/lib/i18n/routing';
import { can } from '@/lib/permissions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('home.title') };
}

export default async function WorkspaceHome({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission({ locale, action: 'workspace.view' });
  const t = await getTranslations('workspace');
  const country = user.countryId !== null ? await getCountryNaming({ id: user.countryId }) : null;
  const countryLabel = country && countryName(country, locale);
  const links = WORKSPACE_NAV.filter(
    (item) => item.href !== '/workspace' && can(user, item.permission, { countryId: user.countryId }),
  );

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('home.title')}</h1>
      <p className="text-lg">
        {t('home.welcome', { name: directionOf(locale) === 'rtl' ? isolate(user.name) : user.name })}
      </p>
      <p>
        {countryLabel
          ? t('home.roleWithCountry', { role: t(`roles.${user.role}`), country: countryLabel })
          : t('home.role', { role: t(`roles.${user.role}`) })}
      </p>
      <ul className="list-disc space-y-1 ps-5">
        {links.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-brand-700 underline underline-offset-4">
              {t(`nav.${item.labelKey}`)}
            </Link>
            {' – '}
            {t(`home.describe.${item.labelKey}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
