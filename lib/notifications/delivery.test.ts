import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { outboxMessages } from '@/db/schema';
import { createCommitment, createUser } from '@/db/seed/factories';
import { inviteUser } from '@/lib/auth/invitations';
import { deliverPendingMail } from '@/lib/mail/outbox';
import { saveReportSchema } from '@/lib/validation/report';
import { returnReport, saveReport } from '@/lib/workflow/reports';
import { runAs, sessionUserOf, setUpWorkflow } from '@/test/workflow-fixtures';

/**
 * Notices as they reach a real SMTP server, started here on a free loopback port: the headers, the
 * subject and text in French and Spanish as UTF-8, and the stored copy without the one-time link of an
 * invitation once it has gone.
 */

type Received = { envelopeTo: string[]; mail: ParsedMail; raw: string };
const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((to) => to.address), mail, raw: raw.toString() });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The app's sender, configured as an install would be (SMTP_URL), read afresh by a new module. */
async function appSender() {
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  vi.resetModules();
  const { smtpSender } = await import('@/lib/mail/transport');
  return smtpSender()!;
}

function to(address: string): Received {
  const found = received.filter((item) => item.envelopeTo.includes(address));
  expect(found, `one mail to ${address}`).toHaveLength(1);
  return found[0]!;
}

describe('notices delivered by SMTP', () => {
  it('arrive in each recipient’s language, as UTF-8 plain text, and no one-time link stays in the outbox', async () => {
    const w = await setUpWorkflow();
    const admin = sessionUserOf(await createUser(db(), { role: 'admin', name: 'Ada Admin' }));
    const francoise = sessionUserOf(
      await createUser(db(), {
        role: 'focal_point',
        countryId: w.countryId('NOR'),
        name: 'Françoise Lefèvre',
        email: 'francoise@example.test',
        locale: 'fr',
      }),
    );
    await createUser(db(), { role: 'secretariat', name: 'Sofía Núñez', email: 'sofia@example.test', locale: 'es' });

    const commitment = await createCommitment(db(), { countryId: w.countryId('NOR'), publication: 'published' });
    const { report } = await runAs(
      francoise,
      saveReportSchema.parse({
        commitmentId: commitment.id,
        claimedStatus: 'complete',
        narrative: 'La loi est adoptée.',
        evidence: [],
        reportedOn: '2025-03-01',
        intent: 'submit',
      }),
      saveReport,
    );
    await runAs(
      w.secretariat,
      { id: report.id, version: report.version, reason: 'Il manque le décret d’application – merci.' },
      returnReport,
    );
    const invitation = await runAs(
      admin,
      {
        email: 'invitee@example.test',
        role: 'focal_point' as const,
        countryId: w.countryId('MEX'),
        locale: 'es' as const,
      },
      inviteUser,
    );

    const send = await appSender();
    let delivered = 0;
    for (let sent = -1; sent !== 0;) delivered += sent = await deliverPendingMail({ send, limit: 100 });
    expect(delivered).toBeGreaterThanOrEqual(4);
    // The server has answered every message before deliverPendingMail returns: all are here.
    expect(received).toHaveLength(delivered);

    // The French focal point: the return, with its reason, linking to the report in French.
    const returned = to('francoise@example.test');
    expect(returned.mail.from?.value[0]?.address).toBe('no-reply@localhost');
    expect(returned.mail.to && 'value' in returned.mail.to ? returned.mail.to.value[0]?.address : null).toBe(
      'francoise@example.test',
    );
    expect(returned.mail.subject).toBe(`Votre rapport sur ${commitment.ref} a été renvoyé`);
    expect(returned.raw).toMatch(/^Subject: =\?UTF-8\?/im);
    expect(returned.mail.headers.get('content-type')).toMatchObject({
      value: 'text/plain',
      params: { charset: 'utf-8' },
    });
    expect(returned.mail.text).toContain('Bonjour Françoise Lefèvre,');
    expect(returned.mail.text).toContain('Il manque le décret d’application – merci.');
    expect(returned.mail.text).toContain(`http://localhost:3000/fr/workspace/reports/${report.id}`);
    expect(returned.mail.html).toBe(false);

    // The Spanish secretariat member: the submission, linking to the review in Spanish.
    const submitted = to('sofia@example.test');
    expect(submitted.mail.subject).toBe(`Informe por revisar: ${commitment.ref} (Noruega)`);
    expect(submitted.mail.text).toContain('Estimado/a Sofía Núñez:');
    expect(submitted.mail.text).toContain(`http://localhost:3000/es/workspace/review/${report.id}`);

    // The invitation, chosen in Spanish: it arrives with its link; the outbox no longer holds it.
    const invited = to('invitee@example.test');
    expect(invited.mail.subject).toBe('Su invitación al Engagement Tracker');
    expect(invited.mail.text).toContain(invitation.link);
    expect(invitation.link).toMatch(/\/es\/invitation\//);
    const [stored] = await db()
      .select({ body: outboxMessages.bodyText, sentAt: outboxMessages.sentAt })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.toAddress, 'invitee@example.test'), eq(outboxMessages.kind, 'invitation')));
    expect(stored!.sentAt).not.toBeNull();
    expect(stored!.body).not.toContain(invitation.link);
    expect(stored!.body).toContain('[link removed after sending]');
    // A notice's link is not a one-time link: its stored copy keeps it.
    const [notice] = await db()
      .select({ body: outboxMessages.bodyText })
      .from(outboxMessages)
      .where(eq(outboxMessages.toAddress, 'francoise@example.test'));
    expect(notice!.body).toContain(`/fr/workspace/reports/${report.id}`);
  });
});
