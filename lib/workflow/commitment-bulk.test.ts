import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createCommitment } from '@/db/seed/factories';
import { readCommitmentSnapshot } from '@/db/queries/commitments';
import type { CurrentUser } from '@/lib/auth/session';
import { changeManyPublicationsSchema } from '@/lib/validation/commitment';
import { auditRowsFor, refusalOf, runAs, setUpWorkflow } from '@/test/workflow-fixtures';
import { changeManyPublications } from './commitment-bulk';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
});

const draft = (iso3 = 'NOR', publication: 'draft' | 'published' = 'draft') =>
  createCommitment(db(), {
    countryId: w.countryId(iso3),
    publication,
    madeOn: '2019-05-01',
    standardIds: [w.standardId('CSS-2')],
  });

const move = (user: CurrentUser, action: string, rows: Array<{ id: number; version: number }>) =>
  runAs(
    user,
    changeManyPublicationsSchema.parse({ action, selected: rows.map((row) => `${row.id}:${row.version}`) }),
    changeManyPublications,
  );

describe('changeManyPublications', () => {
  it('publishes three drafts in one go, each with its own audit event, and refreshes their states', async () => {
    const rows = [await draft('NOR'), await draft('MEX'), await draft('NOR')];
    const result = await move(w.secretariat, 'publish', rows);
    expect(result.commitments.map((row) => row.publication)).toEqual(['published', 'published', 'published']);
    expect(result.refresh).toEqual({ countries: expect.arrayContaining(['NOR', 'MEX']) });
    for (const row of rows) {
      expect(await readCommitmentSnapshot(db(), row.id)).toMatchObject({ publication: 'published' });
      const audit = await auditRowsFor('commitment', row.id);
      expect(audit.map((event) => event.action)).toEqual(['commitment.publish']);
      expect(audit[0]).toMatchObject({ actorId: w.secretariat.id, before: { publication: 'draft' } });
    }
  });

  it('archives drafts, which were never public', async () => {
    const rows = [await draft(), await draft()];
    const result = await move(w.secretariat, 'archive', rows);
    expect(result.commitments.map((row) => row.publication)).toEqual(['archived', 'archived']);
    expect(result.refresh).toEqual({ countries: [] });
  });

  it('moves none when one cannot move, naming it; nothing is written or audited', async () => {
    const movable = await draft();
    const published = await draft('NOR', 'published');
    const stale = await draft();
    const refusal = await refusalOf(
      move(w.secretariat, 'publish', [movable, published, { id: stale.id, version: stale.version + 1 }]),
    );
    expect(refusal).toEqual({
      code: 'conflict:commitment',
      messageKey: 'codes.bulkStuck',
      messageValues: { refs: `${published.ref}, ${stale.ref}`, count: 2 },
    });
    expect(await readCommitmentSnapshot(db(), movable.id)).toMatchObject({ publication: 'draft', version: 1 });
    expect(await auditRowsFor('commitment', movable.id)).toEqual([]);
  });

  it('refuses a focal point and an unknown commitment, moving nothing', async () => {
    const mine = await draft('NOR');
    expect((await refusalOf(move(w.norway, 'publish', [mine]))).code).toBe('forbidden:commitment');
    expect((await refusalOf(move(w.secretariat, 'publish', [mine, { id: 999_999, version: 1 }]))).code).toBe(
      'forbidden:commitment',
    );
    expect(await readCommitmentSnapshot(db(), mine.id)).toMatchObject({ publication: 'draft' });
  });

  it('needs at least one selected commitment', () => {
    const parsed = changeManyPublicationsSchema.safeParse({ action: 'publish' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['errors.noneSelected']);
    expect(changeManyPublicationsSchema.safeParse({ action: 'unpublish', selected: '1:1' }).success).toBe(false);
    expect(changeManyPublicationsSchema.parse({ action: 'publish', selected: ['5:1', '2:3', '5:1'] }).selected).toEqual(
      [
        { id: 2, version: 3 },
        { id: 5, version: 1 },
      ],
    );
  });
});
