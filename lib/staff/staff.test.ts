import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneAudit, readAudit } from "@/lib/audit/log";
import { auditLog, staff } from "@/lib/db/schema";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { completeEnrolment, createAccount, pendingEnrolment } from "./accounts";
import { csrfToken, csrfValid, sameOrigin } from "./csrf";
import { ABSOLUTE_MS, createSession, idleMs, loadSession } from "./sessions";
import { LOCK_MINUTES, MAX_FAILURES, signIn } from "./sign-in";
import { totpCode } from "./totp";

const PASSWORD = "correct horse battery";
const t0 = new Date("2026-12-01T01:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe.each(testDatabaseFactories())("staff accounts on $label", (factory) => {
  let t: TestDatabase;
  let n = 0;
  const db = () => t.handle.db;

  /** A fully enrolled clerk of 410102-station; returns the TOTP secret. */
  async function enrolled(username = `clerk${n++}`) {
    const made = await createAccount(
      db(),
      { username, name: "测试民警", grants: [{ role: "clerk", scope: "410102-station" }] },
      null,
    );
    if (made.status !== "created") throw new Error("taken");
    const pending = await pendingEnrolment(db(), made.token, t0);
    const secret = pending!.secret;
    const r = await completeEnrolment(
      db(),
      made.token,
      { password: PASSWORD, confirm: PASSWORD, code: totpCode(secret, t0) },
      t0,
    );
    expect(r.status).toBe("enrolled");
    return { username, secret, staffId: made.staffId, token: made.token };
  }

  beforeAll(async () => {
    t = await factory.create();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("signs in only with password and a fresh TOTP code, and a code works once", async () => {
    const u = await enrolled();
    const when = at(60_000);
    const code = totpCode(u.secret, when);
    expect(
      (await signIn(db(), { username: u.username, password: PASSWORD, code: "000000" }, when)).status,
    ).toBe("invalid");
    expect(
      (await signIn(db(), { username: u.username, password: "wrong password!", code }, when)).status,
    ).toBe("invalid");
    const ok = await signIn(db(), { username: u.username.toUpperCase(), password: PASSWORD, code }, when);
    expect(ok.status).toBe("ok");
    // The same code again (replay within its 30 s) is refused.
    expect((await signIn(db(), { username: u.username, password: PASSWORD, code }, when)).status).toBe(
      "invalid",
    );
  });

  it("an enrolment link works once, and an unenrolled account cannot sign in", async () => {
    const u = await enrolled();
    expect(await pendingEnrolment(db(), u.token, t0)).toBeNull();
    const again = await completeEnrolment(
      db(),
      u.token,
      { password: PASSWORD, confirm: PASSWORD, code: "123456" },
      t0,
    );
    expect(again.status).toBe("gone");
    const made = await createAccount(db(), { username: `new${n++}`, name: "新", grants: [] }, null);
    if (made.status !== "created") throw new Error();
    const r = await signIn(db(), { username: `new${n - 1}`, password: "", code: "123456" }, t0);
    expect(r.status).toBe("invalid");
  });

  it("rejects a weak password and a wrong code at enrolment, keeping the link usable", async () => {
    const made = await createAccount(db(), { username: `weak${n++}`, name: "弱", grants: [] }, null);
    if (made.status !== "created") throw new Error();
    const secret = (await pendingEnrolment(db(), made.token, t0))!.secret;
    const short = await completeEnrolment(
      db(),
      made.token,
      { password: "short", confirm: "short", code: totpCode(secret, t0) },
      t0,
    );
    expect(short).toMatchObject({ status: "invalid", fieldErrors: { password: "weak" } });
    const wrong = await completeEnrolment(
      db(),
      made.token,
      { password: PASSWORD, confirm: PASSWORD, code: "000000" },
      t0,
    );
    expect(wrong).toMatchObject({ status: "invalid", fieldErrors: { code: "wrong" } });
    expect(await pendingEnrolment(db(), made.token, t0)).not.toBeNull();
  });

  it("brute force: five wrong tries lock the account, even against the right password, until the lock ends", async () => {
    const u = await enrolled();
    const base = at(120_000);
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      const r = await signIn(
        db(),
        { username: u.username, password: `guess number ${i}`, code: "123456" },
        base,
      );
      expect(r.status).toBe("invalid");
    }
    const fifth = await signIn(
      db(),
      { username: u.username, password: "guess number 5", code: "123456" },
      base,
    );
    expect(fifth.status).toBe("locked");
    const right = { username: u.username, password: PASSWORD, code: totpCode(u.secret, at(180_000)) };
    expect((await signIn(db(), right, at(180_000))).status).toBe("locked");
    const later = at(180_000 + LOCK_MINUTES * 60_000);
    const after = await signIn(db(), { ...right, code: totpCode(u.secret, later) }, later);
    expect(after.status).toBe("ok");
    const log = await readAudit(db(), { actorId: u.staffId });
    expect(log.filter((e) => e.action === "signin.failed")).toHaveLength(MAX_FAILURES);
    expect(log.some((e) => e.action === "signin.locked")).toBe(true);
  });

  it("parallel guesses cannot slip past the lock", async () => {
    const u = await enrolled();
    const when = at(300_000);
    const guesses = Array.from({ length: 20 }, (_, i) =>
      signIn(db(), { username: u.username, password: `parallel ${i}`, code: "123456" }, when),
    );
    const results = await Promise.all(guesses);
    expect(results.every((r) => r.status !== "ok")).toBe(true);
    const [row] = await db().select().from(staff).where(eq(staff.id, u.staffId));
    expect(row!.lockedUntil).not.toBeNull();
  });

  it("sessions: a new random id per sign-in, stored hashed; idle and absolute expiry", async () => {
    const u = await enrolled();
    const a = await createSession(db(), u.staffId);
    const b = await createSession(db(), u.staffId);
    expect(a).not.toBe(b);
    const stored = await db().execute(sql`select id_hash from staff_sessions where staff_id = ${u.staffId}`);
    const hashes = (stored as unknown as { rows: { id_hash: string }[] }).rows.map((r) => r.id_hash);
    expect(hashes).not.toContain(a);
    const start = new Date();
    expect((await loadSession(db(), a, start))?.staff.username).toBe(u.username);
    // Idle: nothing for longer than the idle timeout ends the session for good.
    expect(await loadSession(db(), a, new Date(start.getTime() + idleMs() + 1000))).toBeNull();
    expect(await loadSession(db(), a, start)).toBeNull();
    // Absolute: kept active every 20 minutes, it still ends after 12 hours.
    let when = start;
    for (
      ;
      when.getTime() - start.getTime() < ABSOLUTE_MS - 20 * 60_000;
      when = new Date(when.getTime() + 20 * 60_000)
    ) {
      expect(await loadSession(db(), b, when)).not.toBeNull();
    }
    expect(await loadSession(db(), b, new Date(start.getTime() + ABSOLUTE_MS + 60_000))).toBeNull();
    // A made-up id, the hash itself and junk find nothing.
    expect(await loadSession(db(), hashes[0] ?? "x", start)).toBeNull();
    expect(await loadSession(db(), "a".repeat(43), start)).toBeNull();
  });

  it("the audit log is append-only in the database: no update, no truncate, no delete of recent entries", async () => {
    await db().insert(auditLog).values({ actorId: null, action: "test.entry", detail: {} });
    await expect(db().execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(db().execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(db().execute(sql`truncate audit_log`)).rejects.toThrow();
    const rows = await readAudit(db(), { action: "test.entry" });
    expect(rows).toHaveLength(1);
    // Retention removes only what is past the configured time (never under the 180-day floor).
    expect(await pruneAudit(db(), 1)).toBe(0);
    expect(await readAudit(db(), { action: "test.entry" })).toHaveLength(1);
  });
});

describe("CSRF checks", () => {
  it("the form token belongs to one session", () => {
    const tok = csrfToken("session-a");
    expect(csrfValid("session-a", tok)).toBe(true);
    expect(csrfValid("session-b", tok)).toBe(false);
    expect(csrfValid("session-a", "")).toBe(false);
    expect(csrfValid("session-a", null)).toBe(false);
  });
  it("a staff POST needs an Origin naming this site", () => {
    const h = (o: Record<string, string>) => new Headers({ host: "portal.example", ...o });
    expect(sameOrigin(h({ origin: "https://portal.example" }), undefined)).toBe(true);
    expect(sameOrigin(h({}), undefined)).toBe(false);
    expect(sameOrigin(h({ origin: "null" }), undefined)).toBe(false);
    expect(sameOrigin(h({ origin: "https://evil.example" }), undefined)).toBe(false);
    expect(sameOrigin(h({ origin: "https://portal.example" }), "https://other.example")).toBe(false);
  });
});
