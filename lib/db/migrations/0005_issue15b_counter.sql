CREATE TABLE "counter_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"day" text NOT NULL,
	"kind" text NOT NULL,
	"appointment_id" uuid,
	"business_type" text NOT NULL,
	"prefix" text,
	"number" integer,
	"state" text DEFAULT 'waiting' NOT NULL,
	"counter" integer,
	"checked_in_at" timestamp with time zone,
	"called_at" timestamp with time zone,
	"calls" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone,
	"missing_items" text[],
	"early" boolean DEFAULT false NOT NULL,
	"staff_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counter_visits_kind_valid" CHECK ("counter_visits"."kind" in ('booked', 'walkIn')),
	CONSTRAINT "counter_visits_state_valid" CHECK ("counter_visits"."state" in ('waiting', 'called', 'served', 'incomplete', 'noShow'))
);
--> statement-breakpoint
CREATE TABLE "queue_counters" (
	"office_id" text NOT NULL,
	"day" text NOT NULL,
	"prefix" text NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointments" DROP CONSTRAINT "appointments_status_valid";--> statement-breakpoint
ALTER TABLE "counter_visits" ADD CONSTRAINT "counter_visits_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "counter_visits_appointment_uq" ON "counter_visits" USING btree ("appointment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "counter_visits_number_uq" ON "counter_visits" USING btree ("office_id","day","prefix","number") WHERE "counter_visits"."number" is not null;--> statement-breakpoint
CREATE INDEX "counter_visits_office_day_idx" ON "counter_visits" USING btree ("office_id","day","state");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_counters_uq" ON "queue_counters" USING btree ("office_id","day","prefix");--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_status_valid" CHECK ("appointments"."status" in ('confirmed', 'cancelled', 'closed'));