'use server';

import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { saveReportSchema } from '@/lib/validation/report';
import { refreshPublicPages, refreshWorkspace } from '@/lib/workflow/refresh';
import { saveReport } from '@/lib/workflow/reports';

/** A focal point saves a report on their own state's commitment, as a draft or submitted for review. */
export const saveReportAction = defineAction({
  name: 'report.save',
  access: 'report.write',
  input: saveReportSchema,
  messages: 'workflow',
  subject: 'report',
  handler: async (ctx) => {
    const { report, refresh } = await saveReport(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({
        href: `/workspace/reports/${report.id}?saved=${report.state === 'submitted' ? 'submitted' : 'draft'}`,
        locale: ctx.locale,
      });
    });
    return { id: report.id, state: report.state, version: report.version };
  },
});
