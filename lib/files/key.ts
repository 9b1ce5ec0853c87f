import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Env = Record<string, string | undefined>;

/** The data directory's files: FILES_DIR, else ./data/files next to the embedded database. */
export function filesDir(env: Env = process.env): string {
  return env.FILES_DIR ?? path.join(process.cwd(), "data/files");
}

const parseKey = (text: string): Buffer | null => {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, "hex");
  const b = Buffer.from(t, "base64");
  return b.length === 32 && /^[A-Za-z0-9+/]{43}=?$/.test(t) ? b : null;
};

/**
 * The key that encrypts every stored file (AES-256-GCM), kept apart from the files like ID_HASH_KEY
 * is kept apart from the database: FILES_KEY (64 hex characters or 32 bytes base64). On the embedded
 * default (PGlite, files in the data folder) without it, a key is generated on first start into
 * <data>/files.key, readable by the owner only, so `npm start` needs nothing. A production install
 * (PostgreSQL via DATABASE_URL, or S3 via S3_URL) runs several servers that must share one key, and a
 * dump of the database or bucket must not come with it: there FILES_KEY is required.
 */
export function loadFilesKey(env: Env = process.env): Buffer {
  if (env.FILES_KEY) {
    const k = parseKey(env.FILES_KEY);
    if (!k) throw new Error("FILES_KEY must be 64 hex characters or 32 bytes in base64");
    return k;
  }
  if (env.S3_URL || env.DATABASE_URL) {
    throw new Error("FILES_KEY is required with S3_URL or DATABASE_URL (generate one: openssl rand -hex 32)");
  }
  const file = env.FILES_KEY_FILE ?? path.join(path.dirname(filesDir(env)), "files.key");
  try {
    const k = parseKey(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
    if (!k) throw new Error(`${file} does not hold a valid key`);
    return k;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  // wx: two processes starting at once must not overwrite each other's key; the loser reads the winner's.
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, `${key.toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600);
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return parseKey(readFileSync(/*turbopackIgnore: true*/ file, "utf8"))!;
  }
}
