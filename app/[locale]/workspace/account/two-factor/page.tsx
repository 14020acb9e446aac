import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import QRCode from 'qrcode';
import { PageSection } from '@/components/ui/page-section';
import {
  ConfirmEnrolmentForm,
  DisableTwoFactorForm,
  RegenerateCodesForm,
  StartEnrolmentButton,
} from '@/components/workspace/two-factor-forms';
import { countUnusedRecoveryCodes, getUserCredentials } from '@/db/queries/users';
import { requireUser } from '@/lib/auth/session';
import { decryptTotpSecret, totpUri } from '@/lib/auth/totp';
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorAction,
} from '../actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace' });
  return { title: t('twoFactor.title') };
}

/** Two-factor sign-in. The one page an admin without it may open, so that they can set it up. */
export default async function TwoFactorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ locale, allowRestricted: true });
  const [t, tCommon] = await Promise.all([getTranslations('workspace'), getTranslations('common')]);
  const row = await getUserCredentials({ id: user.id });
  const pending = !user.totpEnabled ? decryptTotpSecret(row?.totpSecret ?? null) : null;

  if (user.totpEnabled) {
    const remaining = await countUnusedRecoveryCodes({ userId: user.id });
    return (
      <div className="space-y-10">
        <h1 className="text-3xl font-bold tracking-tight">{t('twoFactor.title')}</h1>
        <p>{t('twoFactor.isOn')}</p>
        <p>{t('twoFactor.remaining', { count: remaining })}</p>
        <PageSection headingId="regenerate-heading" title={t('twoFactor.regenerateHeading')} className="space-y-3">
          <p className="mb-4 max-w-2xl text-slate-700">{t('twoFactor.regenerateHelp')}</p>
          <RegenerateCodesForm action={regenerateRecoveryCodesAction} />
        </PageSection>
        <PageSection headingId="disable-heading" title={t('twoFactor.disableHeading')} className="space-y-3">
          {user.role === 'admin' ? (
            <p className="max-w-2xl">{t('twoFactor.adminsKeep')}</p>
          ) : (
            <DisableTwoFactorForm action={disableTwoFactorAction} />
          )}
        </PageSection>
      </div>
    );
  }

  const qr = pending
    ? await QRCode.toDataURL(totpUri({ secret: pending, account: user.email, issuer: tCommon('siteName') }), {
        margin: 1,
        width: 240,
      })
    : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t('twoFactor.title')}</h1>
      {user.restricted ? (
        <p className="max-w-2xl rounded border-s-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
          {t('twoFactor.requiredNotice')}
        </p>
      ) : null}
      <p className="max-w-2xl">{t('twoFactor.explain')}</p>
      {pending && qr ? (
        <>
          <ol className="max-w-2xl list-decimal space-y-4 ps-5">
            <li>
              <p>{t('twoFactor.stepScan')}</p>
              {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server; nothing to optimise */}
              <img
                src={qr}
                width={240}
                height={240}
                alt={t('twoFactor.qrAlt')}
                className="mt-2 border border-slate-300"
              />
              <p className="mt-2">{t('twoFactor.manualKey')}</p>
              <p>
                <code data-testid="totp-secret" className="rounded bg-slate-100 px-2 py-1 font-mono text-lg break-all">
                  {pending.replace(/(.{4})/g, '$1 ').trim()}
                </code>
              </p>
            </li>
            <li>{t('twoFactor.stepConfirm')}</li>
          </ol>
          <ConfirmEnrolmentForm action={confirmTwoFactorAction} />
        </>
      ) : (
        <StartEnrolmentButton action={startTwoFactorAction} />
      )}
    </div>
  );
}
