import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type DbHandle } from "@/lib/db/client";
import { createPostgresTestDb } from "@/lib/db/testing";

/**
 * A database a child server process can open: a fresh PGlite folder, or a fresh Postgres
 * database on the DATABASE_URL server. The test opens it itself only while no server runs
 * (PGlite allows one process per folder).
 */
export interface ServerDatabase {
  label: string;
  env: Record<string, string>;
  open(): Promise<DbHandle>;
  dispose(): Promise<void>;
}

export type DbLabel = "PGlite" | "PostgreSQL";

export const serverDatabaseLabels = (): DbLabel[] =>
  process.env.DATABASE_URL?.startsWith("postgres") ? ["PGlite", "PostgreSQL"] : ["PGlite"];

export async function serverDatabase(label: DbLabel): Promise<ServerDatabase> {
  if (label === "PGlite") {
    const dir = await mkdtemp(path.join(tmpdir(), "hukou-server-"));
    const env = { PGLITE_DIR: path.join(dir, "pglite"), DATABASE_URL: "" };
    return {
      label,
      env,
      open: () => createDb(env),
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const t = await createPostgresTestDb(process.env.DATABASE_URL!);
  await t.handle.close();
  return {
    label,
    env: t.env,
    open: () => createDb(t.env),
    dispose: () => t.dispose(),
  };
}
