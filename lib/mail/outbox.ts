import 'server-only';
import { after } from 'next/server';
import { db, type Database, type Executor } from '@/db/client';
import {
  insertOutboxMessage,
  lockUnsentMessages,
  markMessageFailed,
  markMessageSent,
  type NewOutboxMessage,
} from '@/db/queries/outbox';
import { smtpSender, type SendMail } from './transport';

/**
 * Transactional outbox. A change that sends mail writes the message with the same executor as the
 * change, so both commit or neither does; delivery happens after the response (Next.js `after`), so
 * how long an SMTP server takes never shows in response times (which would tell, for instance,
 * whether "forgot password" found an account).
 */

export async function enqueueMail({
  executor,
  message,
}: {
  executor: Executor;
  message: NewOutboxMessage;
}): Promise<number | null> {
  return insertOutboxMessage({ executor, message });
}

// One-time links are removed from a message's stored copy once it has gone out by e-mail.
const ONE_TIME_LINK = /https?:\/\/\S+\/(?:invitation|reset-password)\/[A-Za-z0-9_-]{43}/g;

export function redactOneTimeLinks(text: string): string {
  return text.replace(ONE_TIME_LINK, '[link removed after sending]');
}

/**
 * Sends unsent messages from the last day, oldest first. Messages that fail keep their error and are
 * tried again next time. Returns how many went out. Without SMTP, nothing happens.
 */
export async function deliverPendingMail({
  send = smtpSender(),
  limit = 20,
  database = db(),
}: { send?: SendMail | null; limit?: number; database?: Database } = {}): Promise<number> {
  if (!send) return 0;
  let sent = 0;
  await database.transaction(async (tx) => {
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    for (const message of await lockUnsentMessages({ executor: tx, since, limit })) {
      try {
        await send({ to: message.toAddress, subject: message.subject, text: message.bodyText });
        await markMessageSent({ executor: tx, id: message.id, bodyText: redactOneTimeLinks(message.bodyText) });
        sent += 1;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await markMessageFailed({ executor: tx, id: message.id, error: reason.slice(0, 500) });
      }
    }
  });
  return sent;
}

/** Delivery after the response has gone; errors are logged, and the message stays in the outbox. */
export function deliverAfterResponse(): void {
  if (!smtpSender()) return;
  after(async () => {
    try {
      await deliverPendingMail();
    } catch (error) {
      console.error('[mail] delivery failed', error instanceof Error ? error.message : error);
    }
  });
}
