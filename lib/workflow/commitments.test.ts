import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { commitments } from '@/db/schema';
import { createCommitment as createCommitmentRow } from '@/db/seed/factories';
import {
  createCommitmentSchema,
  updateCommitmentSchema,
  type ChangePublicationInput,
  type CreateCommitmentInput,
  type UpdateCommitmentInput,
} from '@/lib/validation/commitment';
import { getCommitmentHistory } from '@/db/queries/commitment-history';
import {
  getCommitment,
  getCountryCommitment,
  listCommitments,
  listCountryCommitments,
} from '@/db/queries/commitment-lists';
import { readCommitmentSnapshot } from '@/db/queries/commitments';
import type { CurrentUser } from '@/lib/auth/session';
import { auditRowsFor, refusalOf, runAs, setUpWorkflow } from '@/test/workflow-fixtures';
import { changeCommitmentPublication, createCommitment, updateCommitment } from './commitments';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
});

const create = (user: CurrentUser, input: CreateCommitmentInput) => runAs(user, input, createCommitment);
const update = (user: CurrentUser, input: UpdateCommitmentInput) => runAs(user, input, updateCommitment);
const publication = (user: CurrentUser, input: ChangePublicationInput) =>
  runAs(user, input, changeCommitmentPublication);

async function logged(overrides: Record<string, unknown> = {}) {
  const input = createCommitmentSchema.parse({
    countryId: w.countryId('NOR'),
    title: 'Consult civil society on the NGO law',
    madeAt: 'Governing Council, Oslo',
    madeOn: '2018-06-12',
    responsibleBody: 'Ministry of Foreign Affairs',
    targetDate: '2020-12-31',
    standardIds: [w.standardId('CSS-1')],
    ...overrides,
  });
  return (await create(w.secretariat, input)).commitment;
}

function editOf(row: Awaited<ReturnType<typeof logged>>, changes: Record<string, unknown>): UpdateCommitmentInput {
  return updateCommitmentSchema.parse({
    id: row.id,
    version: row.version,
    ref: row.ref,
    title: row.title,
    description: row.description,
    madeAt: row.madeAt,
    madeOn: row.madeOn ?? '',
    sourceUrl: row.sourceUrl ?? '',
    responsibleBody: row.responsibleBody,
    targetDate: row.targetDate ?? '',
    language: row.language,
    standardIds: row.standardIds,
    ...changes,
  });
}

