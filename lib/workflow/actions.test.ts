import { and, count, eq } from 'drizzle-orm';
import { revalidateTag, updateTag } from 'next/cache';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCast, freshUser, signInAs, type Cast } from '@/test/auth-helpers';
import { db } from '@/db/client';
import { auditEvents, comments, commitments, countries, progressReports } from '@/db/schema';
import { createCommitment, createReport, createStandard } from '@/db/seed/factories';
import {
  addCommentAction,
  createCommitmentAction,
  updateCommitmentAction,
} from '@/app/[locale]/workspace/commitments/actions';
import { GET as exportCommitments } from '@/app/[locale]/workspace/commitments/export/route';
import { POST as uploadImport } from '@/app/[locale]/workspace/import/upload/route';
import { saveReportAction } from '@/app/[locale]/workspace/reports/actions';
import { GET as exportReports } from '@/app/[locale]/workspace/reports/export/route';
import { verifyReportAction } from '@/app/[locale]/workspace/review/actions';
import { inviteUserAction } from '@/app/[locale]/workspace/users/actions';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

/** The workflow's actions and routes as a person calls them: through the wrappers, with a real session. */

async function settled<T>(run: () => Promise<T>): Promise<T | 'redirected'> {
  try {
    return await run();
  } catch (error) {
    if (isRedirectError(error)) return 'redirected';
    throw error;
  }
}

let cast: Cast;
let standardId: number;
let iso3: string;
beforeAll(async () => {
  cast = await createCast();
  standardId = (await createStandard(db(), { code: 'TST-1' })).id;
  iso3 = (await db().select({ iso3: countries.iso3 }).from(countries).where(eq(countries.id, cast.countryA.id)))[0]!
    .iso3;
});

function editInput(row: { id: number; version: number; ref: string }, changes: Record<string, string>) {
  return {
    id: String(row.id),
    version: String(row.version),
    ref: row.ref,
    title: 'Original title',
    standardIds: [String(standardId)],
    ...changes,
  };
}

describe('commitment actions', () => {
  it('invalid input is refused with a translated message on the field and the input kept; nothing is written', async () => {
    await signInAs(await freshUser(cast.secretariat.id));
    const [before] = await db().select({ n: count() }).from(commitments);
    const result = await createCommitmentAction(null, {
      countryId: String(cast.countryA.id),
      title: '  ',
      standardIds: [String(standardId)],
      sourceUrl: 'javascript:alert(1)',
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: {
        title: ['This field is required.'],
        sourceUrl: ['Enter a web address that starts with http:// or https://.'],
      },
      values: { sourceUrl: 'javascript:alert(1)' },
    });
    const [after] = await db().select({ n: count() }).from(commitments);
    expect(after!.n).toBe(before!.n);
  });

  it('two people edit the same commitment: the second is refused, told what changed, and keeps what they typed', async () => {
    const row = await createCommitment(db(), {
      countryId: cast.countryA.id,
      title: 'Original title',
      standardIds: [standardId],
    });
    // Both open the edit form at version 1.
    await signInAs(await freshUser(cast.secretariat.id));
    expect(
      await settled(() => updateCommitmentAction(null, editInput(row, { title: 'Title from the first person' }))),
    ).toBe('redirected');

    await signInAs(await freshUser(cast.admin.id));
    const second = await settled(() =>
      updateCommitmentAction(null, editInput(row, { responsibleBody: 'Ministry of Justice' })),
    );
    expect(second).toMatchObject({
      ok: false,
      code: 'conflict:commitment',
      message:
        'Someone else saved this commitment after you opened it. Nothing of yours was saved, and nothing of theirs was overwritten.',
      fieldErrors: { title: ['Someone else changed this to: Title from the first person'] },
      values: { responsibleBody: 'Ministry of Justice', title: 'Original title', version: '1' },
    });
    const [stored] = await db()
      .select({ title: commitments.title, responsibleBody: commitments.responsibleBody, version: commitments.version })
      .from(commitments)
      .where(eq(commitments.id, row.id));
    expect(stored).toEqual({ title: 'Title from the first person', responsibleBody: '', version: 2 });
  });
});

