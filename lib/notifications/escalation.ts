// No `import 'server-only'`: `npm run reminders` (plain Node) runs this with the reminders.
import { db, type Executor } from '@/db/client';
import { listSecretariatRecipients } from '@/db/queries/notifications';
import { listRoundProgress, readOpenRound, type RoundSummary } from '@/db/queries/round-progress';
import { addDays, isoDate } from '@/lib/dates';
import { env } from '@/lib/env';
import { queueNotice } from './queue';

/**
 * Escalation to the secretariat: when a state is ESCALATION_DAYS_LATE days or more past the open round's
 * deadline without having reported on all of its published commitments, the secretariat hears of it,
 * once per state and round, however often the scheduler runs (the notice's dedupe key).
 */

export function escalationKey({ roundId, countryId }: { roundId: number; countryId: number }): string {
  return `escalation:round-${roundId}:country-${countryId}`;
}

export type EscalationRun = {
  round: RoundSummary | null;
  /** States escalated by this run (their ISO codes), and those escalated by an earlier one. */
  escalated: string[];
  skipped: string[];
};

export async function sendEscalations({
  executor = db(),
  today = isoDate(),
  daysLate = env().ESCALATION_DAYS_LATE,
  base,
}: { executor?: Executor; today?: string; daysLate?: number; base?: string } = {}): Promise<EscalationRun> {
  const round = await readOpenRound(executor);
  if (!round || today < addDays(round.deadline, daysLate)) return { round, escalated: [], skipped: [] };
  const late = (await listRoundProgress(executor, { round, today })).filter((row) => row.state === 'late');
  const recipients = await listSecretariatRecipients({ executor });
  const escalated: string[] = [];
  const skipped: string[] = [];
  for (const row of late) {
    const key = escalationKey({ roundId: round.id, countryId: row.countryId });
    const notice = {
      kind: 'escalation' as const,
      key,
      path: '/workspace/dashboard',
      countryId: row.countryId,
      roundId: round.id,
      country: { iso2: row.iso2, name: row.name },
      params: {
        round: round.title,
        deadline: round.deadline,
        days: daysBetween(round.deadline, today),
        missing: row.expected - row.reported,
        expected: row.expected,
      },
    };
    const { queued } = await queueNotice({ executor, notice, recipients, base });
    if (queued.length > 0) escalated.push(row.iso3);
    else if (recipients.length > 0) skipped.push(row.iso3);
  }
  return { round, escalated, skipped };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
