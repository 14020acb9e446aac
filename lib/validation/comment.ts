import { z } from 'zod';
import { id, requiredText } from './fields';

export const addCommentSchema = z.strictObject({ commitmentId: id, body: requiredText(5_000) });
export type AddCommentInput = z.output<typeof addCommentSchema>;
