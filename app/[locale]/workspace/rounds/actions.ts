'use server';

import { changeRoundStatus, createRound } from '@/db/queries/rounds';
import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { changeRoundSchema, createRoundSchema } from '@/lib/validation/round';
import { refreshPublicPages, refreshWorkspace, unwrap } from '@/lib/workflow-actions';

export const createRoundAction = defineAction({
  name: 'round.create',
  access: 'round.manage',
  input: createRoundSchema,
  messages: 'workflow',
  subject: 'round',
  handler: async (ctx) => {
    const round = unwrap(await createRound({ actor: ctx.user, input: ctx.input, executor: ctx.tx }));
    ctx.afterCommit(() => {
      refreshWorkspace();
      // Every state's score over rounds lists the open and closed rounds.
      refreshPublicPages('everything');
      redirect({ href: `/workspace/rounds/${round.id}`, locale: ctx.locale });
    });
    return { id: round.id };
  },
});

export const changeRoundAction = defineAction({
  name: 'round.change',
  access: 'round.manage',
  input: changeRoundSchema,
  messages: 'workflow',
  subject: 'round',
  handler: async (ctx) => {
    const round = unwrap(await changeRoundStatus({ actor: ctx.user, input: ctx.input, executor: ctx.tx }));
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages('everything');
    });
    return { status: round.status };
  },
});
