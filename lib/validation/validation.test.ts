import { describe, expect, it } from 'vitest';
import {
  changePublicationSchema,
  commitmentFiltersSchema,
  createCommitmentSchema,
  updateCommitmentSchema,
} from './commitment';
import { saveReportSchema, verifyReportSchema, returnReportSchema } from './report';
import { createRoundSchema } from './round';
import { addCommentSchema } from './comment';

function fieldErrors(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) {
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (errors[issue.path.map(String).join('.')] ??= []).push(issue.message);
  return errors;
}

const validCommitment = {
  countryId: '3',
  title: '  Consult civil society  ',
  standardIds: ['2', '1'],
  madeOn: '',
  targetDate: '2026-12-31',
  sourceUrl: '',
};

describe('commitment schemas', () => {
  it('reads form strings: ids as numbers, blanks as absent, standards sorted and unique', () => {
    const result = createCommitmentSchema.parse({ ...validCommitment, standardIds: ['2', '1', '2'] });
    expect(result).toMatchObject({
      countryId: 3,
      title: 'Consult civil society',
      standardIds: [1, 2],
      madeOn: null,
      sourceUrl: null,
      targetDate: '2026-12-31',
      description: '',
      status: 'no_information',
    });
    expect(result.ref).toBeUndefined();
  });

  it('names each bad field with a message key', () => {
    const result = createCommitmentSchema.safeParse({
      countryId: '',
      title: '   ',
      standardIds: [],
      targetDate: '2025-02-30',
      sourceUrl: 'javascript:alert(1)',
      ref: 'nor-18-1',
    });
    expect(fieldErrors(result)).toEqual({
      countryId: ['errors.required'],
      title: ['errors.required'],
      standardIds: ['errors.standardsRequired'],
      targetDate: ['errors.invalidDate'],
      sourceUrl: ['errors.invalidUrl'],
      ref: ['errors.refFormat'],
    });
  });

  it('refuses fields it does not know (strict)', () => {
    const result = createCommitmentSchema.safeParse({ ...validCommitment, publication: 'published' });
    expect(result.success).toBe(false);
  });

  it('an edit needs the version it started from and a reference', () => {
    const result = updateCommitmentSchema.safeParse({ id: '5', title: 'T', standardIds: ['1'] });
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(['ref', 'version']);
    expect(
      updateCommitmentSchema.parse({ id: '5', version: '2', ref: 'nor-2018-03', title: 'T', standardIds: '1' }),
    ).toMatchObject({ id: 5, version: 2, ref: 'NOR-2018-03', standardIds: [1] });
  });

  it('publication actions are the four moves only', () => {
    expect(changePublicationSchema.safeParse({ id: 1, version: 1, action: 'delete' }).success).toBe(false);
    expect(changePublicationSchema.parse({ id: '1', version: '1', action: 'archive' })).toEqual({
      id: 1,
      version: 1,
      action: 'archive',
    });
  });

  it('list filters drop what they cannot read instead of failing', () => {
    expect(
      commitmentFiltersSchema.parse({ countryId: 'x', status: 'bogus', overdue: 'on', q: '  media ', page: '-2' }),
    ).toEqual({
      countryId: undefined,
      standardId: undefined,
      status: undefined,
      publication: undefined,
      overdue: true,
      q: 'media',
      page: 1,
    });
  });
});

