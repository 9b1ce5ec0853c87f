import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { FILE_LIMITS } from "./limits";

export interface ParsedUpload {
  fields: Record<string, string>;
  /** The one file part; its name and type as sent are not kept (never trusted, never shown). */
  file: Buffer | null;
}

export type MultipartProblem = "tooBig" | "malformed";

/** `received`: bytes of the body read, refused or not (what volume limits count). */
export type MultipartResult =
  | { ok: true; upload: ParsedUpload; received: number }
  | { ok: false; problem: MultipartProblem; received: number };

const MAX_FIELDS = 12;
const MAX_FIELD_BYTES = 512;
/** Room for the form fields and part headers around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads a multipart/form-data upload as it streams in, with a bound on everything: one file part of
 * at most maxFileBytes (the rest of an oversized file is discarded unread-into-memory and refused),
 * a few short fields, no more parts. A Content-Length over the bound is refused before reading.
 */
export async function parseUpload(
  request: Request,
  maxFileBytes: number = FILE_LIMITS.maxFileBytes,
): Promise<MultipartResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(type) || !request.body)
    return { ok: false, problem: "malformed", received: 0 };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxFileBytes + ENVELOPE_BYTES) return { ok: false, problem: "tooBig", received: 0 };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      limits: {
        files: 1,
        fileSize: maxFileBytes,
        fields: MAX_FIELDS,
        fieldSize: MAX_FIELD_BYTES,
        parts: MAX_FIELDS + 1,
        headerPairs: 20,
      },
    });
  } catch {
    return { ok: false, problem: "malformed", received: 0 };
  }

  return new Promise<MultipartResult>((resolve) => {
    const fields: Record<string, string> = {};
    let file: Buffer | null = null;
    let problem: MultipartProblem | null = null;
    let received = 0;
    const source = Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>);
    const fail = (p: MultipartProblem) => {
      problem ??= p;
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) fail("malformed");
      else if (!(name in fields)) fields[name] = value;
    });
    parser.on("file", (_name, stream) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("limit", () => fail("tooBig"));
      stream.on("end", () => {
        if (!problem && file === null) file = Buffer.concat(chunks);
      });
    });
    parser.on("filesLimit", () => fail("malformed"));
    parser.on("fieldsLimit", () => fail("malformed"));
    parser.on("partsLimit", () => fail("malformed"));
    parser.on("error", () => {
      fail("malformed");
      source.destroy();
      resolve({ ok: false, problem: problem ?? "malformed", received });
    });
    parser.on("close", () => {
      resolve(problem ? { ok: false, problem, received } : { ok: true, upload: { fields, file }, received });
    });
    // A body longer than it said, or a chunked one without a length, is still bounded.
    source.on("data", (c: Buffer) => {
      received += c.length;
      if (received > maxFileBytes + ENVELOPE_BYTES) {
        fail("tooBig");
        source.destroy();
        resolve({ ok: false, problem: "tooBig", received });
      }
    });
    source.on("error", () => {
      fail("malformed");
      resolve({ ok: false, problem: problem ?? "malformed", received });
    });
    source.pipe(parser);
  });
}
