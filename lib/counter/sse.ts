import type { DbHandle } from "@/lib/db/client";
import { type HallEvent, subscribe } from "./live";

/** A comment line now and then keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

/**
 * The hall's live stream (Server-Sent Events): one `data:` line per event of this office. A browser
 * reconnects by itself (`retry`), and the page polls the snapshot when the stream is down.
 */
export function hallEventStream(handle: DbHandle, officeId: string, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (s: string) => {
        try {
          controller.enqueue(encoder.encode(s));
        } catch {
          cleanup();
        }
      };
      send("retry: 3000\n: open\n\n");
      const off = await subscribe(handle, officeId, (e: HallEvent) => send(`data: ${JSON.stringify(e)}\n\n`));
      const beat = setInterval(() => send(": beat\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        off();
        clearInterval(beat);
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      if (signal.aborted) cleanup();
      signal.addEventListener("abort", () => cleanup(), { once: true });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
