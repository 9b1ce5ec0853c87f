import { notFound } from "next/navigation";

// Rendered per request (like every portal page, which carries a CSP nonce) and read at request
// time, so a build never bakes the page in: it exists only on a server started with BENCH_PAGES=1.
export const dynamic = "force-dynamic";

/** The bare "hello" page `npm run bench:pages` measures every real page against (ADR 0004). */
export default function BenchHello() {
  if (process.env.BENCH_PAGES !== "1") notFound();
  return <main>你好</main>;
}