describe('createCommitment', () => {
  it('generates ISO3-YEAR-NN from the year it was made, after the highest in use, and audits the new row', async () => {
    await createCommitmentRow(db(), { countryId: w.countryId('NOR'), ref: 'NOR-2018-07' });
    const row = await logged();
    expect(row.ref).toBe('NOR-2018-08');
    expect(row).toMatchObject({
      publication: 'draft',
      status: 'no_information',
      version: 1,
      standardIds: [w.standardId('CSS-1')],
    });
    const audit = await auditRowsFor('commitment', row.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'commitment.create',
      actorId: w.secretariat.id,
      before: null,
      countryId: w.countryId('NOR'),
    });
    expect(audit[0]!.after).toMatchObject({
      ref: 'NOR-2018-08',
      title: 'Consult civil society on the NGO law',
      version: 1,
    });
  });

  it('keeps a reference that is given, and refuses one already taken, writing nothing', async () => {
    const given = await logged({ ref: 'NOR-2017-42', madeOn: '2017-01-01' });
    expect(given.ref).toBe('NOR-2017-42');
    const before = await db().select({ id: commitments.id }).from(commitments);
    const input = createCommitmentSchema.parse({
      countryId: w.countryId('MEX'),
      ref: 'NOR-2017-42',
      title: 'Copy',
      standardIds: [w.standardId('CSS-2')],
    });
    expect(await refusalOf(create(w.secretariat, input))).toEqual({
      code: 'validation',
      fieldErrors: { ref: ['errors.refTaken'] },
    });
    expect(await db().select({ id: commitments.id }).from(commitments)).toHaveLength(before.length);
  });

  it('refuses unknown standards and countries by field', async () => {
    const input = createCommitmentSchema.parse({
      countryId: 999_999,
      title: 'Nowhere',
      standardIds: [w.standardId('CSS-1'), 888_888],
    });
    expect(await refusalOf(create(w.secretariat, input))).toEqual({
      code: 'validation',
      fieldErrors: { countryId: ['errors.unknownCountry'], standardIds: ['errors.unknownStandard'] },
    });
  });

  it('a new commitment is a draft: nothing public to refresh', async () => {
    const input = createCommitmentSchema.parse({
      countryId: w.countryId('NOR'),
      title: 'Draft only',
      standardIds: [w.standardId('CSS-1')],
    });
    expect((await create(w.secretariat, input)).refresh).toEqual({ countries: [] });
  });

  it('records the language the texts were written in: English unless chosen, changed by an edit, and only from the list', async () => {
    expect((await logged()).language).toBe('en');
    const french = await logged({ title: 'Consulter la société civile', language: 'fr' });
    const [stored] = await db()
      .select({ language: commitments.language })
      .from(commitments)
      .where(eq(commitments.id, french.id));
    expect(stored).toEqual({ language: 'fr' });

    const edited = (await update(w.secretariat, editOf(french, { language: 'es' }))).commitment;
    expect(edited.language).toBe('es');
    const [audit] = (await auditRowsFor('commitment', french.id)).filter((row) => row.action === 'commitment.update');
    expect(audit).toMatchObject({ before: { language: 'fr' }, after: { language: 'es' } });

    const refused = createCommitmentSchema.safeParse({
      countryId: w.countryId('NOR'),
      title: 'Typo',
      standardIds: [w.standardId('CSS-1')],
      language: 'english',
    });
    expect(refused.success ? null : refused.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['language'], 'errors.invalidLanguage'],
    ]);
  });
});

