import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { frameworkTexts, frameworks, standardTexts, standards } from '@/db/schema';
import { createCommitment as createCommitmentRow, createUser } from '@/db/seed/factories';
import {
  getWorkspaceFramework,
  getWorkspaceStandard,
  listWorkspaceFrameworks,
} from '@/db/queries/reference-frameworks';
import type { CurrentUser } from '@/lib/auth/session';
import { createCommitmentSchema, updateCommitmentSchema } from '@/lib/validation/commitment';
import { createCommitment, updateCommitment } from '@/lib/workflow/commitments';
import { importCommitments } from '@/lib/workflow/import';
import {
  addStandardSchema,
  createFrameworkSchema,
  updateFrameworkSchema,
  updateStandardTextsSchema,
  type MoveStandardInput,
  type SetStandardRetiredInput,
} from '@/lib/validation/framework';
import { auditRowsFor, refusalOf, runAs, sessionUserOf, setUpWorkflow } from '@/test/workflow-fixtures';
import {
  addStandard,
  changeStandardRetirement,
  createFramework,
  moveStandard,
  updateFramework,
  updateStandardTexts,
} from './frameworks';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
let admin: CurrentUser;
let secondAdmin: CurrentUser;
beforeAll(async () => {
  w = await setUpWorkflow();
  admin = sessionUserOf(await createUser(db(), { role: 'admin', name: 'Ada Admin' }));
  secondAdmin = sessionUserOf(await createUser(db(), { role: 'admin', name: 'Abel Admin' }));
});

let codes = 0;
const fresh = (prefix: string) => `${prefix}${(codes += 1)}`;

const newFramework = (user: CurrentUser, fields: Record<string, string>) =>
  runAs(user, createFrameworkSchema.parse({ name_en: 'Warsaw Declaration', ...fields }), createFramework);

const newStandard = (user: CurrentUser, frameworkId: number, fields: Record<string, string>) =>
  runAs(user, addStandardSchema.parse({ frameworkId: String(frameworkId), ...fields }), addStandard);

const move = (user: CurrentUser, input: MoveStandardInput) => runAs(user, input, moveStandard);
const retirement = (user: CurrentUser, input: SetStandardRetiredInput) => runAs(user, input, changeStandardRetirement);

async function storedTexts(standardId: number) {
  return db()
    .select({ locale: standardTexts.locale, title: standardTexts.title, description: standardTexts.description })
    .from(standardTexts)
    .where(eq(standardTexts.standardId, standardId))
    .orderBy(standardTexts.locale);
}