describe('report schemas', () => {
  const draft = {
    commitmentId: '4',
    claimedStatus: 'limited',
    narrative: 'Draft law tabled.',
    reportedOn: '2025-03-01',
  };

  it('keeps labelled http and https links and drops blank rows', () => {
    const result = saveReportSchema.parse({
      ...draft,
      evidence: JSON.stringify([
        { label: 'Bill', url: 'https://parliament.example/bill/12' },
        { label: '', url: '' },
        { label: 'Minutes', url: 'http://gov.example/minutes' },
      ]),
    });
    expect(result.evidence).toEqual([
      { label: 'Bill', url: 'https://parliament.example/bill/12' },
      { label: 'Minutes', url: 'http://gov.example/minutes' },
    ]);
    expect(result.intent).toBe('draft');
  });

  it('refuses other schemes and unlabelled links, naming the link field', () => {
    const result = saveReportSchema.safeParse({
      ...draft,
      evidence: [
        { label: 'Script', url: 'javascript:alert(1)' },
        { label: '', url: 'https://ok.example' },
        { label: 'File', url: 'ftp://files.example/a.pdf' },
        { label: 'Data', url: 'data:text/html,hi' },
      ],
    });
    expect(fieldErrors(result)).toEqual({
      'evidence.0.url': ['errors.invalidUrl'],
      'evidence.1.label': ['errors.evidenceLabelRequired'],
      'evidence.2.url': ['errors.invalidUrl'],
      'evidence.3.url': ['errors.invalidUrl'],
    });
  });

  it('a claim of "no information" is not a claim', () => {
    expect(fieldErrors(saveReportSchema.safeParse({ ...draft, claimedStatus: 'no_information' }))).toEqual({
      claimedStatus: ['errors.invalidStatus'],
    });
  });

  it('a draft may be unfinished, a submission must say something', () => {
    expect(saveReportSchema.safeParse({ ...draft, narrative: '' }).success).toBe(true);
    expect(fieldErrors(saveReportSchema.safeParse({ ...draft, narrative: ' ', intent: 'submit' }))).toEqual({
      narrative: ['errors.narrativeRequired'],
    });
  });

  it('revising an existing report needs its version', () => {
    expect(fieldErrors(saveReportSchema.safeParse({ ...draft, reportId: '9' }))).toEqual({
      version: ['errors.version'],
    });
  });

  it('verification needs an assessed status; returning needs a reason', () => {
    expect(fieldErrors(verifyReportSchema.safeParse({ id: 1, version: 1 }))).toEqual({
      assessedStatus: ['errors.assessmentRequired'],
    });
    // The form's unchosen option sends an empty value: required, never read as the claim.
    expect(fieldErrors(verifyReportSchema.safeParse({ id: 1, version: 1, assessedStatus: '' }))).toEqual({
      assessedStatus: ['errors.assessmentRequired'],
    });
    expect(fieldErrors(verifyReportSchema.safeParse({ id: 1, version: 1, assessedStatus: 'done' }))).toEqual({
      assessedStatus: ['errors.invalidStatus'],
    });
    expect(verifyReportSchema.parse({ id: '1', version: '3', assessedStatus: 'substantial' })).toEqual({
      id: 1,
      version: 3,
      assessedStatus: 'substantial',
      publicNote: '',
    });
    expect(fieldErrors(returnReportSchema.safeParse({ id: 1, version: 1, reason: '   ' }))).toEqual({
      reason: ['errors.required'],
    });
  });
});

describe('round and comment schemas', () => {
  it('a deadline before the opening date is refused on the deadline field', () => {
    expect(
      fieldErrors(createRoundSchema.safeParse({ title: 'Spring', opensOn: '2025-05-01', deadline: '2025-04-30' })),
    ).toEqual({ deadline: ['errors.deadlineBeforeOpening'] });
    expect(createRoundSchema.parse({ title: ' Spring ', opensOn: '2025-05-01', deadline: '2025-05-01' })).toEqual({
      title: 'Spring',
      opensOn: '2025-05-01',
      deadline: '2025-05-01',
    });
  });

  it('a comment needs a body', () => {
    expect(fieldErrors(addCommentSchema.safeParse({ commitmentId: '1', body: '\n' }))).toEqual({
      body: ['errors.required'],
    });
  });
});

describe('control characters', () => {
  it('are refused in every text field with their own message; tabs and line breaks are kept', () => {
    expect(fieldErrors(addCommentSchema.safeParse({ commitmentId: '1', body: 'A NUL \u0000 here' }))).toEqual({
      body: ['errors.controlCharacter'],
    });
    expect(
      fieldErrors(createCommitmentSchema.safeParse({ ...validCommitment, description: 'Escape \u001b[2J' })),
    ).toEqual({ description: ['errors.controlCharacter'] });
    expect(addCommentSchema.parse({ commitmentId: '1', body: 'Line one\r\n\tline two' }).body).toBe(
      'Line one\r\n\tline two',
    );
  });
});