describe('updateCommitment', () => {
  it('saves an edit from the current version, bumps the version and audits before and after', async () => {
    const row = await logged();
    const result = await update(
      w.secretariat,
      editOf(row, {
        title: 'Consult on the NGO law, twice a year',
        standardIds: [w.standardId('CSS-3'), w.standardId('CSS-1')],
      }),
    );
    expect(result.commitment).toMatchObject({ id: row.id, version: 2 });
    // A draft's edit changes nothing public.
    expect(result.refresh).toEqual({ countries: [] });
    const saved = await readCommitmentSnapshot(db(), row.id);
    expect(saved).toMatchObject({
      title: 'Consult on the NGO law, twice a year',
      version: 2,
      standardIds: [w.standardId('CSS-1'), w.standardId('CSS-3')].sort((a, b) => a - b),
    });
    // What the service returns is what the database holds.
    expect(result.commitment).toEqual(saved);
    const audit = await auditRowsFor('commitment', row.id);
    expect(audit.map((event) => event.action)).toEqual(['commitment.create', 'commitment.update']);
    expect(audit[1]!.before).toMatchObject({ title: 'Consult civil society on the NGO law', version: 1 });
    expect(audit[1]!.after).toMatchObject({ title: 'Consult on the NGO law, twice a year', version: 2 });
  });

  it('an edit of a published commitment refreshes its state’s public pages', async () => {
    const row = await logged();
    const published = (await publication(w.secretariat, { id: row.id, version: 1, action: 'publish' })).commitment;
    const result = await update(w.secretariat, editOf(published, { title: 'Published and renamed' }));
    expect(result.refresh).toEqual({ countries: ['NOR'] });
  });

  it('two sessions edit the same commitment: the second save is refused, the first kept, the second told what changed', async () => {
    const row = await logged();
    // Both open the form at version 1.
    const first = editOf(row, { title: 'First editor title', targetDate: '2021-06-30' });
    const second = editOf(row, { responsibleBody: 'Ministry of Justice', description: 'Second editor description' });

    expect((await update(w.secretariat, first)).commitment.version).toBe(2);
    const refusal = await refusalOf(update(w.secondSecretariat, second));

    // What the other person changed since version 1 (read from the audit log), each with the value
    // they left; the action wrapper echoes the second person's own input back to their form.
    expect(refusal).toEqual({
      code: 'conflict:commitment',
      fieldErrors: {
        title: [{ key: 'conflict.changedTo', values: { value: 'First editor title' } }],
        targetDate: [{ key: 'conflict.changedTo', values: { value: '2021-06-30' } }],
      },
    });
    expect(Object.keys(refusal.fieldErrors!)).toEqual(['title', 'targetDate']);

    const stored = await readCommitmentSnapshot(db(), row.id);
    expect(stored).toMatchObject({
      title: 'First editor title',
      targetDate: '2021-06-30',
      responsibleBody: 'Ministry of Foreign Affairs',
      description: '',
      version: 2,
    });
    expect((await auditRowsFor('commitment', row.id)).map((event) => event.action)).toEqual([
      'commitment.create',
      'commitment.update',
    ]);

    // Applying the kept input again, now from version 2, succeeds and keeps the first editor's title.
    await update(w.secondSecretariat, { ...second, version: 2, title: stored!.title, targetDate: stored!.targetDate });
    expect(await readCommitmentSnapshot(db(), row.id)).toMatchObject({
      title: 'First editor title',
      responsibleBody: 'Ministry of Justice',
      version: 3,
    });
  });

  it('a stale version changes nothing, even when the save would be valid', async () => {
    const row = await logged();
    await db().update(commitments).set({ version: 5 }).where(eq(commitments.id, row.id));
    expect(await refusalOf(update(w.secretariat, editOf(row, { title: 'Stale' })))).toMatchObject({
      code: 'conflict:commitment',
    });
    expect(await readCommitmentSnapshot(db(), row.id)).toMatchObject({ title: row.title, version: 5 });
  });

  it('invalid input leaves the row unchanged and names the field', async () => {
    const row = await logged();
    const other = await logged();
    expect(await refusalOf(update(w.secretariat, editOf(row, { ref: other.ref, title: 'Would be lost' })))).toEqual({
      code: 'validation',
      fieldErrors: { ref: ['errors.refTaken'] },
    });
    expect(await readCommitmentSnapshot(db(), row.id)).toMatchObject({ ref: row.ref, title: row.title, version: 1 });
  });

  it('an unknown commitment is refused as one the caller may not see', async () => {
    const row = await logged();
    expect(await refusalOf(update(w.secretariat, { ...editOf(row, {}), id: 987_654 }))).toEqual({
      code: 'forbidden:commitment',
      audit: { entityType: 'commitment', entityId: 987_654, countryId: null, reason: 'not_found' },
    });
  });
});

describe('changeCommitmentPublication', () => {
  it('publishes, unpublishes, archives and restores; nothing is deleted', async () => {
    const row = await logged();
    const moves = ['publish', 'unpublish', 'publish', 'archive', 'restore'] as const;
    const seen: string[] = [];
    let version = row.version;
    for (const action of moves) {
      const result = await publication(w.secretariat, { id: row.id, version, action });
      // Every move changes what the public sees of this state.
      expect(result.refresh).toEqual({ countries: ['NOR'] });
      seen.push(result.commitment.publication);
      version = result.commitment.version;
    }
    expect(seen).toEqual(['published', 'draft', 'published', 'archived', 'draft']);
    const stored = await readCommitmentSnapshot(db(), row.id);
    expect(stored).toMatchObject({ publication: 'draft', archivedAt: null, version: 6 });
    expect(stored!.publishedAt).not.toBeNull();
    expect((await auditRowsFor('commitment', row.id)).map((event) => event.action)).toEqual([
      'commitment.create',
      'commitment.publish',
      'commitment.unpublish',
      'commitment.publish',
      'commitment.archive',
      'commitment.restore',
    ]);
  });

  it('refuses moves that do not exist, and stale versions, without writing', async () => {
    const row = await logged();
    const archived = await publication(w.secretariat, { id: row.id, version: 1, action: 'archive' });
    expect(archived.commitment).toMatchObject({ publication: 'archived', version: 2 });
    expect(await refusalOf(publication(w.secretariat, { id: row.id, version: 2, action: 'publish' }))).toEqual({
      code: 'conflict:commitment',
      messageKey: 'codes.invalidState_commitment',
      messageValues: { state: 'archived' },
    });
    expect(await refusalOf(publication(w.secretariat, { id: row.id, version: 1, action: 'restore' }))).toEqual({
      code: 'conflict:commitment',
      fieldErrors: { publication: [{ key: 'conflict.changedTo', values: { value: 'archived' } }] },
    });
    expect(await readCommitmentSnapshot(db(), row.id)).toMatchObject({ publication: 'archived', version: 2 });
  });
});

