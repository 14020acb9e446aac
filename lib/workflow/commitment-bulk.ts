import 'server-only';
import type { z } from 'zod';
import { lockCommitment, setCommitmentPublication, type CommitmentSnapshot } from '@/db/queries/commitments';
import { fail, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import type { changeManyPublicationsSchema } from '@/lib/validation/commitment';
import { NOTHING_PUBLIC, type Refresh } from './refresh';
import { publicationMove } from './rules';

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type PublicationsChanged = { commitments: CommitmentSnapshot[]; refresh: Refresh };

/**
 * Publishes or archives several draft commitments in one transaction: every one moves, each with its
 * own audit event (the same event a single move writes, so each commitment's history reads alike), or
 * none does. A selected commitment that is no longer a draft, or changed since the list showed it,
 * refuses the whole call, naming every such commitment by its reference.
 */
export async function changeManyPublications(
  ctx: Ctx<typeof changeManyPublicationsSchema>,
): Promise<PublicationsChanged> {
  const { tx, input } = ctx;
  const locked: Array<{ commitment: CommitmentSnapshot; iso3: string; version: number }> = [];
  // The schema gives the selection in id order, so that two calls lock their rows in the same order.
  for (const item of input.selected) {
    const row = await lockCommitment({ executor: tx, id: item.id });
    ctx.authorize('commitment.publish_many', row && { countryId: row.commitment.countryId }, {
      type: 'commitment',
      id: item.id,
    });
    locked.push({ ...row!, version: item.version });
  }
  const stuck = locked.filter(
    ({ commitment, version }) =>
      commitment.version !== version ||
      commitment.publication !== 'draft' ||
      publicationMove(input.action, commitment.publication) === null,
  );
  if (stuck.length > 0)
    fail('conflict:commitment', {
      messageKey: 'codes.bulkStuck',
      messageValues: { refs: stuck.map(({ commitment }) => commitment.ref).join(', '), count: stuck.length },
    });

  const moved: CommitmentSnapshot[] = [];
  for (const { commitment: before } of locked) {
    const row = await setCommitmentPublication({
      executor: tx,
      id: before.id,
      version: before.version,
      publication: publicationMove(input.action, before.publication)!,
      updatedById: ctx.user.id,
    });
    const commitment: CommitmentSnapshot = { ...row!, standardIds: before.standardIds };
    await ctx.audit({
      action: `commitment.${input.action}`,
      entityType: 'commitment',
      entityId: before.id,
      countryId: before.countryId,
      before,
      after: commitment,
    });
    moved.push(commitment);
  }
  // Published drafts change their states' pages; an archived draft was never public.
  const countries = [...new Set(locked.map(({ iso3 }) => iso3))];
  return { commitments: moved, refresh: input.action === 'publish' ? { countries } : NOTHING_PUBLIC };
}
