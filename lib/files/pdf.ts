import { inflateSync } from "node:zlib";

/**
 * Why a PDF is refused, or null. A PDF is kept as sent (re-rendering would lose what the clerk must
 * read), so everything that can run or hide is refused instead: JavaScript and actions that start
 * something, embedded files, encryption (the clerk could not open it, and it hides the content from
 * this scan), and bytes after the end that make it a polyglot.
 */
export type PdfProblem = "pdfActive" | "pdfEncrypted" | "pdfMalformed";

const ACTIVE_NAMES = [
  "JavaScript",
  "JS",
  "Launch",
  "EmbeddedFile",
  "EmbeddedFiles",
  "RichMedia",
  "XFA",
  "SubmitForm",
  "ImportData",
  "GoToR",
  "GoToE",
];
// Not listed: /OpenAction and /AA (many producers use them to open at page 1; what they could trigger
// is listed above) and /URI (a link starts nothing by itself).
// `/JS` must be a whole name: `/JSomething` is not JavaScript, `/JS (` or `/JS<<` is.
const ACTIVE = new RegExp(`/(?:${ACTIVE_NAMES.join("|")})(?![A-Za-z0-9#_.-])`);
const ENCRYPT = /\/Encrypt(?![A-Za-z0-9#_.-])/;

/** `/J#61vaScript` is `/JavaScript`: names may escape any character as #xx. */
const decodeNames = (s: string) =>
  s.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

/** Every `stream … endstream` body, inflated where it is Flate-compressed (object streams hide dictionaries). */
function* streams(latin: string, bytes: Buffer, budget: { left: number }): Generator<string> {
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null = re.exec(latin);
  while (m) {
    const start = m.index + m[0].length;
    const end = latin.indexOf("endstream", start);
    if (end < 0) return;
    const body = bytes.subarray(start, end);
    try {
      const out = inflateSync(body, { maxOutputLength: Math.max(1, budget.left) });
      budget.left -= out.length;
      yield out.toString("latin1");
    } catch (err) {
      // Not Flate (images, other filters): nothing a reader executes hides in there. A stream that
      // inflates beyond the budget is a bomb.
      if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new Error("budget");
    }
    re.lastIndex = end + 9;
    m = re.exec(latin);
  }
}

export function pdfProblem(bytes: Buffer, maxInflated: number): PdfProblem | null {
  const latin = bytes.toString("latin1");
  if (!latin.startsWith("%PDF-")) return "pdfMalformed";
  // A PDF ends with %%EOF (and a newline or two). Anything longer after it is another file glued on.
  const eof = latin.lastIndexOf("%%EOF");
  if (eof < 0 || latin.length - (eof + 5) > 4) return "pdfMalformed";
  const plain = decodeNames(latin);
  if (ENCRYPT.test(plain)) return "pdfEncrypted";
  if (ACTIVE.test(plain)) return "pdfActive";
  try {
    for (const s of streams(latin, bytes, { left: maxInflated })) {
      const text = decodeNames(s);
      if (ENCRYPT.test(text)) return "pdfEncrypted";
      if (ACTIVE.test(text)) return "pdfActive";
    }
  } catch {
    return "pdfMalformed";
  }
  return null;
}
