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
import { createServer, IncomingMessage } from "node:http";
import next from "next";
import { ensureIdHashKey } from "../lib/booking/id-hash-key.mjs";
import { formPostProblem, MAX_FORM_BODY, REJECTED_HEADER } from "../lib/http/form-post-check.mjs";
import { installPeerStampKey, PEER_HEADER, stampPeer } from "../lib/http/peer-stamp.mjs";

const args = process.argv.slice(2);
const arg = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const hostname = arg("-H") ?? process.env.HOSTNAME ?? "0.0.0.0";
// PUBLIC_ORIGIN's default (http://localhost:<PORT>) must name the port actually served.
process.env.PORT = String(port);
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

/** The body, or undefined once it passes `limit` bytes. */
async function readUpTo(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A fresh request carrying an already-read body, for Next to read as if it came off the socket. */
function replay(req, body, overrides = {}) {
  const copy = new IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    // The whole message is here: without this, Node treats the copy's end as an aborted request and
    // destroys the (shared) socket.
    complete: true,
    ...overrides,
  });
  if (body.length > 0) copy.push(body);
  copy.push(null);
  return copy;
}

/** Every response status becomes `status` (the re-rendered page of a refused form post). */
function forceStatus(res, status) {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (_code, ...rest) => writeHead(status, ...rest);
  Object.defineProperty(res, "statusCode", { get: () => status, set: () => {}, configurable: true });
}

const isPagePost = (req) =>
  req.method === "POST" && !req.url.startsWith("/api/") && !req.url.startsWith("/_next/");

const server = createServer(async (req, res) => {
  // Whatever the client sent under our headers is dropped; the stamp is the socket's own address.
  const address = (req.socket.remoteAddress ?? "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  req.headers[PEER_HEADER] = stampPeer(address || "unknown");
  delete req.headers[REJECTED_HEADER];
  if (!isPagePost(req)) return handle(req, res);
  try {
    const body = await readUpTo(req, MAX_FORM_BODY);
    const problem = body === undefined ? "tooLarge" : await formPostProblem(req.headers, body);
    if (!problem) return handle(replay(req, body), res);
    // The page again, as a GET, with a notice; 400 (413 when too large), so nothing is ever half-done.
    const headers = { ...req.headers, [REJECTED_HEADER]: stampPeer(problem) };
    for (const h of [
      "content-type",
      "content-length",
      "next-action",
      "next-router-state-tree",
      "transfer-encoding",
    ])
      delete headers[h];
    forceStatus(res, problem === "tooLarge" ? 413 : 400);
    return handle(replay(req, Buffer.alloc(0), { method: "GET", headers }), res);
  } catch {
    if (!res.headersSent) res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
    res.end("Bad request");
  }
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
