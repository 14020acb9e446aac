'use server';

import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { saveReportSchema } from '@/lib/validation/report';
import { refreshPublicPages, refreshWorkspace } from '@/lib/workflow/refresh';
import { saveReport } from '@/lib/workflow/reports';

type Saved = { id: number; state: string; version: number };

function showSaved(report: Saved, locale: Locale): never {
  return redirect({
    href: `/workspace/reports/${report.id}?saved=${report.state === 'submitted' ? 'submitted' : 'draft'}`,
    locale,
  });
}

/**
 * A focal point saves a report on their own state's commitment, as a draft or submitted for review. The
 * same form sent twice saves once; the second answer shows the report the first one saved.
 */
export const saveReportAction = defineAction({
  name: 'report.save',
  access: 'report.write',
  input: saveReportSchema,
  messages: 'workflow',
  subject: 'report',
  idempotent: { replayed: showSaved },
  handler: async (ctx): Promise<Saved> => {
    const { report, refresh } = await saveReport(ctx);
    const saved = { id: report.id, state: report.state, version: report.version };
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      showSaved(saved, ctx.locale);
    });
    return saved;
  },
});
