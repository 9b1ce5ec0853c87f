import { describe, expect, it } from "vitest";
import { clientIp, networkPrefix, parseTrustedProxies, resolveClientIp, UNKNOWN_CLIENT } from "./client-ip";
import { PEER_HEADER, stampPeer } from "./peer-stamp.mjs";

/** A request as scripts/server.mjs hands it on: the socket address stamped, the rest as the client sent it. */
const from = (peer: string, xff?: string) =>
  new Headers({ [PEER_HEADER]: stampPeer(peer), ...(xff ? { "x-forwarded-for": xff } : {}) });

describe("clientIp", () => {
  it("is the socket address, whatever X-Forwarded-For says, when no proxy is trusted", () => {
    expect(clientIp(from("203.0.113.7", "1.2.3.4"), {})).toBe("203.0.113.7");
    expect(clientIp(from("::ffff:203.0.113.7"), {})).toBe("203.0.113.7");
  });

  it("takes the right-most untrusted X-Forwarded-For hop behind a trusted proxy", () => {
    const env = { TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8" };
    // nginx appended the real client; everything left of it is the client's own invention.
    expect(clientIp(from("127.0.0.1", "6.6.6.6, 7.7.7.7, 198.51.100.9"), env)).toBe("198.51.100.9");
    // Two proxies of ours in a row (load balancer → nginx) are both skipped.
    expect(clientIp(from("127.0.0.1", "9.9.9.9, 198.51.100.9, 10.1.2.3"), env)).toBe("198.51.100.9");
    // A request that reached the app directly cannot borrow the proxy's trust.
    expect(clientIp(from("198.51.100.20", "1.1.1.1"), env)).toBe("198.51.100.20");
    // A trusted proxy that sent no (or a broken) header: the proxy itself, never a guess.
    expect(clientIp(from("127.0.0.1"), env)).toBe("127.0.0.1");
    expect(clientIp(from("127.0.0.1", "not-an-ip"), env)).toBe("127.0.0.1");
  });

  it("rotating the header gives a scalper one address, not thousands", () => {
    const env = { TRUSTED_PROXIES: "127.0.0.1" };
    const seen = new Set(
      Array.from({ length: 200 }, (_, i) => clientIp(from("127.0.0.1", `10.0.${i}.1, 203.0.113.50`), env)),
    );
    expect([...seen]).toEqual(["203.0.113.50"]);
  });

  it("refuses a forged or missing stamp", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4" }), {})).toBe(UNKNOWN_CLIENT);
    const forged = `1.2.3.4;${stampPeer("5.6.7.8").split(";")[1]}`;
    expect(clientIp(new Headers({ [PEER_HEADER]: forged }), {})).toBe(UNKNOWN_CLIENT);
  });

  it("rejects a malformed TRUSTED_PROXIES entry instead of trusting too much", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow();
    expect(() => parseTrustedProxies("nginx")).toThrow();
    expect(resolveClientIp("::1", "2001:db8::5", parseTrustedProxies("::1"))).toBe("2001:db8::5");
  });

  it("groups addresses by network for the per-network limits", () => {
    expect(networkPrefix("203.0.113.7")).toBe("203.0.113.0/24");
    expect(networkPrefix("2001:db8:1:2::5")).toBe("2001:db8:1::/48");
    expect(networkPrefix("2001:db8::5")).toBe("2001:db8:0::/48");
  });
});