/** The issue's own parse, as the wrapper would report it: the first message for each field. */
function schemaErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  if (result.success) return {};
  return Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('frameworks', () => {
  it('are created with their texts per language, the English one also in the legacy columns, and audited', async () => {
    const code = fresh('WD');
    const { framework, refresh } = await newFramework(admin, {
      frameworkCode: code.toLowerCase(),
      name_fr: 'Déclaration de Varsovie',
      description_en: 'The founding declaration of the Community of Democracies.',
      adoptedOn: '2000-06',
      sourceUrl: 'https://community-democracies.org/warsaw',
    });
    // A wording is on every public page that names it: every page is refreshed.
    expect(refresh).toBe('everything');
    expect(framework).toMatchObject({
      code,
      adoptedOn: '2000-06-01',
      adoptedOnPrecision: 'month',
      sourceUrl: 'https://community-democracies.org/warsaw',
      version: 1,
      texts: {
        en: { name: 'Warsaw Declaration', description: 'The founding declaration of the Community of Democracies.' },
        fr: { name: 'Déclaration de Varsovie', description: '' },
      },
    });
    const locales = await db()
      .select({ locale: frameworkTexts.locale })
      .from(frameworkTexts)
      .where(eq(frameworkTexts.frameworkId, framework.id));
    expect(locales.map((text) => text.locale).sort()).toEqual(['en', 'fr']);
    const audit = await auditRowsFor('framework', framework.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'framework.create',
        actorId: admin.id,
        before: null,
        after: expect.objectContaining({ code, texts: expect.objectContaining({ fr: expect.any(Object) }) }),
      }),
    ]);
  });

  it('refuses a code already used, a link that is not http(s), an empty English name and a bad date, each on its field', async () => {
    const code = fresh('DUP');
    await newFramework(admin, { frameworkCode: code });
    const before = await db().select({ id: frameworks.id }).from(frameworks);
    expect(await refusalOf(newFramework(secondAdmin, { frameworkCode: code }))).toEqual({
      code: 'validation',
      fieldErrors: { frameworkCode: ['errors.frameworkCodeTaken'] },
    });
    expect(await db().select({ id: frameworks.id }).from(frameworks)).toHaveLength(before.length);

    const base = { frameworkCode: fresh('BAD'), name_en: 'A name' };
    expect(schemaErrors(createFrameworkSchema.safeParse({ ...base, sourceUrl: 'javascript:alert(1)' }))).toEqual({
      sourceUrl: 'errors.invalidUrl',
    });
    expect(schemaErrors(createFrameworkSchema.safeParse({ ...base, sourceUrl: 'ftp://example.org/text.pdf' }))).toEqual(
      { sourceUrl: 'errors.invalidUrl' },
    );
    expect(schemaErrors(createFrameworkSchema.safeParse({ ...base, name_en: '   ' }))).toEqual({
      name_en: 'errors.required',
    });
    expect(schemaErrors(createFrameworkSchema.safeParse({ ...base, frameworkCode: 'not a code' }))).toEqual({
      frameworkCode: 'errors.codeFormat',
    });
    expect(schemaErrors(createFrameworkSchema.safeParse({ ...base, adoptedOn: '2016-13' }))).toEqual({
      adoptedOn: 'errors.partialDate',
    });
    expect(schemaErrors(createFrameworkSchema.safeParse({ ...base, adoptedOn: '9999' }))).toEqual({
      adoptedOn: 'errors.futureDate',
    });
    expect(schemaErrors(createFrameworkSchema.safeParse({ ...base, description_ar: 'وصف بلا اسم' }))).toEqual({
      name_ar: 'errors.nameNeededForDescription',
    });
    expect(createFrameworkSchema.parse({ ...base, adoptedOn: '2016' }).adoptedOn).toBe('2016');
  });

  it('an edit is version-checked: a second admin’s stale save is refused, names what changed, and loses nothing', async () => {
    const { framework } = await newFramework(admin, { frameworkCode: fresh('ED'), adoptedOn: '2016-03-15' });
    const edit = (user: CurrentUser, fields: Record<string, string>) =>
      runAs(
        user,
        updateFrameworkSchema.parse({
          id: String(framework.id),
          version: '1',
          name_en: 'Warsaw Declaration',
          adoptedOn: '2016-03-15',
          ...fields,
        }),
        updateFramework,
      );
    const first = await edit(admin, { name_fr: 'Déclaration de Varsovie', adoptedOn: '2016' });
    expect(first.framework).toMatchObject({
      version: 2,
      adoptedOn: '2016-01-01',
      adoptedOnPrecision: 'year',
      texts: { fr: { name: 'Déclaration de Varsovie' } },
    });

    expect(await refusalOf(edit(secondAdmin, { sourceUrl: 'https://example.org/warsaw' }))).toEqual({
      code: 'conflict:framework',
      fieldErrors: {
        adoptedOn: [{ key: 'conflict.changedTo', values: { value: '2016' } }],
        name_fr: [{ key: 'conflict.changedTo', values: { value: 'Déclaration de Varsovie' } }],
      },
    });
    const now = await getWorkspaceFramework({ code: framework.code });
    expect(now).toMatchObject({ version: 2, sourceUrl: null, texts: { fr: { name: 'Déclaration de Varsovie' } } });
    expect((await auditRowsFor('framework', framework.id)).map((event) => event.action)).toEqual([
      'framework.create',
      'framework.update',
    ]);
    const [update] = (await auditRowsFor('framework', framework.id)).slice(1);
    expect(update).toMatchObject({
      before: { version: 1, texts: { en: { name: 'Warsaw Declaration' } } },
      after: { version: 2, texts: { fr: { name: 'Déclaration de Varsovie' } } },
    });
  });

  it('is refused to the secretariat, and an unknown framework looks the same', async () => {
    const { framework } = await newFramework(admin, { frameworkCode: fresh('SEC') });
    const input = updateFrameworkSchema.parse({ id: String(framework.id), version: '1', name_en: 'Renamed' });
    expect(await refusalOf(runAs(w.secretariat, input, updateFramework))).toMatchObject({
      code: 'forbidden:framework',
      audit: { reason: 'scope' },
    });
    expect(await refusalOf(runAs(admin, { ...input, id: 999_999 }, updateFramework))).toMatchObject({
      code: 'forbidden:framework',
      audit: { reason: 'not_found' },
    });
  });
});

