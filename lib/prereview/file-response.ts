import type { PrereviewFile } from "@/lib/db/schema";

const EXT: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf" };

/**
 * A stored document sent to someone the caller has checked: never cached or indexed, the type we
 * decided (nosniff), a neutral name (the uploaded one was never kept), and for images a policy that
 * lets the browser draw the picture and nothing else.
 */
export function fileResponse(file: PrereviewFile, bytes: Buffer): Response {
  const headers: Record<string, string> = {
    "Content-Type": file.contentType,
    "Content-Length": String(bytes.length),
    "Content-Disposition": `inline; filename="document.${EXT[file.contentType] ?? "bin"}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (file.contentType !== "application/pdf")
    headers["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox";
  return new Response(new Uint8Array(bytes), { status: 200, headers });
}
