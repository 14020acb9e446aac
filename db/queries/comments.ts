import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { comments, users, type Role } from '@/db/schema';

/**
 * A thread per commitment between the secretariat and that state's focal points, shown in the
 * workspace only. Both functions need the commitment's country, read from the commitment's row (the
 * service in lib/workflow/comments.ts decides who may write on it).
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

export async function insertComment({
  executor,
  values,
}: {
  executor: Executor;
  values: { commitmentId: number; countryId: number; authorId: string; body: string };
}): Promise<{ id: number; body: string; createdAt: Date }> {
  const [row] = await executor
    .insert(comments)
    .values(values)
    .returning({ id: comments.id, body: comments.body, createdAt: comments.createdAt });
  return row!;
}
