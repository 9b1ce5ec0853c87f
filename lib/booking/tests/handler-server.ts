/**
 * A bare node:http server hosting the same Request → Response handlers as the Next route
 * files, for the server-level tests when no `next build` output exists (and to tell the
 * framework's overhead apart from ours). Usage: PORT=… tsx lib/booking/tests/handler-server.ts
 */
import http from "node:http";
import { getDb } from "@/lib/db/client";
import { databaseKind } from "@/lib/db/kind";
import { PEER_HEADER, stampPeer } from "@/lib/http/peer-stamp.mjs";
import {
  deleteManaged,
  getManaged,
  getOffices,
  getSlots,
  patchManaged,
  postBooking,
  postLookup,
} from "../api";

type Handler = (req: Request) => Promise<Response> | Response;
const routes: Record<string, Handler> = {
  "POST /api/v1/bookings": postBooking,
  "GET /api/v1/bookings/slots": getSlots,
  "GET /api/v1/bookings/offices": getOffices,
  "POST /api/v1/bookings/lookup": postLookup,
  "GET /api/v1/bookings/manage": getManaged,
  "DELETE /api/v1/bookings/manage": deleteManaged,
  "PATCH /api/v1/bookings/manage": patchManaged,
  "GET /api/health": () => Response.json({ status: "ok", database: databaseKind() }),
};

const port = Number(process.env.PORT ?? 3210);
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
  const handler = routes[`${req.method} ${url.pathname}`];
  if (!handler) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  // As scripts/server.mjs does: the socket's address, signed, whatever the client sent.
  headers.set(PEER_HEADER, stampPeer((req.socket.remoteAddress ?? "").replace(/^::ffff:/, "")));
  const body = chunks.length > 0 && req.method !== "GET" ? Buffer.concat(chunks) : undefined;
  const response = await handler(new Request(url, { method: req.method, headers, body }));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});

// Open the database (and run migrations) before accepting requests, like a warmed-up app server.
await getDb();
server.listen(port, "127.0.0.1", () => console.log(`handler server ready on ${port}`));
