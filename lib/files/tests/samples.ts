import { deflateSync } from "node:zlib";
import sharp from "sharp";

/** Test files made on the spot: a photo of a page (with or without GPS), PDFs good and bad. */

export async function photo(
  opts: { width?: number; height?: number; gps?: boolean; format?: "jpeg" | "png"; noise?: boolean } = {},
): Promise<Buffer> {
  const width = opts.width ?? 1200;
  const height = opts.height ?? 900;
  // Random noise compresses badly, as a real photo does: a 2 MB JPEG for the bench.
  const raw = opts.noise
    ? Buffer.from(Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256)))
    : null;
  let img = raw
    ? sharp(raw, { raw: { width, height, channels: 3 } })
    : sharp({ create: { width, height, channels: 3, background: { r: 240, g: 235, b: 220 } } }).composite([
        {
          input: Buffer.from(
            `<svg width="${width}" height="${height}"><rect x="60" y="60" width="${width - 120}" height="80" fill="#333"/></svg>`,
          ),
        },
      ]);
  if (opts.gps) {
    img = img.withExif({
      IFD0: { Make: "TestPhone", Model: "Camera 1" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "36/1 4/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "120/1 22/1 0/1",
      },
    });
  }
  return opts.format === "png" ? img.png().toBuffer() : img.jpeg({ quality: raw ? 95 : 80 }).toBuffer();
}

/** A minimal well-formed PDF; `extra` goes into the catalog dictionary, `stream` into a content stream. */
export function pdf(
  opts: { extra?: string; stream?: string; deflate?: boolean; trailer?: string } = {},
): Buffer {
  const body = opts.stream ?? "BT /F1 12 Tf 72 720 Td (Hukou) Tj ET";
  const data = opts.deflate ? deflateSync(Buffer.from(body)) : Buffer.from(body);
  const parts: Buffer[] = [
    Buffer.from("%PDF-1.7\n"),
    Buffer.from(`1 0 obj << /Type /Catalog /Pages 2 0 R ${opts.extra ?? ""} >> endobj\n`),
    Buffer.from("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"),
    Buffer.from("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"),
    Buffer.from(
      `4 0 obj << /Length ${data.length}${opts.deflate ? " /Filter /FlateDecode" : ""} >>\nstream\n`,
    ),
    data,
    Buffer.from("\nendstream endobj\n"),
    Buffer.from(`trailer << /Root 1 0 R /Size 5 ${opts.trailer ?? ""} >>\n%%EOF\n`),
  ];
  return Buffer.concat(parts);
}