describe('report actions', () => {
  it('evidence links other than http and https are refused on the link field, and no report is written', async () => {
    const commitment = await createCommitment(db(), {
      countryId: cast.countryA.id,
      publication: 'published',
      standardIds: [standardId],
    });
    await signInAs(await freshUser(cast.focalA.id));
    const result = await saveReportAction(null, {
      commitmentId: String(commitment.id),
      claimedStatus: 'limited',
      narrative: 'Done',
      reportedOn: '2025-01-15',
      evidence: JSON.stringify([{ label: 'Script', url: 'javascript:alert(1)' }]),
      intent: 'submit',
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { 'evidence.0.url': ['Enter a web address that starts with http:// or https://.'] },
    });
    expect(await db().select().from(progressReports).where(eq(progressReports.commitmentId, commitment.id))).toEqual(
      [],
    );
  });

  it('verifying moves the public status and refreshes that country’s public pages', async () => {
    const commitment = await createCommitment(db(), {
      countryId: cast.countryA.id,
      publication: 'published',
      standardIds: [standardId],
    });
    const report = await createReport(db(), {
      commitmentId: commitment.id,
      state: 'submitted',
      claimedStatus: 'complete',
    });
    await signInAs(await freshUser(cast.secretariat.id));
    vi.mocked(updateTag).mockClear();
    const outcome = await settled(() =>
      verifyReportAction(null, {
        id: String(report.id),
        version: '1',
        assessedStatus: 'substantial',
        publicNote: 'Not yet in force.',
      }),
    );
    expect(outcome).toBe('redirected');
    const [stored] = await db()
      .select({ status: commitments.status })
      .from(commitments)
      .where(eq(commitments.id, commitment.id));
    expect(stored!.status).toBe('substantial');
    // Exactly this state's pages and the aggregates; no other state's, and not everything.
    expect(
      vi
        .mocked(updateTag)
        .mock.calls.map((call) => call[0])
        .sort(),
    ).toEqual(
      [
        'public:countries',
        `public:country:${iso3.toUpperCase()}`,
        'public:overview',
        'public:reports',
        'public:standards',
      ].sort(),
    );

    // Verifying again (the same, now stale, version) is a conflict and changes nothing.
    const again = await settled(() =>
      verifyReportAction(null, { id: String(report.id), version: '1', assessedStatus: 'complete', publicNote: '' }),
    );
    expect(again).toMatchObject({ ok: false, code: 'conflict:report' });
    const [still] = await db()
      .select({ status: commitments.status })
      .from(commitments)
      .where(eq(commitments.id, commitment.id));
    expect(still!.status).toBe('substantial');
  });
});

