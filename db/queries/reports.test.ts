import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { progressReports } from '@/db/schema';
import { createCommitment as createCommitmentRow, createReport, createRound } from '@/db/seed/factories';
import { saveReportSchema } from '@/lib/validation/report';
import { auditRowsFor, setUpWorkflow } from '@/test/workflow-fixtures';
import { readCommitmentSnapshot } from './commitments';
import { getCountryReport, listCountryReports, listReviewQueue } from './report-lists';
import { readReport, returnReport, saveReport, verifyReport } from './reports';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
});

async function published(iso3 = 'NOR') {
  return createCommitmentRow(db(), {
    countryId: w.countryId(iso3),
    publication: 'published',
    madeOn: '2018-06-01',
    standardIds: [w.standardId('CSS-2')],
  });
}

function reportInput(commitmentId: number, changes: Record<string, unknown> = {}) {
  return saveReportSchema.parse({
    commitmentId,
    claimedStatus: 'substantial',
    narrative: 'The NGO law was amended after public consultation.',
    evidence: [{ label: 'Amended law', url: 'https://lovdata.example/ngo-law' }],
    reportedOn: '2025-03-01',
    ...changes,
  });
}

async function submitted(commitmentId: number) {
  const result = await saveReport({
    actor: w.norway,
    countryId: w.countryId('NOR'),
    input: reportInput(commitmentId, { intent: 'submit' }),
  });
  if (!result.ok) throw new Error(`submit failed: ${result.code}`);
  return result.data;
}

describe('saveReport (focal point)', () => {
  it('saves a draft, revises it, then submits it; each step audited', async () => {
    const commitment = await published();
    const nor = w.countryId('NOR');
    const draft = await saveReport({
      actor: w.norway,
      countryId: nor,
      input: reportInput(commitment.id, { narrative: '' }),
    });
    if (!draft.ok) throw new Error(draft.code);
    expect(draft.data).toMatchObject({
      state: 'draft',
      narrative: '',
      version: 1,
      countryId: nor,
      authorId: w.norway.id,
      submittedAt: null,
    });

    const revised = await saveReport({
      actor: w.norway,
      countryId: nor,
      input: reportInput(commitment.id, { reportId: draft.data.id, version: 1, narrative: 'Consultation held.' }),
    });
    expect(revised).toMatchObject({ ok: true, data: { state: 'draft', narrative: 'Consultation held.', version: 2 } });

    const sent = await saveReport({
      actor: w.norway,
      countryId: nor,
      input: reportInput(commitment.id, { reportId: draft.data.id, version: 2, intent: 'submit' }),
    });
    if (!sent.ok) throw new Error(sent.code);
    expect(sent.data).toMatchObject({
      state: 'submitted',
      version: 3,
      evidence: [{ label: 'Amended law', url: 'https://lovdata.example/ngo-law' }],
    });
    expect(sent.data.submittedAt).toBeInstanceOf(Date);
    expect((await auditRowsFor('progress_report', draft.data.id)).map((event) => event.action)).toEqual([
      'report.create',
      'report.update',
      'report.submit',
    ]);
  });

  it('counts a submission for the round open at that moment', async () => {
    const round = await createRound(db(), { status: 'open', title: 'Round for submissions' });
    const commitment = await published();
    const report = await submitted(commitment.id);
    expect(report.roundId).toBe(round.id);
    await db().execute(sql`update reporting_rounds set status = 'closed', closed_at = now() where id = ${round.id}`);
  });

  it('another state’s commitment or report is not found, and nothing is written', async () => {
    const mexican = await published('MEX');
    const before = await db().select({ id: progressReports.id }).from(progressReports);
    // A Norwegian focal point names a Mexican commitment: their own country scopes the write.
    expect(
      await saveReport({ actor: w.norway, countryId: w.countryId('NOR'), input: reportInput(mexican.id) }),
    ).toEqual({ ok: false, code: 'not_found:commitment' });
    const mexicanReport = await createReport(db(), { commitmentId: mexican.id, state: 'draft' });
    expect(
      await saveReport({
        actor: w.norway,
        countryId: w.countryId('NOR'),
        input: reportInput(mexican.id, { reportId: mexicanReport.id, version: 1, narrative: 'Hijack' }),
      }),
    ).toEqual({ ok: false, code: 'not_found:commitment' });
    expect(await db().select({ id: progressReports.id }).from(progressReports)).toHaveLength(before.length + 1);
    expect((await readReport(db(), { id: mexicanReport.id }))!.narrative).toBe('Progress report narrative.');
    expect(await getCountryReport({ id: mexicanReport.id, countryId: w.countryId('NOR') })).toBeNull();
  });

  it('refuses a second open report, a draft commitment, a stale version and editing a submitted report', async () => {
    const nor = w.countryId('NOR');
    const commitment = await published();
    const draft = await saveReport({ actor: w.norway, countryId: nor, input: reportInput(commitment.id) });
    if (!draft.ok) throw new Error(draft.code);
    const sent = await saveReport({
      actor: w.norway,
      countryId: nor,
      input: reportInput(commitment.id, { reportId: draft.data.id, version: 1, intent: 'submit' }),
    });
    if (!sent.ok) throw new Error(sent.code);
    const report = sent.data;
    expect(report.version).toBe(2);
    expect(await saveReport({ actor: w.norway, countryId: nor, input: reportInput(commitment.id) })).toEqual({
      ok: false,
      code: 'invalid_state:report',
      state: 'submitted',
    });
    expect(
      await saveReport({
        actor: w.norway,
        countryId: nor,
        input: reportInput(commitment.id, {
          reportId: report.id,
          version: report.version,
          narrative: 'Changed after submitting',
        }),
      }),
    ).toEqual({ ok: false, code: 'invalid_state:report', state: 'submitted' });
    const stale = await saveReport({
      actor: w.norway,
      countryId: nor,
      input: reportInput(commitment.id, { reportId: report.id, version: 1, narrative: 'Stale' }),
    });
    expect(stale).toMatchObject({ ok: false, code: 'conflict:report', submitted: { narrative: 'Stale' } });
    expect((await readReport(db(), { id: report.id }))!.narrative).toBe(
      'The NGO law was amended after public consultation.',
    );

    const draftCommitment = await createCommitmentRow(db(), { countryId: nor, publication: 'draft' });
    expect(await saveReport({ actor: w.norway, countryId: nor, input: reportInput(draftCommitment.id) })).toEqual({
      ok: false,
      code: 'invalid_state:commitment',
      state: 'draft',
    });
  });
});

