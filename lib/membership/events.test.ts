import { asc, eq } from 'drizzle-orm';
import { updateTag } from 'next/cache';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { getCountryProfile, listCountries } from '@/db/queries/countries';
import { getOverviewFigures } from '@/db/queries/overview';
import { PUBLIC_TAGS } from '@/db/queries/public-cache';
import { membershipEvents } from '@/db/schema';
import { createCountry, createUser } from '@/db/seed/factories';
import {
  addMembershipEventAction,
  correctMembershipEventAction,
} from '@/app/[locale]/workspace/reference/membership/actions';
import type { CurrentUser } from '@/lib/auth/session';
import {
  addMembershipEventSchema,
  correctMembershipEventSchema,
  removeMembershipEventSchema,
  type AddMembershipEventInput,
  type CorrectMembershipEventInput,
  type RemoveMembershipEventInput,
} from '@/lib/validation/membership';
import { freshUser, signInAs } from '@/test/auth-helpers';
import { auditRowsFor, refusalOf, runAs, sessionUserOf, setUpWorkflow } from '@/test/workflow-fixtures';
import { addMembershipEvent, correctMembershipEvent, removeMembershipEvent } from './events';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

/**
 * Keeping Governing Council membership, against PostgreSQL: each service through `runAs` as an admin
 * (the database afterwards, the audit rows, the refresh), each refusal with the rule or field it names
 * and nothing written, the version conflict, and the actions through the wrapper with a real session.
 */

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
let admin: CurrentUser;
let adminRow: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  w = await setUpWorkflow();
  adminRow = await createUser(db(), { role: 'admin', name: 'Ada Admin', totpEnabledAt: new Date() });
  admin = sessionUserOf(adminRow);
});
beforeEach(() => {
  vi.mocked(updateTag).mockClear();
});

const add = (input: Record<string, unknown>, user = admin) =>
  runAs(user, addMembershipEventSchema.parse(input) as AddMembershipEventInput, addMembershipEvent);
const correct = (input: Record<string, unknown>, user = admin) =>
  runAs(user, correctMembershipEventSchema.parse(input) as CorrectMembershipEventInput, correctMembershipEvent);
const remove = (input: Record<string, unknown>, user = admin) =>
  runAs(user, removeMembershipEventSchema.parse(input) as RemoveMembershipEventInput, removeMembershipEvent);

/** A state's events as stored, in sequence order. */
async function historyOf(iso3: string) {
  return db()
    .select({
      id: membershipEvents.id,
      type: membershipEvents.type,
      sequence: membershipEvents.sequence,
      occurredOn: membershipEvents.occurredOn,
      datePrecision: membershipEvents.datePrecision,
      decisionReference: membershipEvents.decisionReference,
      decisionTitle: membershipEvents.decisionTitle,
      note: membershipEvents.note,
      sourceUrl: membershipEvents.sourceUrl,
      version: membershipEvents.version,
    })
    .from(membershipEvents)
    .where(eq(membershipEvents.countryId, w.countryId(iso3)))
    .orderBy(asc(membershipEvents.sequence));
}

const typesOf = async (iso3: string) => (await historyOf(iso3)).map((event) => event.type);
const standingOf = async (iso3: string) => (await getCountryProfile({ iso3 }))?.standing;

/** The form's fields for an event as stored, ready to correct. */
function formOf(event: Awaited<ReturnType<typeof historyOf>>[number]) {
  const [year, month, day] = (event.occurredOn ?? '').split('-');
  const parts =
    event.datePrecision === 'unknown'
      ? {}
      : event.datePrecision === 'year'
        ? { year }
        : event.datePrecision === 'month'
          ? { year, month: String(Number(month)) }
          : { year, month: String(Number(month)), day: String(Number(day)) };
  return {
    id: String(event.id),
    version: String(event.version),
    type: event.type,
    ...parts,
    decisionReference: event.decisionReference ?? '',
    decisionTitle: event.decisionTitle ?? '',
    note: event.note,
    sourceUrl: event.sourceUrl ?? '',
  };
}

