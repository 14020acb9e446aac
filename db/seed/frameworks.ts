import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { frameworkTexts, frameworks, standardTexts, standards, type DatePrecision } from '@/db/schema';

/**
 * Reference data: the Civil Society Standards, with their texts in each of the interface's languages.
 * The five steps follow the CoD's own summary, described in our own words; the secretariat can edit
 * the wording, or load the official text, in the workspace.
 */

/** The languages reference texts are kept in: the interface's six (lib/i18n/routing.ts, checked by the seed test). */
export type SeedLocale = 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru';

/** Seeded texts come in every language; a text the secretariat adds later may have English only. */
export type SeedTexts<T> = Readonly<Record<SeedLocale, T>>;

export type SeedStandard = {
  code: string;
  position: number;
  /** Retired when seeded (demo data only): kept on its commitments, offered for no new one. */
  retired?: boolean;
  texts: SeedTexts<{ title: string; description: string }>;
};

export type SeedFramework = {
  code: string;
  adoptedOn: string | null;
  adoptedOnPrecision: DatePrecision;
  sourceUrl: string | null;
  isDemo: boolean;
  texts: SeedTexts<{ name: string; description: string }>;
  standards: SeedStandard[];
};

export const CIVIL_SOCIETY_STANDARDS: SeedFramework = {
  code: 'CSS',
  // March 2016: the day is not recorded here, so the date is stored as the 1st with precision 'month'.
  adoptedOn: '2016-03-01',
  adoptedOnPrecision: 'month',
  sourceUrl: null,
  isDemo: false,
  texts: {
    en: {
      name: 'Civil Society Standards',
      description:
        'Steps that member governments of the Community of Democracies commit to take to support and protect civil society, adopted by the Governing Council in March 2016.',
    },
    fr: {
      name: 'Normes relatives à la société civile',
      description:
        'Mesures que les gouvernements membres de la Communauté des démocraties s’engagent à prendre pour soutenir et protéger la société civile, adoptées par le Conseil de gouvernance en mars 2016.',
    },
    es: {
      name: 'Normas sobre la sociedad civil',
      description:
        'Medidas que los gobiernos miembros de la Comunidad de las Democracias se comprometen a adoptar para apoyar y proteger a la sociedad civil, aprobadas por el Consejo de Gobierno en marzo de 2016.',
    },
    ar: {
      name: 'معايير المجتمع المدني',
      description:
        'خطوات تلتزم حكومات الدول الأعضاء في مجتمع الديمقراطيات باتخاذها لدعم المجتمع المدني وحمايته، اعتمدها مجلس الإدارة في مارس 2016.',
    },
    zh: {
      name: '公民社会标准',
      description: '民主国家共同体成员国政府承诺为支持和保护公民社会而采取的步骤，由理事会于2016年3月通过。',
    },
    ru: {
      name: 'Стандарты гражданского общества',
      description:
        'Шаги, которые правительства государств — членов Сообщества демократий обязуются предпринять для поддержки и защиты гражданского общества; приняты Руководящим советом в марте 2016 года.',
    },
  },
  standards: [
    {
      code: 'CSS-1',
      position: 1,
      texts: {
        en: {
          title: 'Coordinate existing protection mechanisms',
          description:
            'Bring together the mechanisms that already exist to protect and strengthen civil society, so that they work with each other rather than in parallel.',
        },
        fr: {
          title: 'Coordonner les mécanismes de protection existants',
          description:
            'Rapprocher les mécanismes qui existent déjà pour protéger et renforcer la société civile, afin qu’ils agissent ensemble plutôt qu’en parallèle.',
        },
        es: {
          title: 'Coordinar los mecanismos de protección existentes',
          description:
            'Reunir los mecanismos que ya existen para proteger y fortalecer a la sociedad civil, de modo que actúen juntos y no en paralelo.',
        },
        ar: {
          title: 'تنسيق آليات الحماية القائمة',
          description:
            'الجمع بين الآليات القائمة لحماية المجتمع المدني وتعزيزه، بحيث تعمل متكاملةً فيما بينها بدلًا من أن تعمل بشكل متوازٍ.',
        },
        zh: {
          title: '协调现有保护机制',
          description: '整合现有的保护和加强公民社会的机制，使其相互配合，而非各自为政。',
        },
        ru: {
          title: 'Координировать существующие механизмы защиты',
          description:
            'Объединять уже существующие механизмы защиты и укрепления гражданского общества, чтобы они действовали согласованно, а не параллельно.',
        },
      },
    },
    {
      code: 'CSS-2',
      position: 2,
      texts: {
        en: {
          title: 'Advocate an enabling environment',
          description:
            'Speak up for laws, policies and practices that let civil society work freely, and against those that restrict it without due cause.',
        },
        fr: {
          title: 'Plaider pour un environnement favorable',
          description:
            'Défendre les lois, politiques et pratiques qui permettent à la société civile d’agir librement, et s’opposer à celles qui la restreignent sans motif valable.',
        },
        es: {
          title: 'Promover un entorno propicio',
          description:
            'Defender las leyes, políticas y prácticas que permiten a la sociedad civil actuar con libertad, y oponerse a las que la restringen sin causa justificada.',
        },
        ar: {
          title: 'الدعوة إلى تهيئة بيئة مواتية',
          description:
            'الدفاع عن القوانين والسياسات والممارسات التي تتيح للمجتمع المدني العمل بحرية، ومناهضة تلك التي تقيّده دون مسوّغ مشروع.',
        },
        zh: {
          title: '倡导有利环境',
          description:
            '公开支持使公民社会能够自由开展工作的法律、政策和做法，并反对无正当理由限制公民社会的法律、政策和做法。',
        },
        ru: {
          title: 'Выступать за благоприятную среду',
          description:
            'Выступать в поддержку законов, политики и практики, позволяющих гражданскому обществу свободно действовать, и против тех, которые ограничивают его без должных оснований.',
        },
      },
    },
    {
      code: 'CSS-3',
      position: 3,
      texts: {
        en: {
          title: 'Support freedom of association',
          description:
            'Look for new ways of giving technical, financial and logistical support to people and groups exercising their freedom of association.',
        },
        fr: {
          title: 'Soutenir la liberté d’association',
          description:
            'Chercher de nouveaux moyens d’apporter un soutien technique, financier et logistique aux personnes et aux groupes qui exercent leur liberté d’association.',
        },
        es: {
          title: 'Apoyar la libertad de asociación',
          description:
            'Buscar nuevas formas de prestar apoyo técnico, financiero y logístico a las personas y grupos que ejercen su libertad de asociación.',
        },
        ar: {
          title: 'دعم حرية تكوين الجمعيات',
          description:
            'البحث عن سبل جديدة لتقديم الدعم التقني والمالي واللوجستي إلى الأفراد والمجموعات الذين يمارسون حقهم في حرية تكوين الجمعيات.',
        },
        zh: {
          title: '支持结社自由',
          description: '探索新的方式，为行使结社自由的个人和团体提供技术、财政和后勤支持。',
        },
        ru: {
          title: 'Поддерживать свободу ассоциации',
          description:
            'Изыскивать новые способы оказания технической, финансовой и материально-технической поддержки лицам и группам, осуществляющим своё право на свободу ассоциации.',
        },
      },
    },
    {
      code: 'CSS-4',
      position: 4,
      texts: {
        en: {
          title: 'Share good practice',
          description:
            'Exchange what works with other governments and with civil society, including ways of holding a genuine dialogue with civil society.',
        },
        fr: {
          title: 'Partager les bonnes pratiques',
          description:
            'Échanger ce qui fonctionne avec d’autres gouvernements et avec la société civile, y compris les moyens d’établir un véritable dialogue avec la société civile.',
        },
        es: {
          title: 'Compartir buenas prácticas',
          description:
            'Intercambiar lo que funciona con otros gobiernos y con la sociedad civil, incluidas formas de mantener un diálogo genuino con la sociedad civil.',
        },
        ar: {
          title: 'تبادل الممارسات الجيدة',
          description:
            'تبادل ما ثبتت جدواه مع الحكومات الأخرى ومع المجتمع المدني، بما في ذلك سبل إجراء حوار حقيقي مع المجتمع المدني.',
        },
        zh: {
          title: '分享良好做法',
          description: '与其他国家政府和公民社会交流行之有效的做法，包括与公民社会开展真正对话的方式。',
        },
        ru: {
          title: 'Обмениваться передовым опытом',
          description:
            'Делиться эффективными решениями с другими правительствами и с гражданским обществом, в том числе способами ведения подлинного диалога с гражданским обществом.',
        },
      },
    },
    {
      code: 'CSS-5',
      position: 5,
      texts: {
        en: {
          title: 'Act together where civil society is under threat',
          description:
            'Respond through diplomatic channels, in concert with other states, when civil society somewhere is threatened.',
        },
        fr: {
          title: 'Agir ensemble lorsque la société civile est menacée',
          description:
            'Réagir par la voie diplomatique, de concert avec d’autres États, lorsque la société civile est menacée quelque part.',
        },
        es: {
          title: 'Actuar conjuntamente cuando la sociedad civil está amenazada',
          description:
            'Responder por la vía diplomática, de común acuerdo con otros Estados, cuando la sociedad civil está amenazada en algún lugar.',
        },
        ar: {
          title: 'العمل المشترك حيثما يتعرض المجتمع المدني للتهديد',
          description:
            'الاستجابة عبر القنوات الدبلوماسية، بالتنسيق مع الدول الأخرى، عندما يتعرض المجتمع المدني للتهديد في أي مكان.',
        },
        zh: {
          title: '在公民社会受到威胁时采取共同行动',
          description: '当某地公民社会受到威胁时，与其他国家协调一致，通过外交渠道作出回应。',
        },
        ru: {
          title: 'Действовать сообща, когда гражданскому обществу угрожает опасность',
          description:
            'Реагировать по дипломатическим каналам, согласованно с другими государствами, когда где-либо возникает угроза гражданскому обществу.',
        },
      },
    },
  ],
};

