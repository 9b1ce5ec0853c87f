import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Next route handlers and server actions never see the TCP peer, and Next only fills
 * X-Forwarded-For when the client did not send one. scripts/server.mjs (the process `npm start`
 * runs) therefore writes the socket address into PEER_HEADER, signed with a secret made at start
 * and kept on globalThis of that same process: a client cannot forge the header, and code running
 * under plain `next start`/`next dev` (no secret) knows it has no trustworthy address.
 * Plain JavaScript because the wrapper runs under node before any TypeScript is compiled.
 */
export const PEER_HEADER = "x-hukou-peer";
const KEY = Symbol.for("hukou.peerStampKey");

/** Creates this process's stamp key (the wrapper calls it once, before Next loads). */
export function installPeerStampKey() {
  globalThis[KEY] ??= randomBytes(32);
  return globalThis[KEY];
}

export const hasPeerStampKey = () => Buffer.isBuffer(globalThis[KEY]);

const sign = (key, address) => createHmac("sha256", key).update(address).digest("base64url");

/** "address;signature", for PEER_HEADER. */
export function stampPeer(address) {
  const key = installPeerStampKey();
  return `${address};${sign(key, address)}`;
}

/** The address of a valid stamp, else undefined (no key in this process, missing or forged stamp). */
export function verifyPeer(value) {
  const key = globalThis[KEY];
  if (!Buffer.isBuffer(key) || typeof value !== "string" || value.length > 200) return undefined;
  const cut = value.lastIndexOf(";");
  if (cut <= 0) return undefined;
  const address = value.slice(0, cut);
  const given = Buffer.from(value.slice(cut + 1));
  const want = Buffer.from(sign(key, address));
  return given.length === want.length && timingSafeEqual(given, want) ? address : undefined;
}