describe('recording an event', () => {
  it('a former member joins again by a named Council decision: stored last, audited, standing follows', async () => {
    expect(await standingOf('ZAF')).toBe('former');
    const { event, refresh } = await add({
      country: 'zaf',
      type: 'joined',
      year: '2025',
      month: '11',
      day: '14',
      decisionReference: 'GC/2025/7',
      decisionTitle: 'Admission of South Africa to the Governing Council',
      note: 'Rejoined after a decision of the Governing Council in Vilnius.',
      sourceUrl: 'https://community-democracies.example/gc-2025-7',
    });
    expect(event).toMatchObject({
      type: 'joined',
      sequence: 3,
      occurredOn: '2025-11-14',
      datePrecision: 'day',
      decisionReference: 'GC/2025/7',
      version: 1,
    });
    // The state's pages, the aggregates that show standing, and its records of past days.
    expect(refresh).toEqual({ countries: ['ZAF'], pastDays: true });
    expect(await typesOf('ZAF')).toEqual(['joined', 'left', 'joined']);
    expect(await standingOf('ZAF')).toBe('member');
    expect((await listCountries()).find((row) => row.iso3 === 'ZAF')?.standing).toBe('member');
    expect((await getCountryProfile({ iso3: 'ZAF' }))?.events.at(-1)).toMatchObject({
      decisionReference: 'GC/2025/7',
      decisionTitle: 'Admission of South Africa to the Governing Council',
      sourceUrl: 'https://community-democracies.example/gc-2025-7',
    });
    expect(await auditRowsFor('membership_event', event.id)).toEqual([
      expect.objectContaining({
        action: 'membership.add',
        actorId: admin.id,
        countryId: w.countryId('ZAF'),
        before: null,
        after: expect.objectContaining({ id: event.id, type: 'joined', occurredOn: '2025-11-14', version: 1 }),
      }),
    ]);
  });

  it('goes where its date puts it, and the sequence is numbered around it', async () => {
    // Mali: joined (date not known), suspended 2012, reinstated 25 September 2014, suspended June 2021.
    const { event } = await add({ country: 'MLI', type: 'renewed', year: '2013', decisionReference: 'GC/2013/1' });
    expect((await historyOf('MLI')).map((row) => [row.sequence, row.type, row.occurredOn])).toEqual([
      [1, 'joined', null],
      [2, 'suspended', '2012-01-01'],
      [3, 'renewed', '2013-01-01'],
      [4, 'reinstated', '2014-09-25'],
      [5, 'suspended', '2021-06-01'],
    ]);
    expect(await standingOf('MLI')).toBe('suspended');
    await remove({ id: String(event.id), version: '1', reason: 'Recorded for a test of placement.' });
  });

  it('goes first, or after a chosen event, when the form says so', async () => {
    const [joined] = await historyOf('GEO');
    const renewed = await add({ country: 'GEO', type: 'renewed', place: String(joined!.id) });
    expect(await typesOf('GEO')).toEqual(['joined', 'renewed']);
    // First, before the joining: the sequence would start with something other than joining.
    expect(await refusalOf(add({ country: 'GEO', type: 'renewed', place: 'start' }))).toEqual({
      code: 'validation',
      fieldErrors: { type: [{ key: 'refusals.beforeJoined', values: { event: 'renewed', date: 'unknown' } }] },
    });
    // After an event of another state: the list the form was built from moved on.
    const [norway] = await historyOf('NOR');
    expect(await refusalOf(add({ country: 'GEO', type: 'renewed', place: String(norway!.id) }))).toEqual({
      code: 'validation',
      fieldErrors: { place: ['errors.place'] },
    });
    expect(await typesOf('GEO')).toEqual(['joined', 'renewed']);
    await remove({ id: String(renewed.event.id), version: '1', reason: 'Test.' });
  });

  it('each rule of the sequence refuses, names the event at fault, and writes nothing', async () => {
    const before = await historyOf('MLI');
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      // Mali is suspended: a second suspension, a second joining.
      [
        { country: 'MLI', type: 'suspended' },
        { type: [{ key: 'refusals.alreadySuspended', values: { event: 'suspended', date: 'unknown' } }] },
      ],
      [
        { country: 'MLI', type: 'joined', year: '2024' },
        { type: [{ key: 'refusals.joinedWhileMember', values: { event: 'joined', date: '2024' } }] },
      ],
      // Norway is a member: nothing to reinstate it from.
      [
        { country: 'NOR', type: 'reinstated', year: '2024', month: '3' },
        { type: [{ key: 'refusals.notSuspended', values: { event: 'reinstated', date: 'March 2024' } }] },
      ],
      // Cabo Verde left: only a new joining may follow.
      [
        { country: 'CPV', type: 'renewed' },
        { type: [{ key: 'refusals.afterLeft', values: { event: 'renewed', date: 'unknown' } }] },
      ],
      // A date after today.
      [{ country: 'NOR', type: 'renewed', year: '2999' }, { date: [{ key: 'refusals.inFuture' }] }],
      // Placed after Mali's reinstatement of 25 September 2014, but dated 2010.
      [
        { country: 'MLI', type: 'renewed', year: '2010', place: String(before[2]!.id) },
        { date: [{ key: 'refusals.datedBeforeEarlier', values: { event: 'reinstated', date: '25 September 2014' } }] },
      ],
    ];
    for (const [input, fieldErrors] of cases)
      expect({ input, refusal: await refusalOf(add(input)) }).toEqual({
        input,
        refusal: { code: 'validation', fieldErrors },
      });
    expect(await historyOf('MLI')).toEqual(before);
    expect(await typesOf('NOR')).toEqual(['joined']);
    expect(await typesOf('CPV')).toEqual(['joined', 'left']);
  });

  it('a state with no events can only join', async () => {
    const country = await createCountry(db(), { iso3: 'XMB', iso2: 'XM', name: 'Testland of membership' });
    expect(await refusalOf(add({ country: 'XMB', type: 'left' }))).toEqual({
      code: 'validation',
      fieldErrors: { type: [{ key: 'refusals.beforeJoined', values: { event: 'left', date: 'unknown' } }] },
    });
    const { event } = await add({ country: 'XMB', type: 'joined', year: '2026', month: '1' });
    expect(event).toMatchObject({ countryId: country.id, sequence: 1, datePrecision: 'month' });
  });

  it('refuses an unknown state as not found, and anyone but an admin', async () => {
    expect(await refusalOf(add({ country: 'QQQ', type: 'joined' }))).toEqual({
      code: 'forbidden:membership',
      audit: { entityType: 'membership', entityId: 'QQQ', countryId: null, reason: 'not_found' },
    });
    expect(await refusalOf(add({ country: 'NOR', type: 'renewed' }, w.secretariat))).toEqual({
      code: 'forbidden:membership',
      audit: { entityType: 'membership', entityId: 'NOR', countryId: w.countryId('NOR'), reason: 'scope' },
    });
    expect(await typesOf('NOR')).toEqual(['joined']);
  });

  it('two admins recording at once are checked one after the other: the second sees the first', async () => {
    // Mali is suspended; both reinstate it. After the first, the second has no suspension to lift.
    const outcomes = await Promise.allSettled([
      add({ country: 'MLI', type: 'reinstated', year: '2026', month: '2' }),
      add({ country: 'MLI', type: 'reinstated', year: '2026', month: '2' }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(await refusalOf(Promise.reject(refused.reason))).toMatchObject({
      code: 'validation',
      fieldErrors: { type: [{ key: 'refusals.notSuspended' }] },
    });
    expect(await typesOf('MLI')).toEqual(['joined', 'suspended', 'reinstated', 'suspended', 'reinstated']);
    const done = (outcomes.find((outcome) => outcome.status === 'fulfilled') as PromiseFulfilledResult<{
      event: { id: number };
    }>)!.value;
    await remove({ id: String(done.event.id), version: '1', reason: 'Test of two admins at once.' });
    expect(await standingOf('MLI')).toBe('suspended');
  });
});

describe('the form', () => {
  it('refuses bad input with a message on the field', () => {
    const issues = (input: Record<string, unknown>) => {
      const result = addMembershipEventSchema.safeParse({ country: 'NOR', ...input });
      return result.success
        ? {}
        : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
    };
    expect(issues({})).toEqual({ type: 'errors.typeRequired' });
    expect(issues({ type: 'expelled' })).toEqual({ type: 'errors.typeRequired' });
    expect(issues({ type: 'joined', sourceUrl: 'javascript:alert(1)' })).toEqual({ sourceUrl: 'errors.invalidUrl' });
    expect(issues({ type: 'joined', sourceUrl: 'ftp://example.org/decision' })).toEqual({
      sourceUrl: 'errors.invalidUrl',
    });
    expect(issues({ type: 'joined', year: '14' })).toEqual({ year: 'errors.year' });
    expect(issues({ type: 'joined', month: '6' })).toEqual({ year: 'errors.yearRequired' });
    expect(issues({ type: 'joined', year: '2014', day: '25' })).toEqual({ month: 'errors.monthRequired' });
    expect(issues({ type: 'joined', year: '2023', month: '2', day: '29' })).toEqual({ day: 'errors.dayNotInMonth' });
    expect(issues({ type: 'joined', year: '2024', month: '13' })).toEqual({ month: 'errors.month' });
    expect(issues({ type: 'joined', place: 'somewhere' })).toEqual({ place: 'errors.place' });
    expect(issues({ type: 'joined', year: '2024', month: '2', day: '29', sourceUrl: 'https://example.org' })).toEqual(
      {},
    );
    expect(
      removeMembershipEventSchema.safeParse({ id: '1', version: '1', reason: ' ' }).error?.issues[0],
    ).toMatchObject({ path: ['reason'], message: 'errors.required' });
  });

  it('through the action: translated messages on the fields, the input kept, the refresh after commit', async () => {
    await signInAs(await freshUser(adminRow.id));
    const refused = await addMembershipEventAction(null, {
      country: 'NOR',
      type: 'renewed',
      year: '2999',
      sourceUrl: 'javascript:alert(1)',
    });
    expect(refused).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { sourceUrl: ['Enter a web address that starts with http:// or https://.'] },
      values: { year: '2999', sourceUrl: 'javascript:alert(1)' },
    });
    const future = await addMembershipEventAction(null, { country: 'NOR', type: 'renewed', year: '2999' });
    expect(future).toMatchObject({
      ok: false,
      fieldErrors: { date: ['This date is after today. Record an event once it has happened.'] },
    });
    const [, , reinstated] = await historyOf('MLI');
    const out = await addMembershipEventAction(null, {
      country: 'MLI',
      type: 'renewed',
      year: '2010',
      place: String(reinstated!.id),
    });
    expect(out).toMatchObject({
      ok: false,
      fieldErrors: {
        date: [
          'Out of order: this date is before that of “Reinstated” (25 September 2014), which comes earlier in the history.',
        ],
      },
    });
    const joinedAgain = await addMembershipEventAction(null, { country: 'NOR', type: 'joined' });
    expect(joinedAgain).toMatchObject({
      ok: false,
      fieldErrors: {
        type: [
          '“Joined” (date not known) is out of sequence: the state is then already a member, or suspended, and must leave before it can join again.',
        ],
      },
    });
    expect(await typesOf('NOR')).toEqual(['joined']);
    expect(await typesOf('MLI')).toEqual(['joined', 'suspended', 'reinstated', 'suspended']);
    expect(updateTag).not.toHaveBeenCalled();

    let redirected = false;
    try {
      await addMembershipEventAction(null, {
        country: 'SWE',
        type: 'suspended',
        year: '2026',
        month: '11',
        day: '2',
        decisionReference: 'GC/2026/9',
        decisionTitle: 'Suspension of Sweden',
      });
    } catch (error) {
      redirected = isRedirectError(error);
    }
    expect(redirected).toBe(true);
    expect(await standingOf('SWE')).toBe('suspended');
    expect((await getOverviewFigures()).suspended).toBeGreaterThanOrEqual(2);
    const tags = vi.mocked(updateTag).mock.calls.map(([tag]) => tag);
    expect(tags).toEqual(
      expect.arrayContaining([
        PUBLIC_TAGS.country('SWE'),
        PUBLIC_TAGS.pastDaysOf('SWE'),
        PUBLIC_TAGS.countries,
        PUBLIC_TAGS.overview,
      ]),
    );
    expect(tags).not.toContain(PUBLIC_TAGS.pastDays);
    expect(tags).not.toContain(PUBLIC_TAGS.pastDaysOf('NOR'));
    const [, suspension] = await historyOf('SWE');
    await remove({ id: String(suspension!.id), version: '1', reason: 'Test through the action.' });
  });
});

