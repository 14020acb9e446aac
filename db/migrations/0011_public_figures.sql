CREATE TABLE "country_figures" (
	"country_id" integer PRIMARY KEY NOT NULL,
	"not_started" integer DEFAULT 0 NOT NULL,
	"limited" integer DEFAULT 0 NOT NULL,
	"substantial" integer DEFAULT 0 NOT NULL,
	"complete" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"no_information" integer DEFAULT 0 NOT NULL,
	"verified_reports" integer DEFAULT 0 NOT NULL,
	"last_verified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "country_round_figures" (
	"country_id" integer NOT NULL,
	"round_id" integer NOT NULL,
	"not_started" integer DEFAULT 0 NOT NULL,
	"limited" integer DEFAULT 0 NOT NULL,
	"substantial" integer DEFAULT 0 NOT NULL,
	"complete" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"no_information" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "country_round_figures_country_id_round_id_pk" PRIMARY KEY("country_id","round_id")
);
--> statement-breakpoint
CREATE TABLE "country_standard_figures" (
	"country_id" integer NOT NULL,
	"standard_id" integer NOT NULL,
	"not_started" integer DEFAULT 0 NOT NULL,
	"limited" integer DEFAULT 0 NOT NULL,
	"substantial" integer DEFAULT 0 NOT NULL,
	"complete" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"no_information" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "country_standard_figures_country_id_standard_id_pk" PRIMARY KEY("country_id","standard_id")
);
--> statement-breakpoint
ALTER TABLE "country_figures" ADD CONSTRAINT "country_figures_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_round_figures" ADD CONSTRAINT "country_round_figures_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_round_figures" ADD CONSTRAINT "country_round_figures_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_standard_figures" ADD CONSTRAINT "country_standard_figures_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_standard_figures" ADD CONSTRAINT "country_standard_figures_standard_id_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."standards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "country_round_figures_round_id_idx" ON "country_round_figures" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "country_standard_figures_standard_id_idx" ON "country_standard_figures" USING btree ("standard_id");