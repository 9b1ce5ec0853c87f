import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Secrets the app must read back — staff TOTP secrets, residents' e-mail addresses — are encrypted
 * (AES-256-GCM) under DATA_ENCRYPTION_KEY, kept outside the database: a leaked dump then holds
 * neither a second factor nor an address. Like ID_HASH_KEY, a development key is used when none is
 * set, with a warning in production.
 */
const DEV_KEY = "hukou-portal-data-development-key-not-for-production";
let warned = false;

function key(env: Record<string, string | undefined> = process.env): Buffer {
  const k = env.DATA_ENCRYPTION_KEY;
  if (!k && env.NODE_ENV === "production" && !warned) {
    warned = true;
    console.warn(
      "[security] DATA_ENCRYPTION_KEY is not set: using the development key; set a secret in production.",
    );
  }
  return createHash("sha256")
    .update(k ?? DEV_KEY)
    .digest();
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return [
    "v1",
    iv.toString("base64url"),
    c.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

export function open(sealed: string): string {
  const [v, iv, tag, body] = sealed.split(".");
  if (v !== "v1" || !iv || !tag || !body) throw new Error("sealed value: unknown format");
  const d = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  d.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([d.update(Buffer.from(body, "base64url")), d.final()]).toString("utf8");
}
