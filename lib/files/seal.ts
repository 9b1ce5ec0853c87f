import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Every stored file is sealed before it reaches a store, so neither the data folder nor the bucket
 * ever holds a readable document: "HKF1" | 12-byte IV | 16-byte GCM tag | ciphertext. The object's
 * key is the associated data, so a file copied over another's key does not open.
 */
const MAGIC = Buffer.from("HKF1");

export function seal(key: Buffer, objectKey: string, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(objectKey));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
}

/** The plain bytes, or null when the sealed bytes are not ours, were changed, or belong to another key. */
export function unseal(key: Buffer, objectKey: string, sealed: Buffer): Buffer | null {
  if (sealed.length < 32 || !sealed.subarray(0, 4).equals(MAGIC)) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(4, 16));
    decipher.setAAD(Buffer.from(objectKey));
    decipher.setAuthTag(sealed.subarray(16, 32));
    return Buffer.concat([decipher.update(sealed.subarray(32)), decipher.final()]);
  } catch {
    return null;
  }
}