export const SEED_FRAMEWORKS: readonly SeedFramework[] = [CIVIL_SOCIETY_STANDARDS];

/**
 * Writes a framework, its standards and their texts, by natural key (framework and standard code).
 * Rows that exist are left alone, texts included: the secretariat may have edited a name or a
 * standard's wording since, or removed a translation, and a re-seed must not undo that. Texts are
 * written only with the row they belong to.
 */
export async function seedFramework(
  executor: Executor,
  { standards: frameworkStandards, texts, ...framework }: SeedFramework,
  { retiredAt = null }: { retiredAt?: Date | null } = {},
): Promise<void> {
  const [created] = await executor
    .insert(frameworks)
    .values(framework)
    .onConflictDoNothing()
    .returning({ id: frameworks.id });
  if (created)
    await executor
      .insert(frameworkTexts)
      .values(Object.entries(texts).map(([locale, text]) => ({ frameworkId: created.id, locale, ...text })));
  const [row] = await executor
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(eq(frameworks.code, framework.code));
  const inserted = await executor
    .insert(standards)
    .values(
      frameworkStandards.map(({ code, position, retired }) => ({
        frameworkId: row!.id,
        code,
        position,
        retiredAt: retired ? retiredAt : null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: standards.id, code: standards.code });
  if (inserted.length > 0)
    await executor
      .insert(standardTexts)
      .values(
        inserted.flatMap(({ id, code }) =>
          Object.entries(frameworkStandards.find((standard) => standard.code === code)!.texts).map(
            ([locale, text]) => ({ standardId: id, locale, ...text }),
          ),
        ),
      );
}

/** The ids of a framework's standards, by code. */
export async function standardIdsOf(executor: Executor, frameworkCode: string): Promise<Map<string, number>> {
  const rows = await executor
    .select({ id: standards.id, code: standards.code })
    .from(standards)
    .innerJoin(frameworks, and(eq(frameworks.id, standards.frameworkId), eq(frameworks.code, frameworkCode)));
  return new Map(rows.map((row) => [row.code, row.id]));
}