describe('correcting an event', () => {
  it('changes any field in place, raises the version and audits before and after', async () => {
    const [, , reinstated] = await historyOf('MLI');
    const { event, refresh } = await correct({
      ...formOf(reinstated!),
      decisionReference: 'GC/2014/3',
      decisionTitle: 'Reinstatement of Mali',
      note: 'Reinstated at the Council’s meeting in September 2014.',
      sourceUrl: 'http://community-democracies.example/2014',
    });
    expect(event).toMatchObject({ id: reinstated!.id, sequence: 3, version: 2, decisionReference: 'GC/2014/3' });
    expect(refresh).toEqual({ countries: ['MLI'], pastDays: true });
    const [audit] = await auditRowsFor('membership_event', reinstated!.id);
    expect(audit).toMatchObject({
      action: 'membership.correct',
      countryId: w.countryId('MLI'),
      before: { version: 1, decisionReference: null, note: '' },
      after: { version: 2, decisionReference: 'GC/2014/3', sourceUrl: 'http://community-democracies.example/2014' },
    });
  });

  it('a correction of a date that would break the order is refused, naming the event it clashes with', async () => {
    const before = await historyOf('MLI');
    const reinstated = before[2]!;
    expect(await refusalOf(correct({ ...formOf(reinstated), year: '2011', month: '5', day: '' }))).toEqual({
      code: 'validation',
      fieldErrors: { date: [{ key: 'refusals.datedBeforeEarlier', values: { event: 'suspended', date: '2012' } }] },
    });
    // June 2012 overlaps the year of the suspension: allowed (and put back).
    const moved = await correct({ ...formOf(reinstated), year: '2012', month: '6', day: '' });
    expect(moved.event).toMatchObject({ occurredOn: '2012-06-01', datePrecision: 'month' });
    await correct({ ...formOf((await historyOf('MLI'))[2]!), year: '2014', month: '9', day: '25' });
    expect((await historyOf('MLI'))[2]).toMatchObject({ occurredOn: '2014-09-25', datePrecision: 'day' });
  });

  it('a change of type that leaves a later event out of sequence is refused, naming that event', async () => {
    const [, suspended] = await historyOf('MLI');
    expect(await refusalOf(correct({ ...formOf(suspended!), type: 'renewed' }))).toEqual({
      code: 'validation',
      fieldErrors: {
        type: [{ key: 'refusals.notSuspended', values: { event: 'reinstated', date: '25 September 2014' } }],
      },
    });
    expect(await typesOf('MLI')).toEqual(['joined', 'suspended', 'reinstated', 'suspended']);
  });

  it('a stale save is a conflict naming what the other admin changed, with its new value; nothing is lost', async () => {
    const [joined] = await historyOf('PRT');
    const opened = formOf(joined!);
    const other = sessionUserOf(await createUser(db(), { role: 'admin', totpEnabledAt: new Date() }));
    await correct({ ...opened, year: '2009', note: 'Founding member of the Council.' }, other);
    const refusal = await refusalOf(correct({ ...opened, decisionReference: 'GC/2009/1' }));
    expect(refusal).toEqual({
      code: 'conflict:membership',
      fieldErrors: {
        note: [{ key: 'conflict.changedTo', values: { value: 'Founding member of the Council.' } }],
        date: [{ key: 'conflict.changedDate', values: { date: '2009' } }],
      },
    });
    expect((await historyOf('PRT'))[0]).toMatchObject({
      version: 2,
      decisionReference: null,
      occurredOn: '2009-01-01',
    });
    // Saved again from the current version, it goes through.
    const again = await correct({ ...formOf((await historyOf('PRT'))[0]!), decisionReference: 'GC/2009/1' });
    expect(again.event).toMatchObject({
      version: 3,
      decisionReference: 'GC/2009/1',
      note: 'Founding member of the Council.',
    });
  });

  it('an event someone else removed is a conflict said as such; one that never existed is not found', async () => {
    const { event } = await add({ country: 'POL', type: 'renewed', year: '2020' });
    const opened = formOf((await historyOf('POL')).find((row) => row.id === event.id)!);
    await remove({ id: opened.id, version: opened.version, reason: 'Duplicate.' });
    expect(await refusalOf(correct({ ...opened, note: 'Late.' }))).toEqual({
      code: 'conflict:membership',
      messageKey: 'codes.conflict_removed',
    });
    expect(await refusalOf(correct({ ...opened, id: '99999999' }))).toEqual({
      code: 'forbidden:membership',
      audit: { entityType: 'membership', entityId: 99_999_999, countryId: null, reason: 'not_found' },
    });
  });

  it('through the action: the conflict message and the field named in the reader’s language', async () => {
    const [joined] = await historyOf('ROU');
    const opened = formOf(joined!);
    await correct({ ...opened, type: 'joined', year: '2004' });
    await signInAs(await freshUser(adminRow.id));
    const result = await correctMembershipEventAction(null, { ...opened, note: 'Mine.' });
    expect(result).toMatchObject({
      ok: false,
      code: 'conflict:membership',
      message:
        'Someone else saved this event after you opened the page. Nothing of yours was saved, and nothing of theirs was overwritten.',
      fieldErrors: { date: ['Someone else changed the date to: 2004'] },
      values: { note: 'Mine.' },
    });
  });
});

