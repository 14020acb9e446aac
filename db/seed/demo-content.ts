import type { ImplementationStatus, PublicationState, ReportState, Role } from '@/db/schema';
import type { SeedFramework } from './frameworks';

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
    standards: ['CSS-1', 'CSS-4', 'DEMO-3'],
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
    standards: ['CSS-3', 'DEMO-1'],
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
    standards: ['CSS-4', 'DEMO-2'],
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
    standards: ['CSS-1', 'DEMO-4'],
  },
];

/**
 * A second, small framework, invented, so that the demo shows how the tracker follows more than one:
 * its name says it is a demo and pages mark it so (`isDemo`). Some of the commitments above serve one
 * of its standards beside the Civil Society Standards; DEMO-4 is retired, to show how that reads.
 */
export const DEMO_FRAMEWORK: SeedFramework = {
  code: 'DEMO',
  adoptedOn: null,
  adoptedOnPrecision: 'unknown',
  sourceUrl: null,
  isDemo: true,
  texts: {
    en: {
      name: 'Demo framework: open government (invented)',
      description:
        'Invented for the demo data, to show how commitments under more than one framework are followed. No body has adopted it.',
    },
    fr: {
      name: 'Cadre de démonstration : gouvernement ouvert (fictif)',
      description:
        'Inventé pour les données de démonstration, afin de montrer comment sont suivis des engagements relevant de plusieurs cadres. Aucun organe ne l’a adopté.',
    },
    es: {
      name: 'Marco de demostración: gobierno abierto (ficticio)',
      description:
        'Inventado para los datos de demostración, para mostrar cómo se siguen compromisos asumidos en virtud de varios marcos. Ningún órgano lo ha aprobado.',
    },
    ar: {
      name: 'إطار تجريبي: الحكومة المنفتحة (وهمي)',
      description:
        'أُعدّ لأغراض البيانات التجريبية، لبيان كيفية متابعة الالتزامات المندرجة تحت أكثر من إطار واحد. لم تعتمده أي هيئة.',
    },
    zh: {
      name: '演示框架：开放政府（虚构）',
      description: '为演示数据而虚构，用于展示如何跟踪多个框架下的承诺。任何机构均未通过该框架。',
    },
    ru: {
      name: 'Демонстрационный свод стандартов: открытое правительство (вымышленный)',
      description:
        'Придуман для демонстрационных данных, чтобы показать, как отслеживаются обязательства по нескольким сводам стандартов. Ни один орган его не принимал.',
    },
  },
  standards: [
    {
      code: 'DEMO-1',
      position: 1,
      texts: {
        en: {
          title: 'Publish spending as open data',
          description: 'Put public spending, grants included, online as open data that anyone may reuse.',
        },
        fr: {
          title: 'Publier les dépenses en données ouvertes',
          description:
            'Mettre en ligne les dépenses publiques, subventions comprises, sous forme de données ouvertes que chacun peut réutiliser.',
        },
        es: {
          title: 'Publicar el gasto como datos abiertos',
          description:
            'Poner en línea el gasto público, incluidas las subvenciones, como datos abiertos que cualquiera pueda reutilizar.',
        },
        ar: {
          title: 'نشر بيانات الإنفاق بوصفها بيانات مفتوحة',
          description:
            'إتاحة بيانات الإنفاق العام، بما فيها المنح، على الإنترنت بوصفها بيانات مفتوحة يمكن لأي شخص إعادة استخدامها.',
        },
        zh: {
          title: '以开放数据形式公布支出',
          description: '将包括赠款在内的公共支出以任何人均可再利用的开放数据形式在网上公布。',
        },
        ru: {
          title: 'Публиковать сведения о расходах в виде открытых данных',
          description:
            'Размещать в интернете сведения о государственных расходах, включая гранты, в виде открытых данных, которые может повторно использовать любой.',
        },
      },
    },
    {
      code: 'DEMO-2',
      position: 2,
      texts: {
        en: {
          title: 'Consult the public online',
          description: 'Hold consultations on draft policies online, open to anyone, and publish what was said.',
        },
        fr: {
          title: 'Consulter le public en ligne',
          description:
            'Tenir en ligne des consultations ouvertes à tous sur les projets de politique, et publier ce qui y a été dit.',
        },
        es: {
          title: 'Consultar al público en línea',
          description:
            'Celebrar en línea consultas abiertas a todos sobre los proyectos de políticas, y publicar lo que se dijo en ellas.',
        },
        ar: {
          title: 'التشاور مع الجمهور عبر الإنترنت',
          description: 'إجراء مشاورات مفتوحة للجميع عبر الإنترنت بشأن مشاريع السياسات، ونشر ما قيل فيها.',
        },
        zh: { title: '在线征求公众意见', description: '就政策草案在网上开展向所有人开放的咨询，并公布所收集的意见。' },
        ru: {
          title: 'Проводить общественные консультации онлайн',
          description:
            'Проводить в интернете открытые для всех консультации по проектам политики и публиковать высказанные мнения.',
        },
      },
    },
    {
      code: 'DEMO-3',
      position: 3,
      texts: {
        en: {
          title: 'Publish the minutes of meetings with civil society',
          description: 'Make the agendas and minutes of official meetings with civil society public.',
        },
        fr: {
          title: 'Publier les comptes rendus des réunions avec la société civile',
          description:
            'Rendre publics l’ordre du jour et le compte rendu des réunions officielles avec la société civile.',
        },
        es: {
          title: 'Publicar las actas de las reuniones con la sociedad civil',
          description: 'Hacer públicos el orden del día y las actas de las reuniones oficiales con la sociedad civil.',
        },
        ar: {
          title: 'نشر محاضر الاجتماعات مع المجتمع المدني',
          description: 'إعلان جداول أعمال الاجتماعات الرسمية مع المجتمع المدني ومحاضرها.',
        },
        zh: { title: '公布与公民社会会议的纪要', description: '公开与公民社会举行的正式会议的议程和纪要。' },
        ru: {
          title: 'Публиковать протоколы встреч с гражданским обществом',
          description: 'Обнародовать повестки дня и протоколы официальных встреч с гражданским обществом.',
        },
      },
    },
    {
      code: 'DEMO-4',
      position: 4,
      retired: true,
      texts: {
        en: {
          title: 'Map the bodies that protect civil society',
          description:
            'Publish a list of the public bodies and procedures that protect civil society, with what each does.',
        },
        fr: {
          title: 'Recenser les organes qui protègent la société civile',
          description:
            'Publier la liste des organes et procédures publics qui protègent la société civile, avec le rôle de chacun.',
        },
        es: {
          title: 'Inventariar los órganos que protegen a la sociedad civil',
          description:
            'Publicar la lista de los órganos y procedimientos públicos que protegen a la sociedad civil, con la función de cada uno.',
        },
        ar: {
          title: 'حصر الهيئات التي تحمي المجتمع المدني',
          description: 'نشر قائمة بالهيئات والإجراءات العامة التي تحمي المجتمع المدني، مع بيان دور كل منها.',
        },
        zh: {
          title: '梳理保护公民社会的机构',
          description: '公布保护公民社会的公共机构和程序清单，并说明各自的职能。',
        },
        ru: {
          title: 'Составить перечень органов, защищающих гражданское общество',
          description:
            'Опубликовать перечень государственных органов и процедур, защищающих гражданское общество, с описанием функций каждого.',
        },
      },
    },
  ],
};

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
