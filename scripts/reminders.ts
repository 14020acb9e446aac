import { connect } from '@/db/client';
import { parseEnv } from '@/lib/env';
import { deliverPendingMail } from '@/lib/mail/outbox';
import { isSmtpConfigured } from '@/lib/mail/transport';
import { sendEscalations } from '@/lib/notifications/escalation';
import { sendRoundReminders } from '@/lib/reminders';
import { runMain } from './cli';
import { resolveDatabase } from './database';

// `npm run reminders`: queues the reporting reminders due today in the mail outbox, for a scheduler
// (cron, a systemd timer) to call as often as it likes; each reminder is queued once, whatever the
// number of runs. With SMTP_URL set they are then delivered; without it admins read them in the outbox.
// It also tells the secretariat of each state ESCALATION_DAYS_LATE days late in the open round, once.
runMain(async () => {
  parseEnv(process.env);
  const database = await resolveDatabase((line) => console.log(line));
  const connection = connect(database.url, { max: 2 });
  try {
    const run = await sendRoundReminders({ executor: connection.db });
    if (!run.round) console.log('No reporting round is open: no reminders to send.');
    else if (!run.kind)
      console.log(`Round "${run.round.title}": no reminder is due today (deadline ${run.round.deadline}).`);
    else {
      const when = run.kind === 'due' ? 'deadline near' : 'deadline passed';
      console.log(
        `Round "${run.round.title}" (${when}): ${run.queued.length} reminder(s) queued, ${run.skipped.length} already sent earlier.`,
      );
    }
    const escalation = await sendEscalations({ executor: connection.db });
    if (escalation.round)
      console.log(
        `Escalation: ${escalation.escalated.length} state(s) newly reported to the secretariat${escalation.escalated.length ? ` (${escalation.escalated.join(', ')})` : ''}, ${escalation.skipped.length} earlier.`,
      );
    if (isSmtpConfigured()) {
      // Delivers what is waiting (these reminders and anything an earlier delivery could not send).
      let delivered = 0;
      for (;;) {
        const sent = await deliverPendingMail({ database: connection.db, limit: 100 });
        delivered += sent;
        if (sent === 0) break;
      }
      console.log(`${delivered} message(s) delivered by SMTP.`);
    } else {
      console.log('SMTP_URL is not set: the reminders wait in the outbox (/workspace/outbox).');
    }
  } finally {
    await connection.sql.end({ timeout: 5 });
    await database.stop();
  }
});
