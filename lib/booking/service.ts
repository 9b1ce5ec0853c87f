import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { networkPrefix } from "@/lib/http/client-ip";
import { ensureOfficesFresh } from "@/lib/offices/registry";
import { seal } from "@/lib/security/secret-box";
import { nextFreeTimes, type Suggestion } from "./availability";
import {
  bookingRequestSchema,
  type FieldErrors,
  fieldErrorsOf,
  lookupSchema,
  rescheduleSchema,
} from "./form-schema";
import { officeById, scheduleOn } from "./offices";
import {
  currentKeyId,
  hashIdNumber,
  hashPhone,
  idHashCandidates,
  maskTail,
  phoneHashCandidates,
} from "./privacy";
import {
  book,
  cancel,
  exchangeManageToken,
  findByManageToken,
  findByReferenceAndPhone,
  hasActiveUnderOtherKeys,
  reschedule,
  rotateManageToken,
  slotById,
} from "./queries";
import { consume, exhaustedFor, type LimitName, spend } from "./rate-limit";
import { bookableSlot } from "./slots";
import { isWellFormedManageToken } from "./tokens";
import { type BookingView, toView } from "./view";

/**
 * The booking use cases, shared by the JSON API and the server actions behind the HTML
 * forms: validation, rate limits, database. Callers only translate the outcome.
 */
export interface RequestContext {
  ip: string;
  now?: Date;
  /** From the Idempotency-Key header; overrides a key in the body. */
  idempotencyKey?: string;
  db?: Db;
}

export type Failure =
  | { status: "invalid"; fieldErrors: FieldErrors }
  | { status: "rateLimited"; retryAfterSeconds: number }
  | { status: "notFound" };

/** A reference whose lookup is frozen for the day after too many wrong mobile numbers. */
export type Frozen = { status: "referenceFrozen"; retryAfterSeconds: number };

export type CreateResult =
  | Failure
  | { status: "full"; suggestions: Suggestion[] }
  | { status: "alreadyBooked" }
  | { status: "idempotencyMismatch" }
  | { status: "created" | "replayed"; booking: BookingView; manageToken: string };

async function dbOf(ctx: Pick<RequestContext, "db">): Promise<Db> {
  return ctx.db ?? (await getDb()).db;
}

async function limited(pairs: [LimitName, string][]): Promise<Failure | undefined> {
  const r = await consume(pairs);
  return r.ok ? undefined : { status: "rateLimited", retryAfterSeconds: r.retryAfterSeconds };
}

export async function createBooking(
  raw: Record<string, unknown>,
  ctx: RequestContext,
): Promise<CreateResult> {
  const now = ctx.now ?? new Date();
  const parsed = bookingRequestSchema.safeParse({
    ...raw,
    ...(ctx.idempotencyKey ? { idempotencyKey: ctx.idempotencyKey } : {}),
  });
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  await ensureOfficesFresh(await dbOf(ctx));
  const office = officeById(input.officeId)!;
  if (!office.businesses.includes(input.business)) {
    return { status: "invalid", fieldErrors: { business: "businessNotOffered" } };
  }
  const slot = bookableSlot(office, input.date, input.time, now);
  if (!slot) return { status: "invalid", fieldErrors: { time: "slotUnavailable" } };

  const idHash = hashIdNumber(input.idNumber);
  const phoneHash = hashPhone(input.phone);
  // Per address and network at this office, per person and per phone (ADR 0010): rotating a header,
  // an ID number or a phone buys a scalper nothing while the others hold.
  const net = networkPrefix(ctx.ip);
  const stop = await limited([
    ["bookIp", ctx.ip],
    ["bookIpOffice", `${ctx.ip}|${office.id}`],
    ["bookNetOffice", `${net}|${office.id}`],
    ["bookPerson", `id:${idHash}`],
    ["bookPerson", `phone:${phoneHash}`],
    ["bookPhone", phoneHash],
  ]);
  if (stop) return stop;

  const db = await dbOf(ctx);
  if (await hasActiveUnderOtherKeys(db, idHashCandidates(input.idNumber).slice(1), input.business))
    return { status: "alreadyBooked" };
  const slotKey = {
    officeId: office.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    capacity: scheduleOn(office, input.date).counters,
  };
  const fingerprint = createHash("sha256")
    .update(
      [office.id, slot.startsAt.toISOString(), input.business, input.routeId ?? "", idHash, phoneHash].join(
        "|",
      ),
    )
    .digest("hex");
  const outcome = await book(db, slotKey, {
    businessType: input.business,
    routeId: input.business === "settlement" ? input.routeId : undefined,
    name: input.name,
    idHash,
    idMasked: maskTail(input.idNumber),
    phoneHash,
    phoneMasked: maskTail(input.phone),
    hashKey: currentKeyId(),
    checklistUrl: input.checklistUrl,
    emailSealed: input.email ? seal(input.email) : undefined,
    idempotencyKey: input.idempotencyKey,
    requestFingerprint: fingerprint,
  });
  if (outcome.ok) {
    return {
      status: outcome.replayed ? "replayed" : "created",
      booking: toView(outcome.appointment, slot),
      manageToken: outcome.manageToken,
    };
  }
  if (outcome.reason === "full") {
    return { status: "full", suggestions: await nextFreeTimes(db, office, slot.startsAt, now) };
  }
  return { status: outcome.reason };
}

