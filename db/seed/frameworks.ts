import type { DatePrecision } from '@/db/schema';

/**
 * Reference data: the Civil Society Standards. The five steps follow the CoD's own summary, described
 * in our own words; the secretariat can edit the wording, or load the official text, in the workspace.
 */

export type SeedStandard = { code: string; title: string; description: string; position: number };

export type SeedFramework = {
  code: string;
  name: string;
  description: string;
  adoptedOn: string | null;
  adoptedOnPrecision: DatePrecision;
  standards: SeedStandard[];
};

export const CIVIL_SOCIETY_STANDARDS: SeedFramework = {
  code: 'CSS',
  name: 'Civil Society Standards',
  description:
    'Steps that member governments of the Community of Democracies commit to take to support and protect civil society, adopted by the Governing Council in March 2016.',
  // March 2016: the day is not recorded here, so the date is stored as the 1st with precision 'month'.
  adoptedOn: '2016-03-01',
  adoptedOnPrecision: 'month',
  standards: [
    {
      code: 'CSS-1',
      position: 1,
      title: 'Coordinate existing protection mechanisms',
      description:
        'Bring together the mechanisms that already exist to protect and strengthen civil society, so that they work with each other rather than in parallel.',
    },
    {
      code: 'CSS-2',
      position: 2,
      title: 'Advocate an enabling environment',
      description:
        'Speak up for laws, policies and practices that let civil society work freely, and against those that restrict it without due cause.',
    },
    {
      code: 'CSS-3',
      position: 3,
      title: 'Support freedom of association',
      description:
        'Look for new ways of giving technical, financial and logistical support to people and groups exercising their freedom of association.',
    },
    {
      code: 'CSS-4',
      position: 4,
      title: 'Share good practice',
      description:
        'Exchange what works with other governments and with civil society, including ways of holding a genuine dialogue with civil society.',
    },
    {
      code: 'CSS-5',
      position: 5,
      title: 'Act together where civil society is under threat',
      description:
        'Respond through diplomatic channels, in concert with other states, when civil society somewhere is threatened.',
    },
  ],
};

export const SEED_FRAMEWORKS: readonly SeedFramework[] = [CIVIL_SOCIETY_STANDARDS];
