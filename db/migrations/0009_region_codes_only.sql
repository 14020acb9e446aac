ALTER TABLE "countries" DROP COLUMN "region";--> statement-breakpoint
UPDATE "membership_events" SET "note" = '' WHERE "note" LIKE '% is not recorded in the seed.' AND "note" NOT LIKE 'A member of the Governing Council in 2018%';--> statement-breakpoint
UPDATE "membership_events" SET "note" = 'A member of the Governing Council in 2018 and not a member now.' WHERE "note" = 'A member of the Governing Council in 2018 and not a member now; the date of leaving is not recorded in the seed.';
