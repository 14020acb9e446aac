import { getFormatter, getTranslations } from 'next-intl/server';
import { EndSessionButton } from '@/components/workspace/account-forms';
import { describeDevice } from '@/lib/auth/device-label';
import type { ActiveSession } from '@/lib/auth/user-sessions';

/** A person's open sessions on "My account": device, address, last seen, and a way to end each. */
export async function SessionList({ sessions }: { sessions: ActiveSession[] }) {
  const [t, format] = await Promise.all([getTranslations('workspace'), getFormatter()]);
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t('account.sessions.caption')}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t('account.sessions.device')}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t('account.sessions.address')}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t('account.sessions.lastSeen')}
            </th>
            <th scope="col" className="py-2 font-semibold">
              <span className="sr-only">{t('account.sessions.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const { browser, system } = describeDevice(session.userAgent);
            const device = t('account.sessions.deviceLabel', {
              browser: browser ?? t('account.sessions.unknownBrowser'),
              system: system ?? t('account.sessions.unknownSystem'),
            });
            return (
              <tr key={session.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4">
                  {device}
                  {session.current ? (
                    <span className="ml-2 font-medium text-emerald-800">({t('account.sessions.current')})</span>
                  ) : null}
                </td>
                <td className="py-2 pr-4 font-mono">{session.ip ?? t('account.sessions.unknownAddress')}</td>
                <td className="py-2 pr-4">
                  <time dateTime={session.lastSeenAt.toISOString()}>
                    {format.dateTime(session.lastSeenAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}{' '}
                    UTC
                  </time>
                </td>
                <td className="py-2">
                  <EndSessionButton sessionId={session.id} label={t('account.sessions.end')} device={device} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