describe('standards', () => {
  let frameworkId: number;
  beforeAll(async () => {
    frameworkId = (await newFramework(admin, { frameworkCode: fresh('STD') })).framework.id;
  });

  it('are added at the end of their framework, with a code no standard of any framework has', async () => {
    const a = fresh('WD-');
    const first = await newStandard(admin, frameworkId, { standardCode: a, title_en: 'Free and fair elections' });
    const second = await newStandard(admin, frameworkId, {
      standardCode: fresh('WD-'),
      title_en: 'Freedom of expression',
      description_en: 'The right of every person to seek, receive and impart information.',
      title_es: 'Libertad de expresión',
    });
    expect(first.refresh).toBe('everything');
    expect(first.standard).toMatchObject({ position: 1, version: 1, retiredAt: null });
    expect(second.standard.position).toBe(2);
    expect(await storedTexts(second.standard.id)).toEqual([
      {
        locale: 'en',
        title: 'Freedom of expression',
        description: 'The right of every person to seek, receive and impart information.',
      },
      { locale: 'es', title: 'Libertad de expresión', description: '' },
    ]);

    // CSS-1 is the Civil Society Standards' own: its public address is taken.
    const count = (await db().select({ id: standards.id }).from(standards)).length;
    expect(await refusalOf(newStandard(admin, frameworkId, { standardCode: 'css-1', title_en: 'Copy' }))).toEqual({
      code: 'validation',
      fieldErrors: { standardCode: ['errors.standardCodeTaken'] },
    });
    expect(await refusalOf(newStandard(admin, frameworkId, { standardCode: a, title_en: 'Again' }))).toEqual({
      code: 'validation',
      fieldErrors: { standardCode: ['errors.standardCodeTaken'] },
    });
    expect(await db().select({ id: standards.id }).from(standards)).toHaveLength(count);
    expect((await auditRowsFor('standard', second.standard.id))[0]).toMatchObject({
      action: 'standard.create',
      before: null,
      after: { code: second.standard.code, texts: { es: { title: 'Libertad de expresión' } } },
    });
  });

  it('refuses an empty English title and a description without its title', () => {
    const base = { frameworkId: String(frameworkId), standardCode: 'WD-X' };
    expect(schemaErrors(addStandardSchema.safeParse({ ...base, title_en: '' }))).toEqual({
      title_en: 'errors.required',
    });
    expect(schemaErrors(updateStandardTextsSchema.safeParse({ id: '1', version: '1', title_en: ' ' }))).toEqual({
      title_en: 'errors.required',
    });
    expect(schemaErrors(addStandardSchema.safeParse({ ...base, title_en: 'A title', description_zh: '说明' }))).toEqual(
      { title_zh: 'errors.titleNeededForDescription' },
    );
  });

  it('texts are edited in any language, version-checked: the stale save names what changed and nothing is lost', async () => {
    const { standard } = await newStandard(admin, frameworkId, {
      standardCode: fresh('WD-'),
      title_en: 'Independent judiciary',
      title_es: 'Poder judicial independiente',
    });
    const edit = (user: CurrentUser, version: number, fields: Record<string, string>) =>
      runAs(
        user,
        updateStandardTextsSchema.parse({
          id: String(standard.id),
          version: String(version),
          title_en: 'Independent judiciary',
          ...fields,
        }),
        updateStandardTexts,
      );
    // French added, Spanish left blank (so removed: the public pages fall back to English), English reworded.
    const saved = await edit(admin, 1, {
      title_en: 'An independent judiciary',
      title_fr: 'Un pouvoir judiciaire indépendant',
      description_fr: 'Des juges qui statuent sans pression.',
    });
    expect(saved).toMatchObject({ refresh: 'everything', standard: { version: 2 } });
    expect(await storedTexts(standard.id)).toEqual([
      { locale: 'en', title: 'An independent judiciary', description: '' },
      {
        locale: 'fr',
        title: 'Un pouvoir judiciaire indépendant',
        description: 'Des juges qui statuent sans pression.',
      },
    ]);

    // A second admin who opened version 1 saves a Russian title: refused, naming what the first changed.
    expect(await refusalOf(edit(secondAdmin, 1, { title_ru: 'Независимая судебная власть' }))).toEqual({
      code: 'conflict:standard',
      fieldErrors: {
        title_en: [{ key: 'conflict.changedTo', values: { value: 'An independent judiciary' } }],
        title_fr: [{ key: 'conflict.changedTo', values: { value: 'Un pouvoir judiciaire indépendant' } }],
        description_fr: [{ key: 'conflict.changedTo', values: { value: 'Des juges qui statuent sans pression.' } }],
        title_es: [{ key: 'conflict.changedEmpty' }],
      },
    });
    expect(await storedTexts(standard.id)).toHaveLength(2);

    const audit = await auditRowsFor('standard', standard.id);
    expect(audit.map((event) => event.action)).toEqual(['standard.create', 'standard.update']);
    expect(audit[1]).toMatchObject({
      before: { version: 1, texts: { es: { title: 'Poder judicial independiente' } } },
      after: { version: 2, texts: { fr: { title: 'Un pouvoir judiciaire indépendant' } } },
    });
    expect((audit[1]!.after as { texts: object }).texts).not.toHaveProperty('es');
  });

  it('a stale save of a seeded standard names only what the other admin changed', async () => {
    // CSS-2 was written by the seed: its version 1 is in the audit log only as the first edit's `before`.
    const id = w.standardId('CSS-2');
    // The form sends every language's fields as the page showed them: the seed's six.
    const seeded = Object.fromEntries(
      (await storedTexts(id)).flatMap((text) => [
        [`title_${text.locale}`, text.title],
        [`description_${text.locale}`, text.description],
      ]),
    );
    const edit = (user: CurrentUser, fields: Record<string, string>) =>
      runAs(
        user,
        updateStandardTextsSchema.parse({ id: String(id), version: '1', ...seeded, ...fields }),
        updateStandardTexts,
      );
    await edit(admin, { title_fr: 'Défendre un environnement favorable' });
    expect(await refusalOf(edit(secondAdmin, { title_ru: 'Выступать за благоприятную среду' }))).toEqual({
      code: 'conflict:standard',
      fieldErrors: {
        title_fr: [{ key: 'conflict.changedTo', values: { value: 'Défendre un environnement favorable' } }],
      },
    });
  });

  it('move up and down inside one transaction, both moves audited; a move from a stale place is refused', async () => {
    const { framework } = await newFramework(admin, { frameworkCode: fresh('ORD') });
    const added = [];
    for (const title of ['One', 'Two', 'Three'])
      added.push((await newStandard(admin, framework.id, { standardCode: fresh('ORD-'), title_en: title })).standard);
    const [one, two, three] = added as [(typeof added)[0], (typeof added)[0], (typeof added)[0]];
    const order = async () =>
      (await getWorkspaceFramework({ code: framework.code }))!.standards.map((standard) => standard.texts.en.title);

    expect(await move(admin, { id: three.id, position: 3, direction: 'up' })).toMatchObject({
      standard: { id: three.id, position: 2 },
      refresh: 'everything',
    });
    expect(await order()).toEqual(['One', 'Three', 'Two']);
    await move(admin, { id: one.id, position: 1, direction: 'down' });
    expect(await order()).toEqual(['Three', 'One', 'Two']);

    // The page said "Two" was second; it is third now.
    expect(await refusalOf(move(secondAdmin, { id: two.id, position: 2, direction: 'up' }))).toEqual({
      code: 'conflict:standard',
      messageKey: 'codes.conflict_order',
      messageValues: { code: two.code },
    });
    expect(await refusalOf(move(admin, { id: two.id, position: 3, direction: 'down' }))).toEqual({
      code: 'conflict:standard',
      messageKey: 'codes.cannotMove_down',
      messageValues: { code: two.code },
    });
    expect(await order()).toEqual(['Three', 'One', 'Two']);
    expect(await auditRowsFor('standard', two.id)).toEqual([
      expect.objectContaining({ action: 'standard.create' }),
      expect.objectContaining({
        action: 'standard.move',
        before: expect.objectContaining({ position: 2 }),
        after: expect.objectContaining({ position: 3 }),
      }),
    ]);

    // Two admins moving at once: each waits for the other, and the positions stay a permutation.
    await Promise.allSettled([
      move(admin, { id: one.id, position: 2, direction: 'up' }),
      move(secondAdmin, { id: two.id, position: 3, direction: 'up' }),
    ]);
    const positions = (await getWorkspaceFramework({ code: framework.code }))!.standards.map((s) => s.position);
    expect([...positions].sort()).toEqual([1, 2, 3]);
  });

  it('retire and come back, version-checked; a retired standard keeps its texts and place', async () => {
    const { standard } = await newStandard(admin, frameworkId, { standardCode: fresh('WD-'), title_en: 'Retiring' });
    const retired = await retirement(admin, { id: standard.id, version: 1, action: 'retire' });
    expect(retired).toMatchObject({ refresh: 'everything', standard: { version: 2, position: standard.position } });
    expect(retired.standard.retiredAt).toBeInstanceOf(Date);

    expect(await refusalOf(retirement(secondAdmin, { id: standard.id, version: 1, action: 'retire' }))).toEqual({
      code: 'conflict:standard',
      messageKey: 'codes.alreadyRetired',
      messageValues: { code: standard.code },
    });
    expect(await refusalOf(retirement(secondAdmin, { id: standard.id, version: 1, action: 'unretire' }))).toEqual({
      code: 'conflict:standard',
    });
    const back = await retirement(admin, { id: standard.id, version: 2, action: 'unretire' });
    expect(back.standard).toMatchObject({ version: 3, retiredAt: null, texts: { en: { title: 'Retiring' } } });
    expect((await auditRowsFor('standard', standard.id)).map((event) => event.action)).toEqual([
      'standard.create',
      'standard.retire',
      'standard.unretire',
    ]);
    const [row] = await db()
      .select({ retiredAt: standards.retiredAt })
      .from(standards)
      .where(and(eq(standards.id, standard.id)));
    expect(row!.retiredAt).toBeNull();
  });
});

