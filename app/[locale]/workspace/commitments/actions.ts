'use server';

import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { addCommentSchema } from '@/lib/validation/comment';
import {
  changeManyPublicationsSchema,
  changePublicationSchema,
  createCommitmentSchema,
  updateCommitmentSchema,
} from '@/lib/validation/commitment';
import { changeManyPublications } from '@/lib/workflow/commitment-bulk';
import { addComment } from '@/lib/workflow/comments';
import { changeCommitmentPublication, createCommitment, updateCommitment } from '@/lib/workflow/commitments';
import { refreshPublicPages, refreshWorkspace } from '@/lib/workflow/refresh';

// Commitment actions. Each goes through the one wrapper (session → permission → strict input →
// handler in a transaction → coded result); the service writes the change and its audit event and
// says what to refresh once it has committed.

export const createCommitmentAction = defineAction({
  name: 'commitment.create',
  access: 'commitment.create',
  input: createCommitmentSchema,
  messages: 'workflow',
  subject: 'commitment',
  handler: async (ctx) => {
    const { commitment, refresh } = await createCommitment(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({ href: `/workspace/commitments/${commitment.id}?saved=created`, locale: ctx.locale });
    });
    return { id: commitment.id, ref: commitment.ref };
  },
});

export const updateCommitmentAction = defineAction({
  name: 'commitment.update',
  access: 'commitment.update',
  input: updateCommitmentSchema,
  messages: 'workflow',
  subject: 'commitment',
  handler: async (ctx) => {
    const { commitment, refresh } = await updateCommitment(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({ href: `/workspace/commitments/${commitment.id}?saved=updated`, locale: ctx.locale });
    });
    return { id: commitment.id, version: commitment.version };
  },
});

export const changePublicationAction = defineAction({
  name: 'commitment.publication',
  access: 'commitment.publish',
  input: changePublicationSchema,
  messages: 'workflow',
  subject: 'commitment',
  handler: async (ctx) => {
    const { commitment, refresh } = await changeCommitmentPublication(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      // The banner says what this move did (not what an earlier save did).
      redirect({ href: `/workspace/commitments/${commitment.id}?saved=${ctx.input.action}`, locale: ctx.locale });
    });
    return { publication: commitment.publication, version: commitment.version };
  },
});

/** Several drafts published or archived at once, from the list: all of them, or none. */
export const changeManyPublicationsAction = defineAction({
  name: 'commitment.publish_many',
  access: 'commitment.publish_many',
  input: changeManyPublicationsSchema,
  messages: 'workflow',
  subject: 'commitment',
  handler: async (ctx) => {
    const { commitments, refresh } = await changeManyPublications(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
    });
    return { action: ctx.input.action, refs: commitments.map((commitment) => commitment.ref) };
  },
});

export const addCommentAction = defineAction({
  name: 'comment.create',
  access: 'comment.create',
  input: addCommentSchema,
  messages: 'workflow',
  subject: 'commitment',
  // A comment form sent twice posts one comment.
  idempotent: {},
  handler: async (ctx) => {
    const { comment, refresh } = await addComment(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
    });
    return { id: comment.id };
  },
});
