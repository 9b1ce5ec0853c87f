#!/usr/bin/env node
/**
 * `npm start` / the e2e and benchmark servers: `next start`, plus the two things only the process
 * that owns the socket can do —
 *  - stamp every request with the TCP peer address, signed (lib/http/peer-stamp.mjs), so that
 *    lib/http/client-ip.ts never has to believe a header the client wrote;
 *  - settle the secrets before Next loads (lib/booking/id-hash-key.mjs): a production server with a
 *    database server and no ID_HASH_KEY refuses to start.
 * Usage: node scripts/server.mjs [-p PORT] [-H HOST]  (PORT / HOSTNAME from the environment otherwise)
 */
import { createServer } from "node:http";
import next from "next";
import { ensureIdHashKey } from "../lib/booking/id-hash-key.mjs";
import { installPeerStampKey, PEER_HEADER, stampPeer } from "../lib/http/peer-stamp.mjs";

const args = process.argv.slice(2);
const arg = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const hostname = arg("-H") ?? process.env.HOSTNAME ?? "0.0.0.0";
process.env.NODE_ENV ??= "production";

try {
  ensureIdHashKey(process.env);
} catch (err) {
  console.error(`refusing to start: ${err.message}`);
  process.exit(1);
}
installPeerStampKey();

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  // Whatever the client sent under our header is dropped; the stamp is the socket's own address.
  const address = (req.socket.remoteAddress ?? "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  req.headers[PEER_HEADER] = stampPeer(address || "unknown");
  handle(req, res);
});
// Slow-loris bodies and headers cannot hold a connection open for long.
server.requestTimeout = 30_000;
server.headersTimeout = 10_000;
server.listen(port, hostname, () => {
  console.log(`› ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
