import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { comments, commitments, users, type Role } from '@/db/schema';
import type { AddCommentInput } from '@/lib/validation/comment';
import type { Actor, WorkflowResult } from '@/lib/workflow';
import { recordWorkflowEvent } from './workflow-audit';

/**
 * A thread per commitment between the secretariat and that state's focal points, shown in the
 * workspace only. Both functions need the commitment's country: the caller passes the focal point's
 * own country, or the country read from the commitment's row for the secretariat.
 */

export type CommentRow = {
  id: number;
  body: string;
  createdAt: Date;
  authorId: string;
  authorName: string;
  authorRole: Role;
};

export async function listComments({
  commitmentId,
  countryId,
  executor = db(),
}: {
  commitmentId: number;
  countryId: number;
  executor?: Executor;
}): Promise<CommentRow[]> {
  return executor
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      authorId: comments.authorId,
      authorName: users.name,
      authorRole: users.role,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.commitmentId, commitmentId), eq(comments.countryId, countryId)))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

export async function addComment({
  actor,
  countryId,
  input,
  executor = db(),
}: {
  actor: Actor;
  countryId: number;
  input: AddCommentInput;
  executor?: Executor;
}): Promise<WorkflowResult<{ id: number; body: string; createdAt: Date }>> {
  return executor.transaction(async (tx) => {
    const [commitment] = await tx
      .select({ id: commitments.id })
      .from(commitments)
      .where(and(eq(commitments.id, input.commitmentId), eq(commitments.countryId, countryId)));
    if (!commitment) return { ok: false, code: 'not_found:commitment' } as const;
    const [row] = await tx
      .insert(comments)
      .values({ commitmentId: commitment.id, countryId, authorId: actor.id, body: input.body })
      .returning({ id: comments.id, body: comments.body, createdAt: comments.createdAt });
    await recordWorkflowEvent(tx, {
      actor,
      action: 'comment.create',
      entityType: 'comment',
      entityId: row!.id,
      countryId,
      before: null,
      after: { ...row!, commitmentId: commitment.id },
    });
    return { ok: true, data: row! } as const;
  });
}
