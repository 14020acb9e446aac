import { z } from 'zod';
import { ROUND_ACTIONS } from '@/lib/workflow/rules';
import { calendarDate, id, requiredText } from './fields';

export const createRoundSchema = z
  .strictObject({ title: requiredText(200), opensOn: calendarDate, deadline: calendarDate })
  .superRefine((input, context) => {
    if (input.deadline < input.opensOn)
      context.addIssue({ code: 'custom', path: ['deadline'], message: 'errors.deadlineBeforeOpening' });
  });
export type CreateRoundInput = z.output<typeof createRoundSchema>;

export const changeRoundSchema = z.strictObject({ id, action: z.enum(ROUND_ACTIONS, { error: 'errors.invalid' }) });
export type ChangeRoundInput = z.output<typeof changeRoundSchema>;

/** "Remind now": one state's focal points, for the open round. */
export const remindNowSchema = z.strictObject({ roundId: id, countryId: id });
export type RemindNowInput = z.output<typeof remindNowSchema>;

/** How a round's progress table is shown, read from the query string; anything unreadable is the default. */
export const roundProgressViewSchema = z.object({
  show: z.enum(['all', 'behind', 'late']).catch('all').default('all'),
  sort: z.enum(['country', 'reported', 'state']).catch('country').default('country'),
  dir: z.enum(['asc', 'desc']).catch('asc').default('asc'),
});
export type RoundProgressView = z.output<typeof roundProgressViewSchema>;
