import { db } from '@/db/client';
import { membershipEvents } from '@/db/schema';
import { createCountry } from '@/db/seed/factories';
import { ADMIN_ONLY, type Matrix } from './matrix';

/**
 * Governing Council membership, kept by admins alone (`membership.manage`). Every call gets a state of
 * its own, so that what one caller records cannot make the next caller's call break a sequence rule.
 */

async function stateWithEvents(...types: ('joined' | 'renewed')[]) {
  const country = await createCountry(db());
  if (types.length === 0) return { country, events: [] };
  const rows = await db()
    .insert(membershipEvents)
    .values(
      types.map((type, index) => ({
        countryId: country.id,
        type,
        sequence: index + 1,
        occurredOn: `${2010 + index}-01-01`,
        datePrecision: 'year' as const,
      })),
    )
    .returning({ id: membershipEvents.id, version: membershipEvents.version });
  return { country, events: rows };
}

export const referenceMembershipMatrix: Matrix = {
  'app/[locale]/workspace/reference/membership/actions.ts#addMembershipEventAction': {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const { country } = await stateWithEvents();
      return {
        country: country.iso3,
        type: 'joined',
        year: '2020',
        month: '5',
        decisionReference: 'GC/2020/1',
        sourceUrl: 'https://example.org/gc-2020-1',
      };
    },
  },
  'app/[locale]/workspace/reference/membership/actions.ts#correctMembershipEventAction': {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const { events } = await stateWithEvents('joined');
      return { id: String(events[0]!.id), version: String(events[0]!.version), type: 'joined', year: '2009' };
    },
  },
  'app/[locale]/workspace/reference/membership/actions.ts#removeMembershipEventAction': {
    allowed: ADMIN_ONLY,
    setup: async () => {
      const { events } = await stateWithEvents('joined', 'renewed');
      return { id: String(events[1]!.id), version: String(events[1]!.version), reason: 'Recorded twice.' };
    },
  },
};
