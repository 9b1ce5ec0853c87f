CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"slot_id" bigint NOT NULL,
	"office_id" text NOT NULL,
	"business_type" text NOT NULL,
	"route_id" text,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"name" text,
	"id_hash" text,
	"id_masked" text,
	"phone_hash" text,
	"phone_masked" text,
	"checklist_url" text,
	"manage_token_hash" text NOT NULL,
	"idempotency_key" text,
	"request_fingerprint" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "appointments_status_valid" CHECK ("appointments"."status" in ('confirmed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "slots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "slots_booked_within_capacity" CHECK ("slots"."booked" >= 0 and "slots"."booked" <= "slots"."capacity")
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_reference_uq" ON "appointments" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_manage_token_uq" ON "appointments" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_idempotency_uq" ON "appointments" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_active_per_person_uq" ON "appointments" USING btree ("id_hash","business_type") WHERE "appointments"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "appointments_slot_idx" ON "appointments" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "appointments_created_idx" ON "appointments" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "slots_office_start_uq" ON "slots" USING btree ("office_id","starts_at");