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
