'use server';

import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { returnReportSchema, verifyReportSchema } from '@/lib/validation/report';
import { refreshPublicPages, refreshWorkspace } from '@/lib/workflow/refresh';
import { returnReport, verifyReport } from '@/lib/workflow/reports';

/** The secretariat's review: verify (moving the public status in the same transaction) or return. */

export const verifyReportAction = defineAction({
  name: 'report.verify',
  access: 'report.review',
  input: verifyReportSchema,
  messages: 'workflow',
  subject: 'report',
  handler: async (ctx) => {
    const { report, commitment, commitmentRef, refresh } = await verifyReport(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({
        href: `/workspace/review?done=verified&ref=${encodeURIComponent(commitmentRef)}`,
        locale: ctx.locale,
      });
    });
    return { id: report.id, status: commitment?.status ?? null };
  },
});

export const returnReportAction = defineAction({
  name: 'report.return',
  access: 'report.review',
  input: returnReportSchema,
  messages: 'workflow',
  subject: 'report',
  handler: async (ctx) => {
    const { report, commitmentRef, refresh } = await returnReport(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({
        href: `/workspace/review?done=returned&ref=${encodeURIComponent(commitmentRef)}`,
        locale: ctx.locale,
      });
    });
    return { id: report.id };
  },
});
