CREATE TYPE "public"."audit_outcome" AS ENUM('success', 'denied', 'failure');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."implementation_status" AS ENUM('not_started', 'limited', 'substantial', 'complete', 'withdrawn', 'no_information');--> statement-breakpoint
CREATE TYPE "public"."invitation_purpose" AS ENUM('invite', 'reset');--> statement-breakpoint
CREATE TYPE "public"."membership_event_type" AS ENUM('joined', 'renewed', 'suspended', 'reinstated', 'left');--> statement-breakpoint
CREATE TYPE "public"."publication_state" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."report_state" AS ENUM('draft', 'submitted', 'verified', 'returned');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('focal_point', 'secretariat', 'admin');--> statement-breakpoint
CREATE TYPE "public"."round_status" AS ENUM('planned', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" "role",
	"action" text NOT NULL,
	"outcome" "audit_outcome" DEFAULT 'success' NOT NULL,
	"entity_type" text,
	"entity_id" text,
	"country_id" integer,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"country_id" integer NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_body_not_blank" CHECK (length(trim("comments"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "commitment_standards" (
	"commitment_id" integer NOT NULL,
	"standard_id" integer NOT NULL,
	CONSTRAINT "commitment_standards_commitment_id_standard_id_pk" PRIMARY KEY("commitment_id","standard_id")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"country_id" integer NOT NULL,
	"ref" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"made_at" text DEFAULT '' NOT NULL,
	"made_on" date,
	"source_url" text,
	"responsible_body" text DEFAULT '' NOT NULL,
	"target_date" date,
	"publication" "publication_state" DEFAULT 'draft' NOT NULL,
	"status" "implementation_status" DEFAULT 'no_information' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"published_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_id_country_key" UNIQUE("id","country_id"),
	CONSTRAINT "commitments_ref_format" CHECK ("commitments"."ref" ~ '^[A-Z]{3}-[0-9]{4}-[0-9]{2,}$'),
	CONSTRAINT "commitments_version_positive" CHECK ("commitments"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "countries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"iso3" text NOT NULL,
	"iso2" text NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "countries_iso3_format" CHECK ("countries"."iso3" ~ '^[A-Z]{3}$'),
	CONSTRAINT "countries_iso2_format" CHECK ("countries"."iso2" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "frameworks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"adopted_on" date,
	"adopted_on_precision" date_precision DEFAULT 'unknown' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" "invitation_purpose" NOT NULL,
	"email" text NOT NULL,
	"role" "role",
	"country_id" integer,
	"user_id" uuid,
	"token_hash" text NOT NULL,
	"created_by_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_shape" CHECK (("invitations"."purpose" = 'invite' AND "invitations"."role" IS NOT NULL AND ("invitations"."role" = 'focal_point') = ("invitations"."country_id" IS NOT NULL))
        OR ("invitations"."purpose" = 'reset' AND "invitations"."user_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "membership_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "membership_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"country_id" integer NOT NULL,
	"type" "membership_event_type" NOT NULL,
	"sequence" integer NOT NULL,
	"occurred_on" date,
	"date_precision" date_precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_events_date_precision" CHECK (("membership_events"."date_precision" = 'unknown') = ("membership_events"."occurred_on" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text,
	"user_id" uuid,
	"country_id" integer,
	"sent_at" timestamp with time zone,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"country_id" integer NOT NULL,
	"round_id" integer,
	"author_id" uuid,
	"claimed_status" "implementation_status" NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reported_on" date NOT NULL,
	"state" "report_state" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewer_id" uuid,
	"reviewed_at" timestamp with time zone,
	"assessed_status" "implementation_status",
	"public_note" text,
	"return_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_reports_verified_shape" CHECK ("progress_reports"."state" <> 'verified' OR ("progress_reports"."assessed_status" IS NOT NULL AND "progress_reports"."reviewer_id" IS NOT NULL AND "progress_reports"."reviewed_at" IS NOT NULL)),
	CONSTRAINT "progress_reports_returned_shape" CHECK ("progress_reports"."state" <> 'returned' OR ("progress_reports"."return_reason" IS NOT NULL AND length(trim("progress_reports"."return_reason")) > 0)),
	CONSTRAINT "progress_reports_submitted_shape" CHECK ("progress_reports"."state" = 'draft' OR "progress_reports"."submitted_at" IS NOT NULL),
	CONSTRAINT "progress_reports_version_positive" CHECK ("progress_reports"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recovery_codes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_rounds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_rounds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"status" "round_status" DEFAULT 'planned' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_rounds_dates" CHECK ("reporting_rounds"."deadline" >= "reporting_rounds"."opens_on")
);
--> statement-breakpoint
CREATE TABLE "standards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "standards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"country_id" integer,
	"password_hash" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"totp_secret" text,
	"totp_enabled_at" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_focal_point_has_country" CHECK (("users"."role" = 'focal_point') = ("users"."country_id" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_commitment_id_country_id_commitments_id_country_id_fk" FOREIGN KEY ("commitment_id","country_id") REFERENCES "public"."commitments"("id","country_id") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "commitment_standards" ADD CONSTRAINT "commitment_standards_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_standards" ADD CONSTRAINT "commitment_standards_standard_id_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."standards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_commitment_id_country_id_commitments_id_country_id_fk" FOREIGN KEY ("commitment_id","country_id") REFERENCES "public"."commitments"("id","country_id") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standards" ADD CONSTRAINT "standards_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_id_idx" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");--> statement-breakpoint
CREATE INDEX "audit_events_country_id_idx" ON "audit_events" USING btree ("country_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "comments_commitment_id_created_at_idx" ON "comments" USING btree ("commitment_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_country_id_idx" ON "comments" USING btree ("country_id");--> statement-breakpoint
CREATE INDEX "comments_author_id_idx" ON "comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "commitment_standards_standard_id_idx" ON "commitment_standards" USING btree ("standard_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_ref_key" ON "commitments" USING btree ("ref");--> statement-breakpoint
CREATE INDEX "commitments_country_publication_idx" ON "commitments" USING btree ("country_id","publication");--> statement-breakpoint
CREATE INDEX "commitments_publication_status_idx" ON "commitments" USING btree ("publication","status");--> statement-breakpoint
CREATE INDEX "commitments_target_date_idx" ON "commitments" USING btree ("target_date");--> statement-breakpoint
CREATE INDEX "commitments_created_by_id_idx" ON "commitments" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "commitments_updated_by_id_idx" ON "commitments" USING btree ("updated_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "countries_iso3_key" ON "countries" USING btree ("iso3");--> statement-breakpoint
CREATE UNIQUE INDEX "countries_iso2_key" ON "countries" USING btree ("iso2");--> statement-breakpoint
CREATE INDEX "countries_name_idx" ON "countries" USING btree ("name");--> statement-breakpoint
CREATE INDEX "countries_region_idx" ON "countries" USING btree ("region");--> statement-breakpoint
CREATE UNIQUE INDEX "frameworks_code_key" ON "frameworks" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "invitations_country_id_idx" ON "invitations" USING btree ("country_id");--> statement-breakpoint
CREATE INDEX "invitations_user_id_idx" ON "invitations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "invitations_created_by_id_idx" ON "invitations" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_events_country_sequence_key" ON "membership_events" USING btree ("country_id","sequence");--> statement-breakpoint
CREATE INDEX "membership_events_occurred_on_idx" ON "membership_events" USING btree ("occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_messages_dedupe_key" ON "outbox_messages" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "outbox_messages_created_at_idx" ON "outbox_messages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_user_id_idx" ON "outbox_messages" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "outbox_messages_country_id_idx" ON "outbox_messages" USING btree ("country_id");--> statement-breakpoint
CREATE INDEX "progress_reports_commitment_id_idx" ON "progress_reports" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "progress_reports_country_state_idx" ON "progress_reports" USING btree ("country_id","state");--> statement-breakpoint
CREATE INDEX "progress_reports_state_submitted_at_idx" ON "progress_reports" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE INDEX "progress_reports_round_id_idx" ON "progress_reports" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "progress_reports_author_id_idx" ON "progress_reports" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "progress_reports_reviewer_id_idx" ON "progress_reports" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "progress_reports_reviewed_at_idx" ON "progress_reports" USING btree ("reviewed_at");--> statement-breakpoint
CREATE INDEX "recovery_codes_user_id_idx" ON "recovery_codes" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_rounds_one_open_key" ON "reporting_rounds" USING btree ("status") WHERE "reporting_rounds"."status" = 'open';--> statement-breakpoint
CREATE INDEX "reporting_rounds_deadline_idx" ON "reporting_rounds" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "reporting_rounds_created_by_id_idx" ON "reporting_rounds" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "standards_code_key" ON "standards" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "standards_framework_position_key" ON "standards" USING btree ("framework_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_country_id_idx" ON "users" USING btree ("country_id");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");