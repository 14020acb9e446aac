import { getTranslations } from 'next-intl/server';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { Timestamp } from '@/components/ui/timestamp';
import { EndSessionButton } from '@/components/workspace/account-forms';
import type { FormAction } from '@/lib/actions/result';
import { describeDevice } from '@/lib/auth/device-label';
import type { ActiveSession } from '@/lib/auth/user-sessions';

/** A person's open sessions on "My account": device, address, last seen, and a way to end each. */
export async function SessionList({ sessions, endSession }: { sessions: ActiveSession[]; endSession: FormAction }) {
  const t = await getTranslations('workspace');
  const deviceOf = (session: ActiveSession) => {
    const { browser, system } = describeDevice(session.userAgent);
    return t('account.sessions.deviceLabel', {
      browser: browser ?? t('account.sessions.unknownBrowser'),
      system: system ?? t('account.sessions.unknownSystem'),
    });
  };
  const columns: DataColumn<ActiveSession>[] = [
    {
      label: t('account.sessions.device'),
      cell: (session) => (
        <>
          {deviceOf(session)}
          {session.current ? (
            <span className="ms-2 font-medium text-emerald-800">({t('account.sessions.current')})</span>
          ) : null}
        </>
      ),
    },
    {
      label: t('account.sessions.address'),
      cell: (session) =>
        session.ip ? <span className="font-mono">{session.ip}</span> : t('account.sessions.unknownAddress'),
    },
    { label: t('account.sessions.lastSeen'), cell: (session) => <Timestamp value={session.lastSeenAt} /> },
    {
      label: t('account.sessions.actions'),
      header: <span className="sr-only">{t('account.sessions.actions')}</span>,
      cell: (session) => (
        <EndSessionButton
          action={endSession}
          sessionId={session.id}
          label={t('account.sessions.end')}
          device={deviceOf(session)}
        />
      ),
    },
  ];
  return (
    <DataTable
      variant="workspace"
      caption={t('account.sessions.caption')}
      captionHidden
      columns={columns}
      rows={sessions}
      rowKey={(session) => session.id}
      scroll
    />
  );
}
