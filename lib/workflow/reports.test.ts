import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { progressReports } from '@/db/schema';
import { createCommitment as createCommitmentRow, createReport, createRound } from '@/db/seed/factories';
import { readCommitmentSnapshot } from '@/db/queries/commitments';
import { getCountryReport, listCountryReports, listReports, listReviewQueue } from '@/db/queries/report-lists';
import { readReport } from '@/db/queries/reports';
import { listReportReturns } from '@/db/queries/report-returns';
import type { CurrentUser } from '@/lib/auth/session';
import {
  saveReportSchema,
  type ReturnReportInput,
  type SaveReportInput,
  type VerifyReportInput,
} from '@/lib/validation/report';
import { auditRowsFor, refusalOf, runAs, setUpWorkflow } from '@/test/workflow-fixtures';
import { returnReport, saveReport, verifyReport } from './reports';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
});

const save = (user: CurrentUser, input: SaveReportInput) => runAs(user, input, saveReport);
const verify = (user: CurrentUser, input: VerifyReportInput) => runAs(user, input, verifyReport);
const giveBack = (user: CurrentUser, input: ReturnReportInput) => runAs(user, input, returnReport);

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
  return (await save(w.norway, reportInput(commitmentId, { intent: 'submit' }))).report;
}

describe('saveReport (focal point)', () => {
  it('saves a draft, revises it, then submits it; each step audited', async () => {
    const commitment = await published();
    const nor = w.countryId('NOR');
    const draft = await save(w.norway, reportInput(commitment.id, { narrative: '' }));
    expect(draft.report).toMatchObject({
      state: 'draft',
      narrative: '',
      version: 1,
      countryId: nor,
      authorId: w.norway.id,
      submittedAt: null,
    });
    // Nothing public changes until the report is verified.
    expect(draft.refresh).toEqual({ countries: [] });

    const revised = await save(
      w.norway,
      reportInput(commitment.id, { reportId: draft.report.id, version: 1, narrative: 'Consultation held.' }),
    );
    expect(revised).toMatchObject({ report: { state: 'draft', narrative: 'Consultation held.', version: 2 } });

    const sent = (
      await save(w.norway, reportInput(commitment.id, { reportId: draft.report.id, version: 2, intent: 'submit' }))
    ).report;
    expect(sent).toMatchObject({
      state: 'submitted',
      version: 3,
      evidence: [{ label: 'Amended law', url: 'https://lovdata.example/ngo-law' }],
    });
    expect(sent.submittedAt).toBeInstanceOf(Date);
    // What the service returns is what the database holds.
    expect(sent).toEqual(await readReport(db(), { id: sent.id }));
    expect((await auditRowsFor('progress_report', draft.report.id)).map((event) => event.action)).toEqual([
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

  it('another state’s commitment or report is refused as not theirs, and nothing is written', async () => {
    const mexican = await published('MEX');
    const before = await db().select({ id: progressReports.id }).from(progressReports);
    // A Norwegian focal point names a Mexican commitment: the commitment's own country decides.
    expect(await refusalOf(save(w.norway, reportInput(mexican.id)))).toEqual({
      code: 'forbidden:commitment',
      audit: { entityType: 'commitment', entityId: mexican.id, countryId: w.countryId('MEX'), reason: 'scope' },
    });
    const mexicanReport = await createReport(db(), { commitmentId: mexican.id, state: 'draft' });
    expect(
      await refusalOf(
        save(w.norway, reportInput(mexican.id, { reportId: mexicanReport.id, version: 1, narrative: 'Hijack' })),
      ),
    ).toEqual({
      code: 'forbidden:commitment',
      audit: { entityType: 'commitment', entityId: mexican.id, countryId: w.countryId('MEX'), reason: 'scope' },
    });
    expect(await db().select({ id: progressReports.id }).from(progressReports)).toHaveLength(before.length + 1);
    expect((await readReport(db(), { id: mexicanReport.id }))!.narrative).toBe('Progress report narrative.');
    expect(await getCountryReport({ id: mexicanReport.id, countryId: w.countryId('NOR') })).toBeNull();
  });

  it('a report of another commitment, or none, is refused as not found', async () => {
    const commitment = await published();
    const other = await createReport(db(), { commitmentId: (await published()).id, state: 'draft' });
    expect(await refusalOf(save(w.norway, reportInput(commitment.id, { reportId: other.id, version: 1 })))).toEqual({
      code: 'forbidden:report',
      audit: { entityType: 'report', entityId: other.id, countryId: null, reason: 'not_found' },
    });
  });

  it('refuses a second open report, a draft commitment, a stale version and editing a submitted report', async () => {
    const nor = w.countryId('NOR');
    const commitment = await published();
    const draft = (await save(w.norway, reportInput(commitment.id))).report;
    const report = (
      await save(w.norway, reportInput(commitment.id, { reportId: draft.id, version: 1, intent: 'submit' }))
    ).report;
    expect(report.version).toBe(2);
    const invalidState = (subject: string, state: string) => ({
      code: `conflict:${subject}`,
      messageKey: `codes.invalidState_${subject}`,
      messageValues: { state },
    });
    expect(await refusalOf(save(w.norway, reportInput(commitment.id)))).toEqual(invalidState('report', 'submitted'));
    expect(
      await refusalOf(
        save(
          w.norway,
          reportInput(commitment.id, {
            reportId: report.id,
            version: report.version,
            narrative: 'Changed after submitting',
          }),
        ),
      ),
    ).toEqual(invalidState('report', 'submitted'));
    // A stale save is told which fields now hold something else, and what (the wrapper keeps its own input).
    const stale = await refusalOf(
      save(w.norway, reportInput(commitment.id, { reportId: report.id, version: 1, narrative: 'Stale' })),
    );
    expect(stale).toMatchObject({
      code: 'conflict:report',
      fieldErrors: {
        narrative: [
          { key: 'conflict.changedTo', values: { value: 'The NGO law was amended after public consultation.' } },
        ],
      },
    });
    expect((await readReport(db(), { id: report.id }))!.narrative).toBe(
      'The NGO law was amended after public consultation.',
    );

    const draftCommitment = await createCommitmentRow(db(), { countryId: nor, publication: 'draft' });
    expect(await refusalOf(save(w.norway, reportInput(draftCommitment.id)))).toEqual(
      invalidState('commitment', 'draft'),
    );
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
    // Filtered by member state: only Norway's waiting report.
    const norway = await listReviewQueue({ filters: { countryId: w.countryId('NOR') } });
    expect(norway.rows.map((row) => row.id)).toContain(second.id);
    expect(norway.rows.map((row) => row.countryIso3)).not.toContain('MEX');
  });

  it('lists every report in any state for the secretariat, filtered by stage, member state, round and claim, a page at a time', async () => {
    const round = await createRound(db(), { title: 'List round', status: 'closed' });
    const est = w.countryId('EST');
    const ids = async (filters: Parameters<typeof listReports>[0]['filters'], page = 1, pageSize = 25) =>
      (await listReports({ filters, page, pageSize })).rows.map((row) => row.id);
    const returned = await createReport(db(), {
      commitmentId: (await published('EST')).id,
      state: 'returned',
      roundId: round.id,
      claimedStatus: 'complete',
    });
    const draft = await createReport(db(), { commitmentId: (await published('EST')).id, state: 'draft' });
    const verified = await createReport(db(), {
      commitmentId: (await published('EST')).id,
      state: 'verified',
      roundId: round.id,
      assessedStatus: 'limited',
    });
    expect(await ids({ countryId: est })).toEqual(expect.arrayContaining([returned.id, draft.id, verified.id]));
    expect(await ids({ countryId: est, state: 'returned' })).toEqual([returned.id]);
    expect(await ids({ roundId: round.id })).toEqual(expect.arrayContaining([returned.id, verified.id]));
    expect(await ids({ roundId: round.id })).toHaveLength(2);
    expect(await ids({ roundId: round.id, claimedStatus: 'complete' })).toEqual([returned.id]);
    // A page past the end reads as the last one.
    const last = await listReports({ filters: { countryId: est }, page: 99, pageSize: 2 });
    expect(last).toMatchObject({ total: 3, page: 2, pageCount: 2 });
    expect(last.rows).toHaveLength(1);
  });

  it('verifying with a different assessment moves the commitment’s status, with both audit events, in one go', async () => {
    const commitment = await published();
    const report = await submitted(commitment.id);
    const result = await verify(w.secretariat, {
      id: report.id,
      version: report.version,
      assessedStatus: 'limited',
      publicNote: 'Consultation held; the law is not yet amended.',
    });
    expect(result.report).toMatchObject({
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
    // What the service returns is what the database holds; the state's public pages are to be refreshed.
    expect(result.commitment).toEqual(await readCommitmentSnapshot(db(), commitment.id));
    expect(result.report).toEqual(await readReport(db(), { id: report.id }));
    expect(result).toMatchObject({ commitmentRef: commitment.ref, refresh: { countries: ['NOR'] } });

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
      verify(w.secretariat, { id: report.id, version: report.version, assessedStatus: 'complete', publicNote: '' }),
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
    const returned = await giveBack(w.secretariat, {
      id: report.id,
      version: report.version,
      reason: 'Link the amended text.',
    });
    expect(returned.report).toMatchObject({ state: 'returned', returnReason: 'Link the amended text.' });
    expect(returned.commitment).toBeNull();
    expect(returned).toMatchObject({ commitmentRef: commitment.ref, refresh: { countries: [] } });
    // The content as returned is kept, with the reason, for the review of the resubmission.
    expect(await listReportReturns({ reportId: report.id })).toEqual([
      expect.objectContaining({
        reportVersion: returned.report.version,
        claimedStatus: 'substantial',
        narrative: 'The NGO law was amended after public consultation.',
        evidence: [{ label: 'Amended law', url: 'https://lovdata.example/ngo-law' }],
        reason: 'Link the amended text.',
        reviewerName: w.secretariat.name,
      }),
    ]);
    expect((await listCountryReports({ countryId: nor, states: ['returned'] })).map((row) => row.id)).toContain(
      report.id,
    );

    const resubmitted = (
      await save(
        w.norway,
        reportInput(commitment.id, {
          reportId: report.id,
          version: returned.report.version,
          intent: 'submit',
          evidence: [{ label: 'Amended text', url: 'https://lovdata.example/ngo-law/2025' }],
        }),
      )
    ).report;
    expect(resubmitted).toMatchObject({
      state: 'submitted',
      evidence: [{ label: 'Amended text', url: 'https://lovdata.example/ngo-law/2025' }],
    });

    const verified = await verify(w.secretariat, {
      id: report.id,
      version: resubmitted.version,
      assessedStatus: 'substantial',
      publicNote: '',
    });
    expect(verified).toMatchObject({
      report: { state: 'verified', publicNote: null },
      commitment: { status: 'substantial' },
    });
    expect((await auditRowsFor('progress_report', report.id)).map((event) => event.action)).toEqual([
      'report.submit',
      'report.return',
      'report.submit',
      'report.verify',
    ]);
  });

  it('refuses to verify or return anything but a submitted report, and stale versions, changing nothing', async () => {
    const invalidState = (state: string) => ({
      code: 'conflict:report',
      messageKey: 'codes.invalidState_report',
      messageValues: { state },
    });
    const commitment = await published();
    const draft = await createReport(db(), { commitmentId: commitment.id, state: 'draft' });
    expect(
      await refusalOf(verify(w.secretariat, { id: draft.id, version: 1, assessedStatus: 'complete', publicNote: '' })),
    ).toEqual(invalidState('draft'));
    expect(await refusalOf(giveBack(w.secretariat, { id: draft.id, version: 1, reason: 'No' }))).toEqual(
      invalidState('draft'),
    );

    const other = await published();
    const verified = await createReport(db(), { commitmentId: other.id, state: 'verified', assessedStatus: 'limited' });
    expect(await refusalOf(giveBack(w.secretariat, { id: verified.id, version: 1, reason: 'Late doubts' }))).toEqual(
      invalidState('verified'),
    );

    const third = await published();
    const report = await submitted(third.id);
    expect(
      await refusalOf(
        verify(w.secretariat, {
          id: report.id,
          version: report.version + 1,
          assessedStatus: 'complete',
          publicNote: '',
        }),
      ),
    ).toEqual({
      code: 'conflict:report',
      fieldErrors: { state: [{ key: 'conflict.changedTo', values: { value: 'submitted' } }] },
    });
    expect(
      await refusalOf(verify(w.secretariat, { id: 999_999, version: 1, assessedStatus: 'complete', publicNote: '' })),
    ).toEqual({
      code: 'forbidden:report',
      audit: { entityType: 'report', entityId: 999_999, countryId: null, reason: 'not_found' },
    });
    expect(await readReport(db(), { id: report.id })).toMatchObject({ state: 'submitted', assessedStatus: null });
    expect(await readCommitmentSnapshot(db(), third.id)).toMatchObject({ status: 'no_information' });
  });
});
