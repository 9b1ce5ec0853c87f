import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "./client";
import { createPostgresTestDb, testDatabaseFactories } from "./testing";

describe.each(testDatabaseFactories())("database on $label", (factory) => {
  it("applies the migrations and has the tables", async () => {
    const t = await factory.create();
    try {
      const rows = await t.handle.db.execute(
        sql`select count(*)::int as n from information_schema.tables where table_name in ('slots', 'appointments')`,
      );
      expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(2);
    } finally {
      await t.dispose();
    }
  });
});

describe("PGlite data folder", () => {
  it("is created on first start and reopened with its data", async () => {
    const base = await mkdtemp(path.join(tmpdir(), "hukou-pglite-"));
    const dir = path.join(base, "nested/pglite");
    try {
      const first = await createDb({ PGLITE_DIR: dir });
      await first.db.execute(
        sql`insert into slots (office_id, starts_at, ends_at, capacity) values ('x', now(), now(), 1)`,
      );
      await first.close();
      const second = await createDb({ PGLITE_DIR: dir });
      const r = await second.db.execute(sql`select count(*)::int as n from slots`);
      expect((r as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(1);
      await second.close();
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)("Postgres migrations under concurrency", () => {
  it("lets several servers start at once (advisory lock)", async () => {
    const t = await createPostgresTestDb(process.env.DATABASE_URL!);
    try {
      const more = await Promise.all([1, 2, 3].map(() => createDb(t.env)));
      await Promise.all(more.map((h) => h.close()));
    } finally {
      await t.dispose();
    }
  });
});
