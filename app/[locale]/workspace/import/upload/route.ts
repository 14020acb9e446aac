import { z } from 'zod';
import { runCommitmentImport } from '@/db/queries/commitment-import';
import { defineRoute, fail } from '@/lib/actions/define-action';
import { MAX_IMPORT_BYTES } from '@/lib/csv/import';
import { invalidatePublicData } from '@/db/queries/public-cache';
import { refreshWorkspace } from '@/lib/workflow-actions';

/**
 * CSV import, as a route handler rather than a server action: a file of 10,000 commitments is larger
 * than a server action's request limit, and an upload the browser sends itself can report progress.
 * It still goes through the one wrapper (session → permission → strict input → transaction → result).
 */
const importSchema = z.object({
  file: z.instanceof(File, { error: 'errors.required' }).refine((file) => file.size > 0, 'errors.required'),
  mode: z.enum(['dry_run', 'all', 'only_valid'], { error: 'errors.invalid' }),
});

export const POST = defineRoute({
  name: 'commitment.import',
  access: 'commitment.import',
  input: importSchema,
  messages: 'workflow',
  subject: 'import',
  handler: async (ctx) => {
    if (ctx.input.file.size > MAX_IMPORT_BYTES) fail('validation', { fieldErrors: { file: ['errors.fileTooLarge'] } });
    const text = await ctx.input.file.text();
    const report = await runCommitmentImport({
      actor: ctx.user,
      text,
      mode: ctx.input.mode,
      fileName: ctx.input.file.name,
      executor: ctx.tx,
    });
    if (report.written) {
      ctx.afterCommit(() => {
        refreshWorkspace();
        // Imported rows may be published at once; a reference starts with its state's code.
        invalidatePublicData({ countries: [...new Set(report.refs.map((ref) => ref.slice(0, 3)))] });
      });
    }
    // Refs can be many; the page needs the count and the first few to link to.
    return { ...report, refs: report.refs.slice(0, 20) };
  },
});
