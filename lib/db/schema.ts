import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
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
    /** Issue 15: set when the office closed (the closure's id); the manage page explains and offers rebooking. */
    closureId: bigint("closure_id", { mode: "number" }),
    /** Issue 15: optional e-mail for notices, sealed (AES-GCM); erased by retention. */
    emailSealed: text("email_sealed"),
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

// ─── Issue 15: staff accounts, sessions, audit log, outbox, offices as data ───────────────────────

export const STAFF_ROLES = ["clerk", "office_admin", "city_admin", "auditor"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * A member of staff. The password is an argon2id hash; the TOTP secret is AES-GCM encrypted under
 * DATA_ENCRYPTION_KEY, so a database dump alone gives neither factor. `totpSecret` is set at enrolment
 * before `enrolledAt`: an account without `enrolledAt` cannot sign in.
 */
export const staff = pgTable(
  "staff",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    totpSecret: text("totp_secret"),
    /** The last TOTP time step accepted: a code is good once (no replay within its 30 s). */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true, mode: "date" }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
    disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "date" }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("staff_username_uq").on(t.username)],
);

/**
 * What a member of staff may do where. `scope` is an office id for clerks and office admins, a
 * four-digit city prefix of GB/T 2260 codes (e.g. "4101" = 郑州) for city admins and auditors,
 * or "*" for an auditor of every office.
 */
export const staffRoles = pgTable(
  "staff_roles",
  {
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    role: text("role").$type<StaffRole>().notNull(),
    scope: text("scope").notNull(),
  },
  (t) => [
    uniqueIndex("staff_roles_uq").on(t.staffId, t.role, t.scope),
    check("staff_roles_role_valid", sql`${t.role} in ('clerk', 'office_admin', 'city_admin', 'auditor')`),
  ],
);

/** Signed-in staff. The cookie holds a random id; only its SHA-256 is stored (a dump cannot replay it). */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("staff_sessions_staff_idx").on(t.staffId)],
);

/** One-time enrolment links (set password + TOTP). Only the token's SHA-256 is stored. */
export const staffEnrolments = pgTable("staff_enrolments", {
  tokenHash: text("token_hash").primaryKey(),
  staffId: uuid("staff_id")
    .notNull()
    .references(() => staff.id, { onDelete: "cascade" }),
  /** The TOTP secret offered on the enrolment page, encrypted like staff.totp_secret. */
  totpSecret: text("totp_secret").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
});

/**
 * Append-only: a trigger (migration issue15_audit_append_only) refuses UPDATE, TRUNCATE and the
 * DELETE of any row younger than the legal minimum; `npm run retention` deletes the older ones.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    officeId: text("office_id"),
    appointmentId: uuid("appointment_id"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_actor_idx").on(t.actorId)],
);

export type Staff = typeof staff.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed", "dropped"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Messages to residents (ADR 0013). A row is written in the same transaction as the change it
 * reports, so a notification exists exactly when the change does; pg-boss jobs only carry its id.
 * The address is sealed (AES-GCM, DATA_ENCRYPTION_KEY) and erased once sent or by retention.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    template: text("template").notNull(),
    toSealed: text("to_sealed"),
    params: jsonb("params").$type<Record<string, string>>().notNull().default({}),
    appointmentId: uuid("appointment_id"),
    status: text("status").$type<OutboxStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    notBefore: timestamp("not_before", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("outbox_due_idx").on(t.status, t.notBefore),
    index("outbox_appointment_idx").on(t.appointmentId),
    check("outbox_status_valid", sql`${t.status} in ('pending', 'sending', 'sent', 'failed', 'dropped')`),
  ],
);
export type OutboxRow = typeof outbox.$inferSelect;

/** "zh-Hans"/"zh-Hant" text, as offices' names and closure reasons are stored. */
export type LocalizedText = { "zh-Hans": string; "zh-Hant": string };
/** 1 = Monday … 7 = Sunday → [opens, closes] intervals ("HH:MM"); the gap between two is the lunch break. */
export type WeeklyHoursJson = Partial<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", [string, string][]>>;

/** Offices are data the office owns (issue 15, req. 2): seeded once from lib/booking/data/offices.ts. */
export const offices = pgTable("offices", {
  id: text("id").primaryKey(),
  districtCode: text("district_code").notNull(),
  kind: text("kind").notNull(),
  city: jsonb("city").$type<LocalizedText>().notNull(),
  district: jsonb("district").$type<LocalizedText>().notNull(),
  name: jsonb("name").$type<LocalizedText>().notNull(),
  address: jsonb("address").$type<LocalizedText>().notNull(),
  businesses: jsonb("businesses").$type<string[]>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * Opening rules from a date on: a change never rewrites the past or today — it is a new row valid from
 * a future date, so slots already offered keep the rules they were booked under.
 */
export const officeSchedules = pgTable(
  "office_schedules",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    officeId: text("office_id")
      .notNull()
      .references(() => offices.id),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    hours: jsonb("hours").$type<WeeklyHoursJson>().notNull(),
    slotMinutes: integer("slot_minutes").notNull(),
    counters: integer("counters").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("office_schedules_from_uq").on(t.officeId, t.validFrom),
    check(
      "office_schedules_sane",
      sql`${t.slotMinutes} between 5 and 240 and ${t.counters} between 0 and 50`,
    ),
  ],
);

/** A closed day or half-day ("am" = slots starting before 12:00). */
export const officeClosures = pgTable(
  "office_closures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    officeId: text("office_id")
      .notNull()
      .references(() => offices.id),
    date: date("date", { mode: "string" }).notNull(),
    part: text("part").$type<"day" | "am" | "pm">().notNull(),
    reason: jsonb("reason").$type<LocalizedText>().notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("office_closures_uq").on(t.officeId, t.date, t.part),
    check("office_closures_part_valid", sql`${t.part} in ('day', 'am', 'pm')`),
  ],
);

/** Bumped by every change to offices, schedules or closures: app servers reload their copy when it moves. */
export const officesRevision = pgTable("offices_revision", {
  id: integer("id").primaryKey(),
  revision: bigint("revision", { mode: "number" }).notNull(),
});
