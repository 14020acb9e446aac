'use server';

import { addComment } from '@/db/queries/comments';
import { getCommitmentCountry } from '@/db/queries/commitment-lists';
import { changeCommitmentPublication, createCommitment, updateCommitment } from '@/db/queries/commitments';
import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { addCommentSchema } from '@/lib/validation/comment';
import { changePublicationSchema, createCommitmentSchema, updateCommitmentSchema } from '@/lib/validation/commitment';
import { refreshPublicPages, refreshWorkspace, unwrap } from '@/lib/workflow-actions';

// Commitment actions. Each goes through the one wrapper (session → permission → strict input →
// handler in a transaction → coded result); the data layer writes the change and its audit event.

export const createCommitmentAction = defineAction({
  name: 'commitment.create',
  access: 'commitment.create',
  input: createCommitmentSchema,
  messages: 'workflow',
  subject: 'commitment',
  handler: async (ctx) => {
    const created = unwrap(await createCommitment({ actor: ctx.user, input: ctx.input, executor: ctx.tx }));
    ctx.afterCommit(() => {
      refreshWorkspace();
      redirect({ href: `/workspace/commitments/${created.id}?saved=created`, locale: ctx.locale });
    });
    return { id: created.id, ref: created.ref };
  },
});

export const updateCommitmentAction = defineAction({
  name: 'commitment.update',
  access: 'commitment.update',
  input: updateCommitmentSchema,
  messages: 'workflow',
  subject: 'commitment',
  handler: async (ctx) => {
    const saved = unwrap(await updateCommitment({ actor: ctx.user, input: ctx.input, executor: ctx.tx }));
    const place = await getCommitmentCountry({ id: saved.id, executor: ctx.tx });
    ctx.afterCommit(() => {
      refreshWorkspace();
      if (saved.publication === 'published') refreshPublicPages({ countries: [place?.iso3] });
      redirect({ href: `/workspace/commitments/${saved.id}?saved=updated`, locale: ctx.locale });
    });
    return { id: saved.id, version: saved.version };
  },
});

export const changePublicationAction = defineAction({
  name: 'commitment.publication',
  access: 'commitment.publish',
  input: changePublicationSchema,
  messages: 'workflow',
  subject: 'commitment',
  handler: async (ctx) => {
    const after = unwrap(await changeCommitmentPublication({ actor: ctx.user, input: ctx.input, executor: ctx.tx }));
    const place = await getCommitmentCountry({ id: after.id, executor: ctx.tx });
    ctx.afterCommit(() => {
      refreshWorkspace();
      // Publishing, unpublishing and archiving all change what the public sees.
      refreshPublicPages({ countries: [place?.iso3] });
    });
    return { publication: after.publication, version: after.version };
  },
});

export const addCommentAction = defineAction({
  name: 'comment.create',
  access: 'comment.create',
  input: addCommentSchema,
  messages: 'workflow',
  subject: 'commitment',
  handler: async (ctx) => {
    // The thread's country is the commitment's, read from its row; a focal point may write only on their own.
    const place = await getCommitmentCountry({ id: ctx.input.commitmentId, executor: ctx.tx });
    ctx.authorize('comment.create', place ? { countryId: place.countryId } : null, {
      type: 'commitment',
      id: ctx.input.commitmentId,
    });
    const comment = unwrap(
      await addComment({ actor: ctx.user, countryId: place!.countryId, input: ctx.input, executor: ctx.tx }),
    );
    ctx.afterCommit(refreshWorkspace);
    return { id: comment.id };
  },
});
