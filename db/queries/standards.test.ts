import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { createCommitment, createCountry, createFramework, createStandard } from '@/db/seed/factories';
import { getStandardDetail, STANDARD_PAGE_COMMITMENTS } from './standards';

/** A standard named by more commitments than its page lists: counts cover all, the list the first ones. */

const many = STANDARD_PAGE_COMMITMENTS + 3;

beforeAll(async () => {
  const framework = await createFramework(db(), { code: 'LF', texts: { en: { name: 'Large framework' } } });
  const standard = await createStandard(db(), { frameworkId: framework.id, code: 'LF-1' });
  const zulu = await createCountry(db(), { name: 'Zulu' });
  const alpha = await createCountry(db(), { name: 'Alpha' });
  await createCommitment(db(), {
    countryId: zulu.id,
    publication: 'published',
    status: 'complete',
    standardIds: [standard.id],
  });
  await createCommitment(db(), {
    countryId: zulu.id,
    publication: 'draft',
    status: 'complete',
    standardIds: [standard.id],
  });
  for (let i = 1; i < many; i += 1) {
    await createCommitment(db(), {
      countryId: alpha.id,
      publication: 'published',
      status: i % 2 ? 'limited' : 'not_started',
      standardIds: [standard.id],
    });
  }
});

describe('getStandardDetail', () => {
  it('counts every published commitment per state, and lists the first ones by state and reference', async () => {
    const detail = (await getStandardDetail({ code: 'lf-1' }))!;
    expect(detail.commitmentsTotal).toBe(many);
    expect(detail.commitments).toHaveLength(STANDARD_PAGE_COMMITMENTS);
    expect(detail.commitments.every((row) => row.country.name === 'Alpha')).toBe(true);
    const refs = detail.commitments.map((row) => row.ref);
    expect(refs).toEqual([...refs].sort());

    const byName = Object.fromEntries(detail.countries.map((row) => [row.name, row]));
    expect(byName.Alpha!.commitments).toBe(many - 1);
    expect(byName.Alpha!.distribution).toMatchObject({
      limited: Math.ceil((many - 1) / 2),
      not_started: Math.floor((many - 1) / 2),
      complete: 0,
    });
    // The draft is in neither the count nor the list.
    expect(byName.Zulu!.commitments).toBe(1);
    expect(byName.Zulu!.distribution.complete).toBe(1);
    expect(detail.countries.map((row) => row.name)).toEqual(['Alpha', 'Zulu']);
  });
});