describe('review (secretariat)', () => {
  it('the queue lists submitted reports, longest waiting first', async () => {
    const first = await createReport(db(), {
      commitmentId: (await published('MEX')).id,
      state: 'submitted',
      submittedAt: new Date('2020-01-02T00:00:00Z'),
    });
    const second = await createReport(db(), {
      commitmentId: (await published('NOR')).id,
      state: 'submitted',
      submittedAt: new Date('2020-01-03T00:00:00Z'),
    });
    await createReport(db(), { commitmentId: (await published('NOR')).id, state: 'draft' });
    const queue = await listReviewQueue({ limit: 2 });
    expect(queue.rows.map((row) => row.id)).toEqual([first.id, second.id]);
    expect(queue.rows[0]).toMatchObject({ countryIso3: 'MEX', state: 'submitted' });
    expect(queue.total).toBeGreaterThanOrEqual(2);
  });

  it('verifying with a different assessment moves the commitment’s status, with both audit events, in one go', async () => {
    const commitment = await published();
    const report = await submitted(commitment.id);
    const result = await verifyReport({
      actor: w.secretariat,
      input: {
        id: report.id,
        version: report.version,
        assessedStatus: 'limited',
        publicNote: 'Consultation held; the law is not yet amended.',
      },
    });
    if (!result.ok) throw new Error(result.code);
    expect(result.data.report).toMatchObject({
      state: 'verified',
      claimedStatus: 'substantial',
      assessedStatus: 'limited',
      reviewerId: w.secretariat.id,
      publicNote: 'Consultation held; the law is not yet amended.',
    });
    expect(await readCommitmentSnapshot(db(), commitment.id)).toMatchObject({
      status: 'limited',
      version: commitment.version + 1,
    });

    expect(
      (await auditRowsFor('progress_report', report.id)).map((event) => [
        event.action,
        (event.after as { state: string }).state,
      ]),
    ).toEqual([
      ['report.submit', 'submitted'],
      ['report.verify', 'verified'],
    ]);
    const statusEvents = await auditRowsFor('commitment', commitment.id);
    expect(statusEvents).toHaveLength(1);
    expect(statusEvents[0]).toMatchObject({
      action: 'commitment.status',
      before: { status: 'no_information' },
      after: { status: 'limited', reportId: report.id },
    });
  });

  it('when the commitment cannot be updated, the report is not verified either', async () => {
    const commitment = await published();
    const report = await submitted(commitment.id);
    // Make the commitment's update fail inside the verification's transaction.
    await db().execute(
      sql.raw(`
      create function refuse_commitment_${commitment.id}() returns trigger as $$ begin raise exception 'refused for the test'; end $$ language plpgsql;
      create trigger refuse_${commitment.id} before update on commitments for each row when (old.id = ${commitment.id}) execute function refuse_commitment_${commitment.id}();
    `),
    );
    await expect(
      verifyReport({
        actor: w.secretariat,
        input: { id: report.id, version: report.version, assessedStatus: 'complete', publicNote: '' },
      }),
    ).rejects.toThrow();
    await db().execute(
      sql.raw(
        `drop trigger refuse_${commitment.id} on commitments; drop function refuse_commitment_${commitment.id}();`,
      ),
    );

    expect(await readReport(db(), { id: report.id })).toMatchObject({
      state: 'submitted',
      assessedStatus: null,
      version: report.version,
    });
    expect(await readCommitmentSnapshot(db(), commitment.id)).toMatchObject({ status: 'no_information' });
    expect((await auditRowsFor('progress_report', report.id)).map((event) => event.action)).toEqual(['report.submit']);
  });

  it('returns with a reason; the focal point revises and resubmits; then it is verified', async () => {
    const nor = w.countryId('NOR');
    const commitment = await published();
    const report = await submitted(commitment.id);
    const returned = await returnReport({
      actor: w.secretariat,
      input: { id: report.id, version: report.version, reason: 'Link the amended text.' },
    });
    if (!returned.ok) throw new Error(returned.code);
    expect(returned.data.report).toMatchObject({ state: 'returned', returnReason: 'Link the amended text.' });
    expect(returned.data.commitment).toBeNull();
    expect((await listCountryReports({ countryId: nor, states: ['returned'] })).map((row) => row.id)).toContain(
      report.id,
    );

    const resubmitted = await saveReport({
      actor: w.norway,
      countryId: nor,
      input: reportInput(commitment.id, {
        reportId: report.id,
        version: returned.data.report.version,
        intent: 'submit',
        evidence: [{ label: 'Amended text', url: 'https://lovdata.example/ngo-law/2025' }],
      }),
    });
    if (!resubmitted.ok) throw new Error(resubmitted.code);
    expect(resubmitted.data).toMatchObject({
      state: 'submitted',
      evidence: [{ label: 'Amended text', url: 'https://lovdata.example/ngo-law/2025' }],
    });

    const verified = await verifyReport({
      actor: w.secretariat,
      input: { id: report.id, version: resubmitted.data.version, assessedStatus: 'substantial', publicNote: '' },
    });
    expect(verified).toMatchObject({
      ok: true,
      data: { report: { state: 'verified', publicNote: null }, commitment: { status: 'substantial' } },
    });
    expect((await auditRowsFor('progress_report', report.id)).map((event) => event.action)).toEqual([
      'report.submit',
      'report.return',
      'report.submit',
      'report.verify',
    ]);
  });

  it('refuses to verify or return anything but a submitted report, and stale versions, changing nothing', async () => {
    const commitment = await published();
    const draft = await createReport(db(), { commitmentId: commitment.id, state: 'draft' });
    expect(
      await verifyReport({
        actor: w.secretariat,
        input: { id: draft.id, version: 1, assessedStatus: 'complete', publicNote: '' },
      }),
    ).toEqual({ ok: false, code: 'invalid_state:report', state: 'draft' });
    expect(await returnReport({ actor: w.secretariat, input: { id: draft.id, version: 1, reason: 'No' } })).toEqual({
      ok: false,
      code: 'invalid_state:report',
      state: 'draft',
    });

    const other = await published();
    const verified = await createReport(db(), { commitmentId: other.id, state: 'verified', assessedStatus: 'limited' });
    expect(
      await returnReport({ actor: w.secretariat, input: { id: verified.id, version: 1, reason: 'Late doubts' } }),
    ).toEqual({ ok: false, code: 'invalid_state:report', state: 'verified' });

    const third = await published();
    const report = await submitted(third.id);
    expect(
      await verifyReport({
        actor: w.secretariat,
        input: { id: report.id, version: report.version + 1, assessedStatus: 'complete', publicNote: '' },
      }),
    ).toMatchObject({ ok: false, code: 'conflict:report' });
    expect(
      await verifyReport({
        actor: w.secretariat,
        input: { id: 999_999, version: 1, assessedStatus: 'complete', publicNote: '' },
      }),
    ).toEqual({ ok: false, code: 'not_found:report' });
    expect(await readReport(db(), { id: report.id })).toMatchObject({ state: 'submitted', assessedStatus: null });
    expect(await readCommitmentSnapshot(db(), third.id)).toMatchObject({ status: 'no_information' });
  });
});
