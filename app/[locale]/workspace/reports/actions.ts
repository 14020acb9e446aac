'use server';

import { getCommitmentCountry } from '@/db/queries/commitment-lists';
import { saveReport } from '@/db/queries/reports';
import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { saveReportSchema } from '@/lib/validation/report';
import { refreshWorkspace, unwrap } from '@/lib/workflow-actions';

/**
 * A focal point saves a report as a draft or submits it. The country is the commitment's, read from
 * its row and checked against the person's own (never taken from the form).
 */
export const saveReportAction = defineAction({
  name: 'report.save',
  access: 'report.write',
  input: saveReportSchema,
  messages: 'workflow',
  subject: 'report',
  handler: async (ctx) => {
    const place = await getCommitmentCountry({ id: ctx.input.commitmentId, executor: ctx.tx });
    ctx.authorize('report.write', place ? { countryId: place.countryId } : null, {
      type: 'commitment',
      id: ctx.input.commitmentId,
    });
    const report = unwrap(
      await saveReport({ actor: ctx.user, countryId: place!.countryId, input: ctx.input, executor: ctx.tx }),
    );
    ctx.afterCommit(() => {
      refreshWorkspace();
      redirect({
        href: `/workspace/reports/${report.id}?saved=${report.state === 'submitted' ? 'submitted' : 'draft'}`,
        locale: ctx.locale,
      });
    });
    return { id: report.id, state: report.state, version: report.version };
  },
});
