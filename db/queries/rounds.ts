import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { reportingRounds } from '@/db/schema';
import type { ChangeRoundInput, CreateRoundInput } from '@/lib/validation/round';
import { isoDate, roundMove, type Actor, type WorkflowResult } from '@/lib/workflow';
import {
  listRoundProgress,
  readOpenRound,
  readRound,
  type CountryRoundProgress,
  type RoundSummary,
} from './round-progress';
import { recordWorkflowEvent } from './workflow-audit';

/** Reporting rounds: planned → open → closed, at most one open at a time. */

export type { CountryRoundProgress, RoundSummary };

export async function listRounds({ executor = db() }: { executor?: Executor } = {}): Promise<RoundSummary[]> {
  return executor
    .select({
      id: reportingRounds.id,
      title: reportingRounds.title,
      opensOn: reportingRounds.opensOn,
      deadline: reportingRounds.deadline,
      status: reportingRounds.status,
    })
    .from(reportingRounds)
    .orderBy(desc(reportingRounds.deadline), desc(reportingRounds.id));
}

export async function getRound({
  id,
  executor = db(),
}: {
  id: number;
  executor?: Executor;
}): Promise<RoundSummary | null> {
  return readRound(executor, id);
}

export async function getOpenRound({ executor = db() }: { executor?: Executor } = {}): Promise<RoundSummary | null> {
  return readOpenRound(executor);
}

/** Which states have reported in a round, which have not, and which are late. */
export async function getRoundProgress({
  roundId,
  today = isoDate(),
  executor = db(),
}: {
  roundId: number;
  today?: string;
  executor?: Executor;
}): Promise<{ round: RoundSummary; countries: CountryRoundProgress[] } | null> {
  const round = await readRound(executor, roundId);
  if (!round) return null;
  return { round, countries: await listRoundProgress(executor, { round, today }) };
}

export async function createRound({
  actor,
  input,
  executor = db(),
}: {
  actor: Actor;
  input: CreateRoundInput;
  executor?: Executor;
}): Promise<WorkflowResult<RoundSummary>> {
  return executor.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportingRounds)
      .values({ ...input, createdById: actor.id })
      .returning({ id: reportingRounds.id });
    const after = (await readRound(tx, row!.id))!;
    await recordWorkflowEvent(tx, {
      actor,
      action: 'round.create',
      entityType: 'reporting_round',
      entityId: after.id,
      countryId: null,
      before: null,
      after,
    });
    return { ok: true, data: after } as const;
  });
}

/** Opens or closes a round. Opening while another round is open is refused, naming the open one. */
export async function changeRoundStatus({
  actor,
  input,
  executor = db(),
}: {
  actor: Actor;
  input: ChangeRoundInput;
  executor?: Executor;
}): Promise<WorkflowResult<RoundSummary, RoundSummary | null, ChangeRoundInput>> {
  try {
    return await executor.transaction(async (tx) => {
      const [before] = await tx
        .select({
          id: reportingRounds.id,
          title: reportingRounds.title,
          opensOn: reportingRounds.opensOn,
          deadline: reportingRounds.deadline,
          status: reportingRounds.status,
        })
        .from(reportingRounds)
        .where(eq(reportingRounds.id, input.id))
        .for('update');
      if (!before) return { ok: false, code: 'not_found:round' } as const;
      const to = roundMove(input.action, before.status);
      if (!to) return { ok: false, code: 'invalid_state:round', state: before.status } as const;
      if (to === 'open') {
        const open = await readOpenRound(tx);
        if (open)
          return {
            ok: false,
            code: 'conflict:round',
            current: open,
            submitted: input,
            changedFields: ['status'],
          } as const;
      }
      await tx
        .update(reportingRounds)
        .set({
          status: to,
          updatedAt: sql`now()`,
          ...(to === 'open' ? { openedAt: sql`now()` } : { closedAt: sql`now()` }),
        })
        .where(eq(reportingRounds.id, input.id));
      const after = (await readRound(tx, input.id))!;
      await recordWorkflowEvent(tx, {
        actor,
        action: `round.${input.action}`,
        entityType: 'reporting_round',
        entityId: input.id,
        countryId: null,
        before,
        after,
      });
      return { ok: true, data: after } as const;
    });
  } catch (error) {
    // Two rounds opened at the same instant: the partial unique index lets only one through.
    const cause = (error as { cause?: { code?: string } })?.cause ?? (error as { code?: string });
    if ((cause as { code?: string })?.code === '23505') {
      return {
        ok: false,
        code: 'conflict:round',
        current: await readOpenRound(executor),
        submitted: input,
        changedFields: ['status'],
      };
    }
    throw error;
  }
}
