import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectUpload } from "./inspect";
import { loadFilesKey } from "./key";
import { createFileStore } from "./store";
import { pdf, photo } from "./tests/samples";
import { STORE_FACTORIES, type TestStore } from "./tests/stores";

describe.each(STORE_FACTORIES)("file store: $label", (factory) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await factory.create();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("stores what the checks let through, and gives back exactly those bytes", async () => {
    const checked = await inspectUpload(await photo({ gps: true }));
    if (!checked.ok) throw new Error("photo refused");
    const key = await t.store.save(checked.bytes);
    expect(key).toMatch(/^[a-f0-9]{32}$/);
    expect((await t.store.read(key))?.equals(checked.bytes)).toBe(true);
    const doc = pdf();
    const k2 = await t.store.save(doc);
    expect((await t.store.read(k2))?.equals(doc)).toBe(true);
    const keys: string[] = [];
    for await (const o of t.store.keys()) keys.push(o.key);
    expect(keys).toEqual(expect.arrayContaining([key, k2]));
  });

  it("withdrawn files are gone; deleting twice is not an error; unknown and hostile keys read as nothing", async () => {
    const key = await t.store.save(Buffer.from("%PDF-1.7 page"));
    await t.store.remove(key);
    await t.store.remove(key);
    expect(await t.store.read(key)).toBeNull();
    for (const bad of ["../../../etc/passwd", "..%2f..%2fkey", "A".repeat(32), "", `${key}/x`]) {
      expect(await t.store.read(bad)).toBeNull();
      await t.store.remove(bad);
    }
  });

  it("a store opened with another key cannot read the files", async () => {
    const key = await t.store.save(Buffer.from("secret page"));
    const other = await createFileStore({
      ...t.env,
      FILES_KEY: "ab".repeat(32),
    });
    try {
      expect(await other.read(key)).toBeNull();
    } finally {
      await other.close();
    }
  });

  it("at rest, the bytes are sealed: nothing of the document is readable where they are kept", async () => {
    if (!t.dir) return; // the bucket's raw bytes are checked through the folder store only
    const marker = Buffer.from("户口簿第2页 PERSONAL-MARKER");
    const key = await t.store.save(marker);
    const file = path.join(t.dir, "files", key.slice(0, 2), key);
    const raw = await readFile(file);
    expect(raw.includes(marker)).toBe(false);
    expect(raw.includes(Buffer.from("PERSONAL-MARKER"))).toBe(false);
    expect((await stat(file)).mode & 0o077).toBe(0);
  });
});

describe("the files key", () => {
  it("is generated once on the embedded default, owner-only, and reused", async () => {
    const { mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(path.join(tmpdir(), "key-"));
    const env = { FILES_DIR: path.join(dir, "files") };
    const a = loadFilesKey(env);
    const b = loadFilesKey(env);
    expect(a.equals(b)).toBe(true);
    expect((await stat(path.join(dir, "files.key"))).mode & 0o777).toBe(0o600);
    await rm(dir, { recursive: true, force: true });
  });

  it("is required with S3 or PostgreSQL, and must be a real 256-bit key", () => {
    expect(() => loadFilesKey({ S3_URL: "http://127.0.0.1:1/b" })).toThrow(/FILES_KEY is required/);
    expect(() => loadFilesKey({ DATABASE_URL: "postgres://x/y" })).toThrow(/FILES_KEY is required/);
    expect(() => loadFilesKey({ FILES_KEY: "short" })).toThrow(/64 hex/);
    expect(loadFilesKey({ FILES_KEY: "0f".repeat(32) }).length).toBe(32);
  });
});
