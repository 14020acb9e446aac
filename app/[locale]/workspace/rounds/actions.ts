'use server';

import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { changeRoundSchema, createRoundSchema, remindNowSchema } from '@/lib/validation/round';
import { remindNow } from '@/lib/workflow/round-reminders';
import { refreshPublicPages, refreshWorkspace } from '@/lib/workflow/refresh';
import { changeRoundStatus, createRound } from '@/lib/workflow/rounds';

export const createRoundAction = defineAction({
  name: 'round.create',
  access: 'round.manage',
  input: createRoundSchema,
  messages: 'workflow',
  subject: 'round',
  handler: async (ctx) => {
    const { round, refresh } = await createRound(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
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
    const { round, refresh } = await changeRoundStatus(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
    });
    return { status: round.status };
  },
});

/** "Remind now": one state's focal points, queued through the outbox, at most once a day per state. */
export const remindNowAction = defineAction({
  name: 'round.remind',
  access: 'round.remind',
  input: remindNowSchema,
  messages: 'workflow',
  subject: 'round',
  handler: async (ctx) => {
    const { countryId, recipients, refresh } = await remindNow(ctx);
    ctx.afterCommit(() => {
      // Also delivers the queued mail after the response, when SMTP is set up.
      refreshWorkspace();
      refreshPublicPages(refresh);
    });
    return { countryId, recipients };
  },
});
