import exifReader from "exif-reader";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectUpload } from "./inspect";
import { FILE_LIMITS } from "./limits";
import { parseUpload } from "./multipart";
import { pdf, photo } from "./tests/samples";

const multipart = (file: Buffer, filename: string, type: string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new Blob([new Uint8Array(file)], { type }), filename);
  return new Request("http://x/upload", { method: "POST", body: form });
};

describe("file checks (requirement 7)", () => {
  it("decides by the bytes: a JPEG named .pdf and sent as application/pdf is handled as the JPEG it is", async () => {
    const jpeg = await photo();
    const parsed = await parseUpload(multipart(jpeg, "户口簿.pdf", "application/pdf", { item: "x" }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.upload.fields.item).toBe("x");
    const r = await inspectUpload(parsed.upload.file!);
    expect(r).toMatchObject({ ok: true, contentType: "image/jpeg" });
  });

  it("refuses a PDF with JavaScript, plain, with escaped names, or hidden in a compressed stream", async () => {
    expect(await inspectUpload(pdf())).toMatchObject({ ok: true, contentType: "application/pdf" });
    for (const bad of [
      pdf({ extra: "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>" }),
      pdf({ extra: "/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>" }),
      pdf({ stream: "<< /Type /Action /S /JavaScript /JS (this.exportDataObject()) >>", deflate: true }),
      pdf({ extra: "/OpenAction << /S /Launch /F (cmd.exe) >>" }),
      pdf({ extra: "/Names << /EmbeddedFiles 9 0 R >>" }),
    ]) {
      expect(await inspectUpload(bad)).toEqual({ ok: false, problem: "pdfActive" });
    }
  });

  it("refuses an encrypted PDF", async () => {
    const r = await inspectUpload(pdf({ trailer: "/Encrypt 9 0 R" }));
    expect(r).toEqual({ ok: false, problem: "pdfEncrypted" });
  });

  it("refuses a 0-byte file", async () => {
    expect(await inspectUpload(Buffer.alloc(0))).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses what is none of the accepted types, whatever it is called", async () => {
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    expect(await inspectUpload(html)).toEqual({ ok: false, problem: "type" });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } })
      .gif()
      .toBuffer();
    expect(await inspectUpload(gif)).toEqual({ ok: false, problem: "type" });
  });

  it("polyglots: a JPEG carrying a PDF and a script loses them; a PDF with a file glued on is refused", async () => {
    const payload = Buffer.from("%PDF-1.4 <script>alert(document.cookie)</script> PK\u0003\u0004");
    const glued = Buffer.concat([await photo(), payload]);
    const r = await inspectUpload(glued);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.contentType).toBe("image/jpeg");
    expect(r.bytes.includes(Buffer.from("<script>"))).toBe(false);
    expect(r.bytes.includes(Buffer.from("%PDF"))).toBe(false);
    const zip = Buffer.concat([pdf(), Buffer.from("PK\u0003\u0004 zip archive follows ".repeat(10))]);
    expect(await inspectUpload(zip)).toEqual({ ok: false, problem: "pdfMalformed" });
  });

  it("refuses an oversized image: too many bytes, or too many pixels (a decompression bomb)", async () => {
    const big = Buffer.concat([await photo(), Buffer.alloc(FILE_LIMITS.maxFileBytes)]);
    expect(await inspectUpload(big)).toEqual({ ok: false, problem: "tooBig" });
    // 9000 × 9000 single-colour PNG: a few hundred kilobytes that would decode to 243 MB.
    const bomb = await sharp({ create: { width: 9000, height: 9000, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(bomb.length).toBeLessThan(FILE_LIMITS.maxFileBytes);
    expect(await inspectUpload(bomb)).toEqual({ ok: false, problem: "imageTooLarge" });
  });

  it("EXIF GPS present before, absent after; the image is kept readable and upright", async () => {
    const withGps = await photo({ gps: true });
    const before = await sharp(withGps).metadata();
    expect(before.exif).toBeDefined();
    expect(exifReader(before.exif!).GPSInfo?.GPSLatitude).toBeDefined();
    const r = await inspectUpload(withGps);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const after = await sharp(r.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(r.bytes.includes(Buffer.from("TestPhone"))).toBe(false);
    expect([after.width, after.height]).toEqual([1200, 900]);
  });

  it("PNG stays PNG; a huge photo is scaled down to the stored size", async () => {
    const png = await inspectUpload(await photo({ format: "png" }));
    expect(png).toMatchObject({ ok: true, contentType: "image/png" });
    const wide = await inspectUpload(await photo({ width: 6000, height: 4000 }));
    expect(wide).toMatchObject({ ok: true, width: FILE_LIMITS.maxImageSide });
  });

  it("a HEIC that cannot be decoded is refused with its own message, not as an unknown type", async () => {
    // ftyp box of an iPhone HEIC followed by nothing decodable.
    const ftyp = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from("ftypheic"),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from("mif1heic"),
      Buffer.alloc(64),
    ]);
    expect(await inspectUpload(ftyp)).toEqual({ ok: false, problem: "heic" });
  });
});

describe("multipart parsing is bounded", () => {
  it("an oversized file part is refused without keeping it", async () => {
    const big = Buffer.alloc(FILE_LIMITS.maxFileBytes + 10, 1);
    // No Content-Length (a stream), so the parser itself must stop.
    const req = multipart(big, "a.jpg", "image/jpeg");
    const stream = new Request("http://x/u", {
      method: "POST",
      headers: { "content-type": req.headers.get("content-type")! },
      body: req.body,
      duplex: "half",
    } as RequestInit);
    expect(await parseUpload(stream)).toMatchObject({ ok: false, problem: "tooBig" });
  });

  it("refuses a declared length over the bound before reading", async () => {
    const req = new Request("http://x/u", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(1e9) },
      body: "--x--",
    });
    expect(await parseUpload(req)).toEqual({ ok: false, problem: "tooBig", received: 0 });
  });

  it("refuses garbage, too many fields, and two files", async () => {
    const garbage = new Request("http://x/u", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=zz" },
      body: "--zz\r\nnonsense",
    });
    expect((await parseUpload(garbage)).ok).toBe(false);
    const form = new FormData();
    for (let i = 0; i < 40; i++) form.set(`f${i}`, "v");
    expect(await parseUpload(new Request("http://x", { method: "POST", body: form }))).toMatchObject({
      ok: false,
      problem: "malformed",
    });
    const two = new FormData();
    two.append("file", new Blob([new Uint8Array([1])]), "a");
    two.append("file", new Blob([new Uint8Array([2])]), "b");
    expect(await parseUpload(new Request("http://x", { method: "POST", body: two }))).toMatchObject({
      ok: false,
      problem: "malformed",
    });
    const notMultipart = new Request("http://x", { method: "POST", body: "a=b" });
    expect(await parseUpload(notMultipart)).toMatchObject({ ok: false, problem: "malformed" });
  });
});
