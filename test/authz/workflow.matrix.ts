import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { reportingRounds } from '@/db/schema';
import { createCommitment, createFramework, createReport, createRound, createStandard } from '@/db/seed/factories';
import { SIGNED_IN, type Matrix, type SetupContext } from './matrix';

/**
 * The reporting workflow's endpoints. "Own" focal point = a focal point of country A, where every
 * resource below is created; "other" = country B. The secretariat and admins may do everything but
 * write a state's report, which only that state's focal points may do.
 */

const STAFF = ['secretariat', 'admin'] as const;

/** A standard of its own for each call, so that commitments can be linked to something real. */
async function standardId(): Promise<number> {
  const code = `T-${randomUUID().slice(0, 8)}`;
  const framework = await createFramework(db(), { code });
  return (await createStandard(db(), { frameworkId: framework.id, code })).id;
}

async function commitmentInA({ cast }: SetupContext, publication: 'draft' | 'published' = 'published') {
  return createCommitment(db(), {
    countryId: cast.countryA.id,
    publication,
    madeOn: '2019-05-01',
    standardIds: [await standardId()],
  });
}

async function submittedReport(context: SetupContext) {
  const commitment = await commitmentInA(context);
  return createReport(db(), { commitmentId: commitment.id, state: 'submitted', claimedStatus: 'substantial' });
}

export const workflowMatrix: Matrix = {
  'app/[locale]/workspace/commitments/actions.ts#createCommitmentAction': {
    allowed: STAFF,
    setup: async ({ cast }) => ({
      countryId: String(cast.countryA.id),
      title: 'Consult civil society yearly',
      standardIds: [String(await standardId())],
      madeOn: '2020-02-02',
    }),
  },
  'app/[locale]/workspace/commitments/actions.ts#updateCommitmentAction': {
    allowed: STAFF,
    setup: async (context) => {
      const commitment = await commitmentInA(context);
      return {
        id: String(commitment.id),
        version: String(commitment.version),
        ref: commitment.ref,
        title: 'Renamed by the matrix',
        standardIds: [String(await standardId())],
      };
    },
  },
  'app/[locale]/workspace/commitments/actions.ts#changePublicationAction': {
    allowed: STAFF,
    setup: async (context) => {
      const commitment = await commitmentInA(context, 'draft');
      return { id: String(commitment.id), version: String(commitment.version), action: 'publish' };
    },
  },
  'app/[locale]/workspace/commitments/actions.ts#changeManyPublicationsAction': {
    allowed: STAFF,
    setup: async (context) => {
      const first = await commitmentInA(context, 'draft');
      const second = await commitmentInA(context, 'draft');
      return { action: 'publish', selected: [`${first.id}:${first.version}`, `${second.id}:${second.version}`] };
    },
  },
  'app/[locale]/workspace/commitments/actions.ts#addCommentAction': {
    allowed: ['focalOwn', ...STAFF],
    setup: async (context) => ({
      commitmentId: String((await commitmentInA(context)).id),
      body: 'Is the decree signed?',
    }),
  },
  'app/[locale]/workspace/reports/actions.ts#saveReportAction': {
    allowed: ['focalOwn'],
    setup: async (context) => ({
      commitmentId: String((await commitmentInA(context)).id),
      claimedStatus: 'limited',
      narrative: 'A draft law is before parliament.',
      evidence: JSON.stringify([{ label: 'Draft law', url: 'https://parliament.example/bill' }]),
      reportedOn: '2025-02-01',
      intent: 'submit',
    }),
  },
  'app/[locale]/workspace/review/actions.ts#verifyReportAction': {
    allowed: STAFF,
    setup: async (context) => {
      const report = await submittedReport(context);
      return {
        id: String(report.id),
        version: String(report.version),
        assessedStatus: 'limited',
        publicNote: 'Draft law only.',
      };
    },
  },
  'app/[locale]/workspace/review/actions.ts#returnReportAction': {
    allowed: STAFF,
    setup: async (context) => {
      const report = await submittedReport(context);
      return { id: String(report.id), version: String(report.version), reason: 'Link the bill.' };
    },
  },
  'app/[locale]/workspace/rounds/actions.ts#createRoundAction': {
    allowed: STAFF,
    setup: async () => ({ title: 'Matrix round', opensOn: '2025-01-01', deadline: '2025-02-01' }),
  },
  'app/[locale]/workspace/rounds/actions.ts#changeRoundAction': {
    allowed: STAFF,
    setup: async () => {
      // One open round at a time: close any a previous caller opened.
      await db()
        .update(reportingRounds)
        .set({ status: 'closed', closedAt: new Date() })
        .where(eq(reportingRounds.status, 'open'));
      const round = await createRound(db(), { status: 'planned' });
      return { id: String(round.id), action: 'open' };
    },
  },
  'app/[locale]/workspace/rounds/actions.ts#remindNowAction': {
    allowed: STAFF,
    setup: async (context) => {
      // One open round at a time: close any a previous caller opened, and open a new one.
      await db()
        .update(reportingRounds)
        .set({ status: 'closed', closedAt: new Date() })
        .where(eq(reportingRounds.status, 'open'));
      const round = await createRound(db(), { status: 'open', opensOn: '2025-01-01', deadline: '2099-12-31' });
      await commitmentInA(context);
      return { roundId: String(round.id), countryId: String(context.cast.countryA.id) };
    },
  },
  'app/[locale]/workspace/import/upload/route.ts#POST': {
    allowed: STAFF,
    setup: async () => {
      const body = new FormData();
      body.set(
        'file',
        new File(['ref,country,title,standards\n,XXX,Somewhere,CSS-1\n'], 'commitments.csv', { type: 'text/csv' }),
      );
      body.set('mode', 'dry_run');
      return body;
    },
  },
};

/** The workspace's downloads: reads, refused with a 404 to everyone else. */
export const workflowReadsMatrix: Matrix = {
  // Every signed-in role may export commitments; a focal point gets their own state's only.
  'app/[locale]/workspace/commitments/export/route.ts#GET': {
    allowed: SIGNED_IN,
    setup: async ({ cast }) => ({ countryId: String(cast.countryA.id) }),
  },
  'app/[locale]/workspace/reports/export/route.ts#GET': { allowed: STAFF, setup: async () => ({}) },
};