describe('the request’s address in the audit log', () => {
  it('workflow audit rows carry the IP, as account rows do', async () => {
    const commitment = await createCommitment(db(), {
      countryId: cast.countryA.id,
      publication: 'published',
      standardIds: [standardId],
    });
    const report = await createReport(db(), { commitmentId: commitment.id, state: 'submitted' });
    await signInAs(await freshUser(cast.secretariat.id), {}, { 'x-forwarded-for': '198.51.100.23' });
    expect(
      await settled(() =>
        verifyReportAction(null, { id: String(report.id), version: '1', assessedStatus: 'limited', publicNote: '' }),
      ),
    ).toBe('redirected');
    const workflowRows = await db()
      .select({ action: auditEvents.action, actorId: auditEvents.actorId, ip: auditEvents.ip })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorId, cast.secretariat.id),
          eq(auditEvents.outcome, 'success'),
          eq(auditEvents.ip, '198.51.100.23'),
        ),
      );
    expect(workflowRows.map((row) => row.action).sort()).toEqual(['commitment.status', 'report.verify']);

    // An account change by the same kind of request records the address the same way.
    await signInAs(await freshUser(cast.admin.id), {}, { 'x-forwarded-for': '198.51.100.23' });
    const invited = await inviteUserAction({ email: `ip-${Date.now()}@example.test`, role: 'secretariat' });
    expect(invited.ok).toBe(true);
    const [accountRow] = await db()
      .select({ ip: auditEvents.ip })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'invitation.create'), eq(auditEvents.actorId, cast.admin.id)));
    expect(accountRow!.ip).toBe(workflowRows[0]!.ip);
  });

  it('the CSV import audits every imported row, and the file, with the actor and the IP', async () => {
    const body = new FormData();
    const title = `Imported with an address ${Date.now()}`;
    body.set(
      'file',
      new File([`ref,country,title,standards\n,${iso3},${title} 1,TST-1\n,${iso3},${title} 2,TST-1\n`], 'ip.csv', {
        type: 'text/csv',
      }),
    );
    body.set('mode', 'all');
    await signInAs(await freshUser(cast.secretariat.id), {}, { 'x-forwarded-for': '198.51.100.24' });
    vi.mocked(revalidateTag).mockClear();
    const response = await uploadImport(
      new Request('http://localhost:3000/en/workspace/import/upload', { method: 'POST', body }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { written: true, imported: 2 } });
    const rows = await db()
      .select({
        action: auditEvents.action,
        actorId: auditEvents.actorId,
        actorRole: auditEvents.actorRole,
        ip: auditEvents.ip,
      })
      .from(auditEvents)
      .where(eq(auditEvents.ip, '198.51.100.24'));
    expect(rows.map((row) => row.action).sort()).toEqual([
      'commitment.import',
      'commitment.import',
      'commitment.import_file',
    ]);
    expect(rows.every((row) => row.actorId === cast.secretariat.id && row.actorRole === 'secretariat')).toBe(true);
    // The imported state's public pages are refreshed once the import has committed.
    expect(vi.mocked(revalidateTag).mock.calls.map((call) => call[0])).toContain(
      `public:country:${iso3.toUpperCase()}`,
    );
  });
});

describe('a stale report save', () => {
  it('is refused, names what changed with its new value, and keeps what the person typed', async () => {
    const commitment = await createCommitment(db(), {
      countryId: cast.countryA.id,
      publication: 'published',
      standardIds: [standardId],
    });
    const report = await createReport(db(), { commitmentId: commitment.id, state: 'draft', narrative: 'Theirs' });
    await db().update(progressReports).set({ version: 2 }).where(eq(progressReports.id, report.id));
    await signInAs(await freshUser(cast.focalA.id));
    const result = await saveReportAction(null, {
      commitmentId: String(commitment.id),
      reportId: String(report.id),
      version: '1',
      claimedStatus: 'limited',
      narrative: 'Stale',
      reportedOn: '2025-01-15',
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'conflict:report',
      fieldErrors: { narrative: ['Someone else changed this to: Theirs'] },
      values: { narrative: 'Stale', version: '1' },
    });
  });
});

describe('CSV exports', () => {
  it('a focal point exports their own state’s commitments only, whatever the query asks for', async () => {
    const own = await createCommitment(db(), { countryId: cast.countryA.id, standardIds: [standardId] });
    const other = await createCommitment(db(), { countryId: cast.countryB.id, standardIds: [standardId] });
    await signInAs(await freshUser(cast.focalA.id));
    const response = await exportCommitments(
      new Request(`http://localhost:3000/en/workspace/commitments/export?countryId=${cast.countryB.id}`),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await response.text();
    expect(text).toContain(own.ref);
    expect(text).not.toContain(other.ref);
  });

  it('the reports export answers a focal point 404 and audits the refusal, as the commitments export does', async () => {
    await signInAs(await freshUser(cast.focalA.id));
    const response = await exportReports(new Request('http://localhost:3000/en/workspace/reports/export'));
    expect(response.status).toBe(404);
    const refusals = await db()
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'report.export'),
          eq(auditEvents.outcome, 'denied'),
          eq(auditEvents.actorId, cast.focalA.id),
        ),
      );
    expect(refusals).toEqual([
      { after: { code: 'forbidden:report', reason: 'role', path: '/en/workspace/reports/export' } },
    ]);
  });
});

