import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * ID_HASH_KEY keys the hashes of ID and phone numbers (lib/booking/privacy.ts). The key in the
 * source is for development only: with it, a leaked dump gives the numbers back in seconds (11-digit
 * phones are a small space). So, before Next loads (scripts/server.mjs):
 *  - ID_HASH_KEY set: used.
 *  - production on the embedded database: a key is generated on first start and kept next to the
 *    database, in data/id-hash-key, mode 0600 — `npm start` still needs nothing set by hand;
 *  - production on a database server (DATABASE_URL): every app server must share one key, which only
 *    the operator can provide, so the server refuses to start without it.
 * Plain JavaScript because the wrapper runs it under node before any TypeScript is compiled.
 */
export const MIN_KEY_LENGTH = 32;

export function idHashKeyFile(env = process.env) {
  const dir = env.PGLITE_DIR ?? path.join(process.cwd(), "data/pglite");
  return path.join(path.dirname(dir), "id-hash-key");
}

export function ensureIdHashKey(env = process.env) {
  if (env.ID_HASH_KEY) {
    if (env.ID_HASH_KEY.length < MIN_KEY_LENGTH)
      throw new Error(
        `ID_HASH_KEY must be at least ${MIN_KEY_LENGTH} characters (e.g. openssl rand -hex 32)`,
      );
    return "configured";
  }
  if (env.NODE_ENV !== "production") return "development";
  if (env.DATABASE_URL?.startsWith("postgres"))
    throw new Error(
      "ID_HASH_KEY is not set. With DATABASE_URL every app server must share one secret key: set ID_HASH_KEY (openssl rand -hex 32).",
    );
  if (env.PGLITE_DIR?.startsWith("memory://")) {
    env.ID_HASH_KEY = randomBytes(32).toString("hex");
    return "ephemeral";
  }
  const file = idHashKeyFile(env);
  try {
    env.ID_HASH_KEY = readFileSync(file, "utf8").trim();
    return "file";
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  // "wx": never overwrite a key another process wrote a moment ago (the rows hashed with it would be lost).
  try {
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if (err.code !== "EEXIST") throw err;
  }
  env.ID_HASH_KEY = readFileSync(file, "utf8").trim();
  return "generated";
}
