// Makes the home-screen icons in public/ from app/icon.svg (ADR 0015). Run after changing the icon:
//   node scripts/icons.mjs
// Android: 192 and 512 px ("any"), 512 px maskable (the mark inside the central 80 % safe zone, on the
// brand blue to the edges). iOS: apple-touch-icon.png, 180 px, opaque (iOS puts black behind transparency
// and rounds the corners itself).
import { mkdirSync, readFileSync } from "node:fs";
import sharp from "sharp";

const root = new URL("../", import.meta.url);
const svg = readFileSync(new URL("app/icon.svg", root), "utf8");
const blue = "#0b3a75";
// The same drawing without its rounded corners (the platforms mask the shape themselves).
const square = svg
  .replace(/rx="[^"]*"/, 'rx="0"')
  .replace(/<path d="M4 0h24[^"]*"/, '<path d="M0 0h32v4H0z"');
if (square === svg) throw new Error("app/icon.svg changed: update the square variant in scripts/icons.mjs");
const density = (px) => Math.ceil((72 * px) / 32); // the SVG is drawn on a 32-unit grid

const raster = (source, px) =>
  sharp(Buffer.from(source), { density: density(px) })
    .resize(px, px)
    .png();

mkdirSync(new URL("public/icons/", root), { recursive: true });
const out = (path) => new URL(path, root).pathname;

await raster(svg, 192).toFile(out("public/icons/icon-192.png"));
await raster(svg, 512).toFile(out("public/icons/icon-512.png"));
await raster(square, 180).flatten({ background: blue }).toFile(out("public/apple-touch-icon.png"));

// Maskable: the mark at 80 % (the safe zone is a circle of 40 % radius), centred on a full blue square.
const inner = await raster(square, 410).toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: blue } })
  .composite([{ input: inner, gravity: "centre" }])
  .png()
  .toFile(out("public/icons/maskable-512.png"));

console.log(
  "wrote public/icons/icon-192.png, icon-512.png, maskable-512.png and public/apple-touch-icon.png",
);
