import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { audit } from "@/lib/audit/log";
import type { Db } from "@/lib/db/client";
import { type StaffRole, staff, staffEnrolments, staffRoles, staffSessions } from "@/lib/db/schema";
import { open, seal } from "@/lib/security/secret-box";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";
import { randomToken, tokenHash } from "./tokens";
import { newTotpSecret, totpStep } from "./totp";

/** An enrolment link is good for three days and once. */
export const ENROLMENT_HOURS = 72;

export const newAccountSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9._-]{2,31}$/),
  name: z.string().trim().min(1).max(40),
});

export interface NewAccount {
  username: string;
  name: string;
  grants: { role: StaffRole; scope: string }[];
}

export type CreateResult = { status: "created"; staffId: string; token: string } | { status: "taken" };

export async function createAccount(
  db: Db,
  input: NewAccount,
  createdBy: string | null,
): Promise<CreateResult> {
  const data = newAccountSchema.parse(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staff)
      .values({ username: data.username, name: data.name, createdBy })
      .onConflictDoNothing()
      .returning({ id: staff.id });
    if (!row) return { status: "taken" as const };
    if (input.grants.length) {
      await tx.insert(staffRoles).values(input.grants.map((g) => ({ staffId: row.id, ...g })));
    }
    const token = await issueEnrolment(tx as unknown as Db, row.id);
    await audit(tx as unknown as Db, {
      actorId: createdBy,
      action: "staff.create",
      detail: { staffId: row.id, username: data.username, grants: input.grants },
    });
    return { status: "created" as const, staffId: row.id, token };
  });
}

/** A fresh one-time link (new account, or an admin resetting a lost phone): earlier links stop working. */
export async function issueEnrolment(db: Db, staffId: string, now = new Date()): Promise<string> {
  const token = randomToken();
  await db.delete(staffEnrolments).where(eq(staffEnrolments.staffId, staffId));
  await db.insert(staffEnrolments).values({
    tokenHash: tokenHash(token),
    staffId,
    totpSecret: seal(newTotpSecret()),
    expiresAt: new Date(now.getTime() + ENROLMENT_HOURS * 3_600_000),
  });
  return token;
}

export interface PendingEnrolment {
  staffId: string;
  username: string;
  name: string;
  secret: string;
}

export async function pendingEnrolment(
  db: Db,
  token: string,
  now = new Date(),
): Promise<PendingEnrolment | null> {
  if (!/^[\w-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({
      staffId: staff.id,
      username: staff.username,
      name: staff.name,
      secret: staffEnrolments.totpSecret,
    })
    .from(staffEnrolments)
    .innerJoin(staff, eq(staff.id, staffEnrolments.staffId))
    .where(
      and(
        eq(staffEnrolments.tokenHash, tokenHash(token)),
        isNull(staffEnrolments.usedAt),
        gt(staffEnrolments.expiresAt, now),
        isNull(staff.disabledAt),
      ),
    );
  return row ? { ...row, secret: open(row.secret) } : null;
}

export const enrolSchema = z
  .object({
    password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
    confirm: z.string().max(MAX_PASSWORD_LENGTH),
    code: z
      .string()
      .transform((s) => s.replace(/\s/g, ""))
      .pipe(z.string().regex(/^\d{6}$/)),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "mismatch" });

export type EnrolResult =
  | { status: "enrolled" }
  | { status: "gone" }
  | { status: "invalid"; fieldErrors: Partial<Record<"password" | "confirm" | "code", string>> };

/** Sets the password and second factor from a one-time link; every earlier session of the account ends. */
export async function completeEnrolment(
  db: Db,
  token: string,
  input: Record<string, string | undefined>,
  now = new Date(),
): Promise<EnrolResult> {
  const pending = await pendingEnrolment(db, token, now);
  if (!pending) return { status: "gone" };
  const parsed = enrolSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const k = String(issue.path[0]);
      fieldErrors[k] ??= issue.message === "mismatch" ? "mismatch" : k === "password" ? "weak" : "format";
    }
    return { status: "invalid", fieldErrors };
  }
  const step = totpStep(pending.secret, parsed.data.code, now);
  if (step === null) return { status: "invalid", fieldErrors: { code: "wrong" } };
  const passwordHash = await hashPassword(parsed.data.password);
  return db.transaction(async (tx) => {
    const used = await tx
      .update(staffEnrolments)
      .set({ usedAt: now })
      .where(and(eq(staffEnrolments.tokenHash, tokenHash(token)), isNull(staffEnrolments.usedAt)))
      .returning({ staffId: staffEnrolments.staffId });
    if (used.length !== 1) return { status: "gone" as const };
    await tx
      .update(staff)
      .set({
        passwordHash,
        totpSecret: seal(pending.secret),
        totpLastStep: step,
        enrolledAt: now,
        failedAttempts: 0,
        lockedUntil: null,
      })
      .where(eq(staff.id, pending.staffId));
    await tx.delete(staffSessions).where(eq(staffSessions.staffId, pending.staffId));
    await audit(tx as unknown as Db, { actorId: pending.staffId, action: "staff.enrol" });
    return { status: "enrolled" as const };
  });
}

export interface AccountRow {
  id: string;
  username: string;
  name: string;
  enrolled: boolean;
  disabled: boolean;
  grants: { role: StaffRole; scope: string }[];
}

/** Accounts holding a grant on any of `scopes` (the admin's offices), or all when scopes is null. */
export async function listAccounts(db: Db, scopes: string[] | null): Promise<AccountRow[]> {
  const roles = await db
    .select()
    .from(staffRoles)
    .where(scopes ? inArray(staffRoles.scope, scopes.length ? scopes : ["-"]) : undefined);
  const ids = [...new Set(roles.map((r) => r.staffId))];
  if (!ids.length) return [];
  const people = await db.select().from(staff).where(inArray(staff.id, ids)).orderBy(asc(staff.username));
  const all = await db.select().from(staffRoles).where(inArray(staffRoles.staffId, ids));
  return people.map((p) => ({
    id: p.id,
    username: p.username,
    name: p.name,
    enrolled: p.enrolledAt !== null,
    disabled: p.disabledAt !== null,
    grants: all.filter((r) => r.staffId === p.id).map((r) => ({ role: r.role as StaffRole, scope: r.scope })),
  }));
}
