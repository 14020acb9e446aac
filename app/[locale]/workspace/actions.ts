'use server';

import { defineAction } from '@/lib/actions/define-action';
import { markNoticesSeen } from '@/lib/notifications/preferences';
import { noticesSeenSchema } from '@/lib/validation/notice-preferences';

// "What's new" on the workspace home, once shown, is read: the count in the navigation goes to zero
// the next time it is drawn. The page itself is not redrawn, so what was new stays marked while it is read.
export const markNoticesSeenAction = defineAction({
  name: 'user.notices_read',
  access: 'workspace.view',
  input: noticesSeenSchema,
  messages: 'notices',
  subject: 'notice',
  handler: markNoticesSeen,
});
