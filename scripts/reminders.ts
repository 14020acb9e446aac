import { connect } from '@/db/client';
import { parseEnv } from '@/lib/env';
import { sendRoundReminders } from '@/lib/reminders';
import { runMain } from './cli';
import { resolveDatabase } from './database';

// `npm run reminders`: queues the reporting reminders due today in the mail outbox, for a scheduler
// (cron, a systemd timer) to call as often as it likes; each reminder is queued once, whatever the
// number of runs. The app's outbox delivery sends them (or admins read them there without SMTP).
runMain(async () => {
  parseEnv(process.env);
  const database = await resolveDatabase((line) => console.log(line));
  const connection = connect(database.url, { max: 2 });
  try {
    const run = await sendRoundReminders({ executor: connection.db });
    if (!run.round) console.log('No reporting round is open: no reminders to send.');
    else if (!run.kind) console.log(`Round "${run.round.title}": no reminder is due today (deadline ${run.round.deadline}).`);
    else {
      const when = run.kind === 'due' ? 'deadline near' : 'deadline passed';
      console.log(`Round "${run.round.title}" (${when}): ${run.queued.length} reminder(s) queued, ${run.skipped.length} already sent earlier.`);
    }
  } finally {
    await connection.sql.end({ timeout: 5 });
    await database.stop();
  }
});
