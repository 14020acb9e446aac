import { asc, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { outboxMessages, reportingRounds } from '@/db/schema';
import { createCommitment, createReport, createRound } from '@/db/seed/factories';
import type { CurrentUser } from '@/lib/auth/session';
import type { RemindNowInput } from '@/lib/validation/round';
import { auditRowsFor, refusalOf, runAs, setUpWorkflow } from '@/test/workflow-fixtures';
import { remindNow } from './round-reminders';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
});

const BASE = 'http://tracker.test';
const remind = (user: CurrentUser, input: RemindNowInput, today: string) =>
  runAs(user, input, (ctx) => remindNow(ctx, { today, base: BASE }));

const outboxFor = (roundId: number) =>
  db()
    .select({ to: outboxMessages.toAddress, kind: outboxMessages.kind, key: outboxMessages.dedupeKey })
    .from(outboxMessages)
    .where(like(outboxMessages.dedupeKey, `reminder:now:round-${roundId}:%`))
    .orderBy(asc(outboxMessages.id));

describe('remindNow', () => {
  it('queues one state’s reminder through the outbox at most once a day, audited; the next day again', async () => {
    const nor = w.countryId('NOR');
    const round = await createRound(db(), {
      title: 'Remind round',
      opensOn: '2025-06-01',
      deadline: '2025-06-30',
      status: 'open',
    });
    await createCommitment(db(), { countryId: nor, publication: 'published' });
    const input = { roundId: round.id, countryId: nor };

    // Past the deadline: the "late" reminder's words, to Norway's focal point.
    expect(await remind(w.secretariat, input, '2025-07-02')).toMatchObject({ countryId: nor, recipients: 1 });
    expect(await outboxFor(round.id)).toEqual([
      {
        to: w.norway.email,
        kind: 'reminder_late',
        key: `reminder:now:round-${round.id}:country-${nor}:2025-07-02:user-${w.norway.id}`,
      },
    ]);
    const audit = await auditRowsFor('reporting_round', round.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'round.remind',
        actorId: w.secretariat.id,
        countryId: nor,
        after: expect.objectContaining({ day: '2025-07-02', kind: 'late', recipients: [w.norway.id] }),
      }),
    ]);

    // The same day again, by anyone: refused, naming the state; nothing more is queued or audited.
    expect(await refusalOf(remind(w.secondSecretariat, input, '2025-07-02'))).toEqual({
      code: 'conflict:round',
      messageKey: 'codes.remindedToday',
      messageValues: { country: 'Norway' },
    });
    expect(await outboxFor(round.id)).toHaveLength(1);
    expect(await auditRowsFor('reporting_round', round.id)).toHaveLength(1);

    // The next day it may go again.
    await remind(w.secretariat, input, '2025-07-03');
    expect((await outboxFor(round.id)).map((row) => row.key)).toEqual([
      `reminder:now:round-${round.id}:country-${nor}:2025-07-02:user-${w.norway.id}`,
      `reminder:now:round-${round.id}:country-${nor}:2025-07-03:user-${w.norway.id}`,
    ]);
    await db()
      .update(reportingRounds)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(reportingRounds.id, round.id));
  });

  it('refuses a state that has reported, a round that is not open, and a focal point', async () => {
    const mex = w.countryId('MEX');
    const closed = await createRound(db(), { status: 'closed', opensOn: '2024-01-01', deadline: '2024-02-01' });
    expect(await refusalOf(remind(w.secretariat, { roundId: closed.id, countryId: mex }, '2025-07-02'))).toEqual({
      code: 'conflict:round',
      messageKey: 'codes.invalidState_round',
      messageValues: { state: 'closed' },
    });
    const open = await createRound(db(), { status: 'open', opensOn: '2025-08-01', deadline: '2025-08-30' });
    const done = await createCommitment(db(), { countryId: mex, publication: 'published' });
    await createReport(db(), { commitmentId: done.id, state: 'submitted', roundId: open.id });
    expect(await refusalOf(remind(w.secretariat, { roundId: open.id, countryId: mex }, '2025-08-02'))).toEqual({
      code: 'conflict:round',
      messageKey: 'codes.remindReported',
      messageValues: { country: 'Mexico' },
    });
    expect(
      (await refusalOf(remind(w.norway, { roundId: open.id, countryId: w.countryId('NOR') }, '2025-08-02'))).code,
    ).toBe('forbidden:round');
    expect(await outboxFor(open.id)).toEqual([]);
  });
});