describe('submissions sent twice are done once', () => {
  const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

  it('a comment form replayed with its key posts one comment, and both answers are the same', async () => {
    const commitment = await createCommitment(db(), { countryId: cast.countryA.id, standardIds: [standardId] });
    await signInAs(await freshUser(cast.focalA.id));
    const form = { commitmentId: String(commitment.id), body: 'Posted once.', idempotencyKey: key };
    // Sent twice at once (a double click) and once more later (a replayed request).
    const [first, second] = await Promise.all([addCommentAction(null, form), addCommentAction(null, form)]);
    const third = await addCommentAction(null, form);
    expect(first).toMatchObject({ ok: true });
    expect([second, third]).toEqual([first, first]);
    const posted = await db().select().from(comments).where(eq(comments.commitmentId, commitment.id));
    expect(posted.map((comment) => comment.body)).toEqual(['Posted once.']);
    const audited = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'comment.create'), eq(auditEvents.entityId, String(posted[0]!.id))));
    expect(audited).toHaveLength(1);

    // The same key with other content is refused and writes nothing; a new key posts a new comment.
    expect(await addCommentAction(null, { ...form, body: 'Something else.' })).toMatchObject({
      ok: false,
      code: 'conflict:commitment',
      message: 'This form was already sent with other content. Reload the page, then send it again.',
      values: { body: 'Something else.' },
    });
    expect(
      await addCommentAction(null, { ...form, body: 'A second comment.', idempotencyKey: `${key}-2` }),
    ).toMatchObject({ ok: true });
    expect(await db().select().from(comments).where(eq(comments.commitmentId, commitment.id))).toHaveLength(2);
    // A malformed key is a plain validation message, not a server error.
    expect(await addCommentAction(null, { ...form, idempotencyKey: 'x' })).toMatchObject({
      ok: false,
      code: 'validation',
    });
  });

  it('another person’s key is theirs alone', async () => {
    const commitment = await createCommitment(db(), { countryId: cast.countryA.id, standardIds: [standardId] });
    const form = { commitmentId: String(commitment.id), body: 'Same words.', idempotencyKey: `${key}-shared` };
    await signInAs(await freshUser(cast.focalA.id));
    expect(await addCommentAction(null, form)).toMatchObject({ ok: true });
    await signInAs(await freshUser(cast.secretariat.id));
    expect(await addCommentAction(null, form)).toMatchObject({ ok: true });
    expect(await db().select().from(comments).where(eq(comments.commitmentId, commitment.id))).toHaveLength(2);
  });

  it('a report submitted twice is saved once, and the second answer shows the saved report', async () => {
    const commitment = await createCommitment(db(), {
      countryId: cast.countryA.id,
      publication: 'published',
      standardIds: [standardId],
    });
    await signInAs(await freshUser(cast.focalA.id));
    const form = {
      commitmentId: String(commitment.id),
      claimedStatus: 'limited',
      narrative: 'Done once.',
      reportedOn: '2025-01-15',
      evidence: '[]',
      intent: 'submit',
      idempotencyKey: `${key}-report`,
    };
    expect(await settled(() => saveReportAction(null, form))).toBe('redirected');
    expect(await settled(() => saveReportAction(null, form))).toBe('redirected');
    const saved = await db().select().from(progressReports).where(eq(progressReports.commitmentId, commitment.id));
    expect(saved.map((report) => [report.state, report.narrative])).toEqual([['submitted', 'Done once.']]);
  });
});
