import 'server-only';
import { listFocalPointRecipients, listSecretariatRecipients, readCommitmentPlace } from '@/db/queries/notifications';
import type { ReportSnapshot } from '@/db/queries/reports';
import type { ActionContext } from '@/lib/actions/context';
import { deliverAfterResponse } from '@/lib/mail/outbox';
import { queueNotice, type Notice } from './queue';

/**
 * The notices a change in the workflow causes, called by its service with its context, so that they are
 * written in the change's own transaction (lib/workflow/reports.ts, comments.ts, rounds.ts). Who hears
 * of what: the focal points of the state concerned of a round opening, a report returned or verified
 * and a new comment on one of its commitments; the secretariat of a report submitted for review. The
 * person who made the change is never told of it. Delivery by SMTP follows the commit.
 */

export type NoticeEvent =
  | { kind: 'report_submitted'; report: Pick<ReportSnapshot, 'id' | 'commitmentId' | 'version'> }
  | { kind: 'report_returned'; report: Pick<ReportSnapshot, 'id' | 'commitmentId' | 'version' | 'returnReason'> }
  | { kind: 'report_verified'; report: Pick<ReportSnapshot, 'id' | 'commitmentId' | 'assessedStatus' | 'publicNote'> }
  | { kind: 'comment_added'; comment: { id: number; commitmentId: number; body: string } }
  | { kind: 'round_opened'; round: { id: number; title: string; deadline: string } };

type Ctx = Pick<ActionContext<unknown, { id: string; name: string }>, 'tx' | 'user' | 'afterCommit'>;

/** A short excerpt of free text for a mail, whole words, on one line. */
function excerpt(text: string, length = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return line;
  return `${line.slice(0, line.lastIndexOf(' ', length) > 0 ? line.lastIndexOf(' ', length) : length)}…`;
}

async function aboutCommitment(ctx: Ctx, commitmentId: number) {
  const place = await readCommitmentPlace({ executor: ctx.tx, commitmentId });
  if (!place) throw new Error(`commitment ${commitmentId} not found for a notice`);
  return place;
}

export async function notify(ctx: Ctx, event: NoticeEvent): Promise<{ queued: string[] }> {
  const executor = ctx.tx;
  const actorId = ctx.user.id;
  let notice: Notice;
  let recipients;
  switch (event.kind) {
    case 'report_submitted':
    case 'report_returned':
    case 'report_verified': {
      const { report } = event;
      const place = await aboutCommitment(ctx, report.commitmentId);
      const common = {
        kind: event.kind,
        countryId: place.countryId,
        commitmentId: report.commitmentId,
        reportId: report.id,
        actorId,
        country: place,
      } as const;
      if (event.kind === 'report_submitted') {
        notice = {
          ...common,
          key: `report_submitted:report-${report.id}:v${event.report.version}`,
          path: `/workspace/review/${report.id}`,
          params: { ref: place.ref },
        };
        recipients = await listSecretariatRecipients({ executor, exceptUserId: actorId });
      } else if (event.kind === 'report_returned') {
        notice = {
          ...common,
          key: `report_returned:report-${report.id}:v${event.report.version}`,
          path: `/workspace/reports/${report.id}`,
          params: { ref: place.ref, reason: excerpt(event.report.returnReason ?? '', 1_000) },
        };
        recipients = await listFocalPointRecipients({ executor, countryId: place.countryId, exceptUserId: actorId });
      } else {
        notice = {
          ...common,
          key: `report_verified:report-${report.id}`,
          path: `/workspace/reports/${report.id}`,
          params: {
            ref: place.ref,
            status: event.report.assessedStatus,
            note: event.report.publicNote ? excerpt(event.report.publicNote, 1_000) : '',
            hasNote: event.report.publicNote ? 'yes' : 'no',
          },
        };
        recipients = await listFocalPointRecipients({ executor, countryId: place.countryId, exceptUserId: actorId });
      }
      break;
    }
    case 'comment_added': {
      const place = await aboutCommitment(ctx, event.comment.commitmentId);
      notice = {
        kind: 'comment_added',
        key: `comment_added:comment-${event.comment.id}`,
        path: `/workspace/commitments/${event.comment.commitmentId}#comments-heading`,
        countryId: place.countryId,
        commitmentId: event.comment.commitmentId,
        actorId,
        country: place,
        params: { ref: place.ref, author: ctx.user.name, excerpt: excerpt(event.comment.body) },
      };
      recipients = await listFocalPointRecipients({ executor, countryId: place.countryId, exceptUserId: actorId });
      break;
    }
    case 'round_opened': {
      notice = {
        kind: 'round_opened',
        key: `round_opened:round-${event.round.id}`,
        path: '/workspace/country',
        roundId: event.round.id,
        actorId,
        params: { round: event.round.title, deadline: event.round.deadline },
      };
      recipients = await listFocalPointRecipients({ executor, countryId: null });
      break;
    }
  }
  const { queued, mailed } = await queueNotice({ executor, notice, recipients });
  if (mailed > 0) ctx.afterCommit(deliverAfterResponse);
  return { queued };
}
