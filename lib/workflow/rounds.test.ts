import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createCommitment, createReport, createRound } from '@/db/seed/factories';
import { listComments } from '@/db/queries/comments';
import { getSecretariatDashboard } from '@/db/queries/dashboard';
import { getOpenRound, getRoundProgress } from '@/db/queries/rounds';
import type { CurrentUser } from '@/lib/auth/session';
import type { AddCommentInput } from '@/lib/validation/comment';
import { createRoundSchema, type ChangeRoundInput } from '@/lib/validation/round';
import { auditRowsFor, refusalOf, runAs, setUpWorkflow } from '@/test/workflow-fixtures';
import { addComment } from './comments';
import { changeRoundStatus, createRound as createRoundService } from './rounds';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
});

const change = (user: CurrentUser, input: ChangeRoundInput) => runAs(user, input, changeRoundStatus);
const comment = (user: CurrentUser, input: AddCommentInput) => runAs(user, input, addComment);

describe('rounds', () => {
  it('are created planned, opened, closed; a closed round stays closed; every move audited', async () => {
    const input = createRoundSchema.parse({
      title: 'Before the 2025 Council',
      opensOn: '2025-01-10',
      deadline: '2025-03-01',
    });
    const created = await runAs(w.secretariat, input, createRoundService);
    expect(created.round).toMatchObject({ title: 'Before the 2025 Council', status: 'planned' });
    // Every state's score over rounds lists the rounds: every public page is refreshed.
    expect(created.refresh).toBe('everything');
    const id = created.round.id;
    const invalidState = (state: string) => ({
      code: 'conflict:round',
      messageKey: 'codes.invalidState_round',
      messageValues: { state },
    });

    expect(await refusalOf(change(w.secretariat, { id, action: 'close' }))).toEqual(invalidState('planned'));
    expect(await change(w.secretariat, { id, action: 'open' })).toMatchObject({
      round: { status: 'open' },
      refresh: 'everything',
    });
    expect((await getOpenRound())?.id).toBe(id);

    // A second round cannot open while this one is: the refusal names the open round, not a field.
    const other = await createRound(db(), { title: 'Too early', status: 'planned' });
    expect(await refusalOf(change(w.secretariat, { id: other.id, action: 'open' }))).toEqual({
      code: 'conflict:round',
      messageKey: 'codes.roundAlreadyOpen',
      messageValues: { title: 'Before the 2025 Council' },
    });
    expect((await getOpenRound())?.id).toBe(id);

    expect(await change(w.secretariat, { id, action: 'close' })).toMatchObject({ round: { status: 'closed' } });
    expect(await refusalOf(change(w.secretariat, { id, action: 'open' }))).toEqual(invalidState('closed'));
    expect(await getOpenRound()).toBeNull();
    expect(await refusalOf(change(w.secretariat, { id: 999_999, action: 'open' }))).toEqual({
      code: 'forbidden:round',
      audit: { entityType: 'round', entityId: 999_999, countryId: null, reason: 'not_found' },
    });
    expect((await auditRowsFor('reporting_round', id)).map((event) => event.action)).toEqual([
      'round.create',
      'round.open',
      'round.close',
    ]);
  });

  it('two rounds opened at the same moment: one opens, the other is told one is open', async () => {
    const first = await createRound(db(), { title: 'Race one', status: 'planned' });
    const second = await createRound(db(), { title: 'Race two', status: 'planned' });
    const outcomes = await Promise.allSettled([
      change(w.secretariat, { id: first.id, action: 'open' }),
      change(w.secondSecretariat, { id: second.id, action: 'open' }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected')!;
    const open = await getOpenRound();
    expect(await refusalOf(Promise.reject((refused as PromiseRejectedResult).reason))).toEqual({
      code: 'conflict:round',
      messageKey: 'codes.roundAlreadyOpen',
      messageValues: { title: open?.title },
    });
    expect([first.id, second.id]).toContain(open?.id);
    await change(w.secretariat, { id: open!.id, action: 'close' });
  });

  it('progress says which states reported, which have not, and which are late', async () => {
    const round = await createRound(db(), {
      title: 'Progress round',
      opensOn: '2025-04-01',
      deadline: '2025-04-30',
      status: 'closed',
    });
    const nor = await createCommitment(db(), { countryId: w.countryId('NOR'), publication: 'published' });
    await createReport(db(), { commitmentId: nor.id, state: 'verified', roundId: round.id });
    const mex = await createCommitment(db(), { countryId: w.countryId('MEX'), publication: 'published' });
    // Returned means it must come back: not reported.
    await createReport(db(), { commitmentId: mex.id, state: 'returned', roundId: round.id });

    const during = await getRoundProgress({ roundId: round.id, today: '2025-04-15' });
    expect(during?.countries.map((row) => [row.iso3, row.expected, row.reported, row.state])).toEqual([
      ['MEX', 1, 0, 'pending'],
      ['NOR', 1, 1, 'reported'],
    ]);
    const after = await getRoundProgress({ roundId: round.id, today: '2025-05-01' });
    expect(after?.countries.find((row) => row.iso3 === 'MEX')?.state).toBe('late');
  });
});

describe('comments', () => {
  it('a thread per commitment, written and read within the commitment’s country only', async () => {
    const commitment = await createCommitment(db(), { countryId: w.countryId('NOR'), publication: 'published' });
    const nor = w.countryId('NOR');
    const mine = await comment(w.norway, { commitmentId: commitment.id, body: 'The bill passed its first reading.' });
    expect(mine.comment.body).toBe('The bill passed its first reading.');
    // Threads are the workspace's own.
    expect(mine.refresh).toEqual({ countries: [] });
    await comment(w.secretariat, { commitmentId: commitment.id, body: 'Thanks; please link the record.' });
    // A Mexican focal point cannot write on a Norwegian commitment: the commitment's country decides.
    expect(await refusalOf(comment(w.mexico, { commitmentId: commitment.id, body: 'Intrusion' }))).toEqual({
      code: 'forbidden:commitment',
      audit: { entityType: 'commitment', entityId: commitment.id, countryId: nor, reason: 'scope' },
    });

    const thread = await listComments({ commitmentId: commitment.id, countryId: nor });
    expect(thread.map((row) => [row.authorName, row.body])).toEqual([
      ['Nora Focal', 'The bill passed its first reading.'],
      ['Sam Secretariat', 'Thanks; please link the record.'],
    ]);
    expect(await listComments({ commitmentId: commitment.id, countryId: w.countryId('MEX') })).toEqual([]);
    expect(await auditRowsFor('comment', mine.comment.id)).toMatchObject([
      { action: 'comment.create', countryId: nor, after: { body: 'The bill passed its first reading.' } },
    ]);
  });
});

describe('secretariat dashboard', () => {
  it('shows reports waiting, late states in the open round, overdue commitments and recent activity', async () => {
    const round = await createRound(db(), {
      title: 'Dashboard round',
      opensOn: '2025-09-01',
      deadline: '2025-09-30',
      status: 'open',
    });
    const chl = await createCommitment(db(), {
      countryId: w.countryId('CHL'),
      publication: 'published',
      targetDate: '2025-01-01',
      status: 'limited',
      title: 'Overdue in Chile',
    });
    await createCommitment(db(), {
      countryId: w.countryId('CHL'),
      publication: 'published',
      targetDate: '2025-01-01',
      status: 'complete',
      title: 'Done in Chile',
    });
    const waiting = await createReport(db(), {
      commitmentId: chl.id,
      state: 'submitted',
      submittedAt: new Date('2019-01-01T00:00:00Z'),
    });
    await comment(w.secretariat, { commitmentId: chl.id, body: 'Latest activity' });

    const dashboard = await getSecretariatDashboard({ today: '2025-10-05' });
    expect(dashboard.openRound?.id).toBe(round.id);
    expect(dashboard.waiting.oldest[0]?.id).toBe(waiting.id);
    expect(dashboard.lateStates.map((row) => row.iso3)).toContain('CHL');
    expect(dashboard.overdue.rows.map((row) => row.title)).toContain('Overdue in Chile');
    expect(dashboard.overdue.rows.map((row) => row.title)).not.toContain('Done in Chile');
    expect(dashboard.activity[0]).toMatchObject({
      action: 'comment.create',
      actorName: 'Sam Secretariat',
      countryName: 'Chile',
    });
  });
});
