import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * One bookable time at one office. Rows are created on first use (insert … on conflict do
 * nothing) from the office's opening rules, so no nightly job has to pre-generate them.
 * `booked` is the source of truth for capacity; the check constraint is the last line of
 * defence against overbooking.
 */
export const slots = pgTable(
  "slots",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    officeId: text("office_id").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, mode: "date" }).notNull(),
    capacity: integer("capacity").notNull(),
    booked: integer("booked").notNull().default(0),
  },
  (t) => [
    uniqueIndex("slots_office_start_uq").on(t.officeId, t.startsAt),
    check("slots_booked_within_capacity", sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
  ],
);

export const APPOINTMENT_STATUSES = ["confirmed", "cancelled"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/**
 * Personal data (name, hashes, masked forms) is nullable so the retention job can erase it
 * while keeping the row for counts and audit.
 */
export const appointments = pgTable(
  "appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull(),
    slotId: bigint("slot_id", { mode: "number" })
      .notNull()
      .references(() => slots.id),
    officeId: text("office_id").notNull(),
    businessType: text("business_type").notNull(),
    routeId: text("route_id"),
    status: text("status").$type<AppointmentStatus>().notNull().default("confirmed"),
    name: text("name"),
    idHash: text("id_hash"),
    idMasked: text("id_masked"),
    phoneHash: text("phone_hash"),
    phoneMasked: text("phone_masked"),
    checklistUrl: text("checklist_url"),
    manageTokenHash: text("manage_token_hash").notNull(),
    idempotencyKey: text("idempotency_key"),
    /** Hash of what was asked for, so a reused idempotency key with other data is refused. */
    requestFingerprint: text("request_fingerprint"),
    /**
     * Issue 14: which ID_HASH_KEY id_hash and phone_hash were made with (a key id, not the key), so
     * `npm run rehash-ids` knows the rows left under a previous key. Null: made before this column.
     */
    hashKey: text("hash_key"),
    /** iCalendar SEQUENCE: bumped on every change so calendar apps replace the event. */
    sequence: integer("sequence").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true, mode: "date" }),
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("appointments_reference_uq").on(t.reference),
    uniqueIndex("appointments_manage_token_uq").on(t.manageTokenHash),
    uniqueIndex("appointments_idempotency_uq").on(t.idempotencyKey),
    // One active appointment per person per business type.
    uniqueIndex("appointments_one_active_per_person_uq")
      .on(t.idHash, t.businessType)
      .where(sql`${t.status} = 'confirmed'`),
    index("appointments_slot_idx").on(t.slotId),
    index("appointments_created_idx").on(t.createdAt),
    check("appointments_status_valid", sql`${t.status} in ('confirmed', 'cancelled')`),
  ],
);

export type Slot = typeof slots.$inferSelect;
export type Appointment = typeof appointments.$inferSelect;
