import { diffWords } from 'diff';
import type { EvidenceLink, ImplementationStatus } from '@/db/schema';

/**
 * What changed in a report since the version the secretariat returned: the claimed status, the
 * narrative word by word, and the evidence links added and removed (a link is the same link when its
 * address and label are the same).
 */

export type NarrativePart = { kind: 'same' | 'added' | 'removed'; text: string };

export type ReportChanges = {
  claimedStatus: { before: ImplementationStatus; after: ImplementationStatus } | null;
  narrative: NarrativePart[] | null;
  evidenceAdded: EvidenceLink[];
  evidenceRemoved: EvidenceLink[];
};

type Content = { claimedStatus: ImplementationStatus; narrative: string; evidence: EvidenceLink[] };

const linkKey = (link: EvidenceLink) => `${link.url}\u0000${link.label}`;

export function narrativeDiff(before: string, after: string): NarrativePart[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

export function reportChanges(returned: Content, current: Content): ReportChanges {
  const beforeKeys = new Set(returned.evidence.map(linkKey));
  const afterKeys = new Set(current.evidence.map(linkKey));
  return {
    claimedStatus:
      returned.claimedStatus === current.claimedStatus
        ? null
        : { before: returned.claimedStatus, after: current.claimedStatus },
    narrative: returned.narrative === current.narrative ? null : narrativeDiff(returned.narrative, current.narrative),
    evidenceAdded: current.evidence.filter((link) => !beforeKeys.has(linkKey(link))),
    evidenceRemoved: returned.evidence.filter((link) => !afterKeys.has(linkKey(link))),
  };
}

export function hasChanges(changes: ReportChanges): boolean {
  return (
    changes.claimedStatus !== null ||
    changes.narrative !== null ||
    changes.evidenceAdded.length > 0 ||
    changes.evidenceRemoved.length > 0
  );
}
