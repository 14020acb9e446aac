import type { ImplementationStatus, PublicationState, ReportState, Role } from '@/db/schema';

/**
 * The demo data set, as data. Everything here is invented to show the product working: commitments are
 * generic, say in their description that they are demo data, and make no claim about what any real
 * government has done. The UI labels the whole instance as demo while app_settings.demo_data is true.
 */

export type DemoAccount = { role: Role; email: string; password: string; name: string; countryIso3: string | null };

/** Fixed so that the launcher can print them and people can try each role; never use them for real data. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'admin',
    email: 'admin@demo.example.org',
    password: 'demo-admin-correct-horse-42',
    name: 'Demo Administrator',
    countryIso3: null,
  },
  {
    role: 'secretariat',
    email: 'secretariat@demo.example.org',
    password: 'demo-secretariat-staple-battery-17',
    name: 'Demo Secretariat Officer',
    countryIso3: null,
  },
  {
    role: 'focal_point',
    email: 'focal.norway@demo.example.org',
    password: 'demo-focal-norway-fjord-lantern-08',
    name: 'Demo Focal Point (Norway)',
    countryIso3: 'NOR',
  },
  {
    role: 'focal_point',
    email: 'focal.mexico@demo.example.org',
    password: 'demo-focal-mexico-cactus-harbor-63',
    name: 'Demo Focal Point (Mexico)',
    countryIso3: 'MEX',
  },
];

export type DemoTemplate = { title: string; description: string; responsibleBody: string; standards: string[] };

const DEMO = 'Demo data, not a real commitment.';

export const DEMO_TEMPLATES: readonly DemoTemplate[] = [
  {
    title: 'Set up a standing consultation forum with civil society',
    description: `${DEMO} The government undertakes to meet civil society organisations at least twice a year in a standing forum, with published agendas and minutes.`,
    responsibleBody: 'Ministry of Foreign Affairs',
    standards: ['CSS-1', 'CSS-4'],
  },
  {
    title: 'Review the registration procedure for associations',
    description: `${DEMO} The government undertakes to review how associations register, with the aim of removing steps that delay or discourage registration.`,
    responsibleBody: 'Ministry of Justice',
    standards: ['CSS-2', 'CSS-3'],
  },
  {
    title: 'Open a small-grants window for civil society organisations',
    description: `${DEMO} The government undertakes to open a grants window for small civil society organisations, with a simple application and a public list of awards.`,
    responsibleBody: 'Development cooperation agency',
    standards: ['CSS-3'],
  },
  {
    title: 'Issue guidance to embassies on supporting human rights defenders',
    description: `${DEMO} The government undertakes to give its embassies written guidance on meeting, supporting and protecting human rights defenders.`,
    responsibleBody: 'Ministry of Foreign Affairs',
    standards: ['CSS-5', 'CSS-1'],
  },
  {
    title: 'Hold an annual public dialogue on civic space',
    description: `${DEMO} The government undertakes to hold a yearly public dialogue on the state of civic space, open to any organisation that wishes to take part.`,
    responsibleBody: 'Government coordination office',
    standards: ['CSS-4'],
  },
  {
    title: 'Simplify the rules on foreign funding for non-profit organisations',
    description: `${DEMO} The government undertakes to review and simplify the reporting rules that apply to non-profit organisations receiving funds from abroad.`,
    responsibleBody: 'Ministry of Finance',
    standards: ['CSS-2', 'CSS-3'],
  },
  {
    title: 'Name a civil society contact point in each embassy',
    description: `${DEMO} The government undertakes to name a member of staff in each embassy as the contact point for local civil society.`,
    responsibleBody: 'Ministry of Foreign Affairs',
    standards: ['CSS-1', 'CSS-5'],
  },
  {
    title: 'Share lessons from online consultation tools with peer governments',
    description: `${DEMO} The government undertakes to document what it has learnt from consulting the public online and to share it with other member states.`,
    responsibleBody: 'Ministry responsible for digital government',
    standards: ['CSS-4'],
  },
  {
    title: 'Co-sponsor resolutions on freedom of peaceful assembly',
    description: `${DEMO} The government undertakes to co-sponsor, in multilateral bodies, resolutions that protect the freedom of peaceful assembly.`,
    responsibleBody: 'Ministry of Foreign Affairs',
    standards: ['CSS-5', 'CSS-2'],
  },
  {
    title: 'Train officials on the right to freedom of association',
    description: `${DEMO} The government undertakes to train the officials who deal with associations on the right to freedom of association.`,
    responsibleBody: 'Ministry of the Interior',
    standards: ['CSS-2', 'CSS-4'],
  },
  {
    title: 'Create an emergency fund for civil society under threat',
    description: `${DEMO} The government undertakes to set aside a fund that can quickly support civil society actors facing threats or attacks.`,
    responsibleBody: 'Development cooperation agency',
    standards: ['CSS-3', 'CSS-5', 'CSS-1'],
  },
  {
    title: 'Map the mechanisms that protect civil society',
    description: `${DEMO} The government undertakes to publish a map of the bodies and procedures that protect civil society, showing where they overlap or leave gaps.`,
    responsibleBody: 'Government coordination office',
    standards: ['CSS-1'],
  },
];

export type DemoRound = 'previous' | 'current';

export type DemoReport = {
  round: DemoRound;
  state: ReportState;
  claimed: ImplementationStatus;
  assessed?: ImplementationStatus;
};

export type DemoCommitment = {
  template: number;
  year: 2018 | 2022;
  publication: PublicationState;
  reports: DemoReport[];
};

/** Reports, in the order they happened: a verified report moves the commitment's status. */
const verified = (
  round: DemoRound,
  claimed: ImplementationStatus,
  assessed: ImplementationStatus = claimed,
): DemoReport => ({ round, state: 'verified', claimed, assessed });
const submitted = (round: DemoRound, claimed: ImplementationStatus): DemoReport => ({
  round,
  state: 'submitted',
  claimed,
});
const draft = (round: DemoRound, claimed: ImplementationStatus): DemoReport => ({ round, state: 'draft', claimed });
const returned = (round: DemoRound, claimed: ImplementationStatus): DemoReport => ({
  round,
  state: 'returned',
  claimed,
});

