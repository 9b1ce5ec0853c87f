import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type DbHandle } from "./client";
import { databaseKind } from "./kind";

/**
 * Test databases: PGlite in memory always, plus a throw-away database on the Postgres server
 * named by DATABASE_URL (created as hukou_test_<random>, dropped afterwards).
 */
export interface TestDatabase {
  kind: "embedded" | "postgres";
  /** Environment a child server process needs to reach the same database. */
  env: Record<string, string>;
  handle: DbHandle;
  dispose(): Promise<void>;
}

export interface TestDatabaseFactory {
  label: string;
  create(options?: { pgliteDir?: string }): Promise<TestDatabase>;
}

export function testDatabaseFactories(env = process.env): TestDatabaseFactory[] {
  const out: TestDatabaseFactory[] = [
    {
      label: "PGlite",
      async create(options) {
        const dir = options?.pgliteDir ?? "memory://";
        const handle = await createDb({ PGLITE_DIR: dir });
        return { kind: "embedded", env: { PGLITE_DIR: dir }, handle, dispose: () => handle.close() };
      },
    },
  ];
  const url = env.DATABASE_URL;
  if (url && databaseKind(env) === "postgres") {
    out.push({ label: "PostgreSQL", create: () => createPostgresTestDb(url) });
  }
  return out;
}

export async function createPostgresTestDb(adminUrl: string): Promise<TestDatabase> {
  const name = `hukou_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const dbUrl = u.toString();
  const handle = await createDb({ DATABASE_URL: dbUrl });
  return {
    kind: "postgres",
    env: { DATABASE_URL: dbUrl },
    handle,
    async dispose() {
      await handle.close().catch(() => {});
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