describe('removing an event', () => {
  it('is a correction with a reason: the row goes, the audit event keeps it as before', async () => {
    const { event } = await add({ country: 'ITA', type: 'renewed', year: '2022', note: 'Entered twice.' });
    const { refresh } = await remove({ id: String(event.id), version: '1', reason: 'Recorded twice.' });
    expect(refresh).toEqual({ countries: ['ITA'], pastDays: true });
    expect(await typesOf('ITA')).toEqual(['joined']);
    expect(await auditRowsFor('membership_event', event.id)).toEqual([
      expect.objectContaining({ action: 'membership.add' }),
      expect.objectContaining({
        action: 'membership.remove',
        before: expect.objectContaining({ id: event.id, type: 'renewed', note: 'Entered twice.', version: 1 }),
        after: { reason: 'Recorded twice.' },
      }),
    ]);
  });

  it('is refused when the history without it breaks a rule, or when it changed since the page was loaded', async () => {
    const [, suspended] = await historyOf('MLI');
    expect(
      await refusalOf(remove({ id: String(suspended!.id), version: String(suspended!.version), reason: 'x' })),
    ).toEqual({
      code: 'validation',
      fieldErrors: {
        _form: [{ key: 'refusals.notSuspended', values: { event: 'reinstated', date: '25 September 2014' } }],
      },
    });
    const [joined] = await historyOf('LTU');
    await correct({ ...formOf(joined!), note: 'Changed meanwhile.' });
    expect(await refusalOf(remove({ id: String(joined!.id), version: '1', reason: 'Stale.' }))).toEqual({
      code: 'conflict:membership',
      messageKey: 'codes.conflict_membership_removal',
    });
    expect(await typesOf('MLI')).toEqual(['joined', 'suspended', 'reinstated', 'suspended']);
    expect(await typesOf('LTU')).toEqual(['joined']);
  });
});
