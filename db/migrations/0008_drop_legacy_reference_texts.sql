INSERT INTO "framework_texts" ("framework_id", "locale", "name", "description") SELECT "id", 'en', "name", coalesce("description", '') FROM "frameworks" ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "standard_texts" ("standard_id", "locale", "title", "description") SELECT "id", 'en', "title", coalesce("description", '') FROM "standards" ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "frameworks" DROP COLUMN "name";--> statement-breakpoint
ALTER TABLE "frameworks" DROP COLUMN "description";--> statement-breakpoint
ALTER TABLE "standards" DROP COLUMN "title";--> statement-breakpoint
ALTER TABLE "standards" DROP COLUMN "description";
