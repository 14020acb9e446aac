import { z } from 'zod';
import { reportStateEnum } from '@/db/schema';
import { ASSESSABLE_STATUSES } from '@/lib/workflow/rules';
import { optionalFilterId } from './commitment';
import { calendarDate, id, isWebUrl, optionalText, requiredText, version } from './fields';

/** Schemas for progress reports: the focal point's draft and submission, the secretariat's review. */

export const MAX_EVIDENCE_LINKS = 20;

const claimedStatus = z.enum(ASSESSABLE_STATUSES, { error: 'errors.invalidStatus' });

const evidenceLink = z
  .object({
    label: z.string({ error: 'errors.invalid' }).trim().max(200, 'errors.tooLong').default(''),
    url: z.string({ error: 'errors.invalid' }).trim().max(2000, 'errors.tooLong').default(''),
  })
  .superRefine((link, context) => {
    if (link.url !== '' && !isWebUrl(link.url))
      context.addIssue({ code: 'custom', path: ['url'], message: 'errors.invalidUrl' });
    if (link.url !== '' && link.label === '')
      context.addIssue({ code: 'custom', path: ['label'], message: 'errors.evidenceLabelRequired' });
    if (link.url === '' && link.label !== '')
      context.addIssue({ code: 'custom', path: ['url'], message: 'errors.required' });
  });

/**
 * Evidence links with labels. A form may send them as JSON text (one hidden field) or as a list;
 * rows left entirely blank are dropped, as a form usually offers a spare empty row.
 */
export const evidenceSchema = z
  .preprocess(
    (value) => {
      if (value === undefined || value === null || value === '') return [];
      if (typeof value === 'string') {
        try {
          return JSON.parse(value) as unknown;
        } catch {
          return value;
        }
      }
      return value;
    },
    z.array(evidenceLink, { error: 'errors.invalid' }),
  )
  .transform((links) => links.filter((link) => link.label !== '' || link.url !== ''))
  .pipe(z.array(z.object({ label: z.string(), url: z.string() })).max(MAX_EVIDENCE_LINKS, 'errors.tooMany'));

const reportFields = {
  claimedStatus,
  narrative: optionalText(20_000),
  evidence: evidenceSchema,
  reportedOn: calendarDate,
};

/**
 * Saving a report: a new one names its commitment; an existing one names itself and the version the
 * focal point started from. `intent: 'submit'` saves and submits in one step.
 */
export const saveReportSchema = z
  .strictObject({
    commitmentId: id,
    reportId: z.preprocess((value) => (value === '' ? undefined : value), id.optional()),
    version: z.preprocess((value) => (value === '' ? undefined : value), version.optional()),
    intent: z.enum(['draft', 'submit']).default('draft'),
    ...reportFields,
  })
  .superRefine((input, context) => {
    if (input.reportId !== undefined && input.version === undefined)
      context.addIssue({ code: 'custom', path: ['version'], message: 'errors.version' });
    // A draft may be unfinished; what is submitted for review must say something.
    if (input.intent === 'submit' && input.narrative === '')
      context.addIssue({ code: 'custom', path: ['narrative'], message: 'errors.narrativeRequired' });
  });
export type SaveReportInput = z.output<typeof saveReportSchema>;

export const verifyReportSchema = z.strictObject({
  id,
  version,
  // Chosen by the reviewer, never preset to the claim: an unchosen one is an error, not a copy of the claim.
  assessedStatus: z.enum(ASSESSABLE_STATUSES, {
    error: (issue) =>
      issue.input === undefined || issue.input === '' ? 'errors.assessmentRequired' : 'errors.invalidStatus',
  }),
  publicNote: optionalText(5_000),
});
export type VerifyReportInput = z.output<typeof verifyReportSchema>;

export const returnReportSchema = z.strictObject({ id, version, reason: requiredText(5_000) });
export type ReturnReportInput = z.output<typeof returnReportSchema>;

/**
 * The secretariat's report lists' filters (every report, the review queue), read from the query string;
 * anything unreadable is dropped, not an error.
 */
export const reportFiltersSchema = z.object({
  state: z.enum(reportStateEnum.enumValues).optional().catch(undefined),
  countryId: optionalFilterId.catch(undefined),
  roundId: optionalFilterId.catch(undefined),
  claimedStatus: z.enum(ASSESSABLE_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().positive().catch(1).default(1),
});
export type ReportFilters = z.output<typeof reportFiltersSchema>;
