'use server';

import { defineAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { addMembershipEvent, correctMembershipEvent, removeMembershipEvent } from '@/lib/membership/events';
import {
  addMembershipEventSchema,
  correctMembershipEventSchema,
  removeMembershipEventSchema,
} from '@/lib/validation/membership';
import { refreshPublicPages, refreshWorkspace } from '@/lib/workflow/refresh';

// Governing Council membership, kept by admins. lib/membership does the work; each change refreshes the
// state's public pages, the aggregates that show standing and its records of past days, then returns
// to the state's page, which says what was saved.

const statePage = (iso3: string, saved: 'added' | 'corrected' | 'removed') =>
  `/workspace/reference/membership/${iso3.toLowerCase()}?saved=${saved}`;

export const addMembershipEventAction = defineAction({
  name: 'membership.add',
  access: 'membership.manage',
  input: addMembershipEventSchema,
  messages: 'workspace.membership',
  subject: 'membership',
  handler: async (ctx) => {
    const { event, country, refresh } = await addMembershipEvent(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({ href: statePage(country.iso3, 'added'), locale: ctx.locale });
    });
    return { id: event.id };
  },
});

export const correctMembershipEventAction = defineAction({
  name: 'membership.correct',
  access: 'membership.manage',
  input: correctMembershipEventSchema,
  messages: 'workspace.membership',
  subject: 'membership',
  handler: async (ctx) => {
    const { event, country, refresh } = await correctMembershipEvent(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({ href: statePage(country.iso3, 'corrected'), locale: ctx.locale });
    });
    return { id: event.id, version: event.version };
  },
});

export const removeMembershipEventAction = defineAction({
  name: 'membership.remove',
  access: 'membership.manage',
  input: removeMembershipEventSchema,
  messages: 'workspace.membership',
  subject: 'membership',
  handler: async (ctx) => {
    const { event, country, refresh } = await removeMembershipEvent(ctx);
    ctx.afterCommit(() => {
      refreshWorkspace();
      refreshPublicPages(refresh);
      redirect({ href: statePage(country.iso3, 'removed'), locale: ctx.locale });
    });
    return { id: event.id };
  },
});
