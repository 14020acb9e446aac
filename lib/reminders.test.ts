import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { outboxMessages, users } from '@/db/schema';
import { createCommitment, createReport, createRound, createUser } from '@/db/seed/factories';
import { setUpWorkflow } from '@/test/workflow-fixtures';
import { reminderKindFor, sendRoundReminders } from './reminders';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
const DEADLINE = '2025-06-30';

beforeAll(async () => {
  w = await setUpWorkflow();
});

describe('reminderKindFor', () => {
  it('none before the window, "due" within REMINDER_DAYS_BEFORE of the deadline and on it, "late" after it', () => {
    expect(reminderKindFor({ today: '2025-06-22', deadline: DEADLINE, daysBefore: 7 })).toBeNull();
    expect(reminderKindFor({ today: '2025-06-23', deadline: DEADLINE, daysBefore: 7 })).toBe('due');
    expect(reminderKindFor({ today: DEADLINE, deadline: DEADLINE, daysBefore: 7 })).toBe('due');
    expect(reminderKindFor({ today: '2025-07-01', deadline: DEADLINE, daysBefore: 7 })).toBe('late');
  });
});

describe('sendRoundReminders', () => {
  it('reminds the active focal points of states that have not reported, once per kind however often it runs', async () => {
    const nor = w.countryId('NOR');
    const mex = w.countryId('MEX');
    const chl = w.countryId('CHL');
    // No open round yet: nothing to do.
    expect(await sendRoundReminders({ today: '2025-06-25', daysBefore: 7, base: 'http://tracker.test' })).toEqual({
      round: null,
      kind: null,
      queued: [],
      skipped: [],
    });

    const round = await createRound(db(), {
      title: 'Mid-2025 round',
      opensOn: '2025-06-01',
      deadline: DEADLINE,
      status: 'open',
    });
    // Norway: two published commitments, one reported in this round. Mexico: all reported. Chile: a
    // published commitment whose only report is a draft; its draft commitments do not count.
    const norDone = await createCommitment(db(), { countryId: nor, publication: 'published' });
    await createCommitment(db(), { countryId: nor, publication: 'published' });
    await createReport(db(), { commitmentId: norDone.id, state: 'submitted', roundId: round.id });
    const mexDone = await createCommitment(db(), { countryId: mex, publication: 'published' });
    await createReport(db(), { commitmentId: mexDone.id, state: 'verified', roundId: round.id });
    const chlOpen = await createCommitment(db(), { countryId: chl, publication: 'published' });
    await createReport(db(), { commitmentId: chlOpen.id, state: 'draft', roundId: round.id });
    await createCommitment(db(), { countryId: chl, publication: 'draft' });

    const secondNor = await createUser(db(), {
      role: 'focal_point',
      countryId: nor,
      email: 'second.nor@example.test',
      name: 'Nils Second',
    });
    await createUser(db(), { role: 'focal_point', countryId: nor, isActive: false, email: 'gone.nor@example.test' });
    const chlFocal = await createUser(db(), {
      role: 'focal_point',
      countryId: chl,
      email: 'focal.chl@example.test',
      name: 'Camila Focal',
    });

    expect((await sendRoundReminders({ today: '2025-06-20', daysBefore: 7 })).queued).toEqual([]);

    const first = await sendRoundReminders({ today: '2025-06-25', daysBefore: 7, base: 'http://tracker.test' });
    const dueKeys = [w.norway.id, secondNor.id, chlFocal.id]
      .map((id) => `reminder:due:round-${round.id}:user-${id}`)
      .sort();
    expect(first).toMatchObject({ kind: 'due', queued: dueKeys, skipped: [] });

    const again = await sendRoundReminders({ today: '2025-06-27', daysBefore: 7, base: 'http://tracker.test' });
    expect(again).toMatchObject({ kind: 'due', queued: [], skipped: dueKeys });

    const late = await sendRoundReminders({ today: '2025-07-02', daysBefore: 7, base: 'http://tracker.test' });
    expect(late.queued).toEqual(
      [w.norway.id, secondNor.id, chlFocal.id].map((id) => `reminder:late:round-${round.id}:user-${id}`).sort(),
    );
    expect((await sendRoundReminders({ today: '2025-07-09', daysBefore: 7 })).queued).toEqual([]);

    const outbox = await db()
      .select({
        to: outboxMessages.toAddress,
        kind: outboxMessages.kind,
        subject: outboxMessages.subject,
        body: outboxMessages.bodyText,
        countryId: outboxMessages.countryId,
      })
      .from(outboxMessages)
      .orderBy(asc(outboxMessages.id));
    expect(outbox).toHaveLength(6);
    expect(
      outbox
        .filter((row) => row.kind === 'reminder_due')
        .map((row) => row.to)
        .sort(),
    ).toEqual(['focal.chl@example.test', 'second.nor@example.test', await emailOf(w.norway.id)].sort());
    const chileDue = outbox.find((row) => row.kind === 'reminder_due' && row.to === 'focal.chl@example.test')!;
    expect(chileDue.subject).toBe('Reminder: Mid-2025 round report due on 30 June 2025');
    expect(chileDue.body).toContain('Dear Camila Focal,');
    expect(chileDue.body).toContain('Chile has not yet submitted a report on 1 commitment out of 1.');
    expect(chileDue.body).toContain('http://tracker.test/workspace/country');
    const norwayLate = outbox.find((row) => row.kind === 'reminder_late' && row.to === 'second.nor@example.test')!;
    expect(norwayLate.subject).toBe('Overdue: Mid-2025 round report was due on 30 June 2025');
    expect(norwayLate.body).toContain('Norway has still not submitted a report on 1 commitment out of 2.');
  });
});

describe('reminders in each person’s language', () => {
  it('go in the recipient’s language with a link in it, and not to one who turned reminders off', async () => {
    // The round of the test above is still open; Portugal has a published commitment and no report.
    const prt = w.countryId('PRT');
    await createCommitment(db(), { countryId: prt, publication: 'published' });
    const french = await createUser(db(), {
      role: 'focal_point',
      countryId: prt,
      email: 'focal.prt@example.test',
      name: 'Brigitte Focal',
      locale: 'fr',
    });
    const muted = await createUser(db(), {
      role: 'focal_point',
      countryId: prt,
      email: 'quiet.prt@example.test',
      mutedNotices: ['reminder'],
    });
    const run = await sendRoundReminders({ today: '2025-07-03', daysBefore: 7, base: 'http://tracker.test' });
    expect(run.queued).toContain(`reminder:late:round-${run.round!.id}:user-${french.id}`);
    expect(run.queued.join(' ')).not.toContain(muted.id);
    const [mail] = await db()
      .select({ subject: outboxMessages.subject, body: outboxMessages.bodyText })
      .from(outboxMessages)
      .where(eq(outboxMessages.toAddress, 'focal.prt@example.test'));
    expect(mail!.subject).toBe('En retard : le rapport « Mid-2025 round » était attendu le 30 juin 2025');
    expect(mail!.body).toContain('Bonjour Brigitte Focal,');
    expect(mail!.body).toContain('Portugal n’a toujours pas soumis de rapport sur 1 engagement sur 1.');
    expect(mail!.body).toContain('http://tracker.test/fr/workspace/country');
    const none = await db().select().from(outboxMessages).where(eq(outboxMessages.toAddress, 'quiet.prt@example.test'));
    expect(none).toEqual([]);
  });
});

async function emailOf(userId: string): Promise<string> {
  const [row] = await db().select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row!.email;
}
