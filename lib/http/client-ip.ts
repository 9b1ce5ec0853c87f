import { BlockList, isIP } from "node:net";
import { hasPeerStampKey, PEER_HEADER, verifyPeer } from "./peer-stamp.mjs";

/**
 * The client's IP address, as far as this server can trust it: the TCP peer (stamped by
 * scripts/server.mjs), unless that peer is one of TRUSTED_PROXIES — then the right-most address in
 * X-Forwarded-For that is not itself a trusted proxy. Everything left of that hop was written by the
 * client and is ignored, so rotating the header gains a scalper nothing.
 *
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (e.g. "127.0.0.1, 10.0.0.0/8, ::1").
 * Without the stamp (plain `next dev`/`next start`, which cannot see the socket) the answer is
 * "unknown": every client then shares one set of limits, which is safe but strict.
 */
export const UNKNOWN_CLIENT = "unknown";

type Env = Record<string, string | undefined>;

/** "::ffff:1.2.3.4" → "1.2.3.4"; brackets and zone ids off; undefined if not an IP. */
export function normalizeIp(raw: string): string | undefined {
  let s = raw.trim();
  if (s.startsWith("[") && s.includes("]")) s = s.slice(1, s.indexOf("]"));
  s = s.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
  if (mapped) s = mapped[1]!;
  // "1.2.3.4:5678" (some proxies append the port)
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.indexOf(":"));
  return isIP(s) ? s.toLowerCase() : undefined;
}

const family = (ip: string) => (isIP(ip) === 6 ? "ipv6" : "ipv4");

/** TRUSTED_PROXIES parsed; a malformed entry is an error at start, not a silently open door. */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bits] = entry.split("/");
    const ip = addr ? normalizeIp(addr) : undefined;
    if (!ip) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(ip, family(ip));
    else {
      const n = Number(bits);
      const max = family(ip) === "ipv6" ? 128 : 32;
      if (!Number.isInteger(n) || n < 0 || n > max)
        throw new Error(`TRUSTED_PROXIES: bad prefix in "${entry}"`);
      list.addSubnet(ip, n, family(ip));
    }
  }
  return list;
}

const cache = new Map<string, BlockList>();
function trusted(env: Env): BlockList {
  const key = env.TRUSTED_PROXIES ?? "";
  let list = cache.get(key);
  if (!list) {
    list = parseTrustedProxies(key);
    cache.set(key, list);
  }
  return list;
}

/** The client address seen from a verified peer address and the X-Forwarded-For header. */
export function resolveClientIp(peer: string, xff: string | null, proxies: BlockList): string {
  let current = normalizeIp(peer);
  if (!current) return UNKNOWN_CLIENT;
  const hops = (xff ?? "").split(",");
  // Walk from the right while the hop we stand on is a proxy we trust to have written the next one.
  while (proxies.check(current, family(current)) && hops.length > 0) {
    const next = normalizeIp(hops.pop() ?? "");
    if (!next) return current; // a trusted proxy wrote garbage: stop at the proxy itself
    current = next;
  }
  return current;
}

let warned = false;

export function clientIp(headers: Headers, env: Env = process.env): string {
  const peer = verifyPeer(headers.get(PEER_HEADER));
  if (!peer) {
    if (!hasPeerStampKey() && env.NODE_ENV === "production" && !warned) {
      warned = true;
      console.warn(
        "[http] started without scripts/server.mjs: the client address is unknown, all clients share one set of limits",
      );
    }
    return UNKNOWN_CLIENT;
  }
  return resolveClientIp(peer, headers.get("x-forwarded-for"), trusted(env));
}

/**
 * The network a client address belongs to: the /24 of an IPv4 address, the /48 of an IPv6 one
 * (what one household, office or small provider block usually holds) — limits keyed on it stop
 * one attacker cycling through neighbouring addresses.
 */
export function networkPrefix(ip: string): string {
  if (isIP(ip) === 4) return `${ip.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIP(ip) === 6) {
    const [head = "", tail = ""] = ip.split("::");
    const left = head ? head.split(":") : [];
    const right = tail ? tail.split(":") : [];
    const full = ip.includes("::")
      ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
      : left;
    return `${full
      .slice(0, 3)
      .map((g) => Number.parseInt(g || "0", 16).toString(16))
      .join(":")}::/48`;
  }
  return ip;
}
