import { defineRoute } from '@/lib/actions/define-action';
import { importCommitmentsSchema } from '@/lib/validation/import';
import { importCommitments } from '@/lib/workflow/import';
import { refreshPublicData, refreshWorkspace } from '@/lib/workflow/refresh';

/**
 * CSV import, as a route handler rather than a server action: a file of 10,000 commitments is larger
 * than a server action's request limit, and an upload the browser sends itself can report progress.
 * It still goes through the one wrapper (session → permission → strict input → transaction → result).
 */
export const POST = defineRoute({
  name: 'commitment.import',
  access: 'commitment.import',
  input: importCommitmentsSchema,
  messages: 'workflow',
  subject: 'import',
  handler: async (ctx) => {
    const { report, refresh } = await importCommitments(ctx);
    if (report.written) {
      ctx.afterCommit(() => {
        refreshWorkspace();
        refreshPublicData(refresh);
      });
    }
    // Refs can be many; the page needs the count and the first few to link to.
    return { ...report, refs: report.refs.slice(0, 20) };
  },
});
