/** Which database the app talks to: a `DATABASE_URL` means a PostgreSQL server, otherwise embedded PGlite. */
export type DatabaseKind = "embedded" | "postgres";

export function databaseKind(env: Record<string, string | undefined> = process.env): DatabaseKind {
  return env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "embedded";
}
