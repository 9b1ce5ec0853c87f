CREATE TABLE "office_closures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"date" date NOT NULL,
	"part" text NOT NULL,
	"reason" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "office_closures_part_valid" CHECK ("office_closures"."part" in ('day', 'am', 'pm'))
);
--> statement-breakpoint
CREATE TABLE "office_schedules" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"valid_from" date NOT NULL,
	"hours" jsonb NOT NULL,
	"slot_minutes" integer NOT NULL,
	"counters" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "office_schedules_sane" CHECK ("office_schedules"."slot_minutes" between 5 and 240 and "office_schedules"."counters" between 0 and 50)
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"kind" text NOT NULL,
	"city" jsonb NOT NULL,
	"district" jsonb NOT NULL,
	"name" jsonb NOT NULL,
	"address" jsonb NOT NULL,
	"businesses" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offices_revision" (
	"id" integer PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "closure_id" bigint;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "email_sealed" text;--> statement-breakpoint
ALTER TABLE "office_closures" ADD CONSTRAINT "office_closures_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_schedules" ADD CONSTRAINT "office_schedules_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "office_closures_uq" ON "office_closures" USING btree ("office_id","date","part");--> statement-breakpoint
CREATE UNIQUE INDEX "office_schedules_from_uq" ON "office_schedules" USING btree ("office_id","valid_from");