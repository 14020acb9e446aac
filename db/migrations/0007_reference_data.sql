CREATE TABLE "framework_texts" (
	"framework_id" integer NOT NULL,
	"locale" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_texts_framework_id_locale_pk" PRIMARY KEY("framework_id","locale"),
	CONSTRAINT "framework_texts_locale" CHECK ("framework_texts"."locale" IN ('en', 'fr', 'es', 'ar', 'zh', 'ru'))
);
--> statement-breakpoint
CREATE TABLE "standard_texts" (
	"standard_id" integer NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "standard_texts_standard_id_locale_pk" PRIMARY KEY("standard_id","locale"),
	CONSTRAINT "standard_texts_locale" CHECK ("standard_texts"."locale" IN ('en', 'fr', 'es', 'ar', 'zh', 'ru'))
);
--> statement-breakpoint
DROP INDEX "countries_region_idx";--> statement-breakpoint
ALTER TABLE "countries" ADD COLUMN "region_code" text;--> statement-breakpoint
UPDATE "countries" SET "region_code" = CASE "region" WHEN 'Africa' THEN '002' WHEN 'Americas' THEN '019' WHEN 'Asia' THEN '142' WHEN 'Europe' THEN '150' WHEN 'Oceania' THEN '009' END;--> statement-breakpoint
ALTER TABLE "countries" ALTER COLUMN "region_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "countries" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "source_url" text;--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_events" ADD COLUMN "decision_reference" text;--> statement-breakpoint
ALTER TABLE "membership_events" ADD COLUMN "decision_title" text;--> statement-breakpoint
ALTER TABLE "membership_events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_events" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "standards" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "standards" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "framework_texts" ADD CONSTRAINT "framework_texts_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standard_texts" ADD CONSTRAINT "standard_texts_standard_id_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."standards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "countries_region_code_idx" ON "countries" USING btree ("region_code");--> statement-breakpoint
ALTER TABLE "countries" ADD CONSTRAINT "countries_region_code" CHECK ("countries"."region_code" IN ('002', '019', '142', '150', '009'));--> statement-breakpoint
ALTER TABLE "countries" ADD CONSTRAINT "countries_version_positive" CHECK ("countries"."version" > 0);--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_version_positive" CHECK ("frameworks"."version" > 0);--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_source_url_scheme" CHECK ("frameworks"."source_url" IS NULL OR "frameworks"."source_url" ~ '^https?://');--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_version_positive" CHECK ("membership_events"."version" > 0);--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_source_url_scheme" CHECK ("membership_events"."source_url" IS NULL OR "membership_events"."source_url" ~ '^https?://');--> statement-breakpoint
ALTER TABLE "standards" ADD CONSTRAINT "standards_version_positive" CHECK ("standards"."version" > 0);--> statement-breakpoint
INSERT INTO "framework_texts" ("framework_id", "locale", "name", "description") SELECT "id", 'en', "name", coalesce("description", '') FROM "frameworks";--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'en', "title", coalesce("description", '') FROM "standards";--> statement-breakpoint
INSERT INTO "framework_texts" ("framework_id", "locale", "name", "description") SELECT "id", 'fr', 'Normes relatives à la société civile', '' FROM "frameworks" WHERE "code" = 'CSS';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'fr', 'Coordonner les mécanismes de protection existants', 'Rapprocher les mécanismes qui existent déjà pour protéger et renforcer la société civile, afin qu’ils agissent ensemble plutôt qu’en parallèle.' FROM "standards" WHERE "code" = 'CSS-1';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'fr', 'Plaider pour un environnement favorable', 'Défendre les lois, politiques et pratiques qui permettent à la société civile d’agir librement, et s’opposer à celles qui la restreignent sans motif valable.' FROM "standards" WHERE "code" = 'CSS-2';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'fr', 'Soutenir la liberté d’association', 'Chercher de nouveaux moyens d’apporter un soutien technique, financier et logistique aux personnes et aux groupes qui exercent leur liberté d’association.' FROM "standards" WHERE "code" = 'CSS-3';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'fr', 'Partager les bonnes pratiques', 'Échanger ce qui fonctionne avec d’autres gouvernements et avec la société civile, y compris les moyens d’établir un véritable dialogue avec la société civile.' FROM "standards" WHERE "code" = 'CSS-4';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'fr', 'Agir ensemble lorsque la société civile est menacée', 'Réagir par la voie diplomatique, de concert avec d’autres États, lorsque la société civile est menacée quelque part.' FROM "standards" WHERE "code" = 'CSS-5';--> statement-breakpoint
INSERT INTO "framework_texts" ("framework_id", "locale", "name", "description") SELECT "id", 'es', 'Normas sobre la sociedad civil', '' FROM "frameworks" WHERE "code" = 'CSS';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'es', 'Coordinar los mecanismos de protección existentes', 'Reunir los mecanismos que ya existen para proteger y fortalecer a la sociedad civil, de modo que actúen juntos y no en paralelo.' FROM "standards" WHERE "code" = 'CSS-1';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'es', 'Promover un entorno propicio', 'Defender las leyes, políticas y prácticas que permiten a la sociedad civil actuar con libertad, y oponerse a las que la restringen sin causa justificada.' FROM "standards" WHERE "code" = 'CSS-2';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'es', 'Apoyar la libertad de asociación', 'Buscar nuevas formas de prestar apoyo técnico, financiero y logístico a las personas y grupos que ejercen su libertad de asociación.' FROM "standards" WHERE "code" = 'CSS-3';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'es', 'Compartir buenas prácticas', 'Intercambiar lo que funciona con otros gobiernos y con la sociedad civil, incluidas formas de mantener un diálogo genuino con la sociedad civil.' FROM "standards" WHERE "code" = 'CSS-4';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'es', 'Actuar conjuntamente cuando la sociedad civil está amenazada', 'Responder por la vía diplomática, de común acuerdo con otros Estados, cuando la sociedad civil está amenazada en algún lugar.' FROM "standards" WHERE "code" = 'CSS-5';--> statement-breakpoint
INSERT INTO "framework_texts" ("framework_id", "locale", "name", "description") SELECT "id", 'ar', 'معايير المجتمع المدني', '' FROM "frameworks" WHERE "code" = 'CSS';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ar', 'تنسيق آليات الحماية القائمة', 'الجمع بين الآليات القائمة لحماية المجتمع المدني وتعزيزه، بحيث تعمل متكاملةً فيما بينها بدلًا من أن تعمل بشكل متوازٍ.' FROM "standards" WHERE "code" = 'CSS-1';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ar', 'الدعوة إلى تهيئة بيئة مواتية', 'الدفاع عن القوانين والسياسات والممارسات التي تتيح للمجتمع المدني العمل بحرية، ومناهضة تلك التي تقيّده دون مسوّغ مشروع.' FROM "standards" WHERE "code" = 'CSS-2';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ar', 'دعم حرية تكوين الجمعيات', 'البحث عن سبل جديدة لتقديم الدعم التقني والمالي واللوجستي إلى الأفراد والمجموعات الذين يمارسون حقهم في حرية تكوين الجمعيات.' FROM "standards" WHERE "code" = 'CSS-3';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ar', 'تبادل الممارسات الجيدة', 'تبادل ما ثبتت جدواه مع الحكومات الأخرى ومع المجتمع المدني، بما في ذلك سبل إجراء حوار حقيقي مع المجتمع المدني.' FROM "standards" WHERE "code" = 'CSS-4';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ar', 'العمل المشترك حيثما يتعرض المجتمع المدني للتهديد', 'الاستجابة عبر القنوات الدبلوماسية، بالتنسيق مع الدول الأخرى، عندما يتعرض المجتمع المدني للتهديد في أي مكان.' FROM "standards" WHERE "code" = 'CSS-5';--> statement-breakpoint
INSERT INTO "framework_texts" ("framework_id", "locale", "name", "description") SELECT "id", 'zh', '公民社会标准', '' FROM "frameworks" WHERE "code" = 'CSS';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'zh', '协调现有保护机制', '整合现有的保护和加强公民社会的机制，使其相互配合，而非各自为政。' FROM "standards" WHERE "code" = 'CSS-1';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'zh', '倡导有利环境', '公开支持使公民社会能够自由开展工作的法律、政策和做法，并反对无正当理由限制公民社会的法律、政策和做法。' FROM "standards" WHERE "code" = 'CSS-2';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'zh', '支持结社自由', '探索新的方式，为行使结社自由的个人和团体提供技术、财政和后勤支持。' FROM "standards" WHERE "code" = 'CSS-3';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'zh', '分享良好做法', '与其他国家政府和公民社会交流行之有效的做法，包括与公民社会开展真正对话的方式。' FROM "standards" WHERE "code" = 'CSS-4';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'zh', '在公民社会受到威胁时采取共同行动', '当某地公民社会受到威胁时，与其他国家协调一致，通过外交渠道作出回应。' FROM "standards" WHERE "code" = 'CSS-5';--> statement-breakpoint
INSERT INTO "framework_texts" ("framework_id", "locale", "name", "description") SELECT "id", 'ru', 'Стандарты гражданского общества', '' FROM "frameworks" WHERE "code" = 'CSS';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ru', 'Координировать существующие механизмы защиты', 'Объединять уже существующие механизмы защиты и укрепления гражданского общества, чтобы они действовали согласованно, а не параллельно.' FROM "standards" WHERE "code" = 'CSS-1';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ru', 'Выступать за благоприятную среду', 'Выступать в поддержку законов, политики и практики, позволяющих гражданскому обществу свободно действовать, и против тех, которые ограничивают его без должных оснований.' FROM "standards" WHERE "code" = 'CSS-2';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ru', 'Поддерживать свободу ассоциации', 'Изыскивать новые способы оказания технической, финансовой и материально-технической поддержки лицам и группам, осуществляющим своё право на свободу ассоциации.' FROM "standards" WHERE "code" = 'CSS-3';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ru', 'Обмениваться передовым опытом', 'Делиться эффективными решениями с другими правительствами и с гражданским обществом, в том числе способами ведения подлинного диалога с гражданским обществом.' FROM "standards" WHERE "code" = 'CSS-4';--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'ru', 'Действовать сообща, когда гражданскому обществу угрожает опасность', 'Реагировать по дипломатическим каналам, согласованно с другими государствами, когда где-либо возникает угроза гражданскому обществу.' FROM "standards" WHERE "code" = 'CSS-5';