describe('a retired standard', () => {
  let retiredId: number;
  let retiredCode: string;
  let inUseId: number;
  let frameworkCode: string;
  beforeAll(async () => {
    const { framework } = await newFramework(admin, { frameworkCode: fresh('RET') });
    frameworkCode = framework.code;
    const retiring = await newStandard(admin, framework.id, { standardCode: fresh('RET-'), title_en: 'Retired one' });
    inUseId = (await newStandard(admin, framework.id, { standardCode: fresh('RET-'), title_en: 'In use' })).standard.id;
    retiredId = retiring.standard.id;
    retiredCode = retiring.standard.code;
    await retirement(admin, { id: retiredId, version: 1, action: 'retire' });
  });

  const commitmentInput = (standardIds: number[]) =>
    createCommitmentSchema.parse({ countryId: w.countryId('NOR'), title: 'Train judges', standardIds });

  it('is refused for a new commitment with a field error, even in a call no form would make', async () => {
    expect(await refusalOf(runAs(w.secretariat, commitmentInput([inUseId, retiredId]), createCommitment))).toEqual({
      code: 'validation',
      fieldErrors: { standardIds: ['errors.retiredStandard'] },
    });
    const { commitment } = await runAs(w.secretariat, commitmentInput([inUseId]), createCommitment);
    expect(commitment.standardIds).toEqual([inUseId]);
  });

  it('stays on a commitment already linked to it, which saves with it; another commitment cannot add it', async () => {
    const linked = await createCommitmentRow(db(), { countryId: w.countryId('NOR'), standardIds: [retiredId] });
    const edit = (row: { id: number; version: number; ref: string }, standardIds: number[]) =>
      updateCommitmentSchema.parse({ id: row.id, version: row.version, ref: row.ref, title: 'Renamed', standardIds });
    const { commitment } = await runAs(w.secretariat, edit(linked, [retiredId, inUseId]), updateCommitment);
    expect(commitment.standardIds).toEqual([retiredId, inUseId].sort((a, b) => a - b));

    const other = await createCommitmentRow(db(), { countryId: w.countryId('NOR'), standardIds: [inUseId] });
    expect(await refusalOf(runAs(w.secretariat, edit(other, [inUseId, retiredId]), updateCommitment))).toEqual({
      code: 'validation',
      fieldErrors: { standardIds: ['errors.retiredStandard'] },
    });
  });

  it('is refused in a CSV import with a row error naming the code', async () => {
    const file = new File([`country,title,standards\nNOR,Consult on the NGO law,${retiredCode}\n`], 'retired.csv', {
      type: 'text/csv',
    });
    const { report } = await runAs(w.secretariat, { file, mode: 'dry_run' as const }, importCommitments);
    expect(report.errors).toEqual([
      { row: 2, field: 'standards', message: 'errors.retiredStandardCode', value: retiredCode },
    ]);
  });

  it('is counted and shown as retired on the workspace pages, with the commitments linked to it', async () => {
    const listed = await listWorkspaceFrameworks();
    expect(listed.find((framework) => framework.code === 'CSS')).toMatchObject({ standards: 5, retired: 0 });
    expect(listed.find((framework) => framework.code === frameworkCode)).toMatchObject({ standards: 2, retired: 1 });
    const page = await getWorkspaceStandard({ frameworkCode, standardCode: retiredCode });
    expect(page!.standard.retiredAt).toBeInstanceOf(Date);
    // One commitment linked in the test before, none by the refused calls.
    expect(page!.standard.commitments).toBe(1);
    expect(await getWorkspaceStandard({ frameworkCode: 'CSS', standardCode: retiredCode })).toBeNull();
  });
});
