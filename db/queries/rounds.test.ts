import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createCommitment, createReport, createRound } from '@/db/seed/factories';
import { createRoundSchema } from '@/lib/validation/round';
import { auditRowsFor, setUpWorkflow } from '@/test/workflow-fixtures';
import { addComment, listComments } from './comments';
import { getSecretariatDashboard } from './dashboard';
import { changeRoundStatus, createRound as createRoundAction, getOpenRound, getRoundProgress } from './rounds';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
});

describe('rounds', () => {
  it('are created planned, opened, closed; a closed round stays closed; every move audited', async () => {
    const input = createRoundSchema.parse({
      title: 'Before the 2025 Council',
      opensOn: '2025-01-10',
      deadline: '2025-03-01',
    });
    const created = await createRoundAction({ actor: w.secretariat, input });
    if (!created.ok) throw new Error(created.code);
    expect(created.data).toMatchObject({ title: 'Before the 2025 Council', status: 'planned' });
    const id = created.data.id;

    expect(await changeRoundStatus({ actor: w.secretariat, input: { id, action: 'close' } })).toEqual({
      ok: false,
      code: 'invalid_state:round',
      state: 'planned',
    });
    expect(await changeRoundStatus({ actor: w.secretariat, input: { id, action: 'open' } })).toMatchObject({
      ok: true,
      data: { status: 'open' },
    });
    expect((await getOpenRound())?.id).toBe(id);

    // A second round cannot open while this one is.
    const other = await createRound(db(), { title: 'Too early', status: 'planned' });
    expect(await changeRoundStatus({ actor: w.secretariat, input: { id: other.id, action: 'open' } })).toMatchObject({
      ok: false,
      code: 'conflict:round',
      current: { id },
    });

    expect(await changeRoundStatus({ actor: w.secretariat, input: { id, action: 'close' } })).toMatchObject({
      ok: true,
      data: { status: 'closed' },
    });
    expect(await changeRoundStatus({ actor: w.secretariat, input: { id, action: 'open' } })).toEqual({
      ok: false,
      code: 'invalid_state:round',
      state: 'closed',
    });
    expect(await getOpenRound()).toBeNull();
    expect(await changeRoundStatus({ actor: w.secretariat, input: { id: 999_999, action: 'open' } })).toEqual({
      ok: false,
      code: 'not_found:round',
    });
    expect((await auditRowsFor('reporting_round', id)).map((event) => event.action)).toEqual([
      'round.create',
      'round.open',
      'round.close',
    ]);
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
    const mine = await addComment({
      actor: w.norway,
      countryId: nor,
      input: { commitmentId: commitment.id, body: 'The bill passed its first reading.' },
    });
    expect(mine.ok).toBe(true);
    await addComment({
      actor: w.secretariat,
      countryId: nor,
      input: { commitmentId: commitment.id, body: 'Thanks; please link the record.' },
    });
    // A Mexican focal point, scoped to Mexico, cannot write on a Norwegian commitment.
    expect(
      await addComment({
        actor: w.mexico,
        countryId: w.countryId('MEX'),
        input: { commitmentId: commitment.id, body: 'Intrusion' },
      }),
    ).toEqual({ ok: false, code: 'not_found:commitment' });

    const thread = await listComments({ commitmentId: commitment.id, countryId: nor });
    expect(thread.map((row) => [row.authorName, row.body])).toEqual([
      ['Nora Focal', 'The bill passed its first reading.'],
      ['Sam Secretariat', 'Thanks; please link the record.'],
    ]);
    expect(await listComments({ commitmentId: commitment.id, countryId: w.countryId('MEX') })).toEqual([]);
    if (!mine.ok) throw new Error();
    expect(await auditRowsFor('comment', mine.data.id)).toMatchObject([
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
    await addComment({
      actor: w.secretariat,
      countryId: w.countryId('CHL'),
      input: { commitmentId: chl.id, body: 'Latest activity' },
    });

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
