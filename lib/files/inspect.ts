import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { FILE_LIMITS, type FileLimits } from "./limits";
import { type PdfProblem, pdfProblem } from "./pdf";

/** Why an upload is refused; each has a message the resident can act on (messages: files.problem.*). */
export type FileProblem = "empty" | "tooBig" | "type" | "heic" | "imageTooLarge" | "imageBroken" | PdfProblem;

export type StoredType = "image/jpeg" | "image/png" | "application/pdf";

export type Inspected =
  | { ok: true; bytes: Buffer; contentType: StoredType; pages?: undefined; width?: number; height?: number }
  | { ok: false; problem: FileProblem };

/**
 * Decides what an upload is from its bytes alone (the name and the browser's type are never read),
 * and turns it into what is stored: images re-encoded by sharp — which drops EXIF (GPS, camera,
 * time), ICC junk and anything appended after the image, so a polyglot loses its second life — and
 * PDFs kept as sent only when the scan in pdf.ts finds nothing active, encrypted or appended.
 */
export async function inspectUpload(input: Buffer, limits: FileLimits = FILE_LIMITS): Promise<Inspected> {
  if (input.length === 0) return { ok: false, problem: "empty" };
  if (input.length > limits.maxFileBytes) return { ok: false, problem: "tooBig" };
  const detected = await fileTypeFromBuffer(input);
  switch (detected?.mime) {
    case "image/jpeg":
    case "image/png":
      return reencode(input, detected.mime, limits);
    case "image/heic":
    case "image/heif":
    case "image/heic-sequence":
    case "image/heif-sequence":
      return heic(input, limits);
    case "application/pdf": {
      const problem = pdfProblem(input, limits.maxPdfInflatedBytes);
      return problem ? { ok: false, problem } : { ok: true, bytes: input, contentType: "application/pdf" };
    }
    default:
      return { ok: false, problem: "type" };
  }
}

async function reencode(
  input: Buffer,
  mime: "image/jpeg" | "image/png",
  limits: FileLimits,
): Promise<Inspected> {
  try {
    const image = sharp(input, { limitInputPixels: limits.maxImagePixels, failOn: "error" });
    const meta = await image.metadata();
    if (!meta.width || !meta.height) return { ok: false, problem: "imageBroken" };
    if (meta.width * meta.height > limits.maxImagePixels) return { ok: false, problem: "imageTooLarge" };
    // rotate() applies the EXIF orientation before the metadata is dropped, so the page stays upright.
    const pipeline = image
      .rotate()
      .resize(limits.maxImageSide, limits.maxImageSide, { fit: "inside", withoutEnlargement: true });
    const { data, info } =
      mime === "image/png"
        ? await pipeline.png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true })
        : await pipeline.jpeg({ quality: 85, mozjpeg: false }).toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: data, contentType: mime, width: info.width, height: info.height };
  } catch (err) {
    const message = String((err as Error).message ?? "");
    if (/pixel limit|exceeds/i.test(message)) return { ok: false, problem: "imageTooLarge" };
    return { ok: false, problem: "imageBroken" };
  }
}

/**
 * iPhones save HEIC. sharp's prebuilt libvips reads HEIF containers with AV1 (AVIF) only, not the
 * HEVC inside HEIC (a patent-encumbered codec it does not ship), so a HEIC that sharp cannot read is
 * refused with a message telling the resident how to send a JPEG instead (the camera's
 * "兼容性最佳" setting; sharing from Photos converts too).
 */
async function heic(input: Buffer, limits: FileLimits): Promise<Inspected> {
  try {
    const image = sharp(input, { limitInputPixels: limits.maxImagePixels, failOn: "error" });
    const { data, info } = await image
      .rotate()
      .resize(limits.maxImageSide, limits.maxImageSide, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: data, contentType: "image/jpeg", width: info.width, height: info.height };
  } catch {
    return { ok: false, problem: "heic" };
  }
}
