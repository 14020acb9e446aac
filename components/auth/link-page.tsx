import { getTranslations } from 'next-intl/server';
import { findInvitationByTokenHash } from '@/db/queries/invitations';
import { getSessionUser } from '@/db/queries/users';
import type { FormAction } from '@/lib/actions/result';
import { linkState, type LinkState } from '@/lib/auth/links';
import { hashToken, isLinkTokenShape } from '@/lib/auth/tokens';
import { Link } from '@/lib/i18n/navigation';
import { SetPasswordForm } from './set-password-form';

/**
 * The page behind a one-time link. It only reads: the link is used up by the form's action, in a
 * transaction that locks the row. A link that cannot be used says why, in plain words.
 */
export async function OneTimeLinkPage({
  action,
  token,
  purpose,
}: {
  /** Accepts the invitation or resets the password: whichever `purpose` says. */
  action: FormAction;
  token: string;
  purpose: 'invite' | 'reset';
}) {
  const t = await getTranslations('auth');
  const row = isLinkTokenShape(token) ? await findInvitationByTokenHash({ tokenHash: hashToken(token) }) : null;
  let state: LinkState = linkState(row && row.purpose === purpose ? row : null);
  let email = row?.email ?? '';
  if (state === 'valid' && purpose === 'reset') {
    const user = row?.userId ? await getSessionUser({ id: row.userId }) : null;
    if (!user || !user.isActive) state = 'unknown';
    else email = user.email;
  }
  const title = purpose === 'invite' ? t('accept.title') : t('reset.title');

  if (state !== 'valid' || !row) {
    return (
      <div className="max-w-xl">
        <h1 className="mb-4 text-3xl font-bold tracking-tight">{title}</h1>
        <p className="mb-4 rounded border-s-4 border-amber-700 bg-amber-50 p-4 text-amber-950">{t(`link.${state}`)}</p>
        <p>
          <Link
            href={purpose === 'invite' ? '/login' : '/forgot-password'}
            className="text-brand-700 underline underline-offset-4"
          >
            {purpose === 'invite' ? t('link.toLogin') : t('link.requestNew')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mb-6 text-slate-700">
        {purpose === 'invite'
          ? t('accept.intro', { email, role: t(`roles.${row.role ?? 'focal_point'}`) })
          : t('reset.intro', { email })}
      </p>
      <SetPasswordForm action={action} token={token} email={email} purpose={purpose} />
    </div>
  );
}
