import { and, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import { audit } from "@/lib/audit/log";
import type { Db } from "@/lib/db/client";
import { staff } from "@/lib/db/schema";
import { open } from "@/lib/security/secret-box";
import { checkPassword, MAX_PASSWORD_LENGTH } from "./password";
import { createSession } from "./sessions";
import { totpStep } from "./totp";

/** Five wrong tries in a row lock the account for 15 minutes (an admin can also help sooner). */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export const signInSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  code: z
    .string()
    .transform((s) => s.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/)),
});
export type SignInInput = z.input<typeof signInSchema>;

export type SignInResult =
  | { status: "ok"; sessionId: string; staffId: string }
  | { status: "invalid" }
  | { status: "locked"; until: Date };

/**
 * Password and TOTP code checked together, with one answer for any mistake (it does not say which
 * factor was wrong, nor whether the user exists). The success update is conditional on the account
 * still being unlocked and the code's time step being new, so neither a lock nor a used code can be
 * raced past.
 */
export async function signIn(db: Db, input: SignInInput, now = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  const username = String(input.username ?? "")
    .trim()
    .toLowerCase()
    .slice(0, 64);
  const [row] = username ? await db.select().from(staff).where(eq(staff.username, username)) : [];
  if (row?.lockedUntil && row.lockedUntil > now) {
    await audit(db, { actorId: row.id, action: "signin.locked", detail: {} });
    return { status: "locked", until: row.lockedUntil };
  }
  const passwordOk = await checkPassword(
    row?.passwordHash ?? null,
    parsed.success ? parsed.data.password : "",
  );
  const usable = row && parsed.success && passwordOk && row.enrolledAt && !row.disabledAt && row.totpSecret;
  const step = usable && row.totpSecret ? totpStep(open(row.totpSecret), parsed.data.code, now) : null;
  if (row && usable && step !== null) {
    const won = await db
      .update(staff)
      .set({ failedAttempts: 0, lockedUntil: null, totpLastStep: step })
      .where(
        and(
          eq(staff.id, row.id),
          or(isNull(staff.lockedUntil), lte(staff.lockedUntil, now)),
          or(isNull(staff.totpLastStep), sql`${staff.totpLastStep} < ${step}`),
        ),
      )
      .returning({ id: staff.id });
    if (won.length === 1) {
      const sessionId = await createSession(db, row.id);
      await audit(db, { actorId: row.id, action: "signin.ok" });
      return { status: "ok", sessionId, staffId: row.id };
    }
  }
  if (!row) {
    await audit(db, { actorId: null, action: "signin.failed", detail: { username } });
    return { status: "invalid" };
  }
  const [after] = await db
    .update(staff)
    .set({ failedAttempts: sql`${staff.failedAttempts} + 1` })
    .where(eq(staff.id, row.id))
    .returning({ failed: staff.failedAttempts });
  await audit(db, { actorId: row.id, action: "signin.failed", detail: { failures: after?.failed ?? 0 } });
  if ((after?.failed ?? 0) >= MAX_FAILURES) {
    const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await db
      .update(staff)
      .set({ lockedUntil: until, failedAttempts: 0 })
      .where(and(eq(staff.id, row.id), gt(staff.failedAttempts, MAX_FAILURES - 1)));
    return { status: "locked", until };
  }
  return { status: "invalid" };
}