export type LookupResult = Failure | Frozen | { status: "found"; reference: string; manageToken: string };

/** Reference + mobile → a fresh manage token (the old link stops working). */
export async function lookupBooking(
  raw: Record<string, unknown>,
  ctx: RequestContext,
): Promise<LookupResult> {
  const parsed = lookupSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { reference } = parsed.data;
  const phoneHash = hashPhone(parsed.data.phone);
  // Frozen references answer the same whether the mobile is right or wrong: the guessing stops.
  const frozen = await exhaustedFor("lookupReference", reference);
  if (frozen > 0) return { status: "referenceFrozen", retryAfterSeconds: frozen };
  const stop = await limited([
    ["lookupIp", ctx.ip],
    ["lookupNet", networkPrefix(ctx.ip)],
    ["lookupPerson", `phone:${phoneHash}`],
  ]);
  if (stop) return stop;
  const db = await dbOf(ctx);
  const row = await findByReferenceAndPhone(db, reference, phoneHashCandidates(parsed.data.phone));
  if (!row) {
    // Counted for references that exist and those that do not alike, so the count reveals nothing.
    await spend("lookupReference", reference);
    return { status: "notFound" };
  }
  return { status: "found", reference: row.reference, manageToken: await rotateManageToken(db, row.id) };
}

export async function viewByToken(
  token: string,
  ctx: Pick<RequestContext, "db"> = {},
): Promise<BookingView | undefined> {
  if (!isWellFormedManageToken(token)) return undefined;
  const db = await dbOf(ctx);
  const row = await findByManageToken(db, token);
  if (!row) return undefined;
  const slot = await slotById(db, row.slotId);
  return slot ? toView(row, slot) : undefined;
}

export type ChangeResult =
  | Failure
  | { status: "notActive" | "sameSlot" }
  | { status: "full"; suggestions: Suggestion[] }
  | { status: "changed"; booking: BookingView; manageToken: string };

/**
 * The manage link → a fresh token (for the cookie of lib/booking/manage-session.ts); the link's own
 * token stops working, so a copy of it in a log or a browser history opens nothing.
 */
export async function exchangeLinkToken(
  token: string,
  ctx: Pick<RequestContext, "db"> = {},
): Promise<{ reference: string; manageToken: string } | undefined> {
  if (!isWellFormedManageToken(token)) return undefined;
  const r = await exchangeManageToken(await dbOf(ctx), token);
  return r && { reference: r.appointment.reference, manageToken: r.manageToken };
}

export async function cancelByToken(token: string, ctx: RequestContext): Promise<ChangeResult> {
  const stop = await limited([["lookupIp", ctx.ip]]);
  if (stop) return stop;
  if (!isWellFormedManageToken(token)) return { status: "notFound" };
  const db = await dbOf(ctx);
  const r = await cancel(db, token);
  if (!r.ok) return { status: r.reason === "notFound" ? "notFound" : "notActive" };
  const slot = await slotById(db, r.appointment.slotId);
  return { status: "changed", booking: toView(r.appointment, slot!), manageToken: r.manageToken };
}

export async function rescheduleByToken(
  token: string,
  raw: Record<string, unknown>,
  ctx: RequestContext,
): Promise<ChangeResult> {
  const now = ctx.now ?? new Date();
  const parsed = rescheduleSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const stop = await limited([["lookupIp", ctx.ip]]);
  if (stop) return stop;
  if (!isWellFormedManageToken(token)) return { status: "notFound" };
  const db = await dbOf(ctx);
  // Read only to learn the office; the token is checked again, under a lock, by reschedule().
  const row = await findByManageToken(db, token);
  if (!row) return { status: "notFound" };
  await ensureOfficesFresh(await dbOf(ctx));
  const office = officeById(row.officeId);
  const slot = office && bookableSlot(office, parsed.data.date, parsed.data.time, now);
  if (!office || !slot) return { status: "invalid", fieldErrors: { time: "slotUnavailable" } };
  const r = await reschedule(db, token, {
    officeId: office.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    capacity: scheduleOn(office, parsed.data.date).counters,
  });
  if (r.ok) return { status: "changed", booking: toView(r.appointment, slot), manageToken: r.manageToken };
  if (r.reason === "full")
    return { status: "full", suggestions: await nextFreeTimes(db, office, slot.startsAt, now) };
  return { status: r.reason };
}
