import type { PublicCountry } from '@/db/queries/countries';
import { changesBetween, type RecordAsOf } from '@/lib/as-of';
import { roundScore } from './respond';
import type { AsOfOut } from './schemas';

/** The scorecard of a past day (lib/as-of.ts) in the API's shape, with what changed since and how to cite it. */
export function asOfOut(country: PublicCountry, then: RecordAsOf, now: RecordAsOf, origin: string): AsOfOut {
  const url = asOfUrl(origin, country.iso3, then.day);
  return {
    iso3: country.iso3,
    iso2: country.iso2,
    name: country.name,
    region: country.region,
    region_code: country.regionCode,
    as_of: then.day,
    standing: then.standing,
    score: roundScore(then.score),
    distribution: then.distribution,
    published_commitments: then.commitments.length,
    last_verified_at: then.lastVerifiedAt?.toISOString() ?? null,
    commitments: then.commitments.map((commitment) => ({
      ref: commitment.ref,
      title: commitment.title,
      standards: commitment.standards.map((standard) => standard.code),
      status: commitment.status,
      target_date: commitment.targetDate,
      claimed_status: commitment.latestVerified?.claimedStatus ?? null,
      assessed_status: commitment.latestVerified?.assessedStatus ?? null,
      public_note: commitment.latestVerified?.publicNote ?? null,
      verified_at: commitment.latestVerified?.reviewedAt.toISOString() ?? null,
      url: `${origin}/commitments/${commitment.ref.toLowerCase()}`,
    })),
    changes_since: changesBetween(then, now).map((change) => ({
      ref: change.ref,
      title: change.title,
      change: change.change,
      status_then: change.statusThen,
      status_now: change.statusNow,
    })),
    citation: `Engagement Tracker, "${country.name}: scorecard as of ${then.day}", ${url}`,
    url,
  };
}

export function asOfUrl(origin: string, iso3: string, day: string): string {
  return `${origin}/countries/${iso3.toLowerCase()}/as-of/${day}`;
}
