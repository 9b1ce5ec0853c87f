import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import { type DatabaseKind, databaseKind } from "./kind";
import * as schema from "./schema";

/** Both drivers expose the same Postgres query builder; code above this file never knows which. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  kind: DatabaseKind;
  /** The node-postgres pool, when on a server (the rate limiter can keep its counters there). */
  pool?: Pool;
  /** The embedded database as a node-postgres-style client (the rate limiter's fallback store). */
  pglite?: { query(q: { text: string; values?: unknown[] }): Promise<{ rows: unknown[] }> };
  /** Plain SQL on the same database, for libraries that bring their own (pg-boss, issue 15). */
  raw: RawSql;
  close(): Promise<void>;
}

type Env = Record<string, string | undefined>;

/** pg-boss's `db` interface: one statement with parameters, or several without. */
export interface RawSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Arbitrary constant: every app server takes this advisory lock before migrating. */
const MIGRATION_LOCK_KEY = 727_001;

export function migrationsFolder(env: Env = process.env): string {
  // process.cwd(), not import.meta: in the Next server bundle module paths are rewritten.
  return env.MIGRATIONS_DIR ?? path.join(process.cwd(), "lib/db/migrations");
}

export function pgliteDir(env: Env = process.env): string {
  return env.PGLITE_DIR ?? path.join(process.cwd(), "data/pglite");
}

export async function createDb(env: Env = process.env): Promise<DbHandle> {
  return databaseKind(env) === "postgres" ? createPostgres(env) : createPglite(env);
}

async function createPglite(env: Env): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dir = pgliteDir(env);
  if (!dir.startsWith("memory://")) await mkdir(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: migrationsFolder(env) });
  const raw: RawSql = {
    async executeSql(text, values) {
      // PGlite's query() takes one statement; pg-boss sends its schema as several, without parameters.
      if (values?.length)
        return client.query(text, values as unknown[]) as Promise<{ rows: Record<string, unknown>[] }>;
      const results = await client.exec(text);
      return (results[results.length - 1] ?? { rows: [] }) as { rows: Record<string, unknown>[] };
    },
  };
  return {
    db: db as unknown as Db,
    kind: "embedded",
    pglite: { query: (q) => client.query(q.text, q.values) },
    raw,
    close: () => client.close(),
  };
}

async function createPostgres(env: Env): Promise<DbHandle> {
  const pg = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new pg.default.Pool({
    connectionString: env.DATABASE_URL,
    max: Number(env.PG_POOL_MAX ?? 10),
  });
  // An idle client losing its connection must not crash the process.
  pool.on("error", () => {});
  const conn = await pool.connect();
  try {
    // Several app servers may start at once; only one migrates at a time, the rest then find nothing to do.
    await conn.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migrate(drizzle({ client: conn, schema }), { migrationsFolder: migrationsFolder(env) });
  } finally {
    await conn.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    conn.release();
  }
  const db = drizzle({ client: pool, schema });
  const raw: RawSql = { executeSql: (text, values) => pool.query(text, values as unknown[]) };
  return { db: db as unknown as Db, kind: "postgres", pool, raw, close: () => pool.end() };
}

const globalKey = Symbol.for("hukou.db");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<DbHandle> };

/**
 * The process-wide database, created on first use. Kept on globalThis so Next's dev hot
 * reload, which re-evaluates modules, does not open a second PGlite on the same folder.
 */
export function getDb(): Promise<DbHandle> {
  const g = globalThis as GlobalWithDb;
  if (!g[globalKey]) {
    g[globalKey] = createDb().catch((err) => {
      g[globalKey] = undefined;
      throw err;
    });
  }
  return g[globalKey];
}

/** For tests: swap the process-wide database. */
export function setDbForTesting(handle: Promise<DbHandle> | undefined): void {
  (globalThis as GlobalWithDb)[globalKey] = handle;
}
