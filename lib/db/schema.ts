import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
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

/** "closed": the counter recorded an outcome (办结, 材料不全 or 未到); the seat stays used. */
export const APPOINTMENT_STATUSES = ["confirmed", "cancelled", "closed"] as const;
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
    check("appointments_status_valid", sql`${t.status} in ('confirmed', 'cancelled', 'closed')`),
  ],
);

export type Slot = typeof slots.$inferSelect;
export type Appointment = typeof appointments.$inferSelect;

// ── Issue 15 part B: the counter (check-in, 叫号, outcomes) ─────────────────────────────────────

export const VISIT_KINDS = ["booked", "walkIn"] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
/** waiting → called → served | incomplete (材料不全); noShow (未到) from waiting, called or never checked in. */
export const VISIT_STATES = ["waiting", "called", "served", "incomplete", "noShow"] as const;
export type VisitState = (typeof VISIT_STATES)[number];

/**
 * One person at the hall on one day: a checked-in appointment or a walk-in, with its queue number
 * ("A012": appointments A, walk-ins B), who called it to which counter and the outcome. An appointment
 * marked 未到 without ever arriving has a row without a number.
 */
export const counterVisits = pgTable(
  "counter_visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: text("office_id").notNull(),
    /** The hall's day, Shanghai wall date (YYYY-MM-DD). */
    day: text("day").notNull(),
    kind: text("kind").$type<VisitKind>().notNull(),
    appointmentId: uuid("appointment_id").references(() => appointments.id),
    businessType: text("business_type").notNull(),
    prefix: text("prefix"),
    number: integer("number"),
    state: text("state").$type<VisitState>().notNull().default("waiting"),
    counter: integer("counter"),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true, mode: "date" }),
    calledAt: timestamp("called_at", { withTimezone: true, mode: "date" }),
    /** How many times this number was called (a recall shows it again on the display). */
    calls: integer("calls").notNull().default(0),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    /** 材料不全: the checklist item keys the clerk ticked as missing (the resident sees exactly these). */
    missingItems: text("missing_items").array(),
    /** Checked in on another day than the one booked (the clerk confirmed it). */
    early: boolean("early").notNull().default(false),
    staffId: text("staff_id"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("counter_visits_appointment_uq").on(t.appointmentId),
    uniqueIndex("counter_visits_number_uq")
      .on(t.officeId, t.day, t.prefix, t.number)
      .where(sql`${t.number} is not null`),
    index("counter_visits_office_day_idx").on(t.officeId, t.day, t.state),
    check("counter_visits_kind_valid", sql`${t.kind} in ('booked', 'walkIn')`),
    check(
      "counter_visits_state_valid",
      sql`${t.state} in ('waiting', 'called', 'served', 'incomplete', 'noShow')`,
    ),
  ],
);

/** The last number issued per office, day and prefix: one upsert hands out the next one, race-free. */
export const queueCounters = pgTable(
  "queue_counters",
  {
    officeId: text("office_id").notNull(),
    day: text("day").notNull(),
    prefix: text("prefix").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [uniqueIndex("queue_counters_uq").on(t.officeId, t.day, t.prefix)],
);

export type CounterVisit = typeof counterVisits.$inferSelect;
