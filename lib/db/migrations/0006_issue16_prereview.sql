CREATE TABLE "prereview_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid,
	"office_id" text,
	"checklist" text,
	"access_key_hash" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"due_date" text,
	"review_started_at" timestamp with time zone,
	"reviewer_id" text,
	"decided_at" timestamp with time zone,
	"email_sealed" text,
	"mail" integer DEFAULT 0 NOT NULL,
	"delivery_sealed" text,
	"delivery_masked" text,
	"courier" text,
	"tracking_number" text,
	"shipped_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "prereview_cases_status_valid" CHECK ("prereview_cases"."status" in ('draft', 'submitted', 'in_review', 'returned', 'passed'))
);
--> statement-breakpoint
CREATE TABLE "prereview_decisions" (
	"case_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"decision" text NOT NULL,
	"reasons" text,
	"note" text,
	"decided_by" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prereview_decisions_case_id_item_key_pk" PRIMARY KEY("case_id","item_key"),
	CONSTRAINT "prereview_decisions_valid" CHECK ("prereview_decisions"."decision" in ('accepted', 'returned'))
);
--> statement-breakpoint
CREATE TABLE "prereview_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"object_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prereview_settings" (
	"office_id" text PRIMARY KEY NOT NULL,
	"review_days" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "prereview_cases" ADD CONSTRAINT "prereview_cases_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prereview_decisions" ADD CONSTRAINT "prereview_decisions_case_id_prereview_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."prereview_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prereview_files" ADD CONSTRAINT "prereview_files_case_id_prereview_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."prereview_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "prereview_cases_appointment_uq" ON "prereview_cases" USING btree ("appointment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prereview_cases_access_key_uq" ON "prereview_cases" USING btree ("access_key_hash");--> statement-breakpoint
CREATE INDEX "prereview_cases_queue_idx" ON "prereview_cases" USING btree ("office_id","status","due_date");--> statement-breakpoint
CREATE INDEX "prereview_files_case_idx" ON "prereview_files" USING btree ("case_id","item_key");--> statement-breakpoint
CREATE UNIQUE INDEX "prereview_files_object_uq" ON "prereview_files" USING btree ("object_key");