import 'server-only';
import type { z } from 'zod';
import { insertComment } from '@/db/queries/comments';
import { getCommitmentCountry } from '@/db/queries/commitment-lists';
import type { ActionContext } from '@/lib/actions/context';
import { notify } from '@/lib/notifications/notify';
import type { CurrentUser } from '@/lib/auth/session';
import type { addCommentSchema } from '@/lib/validation/comment';
import { NOTHING_PUBLIC, type Refresh } from './refresh';

/** A comment on a commitment's thread, which the secretariat and that state's focal points share. */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type CommentAdded = { comment: { id: number; body: string; createdAt: Date }; refresh: Refresh };

export async function addComment(ctx: Ctx<typeof addCommentSchema>): Promise<CommentAdded> {
  const { tx, input } = ctx;
  // The thread's country is the commitment's, read from its row; a focal point may write only on their own.
  const place = await getCommitmentCountry({ id: input.commitmentId, executor: tx });
  ctx.authorize('comment.create', place && { countryId: place.countryId }, {
    type: 'commitment',
    id: input.commitmentId,
  });
  const comment = await insertComment({
    executor: tx,
    values: { commitmentId: input.commitmentId, countryId: place!.countryId, authorId: ctx.user.id, body: input.body },
  });
  await ctx.audit({
    action: 'comment.create',
    entityType: 'comment',
    entityId: comment.id,
    countryId: place!.countryId,
    before: null,
    after: { ...comment, commitmentId: input.commitmentId },
  });
  await notify(ctx, { kind: 'comment_added', comment: { ...comment, commitmentId: input.commitmentId } });
  // Threads are shown in the workspace only.
  return { comment, refresh: NOTHING_PUBLIC };
}
