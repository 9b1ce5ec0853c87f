import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bookingRequestSchema, fieldErrorsOf, lookupSchema } from "./form-schema";
import { idCheckDigit, idNumberProblem, isValidIdNumber } from "./id-number";
import { isMainlandMobile, normalizeMobile } from "./phone";
import { maskTail } from "./privacy";
import { makeId, withWrongCheckDigit } from "./test-helpers";
import {
  hashManageToken,
  isWellFormedManageToken,
  newManageToken,
  newReference,
  normalizeReference,
  REFERENCE_BITS,
} from "./tokens";

describe("GB 11643 resident ID", () => {
  it("computes the MOD 11-2 check character, including X", () => {
    // Search a sequence number whose check character is X rather than hard-coding one.
    const withX = Array.from({ length: 1000 }, (_, i) => makeId("440305", "19751201", i)).find((id) =>
      id.endsWith("X"),
    );
    expect(withX).toBeDefined();
    expect(isValidIdNumber(withX!)).toBe(true);
    expect(isValidIdNumber(withX!.toLowerCase())).toBe(true);
  });

  it("accepts a correct number and names the problem of a wrong one", () => {
    const id = makeId();
    expect(idNumberProblem(id)).toBeUndefined();
    expect(idNumberProblem(withWrongCheckDigit(id))).toBe("checkDigit");
    expect(idNumberProblem(id.slice(0, 17))).toBe("format");
    expect(idNumberProblem(`${id.slice(0, 6)}19900230${id.slice(14)}`)).toBe("birthDate");
    expect(idNumberProblem(makeId("110105", "20991231"), "2026-11-22")).toBe("birthDate");
  });

  it("detects every single-digit change (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const id = makeId("370202", "19880808", 42);
        const changed = id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        return idCheckDigit(changed.slice(0, 17)) !== id[17];
      }),
    );
  });
});

describe("mainland mobile numbers", () => {
  it.each([
    ["13800138000", true],
    ["+86 138 0013 8000", true],
    ["0086-13800138000", true],
    ["12800138000", false],
    ["1380013800", false],
    ["021-12345678", false],
  ])("%s → %s", (raw, ok) => expect(isMainlandMobile(raw)).toBe(ok));
  it("normalizes", () => expect(normalizeMobile("+86 138-0013-8000")).toBe("13800138000"));
});

describe("references and manage tokens", () => {
  it("makes 60-bit Crockford references without ambiguous characters", () => {
    expect(REFERENCE_BITS).toBe(60);
    const refs = new Set(Array.from({ length: 2000 }, newReference));
    expect(refs.size).toBe(2000);
    const c = "[0-9A-HJKMNP-TV-Z]{4}";
    for (const r of refs) expect(r).toMatch(new RegExp(`^HK-${c}-${c}-${c}$`));
    // Every position uses the whole alphabet (no character stuck, no bias visible at this size).
    const seen = new Set([...refs].flatMap((r) => [...r.replace(/^HK-|-/g, "")]));
    expect(seen.size).toBe(32);
  });

  it("reads a reference as typed", () => {
    expect(normalizeReference("hk7f3k9qx2m4td")).toBe("HK-7F3K-9QX2-M4TD");
    expect(normalizeReference(" 7f3k-9qxo-m4td ")).toBe("HK-7F3K-9QX0-M4TD");
    expect(normalizeReference("HK123456789012")).toBe("HK-1234-5678-9012");
    expect(normalizeReference("HK-1I2L-5678-9012")).toBe("HK-1121-5678-9012");
    // The old 8-character form (40 bits) is no longer a reference.
    expect(normalizeReference("HK-7F3K-9QX2")).toBeUndefined();
    expect(normalizeReference("nope")).toBeUndefined();
  });

  it("stores only the hash of a manage token", () => {
    const { token, hash } = newManageToken();
    expect(isWellFormedManageToken(token)).toBe(true);
    expect(hash).toBe(hashManageToken(token));
    expect(hash).not.toContain(token);
  });

  it("masks all but the last four", () => {
    expect(maskTail("11010519900307123X")).toBe("**************123X");
  });
});

describe("booking form schema", () => {
  const valid = {
    officeId: "410105-hall",
    date: "2026-12-01",
    time: "09:00",
    business: "settlement",
    routeId: "zhengzhou-rental",
    name: "张三",
    phone: "13800138000",
    idNumber: makeId(),
  };

  it("accepts a complete form and normalizes numbers", () => {
    const r = bookingRequestSchema.safeParse({
      ...valid,
      phone: "+86 13800138000",
      idNumber: ` ${valid.idNumber.toLowerCase()} `,
    });
    expect(r.success).toBe(true);
    expect(r.data?.phone).toBe("13800138000");
  });

  it("reports one code per field", () => {
    const r = bookingRequestSchema.safeParse({
      ...valid,
      name: " ",
      phone: "123",
      idNumber: withWrongCheckDigit(valid.idNumber),
      officeId: "nowhere",
      business: "x",
      checklistUrl: "https://evil.example/",
    });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({
      name: "required",
      phone: "phoneInvalid",
      idNumber: "id_checkDigit",
      officeId: "officeUnknown",
      business: "businessInvalid",
      checklistUrl: "checklistInvalid",
    });
  });

  it("treats missing fields as required, never throws on odd input", () => {
    const r = bookingRequestSchema.safeParse({ officeId: 5, date: null });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!).name).toBe("required");
    expect(lookupSchema.safeParse({ reference: "??", phone: "13800138000" }).success).toBe(false);
  });
});
