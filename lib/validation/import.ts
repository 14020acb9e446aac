import { z } from 'zod';

/** The CSV upload: a non-empty file and what to do with it. Messages are keys in the `workflow` namespace. */
export const importCommitmentsSchema = z.object({
  file: z.instanceof(File, { error: 'errors.required' }).refine((file) => file.size > 0, 'errors.required'),
  mode: z.enum(['dry_run', 'all', 'only_valid'], { error: 'errors.invalid' }),
});
export type ImportCommitmentsInput = z.output<typeof importCommitmentsSchema>;
/** A dry run only checks; `all` writes only a file without errors; `only_valid` writes the valid rows. */
export type ImportMode = ImportCommitmentsInput['mode'];
