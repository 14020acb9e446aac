import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { appSettings, countries, type ImplementationStatus } from '@/db/schema';
import {
  DEMO_ACCOUNTS,
  DEMO_COMMITMENTS,
  DEMO_FRAMEWORK,
  DEMO_NARRATIVES,
  DEMO_RETURN_REASON,
  DEMO_TEMPLATES,
  demoPublicNote,
  type DemoReport,
} from './demo-content';
import { addDays, createCommitment, createReport, createRound, createUser, isoDate } from './factories';
import { CIVIL_SOCIETY_STANDARDS, seedFramework, standardIdsOf } from './frameworks';

export { DEMO_ACCOUNTS, type DemoAccount } from './demo-content';

/**
 * Mirrors DEMO_DATA_KEY in db/queries/settings.ts, which the seed cannot import (it is 'server-only'
 * and the seed runs under tsx); db/seed/seed.test.ts checks that the two agree.
 */
export const DEMO_SETTING_KEY = 'demo_data';

const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

const earlier = (a: string, b: string) => (a < b ? a : b);

/** The status the public sees: the assessment of the latest verified report, or no information. */
function publicStatusOf(reports: readonly DemoReport[]): ImplementationStatus {
  const lastVerified = reports.filter((report) => report.state === 'verified').at(-1);
  return lastVerified?.assessed ?? 'no_information';
}

/**
 * Loads the demo data set (db/seed/demo-content.ts) with the shared factories. Dates are computed
 * from `today`: one round closed months ago, one open with its deadline three weeks ahead. Expects the
 * reference data to be present and runs inside the caller's transaction.
 */
export async function seedDemoData(
  executor: Executor,
  { today = isoDate(new Date()) }: { today?: string } = {},
): Promise<void> {
  const isoCodes = [
    ...new Set([
      ...Object.keys(DEMO_COMMITMENTS),
      ...DEMO_ACCOUNTS.flatMap((a) => (a.countryIso3 ? [a.countryIso3] : [])),
    ]),
  ];
  const countryRows = await executor
    .select({ id: countries.id, iso3: countries.iso3 })
    .from(countries)
    .where(inArray(countries.iso3, isoCodes));
  const countryIds = new Map(countryRows.map((row) => [row.iso3, row.id]));
  const countryIdOf = (iso3: string) => {
    const id = countryIds.get(iso3);
    if (id === undefined)
      throw new Error(`Demo data needs the reference country ${iso3}; seed the reference data first.`);
    return id;
  };
  // The demo framework's retired standard was retired three months ago.
  await seedFramework(executor, DEMO_FRAMEWORK, { retiredAt: at(addDays(today, -90)) });
  const standardIds = new Map([
    ...(await standardIdsOf(executor, CIVIL_SOCIETY_STANDARDS.code)),
    ...(await standardIdsOf(executor, DEMO_FRAMEWORK.code)),
  ]);

  const accounts = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const user = await createUser(executor, {
      email: account.email,
      name: account.name,
      role: account.role,
      countryId: account.countryIso3 ? countryIdOf(account.countryIso3) : null,
      password: account.password,
    });
    accounts.set(account.countryIso3 ?? account.role, user.id);
  }
  const secretariatId = accounts.get('secretariat')!;

  const previousOpens = addDays(today, -200);
  const previousDeadline = addDays(previousOpens, 45);
  const currentOpens = addDays(today, -14);
  const rounds = {
    previous: await createRound(executor, {
      title: `Demo reporting round ${previousOpens.slice(0, 4)} (closed)`,
      opensOn: previousOpens,
      deadline: previousDeadline,
      status: 'closed',
      closedAt: at(addDays(previousDeadline, 14)),
      createdById: secretariatId,
    }),
    current: await createRound(executor, {
      title: `Demo reporting round ${currentOpens.slice(0, 4)}`,
      opensOn: currentOpens,
      deadline: addDays(today, 21),
      status: 'open',
      createdById: secretariatId,
    }),
  };

  let counter = 0;
  for (const [iso3, planned] of Object.entries(DEMO_COMMITMENTS)) {
    const countryId = countryIdOf(iso3);
    const authorId = accounts.get(iso3) ?? null;
    for (const plan of planned) {
      const template = DEMO_TEMPLATES[plan.template]!;
      const madeOn = `${plan.year}-06-15`;
      const row = await createCommitment(executor, {
        countryId,
        madeOn,
        madeAt: `Demo Governing Council session, ${plan.year}`,
        title: template.title,
        description: template.description,
        responsibleBody: template.responsibleBody,
        targetDate: `${plan.year + 3}-12-31`,
        publication: plan.publication,
        status: publicStatusOf(plan.reports),
        createdById: secretariatId,
        updatedById: secretariatId,
        publishedAt: plan.publication === 'draft' ? null : at(addDays(madeOn, 30)),
        archivedAt: plan.publication === 'archived' ? at(addDays(today, -60)) : null,
        standardIds: template.standards.map((code) => {
          const id = standardIds.get(code);
          if (id === undefined) throw new Error(`Demo data needs the standard ${code}.`);
          return id;
        }),
      });

      for (const report of plan.reports) {
        counter += 1;
        const round = rounds[report.round];
        const reportedOn = earlier(addDays(round.opensOn, 3 + (counter % 8)), today);
        const reviewedOn = earlier(
          report.round === 'previous' ? addDays(round.deadline, 5 + (counter % 5)) : addDays(reportedOn, 2),
          today,
        );
        const isDraft = report.state === 'draft';
        const isReviewed = report.state === 'verified' || report.state === 'returned';
        await createReport(executor, {
          commitmentId: row.id,
          roundId: round.id,
          authorId,
          claimedStatus: report.claimed,
          narrative: DEMO_NARRATIVES[report.claimed],
          evidence: isDraft
            ? []
            : [
                {
                  label: 'Demo evidence (placeholder document)',
                  url: `https://example.org/demo/${row.ref.toLowerCase()}/evidence`,
                },
              ],
          reportedOn,
          state: report.state,
          submittedAt: isDraft ? null : at(reportedOn, 11),
          reviewerId: isReviewed ? secretariatId : null,
          reviewedAt: isReviewed ? at(reviewedOn, 15) : null,
          assessedStatus: report.state === 'verified' ? report.assessed! : null,
          publicNote: report.state === 'verified' ? demoPublicNote(report.claimed, report.assessed!) : null,
          returnReason: report.state === 'returned' ? DEMO_RETURN_REASON : null,
        });
      }
    }
  }

  await executor
    .insert(appSettings)
    .values({ key: DEMO_SETTING_KEY, value: true })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: true, updatedAt: new Date() } });
}
