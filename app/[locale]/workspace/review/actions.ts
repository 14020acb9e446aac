'use server';

import { getCommitmentCountry } from '@/db/queries/commitment-lists';
import { returnReport, verifyReport } from '@/db/queries/reports';
import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { returnReportSchema, verifyReportSchema } from '@/lib/validation/report';
import { refreshPublicPages, refreshWorkspace, unwrap } from '@/lib/workflow-actions';

/** The secretariat's review: verify (moving the public status in the same transaction) or return. */

export const verifyReportAction = defineAction({
  name: 'report.verify',
  access: 'report.review',
  input: verifyReportSchema,
  messages: 'workflow',
  subject: 'report',
  handler: async (ctx) => {
    const { report, commitment } = unwrap(await verifyReport({ actor: ctx.user, input: ctx.input, executor: ctx.tx }));
    const place = await getCommitmentCountry({ id: report.commitmentId, executor: ctx.tx });
    ctx.afterCommit(() => {
      refreshWorkspace();
      // The country's public pages show the new status on the very next request.
      refreshPublicPages({ countries: [place?.iso3] });
      redirect({
        href: `/workspace/review?done=verified&ref=${encodeURIComponent(commitment?.ref ?? '')}`,
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
    const { report } = unwrap(await returnReport({ actor: ctx.user, input: ctx.input, executor: ctx.tx }));
    const place = await getCommitmentCountry({ id: report.commitmentId, executor: ctx.tx });
    ctx.afterCommit(() => {
      refreshWorkspace();
      redirect({
        href: `/workspace/review?done=returned&ref=${encodeURIComponent(place?.ref ?? '')}`,
        locale: ctx.locale,
      });
    });
    return { id: report.id };
  },
});
