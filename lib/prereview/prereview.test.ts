import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymiseOlderThan } from "@/lib/booking/queries";
import { appointments, prereviewFiles } from "@/lib/db/schema";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { FILE_LIMITS } from "@/lib/files/limits";
import { pdf, photo } from "@/lib/files/tests/samples";
import { STORE_FACTORIES, type TestStore } from "@/lib/files/tests/stores";
import { caseById, decisionsOf, editableLines, filesOf, openCase, setReviewDays, submitCase } from "./cases";
import { createUploadLimiters, UPLOAD_LIMITS, type UploadLimiters } from "./limits";
import { erasePrereviewData, sweepOrphans } from "./retention";
import { recordReview, startReview } from "./review";
import { bookedAppointment, LINES, uploadRequest } from "./tests/fixtures";
import { readCaseFile, uploadToCase, withdrawFile } from "./upload";

// Both databases × both stores, paired so each store and each database is covered without four runs.
const dbs = testDatabaseFactories();
const pairs = STORE_FACTORIES.map((s, i) => ({
  store: s,
  db: dbs[i % dbs.length]!,
  label: `${s.label} + ${dbs[i % dbs.length]!.label}`,
}));

describe.each(pairs)("pre-review on $label", (pair) => {
  let t: TestDatabase;
  let s: TestStore;
  let limiters: UploadLimiters;
  let ipN = 0;
  const ctx = (over: Partial<{ ip: string; limiters: UploadLimiters }> = {}) => ({
    db: t.handle.db,
    store: s.store,
    limiters,
    ip: `10.1.${ipN++ % 250}.${ipN % 250}`,
    ...over,
  });
  beforeAll(async () => {
    [t, s] = await Promise.all([pair.db.create(), pair.store.create()]);
    limiters = await createUploadLimiters();
  });
  afterAll(async () => {
    await Promise.all([t?.dispose(), s?.dispose()]);
  });

  const newCase = async () => {
    const a = await bookedAppointment(t.handle.db);
    const r = await openCase(t.handle.db, a);
    if (!r.ok) throw new Error(r.reason);
    return { a, c: r.case };
  };

  it("a case only for a slot the resident holds, and only with a checklist", async () => {
    const a = await bookedAppointment(t.handle.db);
    await t.handle.db.update(appointments).set({ status: "cancelled" }).where(eq(appointments.id, a.id));
    expect(await openCase(t.handle.db, { ...a, status: "cancelled" })).toEqual({
      ok: false,
      reason: "notHeld",
    });
    const bare = await bookedAppointment(t.handle.db, { checklist: null });
    expect(await openCase(t.handle.db, bare)).toEqual({ ok: false, reason: "noChecklist" });
    const { a: held, c } = await newCase();
    // Opening again gives the same case.
    const again = await openCase(t.handle.db, held);
    expect(again.ok && again.case.id).toBe(c.id);
  });

  it("uploads per line: a JPEG named .pdf is stored as the JPEG it is, GPS gone; refused files leave nothing", async () => {
    const { c } = await newCase();
    const r1 = await uploadToCase(
      c.id,
      uploadRequest(await photo({ gps: true }), { item: LINES[0] }, "户口簿.pdf", "application/pdf"),
      ctx(),
    );
    expect(r1).toMatchObject({ status: "stored", itemKey: LINES[0], file: { contentType: "image/jpeg" } });
    const r2 = await uploadToCase(
      c.id,
      uploadRequest(pdf(), { item: LINES[1] }, "id.pdf", "application/pdf"),
      ctx(),
    );
    expect(r2.status).toBe("stored");
    const evil = pdf({ extra: "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>" });
    expect(await uploadToCase(c.id, uploadRequest(evil, { item: LINES[2] }), ctx())).toMatchObject({
      status: "refused",
      problem: "pdfActive",
    });
    expect(await uploadToCase(c.id, uploadRequest(Buffer.alloc(0), { item: LINES[2] }), ctx())).toMatchObject(
      { status: "refused", problem: "empty" },
    );
    expect(await uploadToCase(c.id, uploadRequest(pdf(), { item: "marriage-cert_s" }), ctx())).toMatchObject({
      status: "refused",
      problem: "unknownItem",
    });
    expect(await uploadToCase(c.id, uploadRequest(null, { item: LINES[2] }), ctx())).toMatchObject({
      status: "refused",
      problem: "noFile",
    });
    const files = await filesOf(t.handle.db, c.id);
    expect(files.map((f) => f.itemKey).sort()).toEqual([LINES[0], LINES[1]].sort());
    if (r1.status !== "stored") return;
    const read = await readCaseFile(t.handle.db, s.store, c.id, r1.file.id);
    expect((await sharp(read!.bytes).metadata()).exif).toBeUndefined();
    // Another case's id does not open it.
    const other = await newCase();
    expect(await readCaseFile(t.handle.db, s.store, other.c.id, r1.file.id)).toBeNull();
  });

  it("attack: more files on one line than allowed, sent all at once, stops at the limit", async () => {
    const { c } = await newCase();
    const page = await photo({ width: 300, height: 200 });
    const results = await Promise.all(
      Array.from({ length: FILE_LIMITS.maxFilesPerItem + 4 }, () =>
        uploadToCase(c.id, uploadRequest(page, { item: LINES[0] }), ctx()),
      ),
    );
    expect(results.filter((r) => r.status === "stored")).toHaveLength(FILE_LIMITS.maxFilesPerItem);
    expect(results.filter((r) => r.status === "refused" && r.problem === "itemFull")).toHaveLength(4);
    expect(await filesOf(t.handle.db, c.id)).toHaveLength(FILE_LIMITS.maxFilesPerItem);
    // Refused uploads left no bytes behind: every stored object has its row.
    expect(await sweepOrphans(t.handle.db, s.store, 0)).toBe(0);
  });

  it("attack: a case's total count and volume are bounded", async () => {
    const { c } = await newCase();
    const small = { ...FILE_LIMITS, maxFilesPerCase: 4, maxCaseBytes: 200_000 };
    const page = await photo({ width: 300, height: 200 });
    const outcomes = [];
    for (const item of [...LINES, LINES[0], LINES[1]])
      outcomes.push(await uploadToCase(c.id, uploadRequest(page, { item }), { ...ctx(), limits: small }));
    expect(outcomes.map((o) => o.status)).toEqual(["stored", "stored", "stored", "stored", "refused"]);
    const big = await photo({ width: 1600, height: 1600, noise: true });
    const c2 = (await newCase()).c;
    const r = await uploadToCase(c2.id, uploadRequest(big, { item: LINES[0] }), {
      ...ctx(),
      limits: { ...small, maxCaseBytes: 50_000 },
    });
    expect(r).toMatchObject({ status: "refused", problem: "caseFull" });
  });

  it("replace and withdraw until review starts; then nothing changes", async () => {
    const { c } = await newCase();
    const a = await uploadToCase(c.id, uploadRequest(pdf(), { item: LINES[0] }), ctx());
    const b = await uploadToCase(c.id, uploadRequest(pdf(), { item: LINES[0], mode: "replace" }), ctx());
    expect(a.status === "stored" && b.status === "stored").toBe(true);
    if (a.status !== "stored" || b.status !== "stored") return;
    expect((await filesOf(t.handle.db, c.id)).map((f) => f.id)).toEqual([b.file.id]);
    expect(await readCaseFile(t.handle.db, s.store, c.id, a.file.id)).toBeNull();
    expect(await withdrawFile(t.handle.db, s.store, c.id, b.file.id)).toEqual({ ok: true });
    expect(await submitCase(t.handle.db, c.id)).toEqual({ ok: false, reason: "nothing" });
    const kept = await uploadToCase(c.id, uploadRequest(pdf(), { item: LINES[1] }), ctx());
    expect((await submitCase(t.handle.db, c.id)).ok).toBe(true);
    // Submitted but not opened: still changeable.
    expect((await uploadToCase(c.id, uploadRequest(pdf(), { item: LINES[2] }), ctx())).status).toBe("stored");
    await startReview(t.handle.db, c.id, "clerk-1");
    expect(await uploadToCase(c.id, uploadRequest(pdf(), { item: LINES[0] }), ctx())).toMatchObject({
      status: "refused",
      problem: "locked",
    });
    if (kept.status !== "stored") return;
    expect(await withdrawFile(t.handle.db, s.store, c.id, kept.file.id)).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("the review round trip: due date from the office, one line returned, replaced, all accepted → 预审通过", async () => {
    const { a, c } = await newCase();
    await setReviewDays(t.handle.db, a.officeId, 5);
    for (const item of LINES) await uploadToCase(c.id, uploadRequest(pdf(), { item }), ctx());
    // Thursday 2026-09-24 (Shanghai): 5 working days → Thursday 2026-10-01 is National Day, so the Friday
    // after the holiday week and its make-up days.
    const sub = await submitCase(t.handle.db, c.id, new Date("2026-09-24T02:00:00Z"));
    expect(sub.ok && sub.case.dueDate).toBe("2026-10-09");
    await startReview(t.handle.db, c.id, "clerk-1");
    const incomplete = await recordReview(t.handle.db, c.id, "clerk-1", {
      [LINES[0]]: { decision: "accepted", reasons: [], note: "" },
    });
    expect(incomplete).toMatchObject({ ok: false, reason: "incomplete" });
    const notices: string[][] = [];
    const r = await recordReview(
      t.handle.db,
      c.id,
      "clerk-1",
      {
        [LINES[0]]: { decision: "accepted", reasons: [], note: "" },
        [LINES[1]]: { decision: "returned", reasons: ["unclear", "missingPage"], note: "背面也要拍" },
        [LINES[2]]: { decision: "accepted", reasons: [], note: "" },
      },
      new Date(),
      async (_tx, _c, returned) => {
        notices.push(returned);
      },
    );
    expect(r).toMatchObject({ ok: true, returned: [LINES[1]], case: { status: "returned" } });
    expect(notices).toEqual([[LINES[1]]]);
    const after = (await caseById(t.handle.db, c.id))!;
    expect([...editableLines(after, await decisionsOf(t.handle.db, c.id))]).toEqual([LINES[1]]);
    // Accepted lines are frozen; the returned one must get a new file before the case goes back.
    expect(await uploadToCase(c.id, uploadRequest(pdf(), { item: LINES[0] }), ctx())).toMatchObject({
      problem: "locked",
    });
    const old = (await filesOf(t.handle.db, c.id)).find((f) => f.itemKey === LINES[1])!;
    expect(await withdrawFile(t.handle.db, s.store, c.id, old.id)).toEqual({ ok: true });
    expect(await submitCase(t.handle.db, c.id)).toEqual({ ok: false, reason: "nothing" });
    await uploadToCase(c.id, uploadRequest(await photo(), { item: LINES[1] }), ctx());
    expect((await submitCase(t.handle.db, c.id)).ok).toBe(true);
    await startReview(t.handle.db, c.id, "clerk-2");
    const done = await recordReview(t.handle.db, c.id, "clerk-2", {
      [LINES[1]]: { decision: "accepted", reasons: [], note: "" },
    });
    expect(done).toMatchObject({ ok: true, returned: [], case: { status: "passed", round: 2 } });
  });

  it("retention erases the files with the appointment's data; the sweep removes orphans but not uploads in flight", async () => {
    const { a, c } = await newCase();
    await uploadToCase(c.id, uploadRequest(pdf(), { item: LINES[0] }), ctx());
    const [f] = await filesOf(t.handle.db, c.id);
    const orphan = await s.store.save(Buffer.from("left by a crash"));
    expect(await sweepOrphans(t.handle.db, s.store, 3_600_000)).toBe(0);
    expect(await sweepOrphans(t.handle.db, s.store, 0)).toBe(1);
    expect(await s.store.read(orphan)).toBeNull();
    // The slot (2026-09-29) is long past 90 days later.
    const later = new Date("2027-03-01T00:00:00Z");
    expect(await anonymiseOlderThan(t.handle.db, 90, later)).toBeGreaterThan(0);
    expect(await erasePrereviewData(t.handle.db, s.store, 90, later)).toBeGreaterThan(0);
    expect(await t.handle.db.select().from(prereviewFiles).where(eq(prereviewFiles.caseId, c.id))).toEqual(
      [],
    );
    expect(await s.store.read(f!.objectKey)).toBeNull();
    expect((await caseById(t.handle.db, c.id))?.anonymisedAt).not.toBeNull();
    void a;
  });

  it("attack: per-case and per-IP request limits, and 300 MB a day from one IP", async () => {
    const { c } = await newCase();
    const tiny = await createUploadLimiters(
      { kind: "memory" },
      { ...UPLOAD_LIMITS, uploadCase: { points: 3, duration: 3600 } },
    );
    const req = () => uploadRequest(Buffer.from("x"), { item: LINES[0] });
    const byCase = [];
    for (let i = 0; i < 4; i++)
      byCase.push((await uploadToCase(c.id, req(), { ...ctx(), limiters: tiny })).status);
    expect(byCase).toEqual(["refused", "refused", "refused", "rateLimited"]);

    const ipLimited = await createUploadLimiters(
      { kind: "memory" },
      { ...UPLOAD_LIMITS, uploadIp: { points: 5, duration: 3600 } },
    );
    const statuses: string[] = [];
    for (let i = 0; i <= 5; i++) {
      const cs = (await newCaseCheap()).id;
      statuses.push(
        (await uploadToCase(cs, req(), { ...ctx(), ip: "203.0.113.7", limiters: ipLimited })).status,
      );
    }
    expect(statuses.slice(0, -1).every((x) => x === "refused")).toBe(true);
    expect(statuses.at(-1)).toBe("rateLimited");

    // Volume, at the real 300 MB a day: 10 MB bodies of junk (refused, but received) from one IP, each to
    // its own case, until stopped — after 300 MB, not before.
    const volume = await createUploadLimiters();
    const junk = Buffer.alloc(FILE_LIMITS.maxFileBytes - 4096, 7);
    let sent = 0;
    let stopped = false;
    while (!stopped && sent < 40) {
      const cs = (await newCaseCheap()).id;
      const r = await uploadToCase(cs, uploadRequest(junk, { item: LINES[0] }), {
        ...ctx(),
        ip: "198.51.100.9",
        limiters: volume,
      });
      if (r.status === "rateLimited") stopped = true;
      else {
        expect(r.status).toBe("refused");
        sent += 1;
      }
    }
    expect(stopped).toBe(true);
    const mb = (sent * junk.length) / 2 ** 20;
    expect(mb).toBeGreaterThan(300 - 10);
    expect(mb).toBeLessThanOrEqual(300);
  }, 120_000);

  it("attack: an office's daily uploads are bounded, and refused files do not use them up", async () => {
    const officeLimited = await createUploadLimiters(
      { kind: "memory" },
      { ...UPLOAD_LIMITS, uploadOffice: { points: 3, duration: 86_400 } },
    );
    const garbage = [];
    for (let i = 0; i < 5; i++) {
      const cs = (await newCaseCheap()).id;
      garbage.push(
        (
          await uploadToCase(cs, uploadRequest(Buffer.from("<html>"), { item: LINES[0] }), {
            ...ctx(),
            limiters: officeLimited,
          })
        ).status,
      );
    }
    expect(garbage.every((x) => x === "refused")).toBe(true);
    const stored = [];
    for (let i = 0; i < 4; i++) {
      const cs = (await newCaseCheap()).id;
      stored.push(
        (
          await uploadToCase(cs, uploadRequest(pdf(), { item: LINES[0] }), {
            ...ctx(),
            limiters: officeLimited,
          })
        ).status,
      );
    }
    expect(stored).toEqual(["stored", "stored", "stored", "rateLimited"]);
  });

  // Many cases for the limit tests: one appointment each, as an attacker would need.
  const newCaseCheap = async () => (await newCase()).c;
});
