import { describe, expect, it } from 'vitest';
import { hasChanges, narrativeDiff, reportChanges } from './report-changes';

const returned = {
  claimedStatus: 'substantial' as const,
  narrative: 'The NGO law was amended after consultation.',
  evidence: [
    { label: 'Amended law', url: 'https://lovdata.example/ngo-law' },
    { label: 'Hearing', url: 'https://lovdata.example/hearing' },
  ],
};

describe('reportChanges', () => {
  it('names the claimed status, the narrative word by word and the evidence added and removed', () => {
    const changes = reportChanges(returned, {
      claimedStatus: 'complete',
      narrative: 'The NGO law was amended after public consultation.',
      evidence: [
        { label: 'Amended law', url: 'https://lovdata.example/ngo-law' },
        { label: 'Amended text', url: 'https://lovdata.example/ngo-law/2025' },
      ],
    });
    expect(changes.claimedStatus).toEqual({ before: 'substantial', after: 'complete' });
    expect(changes.narrative?.filter((part) => part.kind !== 'same')).toEqual([{ kind: 'added', text: 'public ' }]);
    expect(changes.narrative?.map((part) => part.text).join('')).toBe(
      'The NGO law was amended after public consultation.',
    );
    expect(changes.evidenceAdded).toEqual([{ label: 'Amended text', url: 'https://lovdata.example/ngo-law/2025' }]);
    expect(changes.evidenceRemoved).toEqual([{ label: 'Hearing', url: 'https://lovdata.example/hearing' }]);
    expect(hasChanges(changes)).toBe(true);
  });

  it('says nothing changed when nothing did', () => {
    const changes = reportChanges(returned, { ...returned, evidence: [...returned.evidence].reverse() });
    expect(changes).toEqual({ claimedStatus: null, narrative: null, evidenceAdded: [], evidenceRemoved: [] });
    expect(hasChanges(changes)).toBe(false);
  });

  it('marks removed words as removed', () => {
    expect(narrativeDiff('a quick brown fox', 'a brown fox').filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'quick ' },
    ]);
  });
});
