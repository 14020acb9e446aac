import { z } from 'zod';
import { contentLanguageEnum, implementationStatusEnum, publicationStateEnum } from '@/db/schema';
import { COMMITMENT_REF_PATTERN, PUBLICATION_ACTIONS } from '@/lib/workflow/rules';
import { flag, id, listOf, optionalDate, optionalText, optionalWebUrl, requiredText, version } from './fields';

/** Schemas for commitment forms and actions. Messages are keys in the `workflow` namespace. */

const ref = z
  .string({ error: 'errors.required' })
  .trim()
  .toUpperCase()
  .min(1, 'errors.required')
  .regex(COMMITMENT_REF_PATTERN, 'errors.refFormat');

/** Left blank on creation, the reference is generated (ISO3-YEAR-NN). */
const optionalRef = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  ref.optional(),
);

const standardIds = listOf(id)
  .pipe(z.array(z.number()).min(1, 'errors.standardsRequired').max(50, 'errors.tooMany'))
  .transform((ids) => [...new Set(ids)].sort((a, b) => a - b));

/** The fields a person edits, shared by creation and editing (and compared when saves conflict). */
const commitmentFields = {
  title: requiredText(300),
  description: optionalText(10_000),
  madeAt: optionalText(300),
  madeOn: optionalDate,
  sourceUrl: optionalWebUrl,
  responsibleBody: optionalText(300),
  targetDate: optionalDate,
  // Like the optional texts, a form that sends none gets the default: English, as before languages were recorded.
  language: z.enum(contentLanguageEnum.enumValues, { error: 'errors.invalidLanguage' }).default('en'),
  standardIds,
};

export const COMMITMENT_EDITABLE_FIELDS = ['ref', ...Object.keys(commitmentFields)] as Array<
  'ref' | keyof typeof commitmentFields
>;

export const createCommitmentSchema = z.strictObject({
  countryId: id,
  ref: optionalRef,
  ...commitmentFields,
  // Set once, when a commitment is logged with a known status; afterwards only verified reports move it.
  status: z
    .enum(implementationStatusEnum.enumValues, { error: 'errors.invalidStatus' })
    .optional()
    .default('no_information'),
});
export type CreateCommitmentInput = z.output<typeof createCommitmentSchema>;

export const updateCommitmentSchema = z.strictObject({ id, version, ref, ...commitmentFields });
export type UpdateCommitmentInput = z.output<typeof updateCommitmentSchema>;
export type CommitmentFieldsInput = Omit<UpdateCommitmentInput, 'id' | 'version'>;

export const changePublicationSchema = z.strictObject({
  id,
  version,
  action: z.enum(PUBLICATION_ACTIONS, { error: 'errors.invalid' }),
});
export type ChangePublicationInput = z.output<typeof changePublicationSchema>;

/** Which moves apply to several drafts at once, from the commitments list. */
export const BULK_PUBLICATION_ACTIONS = ['publish', 'archive'] as const;
export const MAX_BULK_COMMITMENTS = 100;

/** One selected commitment, as its checkbox sends it: "id:version", the version the list showed. */
const selectedCommitment = z
  .string({ error: 'errors.invalid' })
  // Nine digits at most: always a whole number the database's integer column can hold.
  .regex(/^[1-9]\d{0,8}:[1-9]\d{0,8}$/, 'errors.invalid')
  .transform((value) => {
    const [commitmentId, shownVersion] = value.split(':').map(Number);
    return { id: commitmentId!, version: shownVersion! };
  });

/** Publish or archive several draft commitments at once: all of them, or none. */
export const changeManyPublicationsSchema = z.strictObject({
  action: z.enum(BULK_PUBLICATION_ACTIONS, { error: 'errors.invalid' }),
  selected: listOf(selectedCommitment)
    .pipe(
      z
        .array(z.object({ id: z.number(), version: z.number() }))
        .min(1, 'errors.noneSelected')
        .max(MAX_BULK_COMMITMENTS, 'errors.tooMany'),
    )
    // The same commitment twice is the same commitment; in id order, so concurrent calls lock alike.
    .transform((items) => [...new Map(items.map((item) => [item.id, item])).values()].sort((a, b) => a.id - b.id)),
});
export type ChangeManyPublicationsInput = z.output<typeof changeManyPublicationsSchema>;

export const optionalFilterId = z.preprocess(
  (value) => (value === '' || value === undefined ? undefined : value),
  id.optional(),
);

/** The commitment list's filters, read from the query string; anything unreadable is dropped, not an error. */
export const commitmentFiltersSchema = z.object({
  countryId: optionalFilterId.catch(undefined),
  standardId: optionalFilterId.catch(undefined),
  status: z.enum(implementationStatusEnum.enumValues).optional().catch(undefined),
  publication: z.enum(publicationStateEnum.enumValues).optional().catch(undefined),
  overdue: flag.catch(false),
  q: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : undefined),
    z.string().optional(),
  ),
  page: z.coerce.number().int().positive().catch(1).default(1),
});
export type CommitmentFilters = z.output<typeof commitmentFiltersSchema>;
