import { defineRoute } from '@/lib/actions/define-action';
import { translatorFor } from '@/lib/actions/translate';
import { importCommitmentsSchema } from '@/lib/validation/import';
import { importCommitments } from '@/lib/workflow/import';
import { refreshPublicData, refreshWorkspace } from '@/lib/workflow/refresh';

/** How many new (and already stored) references the page lists; the rest are counted. */
const IMPORT_REFS_LISTED = 100;

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
    const { report, refresh, problemsCsv } = await importCommitments(ctx);
    if (report.written) {
      ctx.afterCommit(() => {
        refreshWorkspace();
        refreshPublicData(refresh);
      });
    }
    const t = await translatorFor(ctx.locale, 'workflow');
    // The rows with problems, worded in the reader's language, to correct and upload again.
    const problems = problemsCsv((error) =>
      t.has(error.message) ? t(error.message, { value: error.value ?? '' }) : error.message,
    );
    // Refs can be many; the page needs the count and the first ones to link to.
    return {
      ...report,
      refs: report.refs.slice(0, IMPORT_REFS_LISTED),
      created: report.created.slice(0, IMPORT_REFS_LISTED),
      existing: report.existing.slice(0, IMPORT_REFS_LISTED),
      existingCount: report.existing.length,
      problemsCsv: problems,
    };
  },
});
