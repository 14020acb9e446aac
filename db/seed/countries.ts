import type { MembershipEventType } from '@/db/schema';
import { storedDateOf } from '@/lib/standing';

/**
 * Reference data: the Governing Council's 30 current members and its four former members (Cabo Verde,
 * Mali, the Philippines and South Africa: members in 2018, not now), with their membership history as
 * far as it is known. Where a date is not known the event has precision 'unknown' and no date (the
 * public pages say "Date not known"); no date is invented. Notes are public, so they say only what a
 * reader needs beyond the event and its date, and are mostly empty.
 *
 * Regions are the UN geoscheme's continental regions (so Georgia is in Asia).
 */

export type SeedEvent = {
  type: MembershipEventType;
  /** As far as it is known; null when the date is not known. */
  date: { year: number; month?: number; day?: number } | null;
  note: string;
};

export type SeedCountry = { iso3: string; iso2: string; name: string; region: string; events: SeedEvent[] };

const JOINED_DATE_UNKNOWN: SeedEvent = { type: 'joined', date: null, note: '' };

const LEFT_DATE_UNKNOWN: SeedEvent = {
  type: 'left',
  date: null,
  note: 'A member of the Governing Council in 2018 and not a member now.',
};

const joinedIn = (year: number, month?: number): SeedEvent => ({
  type: 'joined',
  date: month === undefined ? { year } : { year, month },
  note: '',
});

const member = (
  iso3: string,
  iso2: string,
  name: string,
  region: string,
  events: SeedEvent[] = [JOINED_DATE_UNKNOWN],
): SeedCountry => ({ iso3, iso2, name, region, events });

export const CURRENT_MEMBERS: readonly SeedCountry[] = [
  member('ARG', 'AR', 'Argentina', 'Americas'),
  member('CAN', 'CA', 'Canada', 'Americas'),
  member('CHL', 'CL', 'Chile', 'Americas'),
  member('CRI', 'CR', 'Costa Rica', 'Americas'),
  member('SLV', 'SV', 'El Salvador', 'Americas'),
  member('EST', 'EE', 'Estonia', 'Europe'),
  member('FIN', 'FI', 'Finland', 'Europe'),
  member('GEO', 'GE', 'Georgia', 'Asia', [joinedIn(2019)]),
  member('GTM', 'GT', 'Guatemala', 'Americas'),
  member('HUN', 'HU', 'Hungary', 'Europe'),
  member('IND', 'IN', 'India', 'Asia'),
  member('ITA', 'IT', 'Italy', 'Europe'),
  member('JPN', 'JP', 'Japan', 'Asia'),
  member('LTU', 'LT', 'Lithuania', 'Europe'),
  member('MEX', 'MX', 'Mexico', 'Americas'),
  member('MDA', 'MD', 'Moldova', 'Europe', [joinedIn(2023, 7)]),
  member('MNG', 'MN', 'Mongolia', 'Asia'),
  member('MAR', 'MA', 'Morocco', 'Africa'),
  member('NGA', 'NG', 'Nigeria', 'Africa'),
  member('NOR', 'NO', 'Norway', 'Europe'),
  member('MKD', 'MK', 'North Macedonia', 'Europe', [joinedIn(2019)]),
  member('PAN', 'PA', 'Panama', 'Americas'),
  member('POL', 'PL', 'Poland', 'Europe'),
  member('PRT', 'PT', 'Portugal', 'Europe'),
  member('KOR', 'KR', 'Republic of Korea', 'Asia'),
  member('ROU', 'RO', 'Romania', 'Europe'),
  member('SWE', 'SE', 'Sweden', 'Europe'),
  member('GBR', 'GB', 'United Kingdom', 'Europe'),
  member('USA', 'US', 'United States of America', 'Americas'),
  member('URY', 'UY', 'Uruguay', 'Americas'),
];

/**
 * Mali is modelled as suspended, not as having left. It is among the states that were members in
 * 2018 and are not members now, and the one recorded fact that explains that is its second
 * suspension in June 2021; no source says it left. Recording a `left` event would invent a fact, so its
 * last event is that suspension and its derived standing is `suspended` (not a participating member,
 * which is what "not a member now" describes). The other three former members have a `left` event
 * with an unknown date, and derive to `former`.
 */
const MALI: SeedCountry = member('MLI', 'ML', 'Mali', 'Africa', [
  JOINED_DATE_UNKNOWN,
  { type: 'suspended', date: { year: 2012 }, note: '' },
  { type: 'reinstated', date: { year: 2014, month: 9, day: 25 }, note: '' },
  { type: 'suspended', date: { year: 2021, month: 6 }, note: '' },
]);

export const FORMER_MEMBERS: readonly SeedCountry[] = [
  member('CPV', 'CV', 'Cabo Verde', 'Africa', [JOINED_DATE_UNKNOWN, LEFT_DATE_UNKNOWN]),
  MALI,
  member('PHL', 'PH', 'Philippines', 'Asia', [JOINED_DATE_UNKNOWN, LEFT_DATE_UNKNOWN]),
  member('ZAF', 'ZA', 'South Africa', 'Africa', [JOINED_DATE_UNKNOWN, LEFT_DATE_UNKNOWN]),
];

export const SEED_COUNTRIES: readonly SeedCountry[] = [...CURRENT_MEMBERS, ...FORMER_MEMBERS];

/** The events as membership_events columns, numbered from 1 in the order given. */
export function eventRowsOf(country: SeedCountry) {
  return country.events.map((event, index) => ({
    type: event.type,
    sequence: index + 1,
    ...storedDateOf(event.date),
    note: event.note,
    sourceUrl: null,
  }));
}