const commitment = (
  template: number,
  year: 2018 | 2022,
  publication: PublicationState,
  ...reports: DemoReport[]
): DemoCommitment => ({ template, year, publication, reports });

/** Every status, publication state and report state appears; some assessments differ from the claim. */
export const DEMO_COMMITMENTS: Readonly<Record<string, DemoCommitment[]>> = {
  NOR: [
    commitment(0, 2018, 'published', verified('previous', 'limited'), submitted('current', 'substantial')),
    commitment(
      1,
      2018,
      'published',
      verified('previous', 'substantial'),
      verified('current', 'complete', 'substantial'),
    ),
    commitment(2, 2022, 'published', draft('current', 'limited')),
    commitment(3, 2022, 'draft'),
    commitment(4, 2022, 'published', verified('previous', 'not_started'), returned('current', 'complete')),
  ],
  MEX: [
    commitment(5, 2018, 'published', verified('previous', 'substantial'), verified('current', 'complete')),
    commitment(6, 2018, 'published', verified('previous', 'limited'), returned('current', 'substantial')),
    commitment(7, 2022, 'published', submitted('current', 'limited')),
    commitment(8, 2022, 'archived', verified('previous', 'not_started')),
  ],
  CAN: [
    commitment(9, 2018, 'published', verified('previous', 'complete')),
    commitment(10, 2018, 'published', verified('previous', 'limited'), verified('current', 'substantial')),
    commitment(11, 2022, 'published', verified('current', 'withdrawn')),
  ],
  CHL: [
    commitment(0, 2018, 'published', verified('previous', 'not_started'), verified('current', 'limited')),
    commitment(3, 2018, 'published', verified('previous', 'substantial', 'limited')),
    commitment(5, 2022, 'draft'),
  ],
  EST: [
    commitment(2, 2018, 'published', verified('previous', 'complete')),
    commitment(4, 2018, 'published', verified('previous', 'substantial'), submitted('current', 'complete')),
    commitment(6, 2022, 'published'),
  ],
  JPN: [
    commitment(7, 2018, 'published', verified('previous', 'limited'), verified('current', 'limited')),
    commitment(8, 2018, 'published', verified('previous', 'not_started'), draft('current', 'limited')),
    commitment(9, 2022, 'published', verified('current', 'substantial', 'limited')),
  ],
  MNG: [
    commitment(10, 2018, 'published', verified('previous', 'not_started')),
    commitment(11, 2018, 'published', verified('previous', 'limited'), returned('current', 'substantial')),
    commitment(1, 2022, 'published'),
  ],
  NGA: [
    commitment(4, 2018, 'published', verified('previous', 'limited'), verified('current', 'substantial')),
    commitment(0, 2018, 'published', verified('previous', 'withdrawn')),
    commitment(6, 2022, 'draft', draft('current', 'not_started')),
  ],
  PRT: [
    commitment(1, 2018, 'published', verified('previous', 'substantial'), verified('current', 'complete')),
    commitment(7, 2018, 'published', verified('previous', 'complete')),
    commitment(11, 2022, 'archived'),
    commitment(3, 2022, 'published', submitted('current', 'limited')),
  ],
  URY: [
    commitment(
      2,
      2018,
      'published',
      verified('previous', 'not_started'),
      verified('current', 'complete', 'substantial'),
    ),
    commitment(5, 2018, 'published', verified('previous', 'limited')),
    commitment(8, 2022, 'published', verified('current', 'not_started')),
    commitment(9, 2022, 'draft'),
  ],
};

/** English labels for the demo's own prose (notes and narratives are content, not UI strings). */
const STATUS_WORDS: Record<ImplementationStatus, string> = {
  not_started: 'not started',
  limited: 'limited',
  substantial: 'substantial',
  complete: 'complete',
  withdrawn: 'withdrawn',
  no_information: 'no information',
};

export const DEMO_NARRATIVES: Record<ImplementationStatus, string> = {
  not_started: 'Demo report. Work has not started; it is planned for the next budget cycle.',
  limited: 'Demo report. A first step has been taken: a working group has been set up and has met twice.',
  substantial:
    'Demo report. Most of the work is done: the main measure is in place and a review of its first year is under way.',
  complete: 'Demo report. The commitment has been carried out in full and the result is published.',
  withdrawn: 'Demo report. The government has withdrawn this commitment and explains why in the attached note.',
  no_information: 'Demo report. There is nothing to report yet.',
};

export function demoPublicNote(claimed: ImplementationStatus, assessed: ImplementationStatus): string {
  if (claimed === assessed)
    return `Demo assessment. The evidence supports the claimed status (${STATUS_WORDS[assessed]}).`;
  return `Demo assessment. The evidence supports "${STATUS_WORDS[assessed]}" rather than the claimed "${STATUS_WORDS[claimed]}": part of the work described is still to be done.`;
}

export const DEMO_RETURN_REASON =
  'Demo review. Please link the published document that shows the progress you describe, then resubmit.';
