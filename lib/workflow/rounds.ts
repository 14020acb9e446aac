import 'server-only';
import type { z } from 'zod';
import { readOpenRound } from '@/db/queries/round-progress';
import { insertRound, lockRound, lockRoundOpening, setRoundStatus, type RoundSummary } from '@/db/queries/rounds';
import type { ActionContext } from '@/lib/actions/context';
import { notify } from '@/lib/notifications/notify';
import type { CurrentUser } from '@/lib/auth/session';
import type { changeRoundSchema, createRoundSchema } from '@/lib/validation/round';
import { fail } from '@/lib/actions/context';
import { failInvalidState } from './failures';
import type { Refresh } from './refresh';
import { roundMove } from './rules';

/**
 * Reporting rounds: planned → open → closed, at most one open at a time. Every state's score over
 * rounds on the public pages lists the rounds, so every change to one refreshes every public page.
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type RoundWritten = { round: RoundSummary; refresh: Refresh };

export async function createRound(ctx: Ctx<typeof createRoundSchema>): Promise<RoundWritten> {
  const round = await insertRound({ executor: ctx.tx, values: { ...ctx.input, createdById: ctx.user.id } });
  await ctx.audit({
    action: 'round.create',
    entityType: 'reporting_round',
    entityId: round.id,
    countryId: null,
    before: null,
    after: round,
  });
  return { round, refresh: 'everything' };
}

/** Opens or closes a round. Opening one while another is open is a conflict: the other must close first. */
export async function changeRoundStatus(ctx: Ctx<typeof changeRoundSchema>): Promise<RoundWritten> {
  const { tx, input } = ctx;
  const before = await lockRound({ executor: tx, id: input.id });
  // Rounds belong to no state; the lookup is what can fail.
  ctx.authorize('round.manage', before && { countryId: null }, { type: 'round', id: input.id });
  const to = roundMove(input.action, before!.status);
  if (!to) failInvalidState('round', before!.status);
  if (to === 'open') {
    await lockRoundOpening(tx);
    const open = await readOpenRound(tx);
    // Not "someone else changed this": the open round is named, and must close first.
    if (open) fail('conflict:round', { messageKey: 'codes.roundAlreadyOpen', messageValues: { title: open.title } });
  }
  const round = await setRoundStatus({ executor: tx, id: input.id, status: to });
  await ctx.audit({
    action: `round.${input.action}`,
    entityType: 'reporting_round',
    entityId: input.id,
    countryId: null,
    before,
    after: round,
  });
  if (to === 'open') await notify(ctx, { kind: 'round_opened', round });
  return { round, refresh: 'everything' };
}