describe('reads', () => {
  it('filters by country, standard, publication, overdue and search, with pagination', async () => {
    const mex = w.countryId('MEX');
    const a = await logged({
      countryId: mex,
      title: 'Register associations online',
      targetDate: '2020-01-01',
      standardIds: [w.standardId('CSS-3')],
    });
    await logged({
      countryId: mex,
      title: 'Fund media freedom',
      targetDate: '2999-01-01',
      standardIds: [w.standardId('CSS-3')],
    });
    await logged({
      countryId: mex,
      title: 'Old archived promise',
      targetDate: '2019-01-01',
      standardIds: [w.standardId('CSS-3')],
    }).then((row) => publication(w.secretariat, { id: row.id, version: 1, action: 'archive' }));
    const base = { countryId: mex, overdue: false, page: 1 } as const;
    const all = await listCommitments({ filters: { ...base }, today: '2024-01-01' });
    expect(all.rows.map((row) => row.title)).toEqual(['Register associations online', 'Fund media freedom']);
    expect(
      (await listCommitments({ filters: { ...base, overdue: true }, today: '2024-01-01' })).rows.map((row) => row.ref),
    ).toEqual([a.ref]);
    expect(
      (await listCommitments({ filters: { ...base, publication: 'archived' } })).rows.map((row) => row.title),
    ).toEqual(['Old archived promise']);
    expect((await listCommitments({ filters: { ...base, q: 'MEDIA' } })).rows.map((row) => row.title)).toEqual([
      'Fund media freedom',
    ]);
    expect((await listCommitments({ filters: { ...base, standardId: w.standardId('CSS-5') } })).total).toBe(0);
    const paged = await listCommitments({ filters: { ...base, page: 2 }, pageSize: 1 });
    expect({ total: paged.total, page: paged.page, pageCount: paged.pageCount, title: paged.rows[0]!.title }).toEqual({
      total: 2,
      page: 2,
      pageCount: 2,
      title: 'Fund media freedom',
    });
  });

  it('a focal point reads their own state only: another state’s commitment is not found', async () => {
    const nor = await logged({ title: 'Norway draft' });
    expect((await getCountryCommitment({ id: nor.id, countryId: w.countryId('NOR') }))?.title).toBe('Norway draft');
    expect(await getCountryCommitment({ id: nor.id, countryId: w.countryId('MEX') })).toBeNull();
    expect((await getCommitment({ id: nor.id }))?.standards.map((standard) => standard.code)).toEqual(['CSS-1']);
    const own = await listCountryCommitments({ countryId: w.countryId('MEX') });
    expect(own.every((row) => row.countryIso3 === 'MEX')).toBe(true);
  });

  it('history lists every change oldest first, scoped to the commitment’s country', async () => {
    const row = await logged();
    await update(w.secondSecretariat, editOf(row, { title: 'Renamed' }));
    const history = await getCommitmentHistory({ commitmentId: row.id, countryId: w.countryId('NOR') });
    expect(history.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['commitment.create', 'Sam Secretariat'],
      ['commitment.update', 'Sasha Secretariat'],
    ]);
    expect(await getCommitmentHistory({ commitmentId: row.id, countryId: w.countryId('MEX') })).toEqual([]);
  });
});
