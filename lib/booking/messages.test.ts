import { describe, expect, it } from "vitest";
import hans from "@/messages/zh-Hans.json";
import hant from "@/messages/zh-Hant.json";
import { bookingText, errorText } from "./messages";

/** Every error code the booking code can produce has a message in both locales. */
const CODES = [
  "required",
  "tooLong",
  "invalid",
  "nameInvalid",
  "phoneInvalid",
  "id_format",
  "id_birthDate",
  "id_checkDigit",
  "officeUnknown",
  "dateInvalid",
  "timeInvalid",
  "businessInvalid",
  "businessNotOffered",
  "routeInvalid",
  "checklistInvalid",
  "idempotencyKeyInvalid",
  "slotUnavailable",
  "referenceInvalid",
  "full",
  "alreadyBooked",
  "idempotencyMismatch",
  "notFound",
  "notActive",
  "sameSlot",
  "rateLimited",
  "badJson",
  "server",
];

const keys = (o: unknown, prefix = ""): string[] =>
  o && typeof o === "object"
    ? Object.entries(o).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe("booking messages", () => {
  it.each(["zh-Hans", "zh-Hant"] as const)("has every error code in %s", (locale) => {
    for (const code of CODES)
      expect(bookingText(locale, `errors.${code}`, { minutes: 1, hours: 0 }), code).not.toBe(
        `errors.${code}`,
      );
  });

  it("has the same keys in both locales", () => {
    expect(keys((hant as Record<string, unknown>).booking)).toEqual(
      keys((hans as Record<string, unknown>).booking),
    );
    expect(keys((hant as Record<string, unknown>).calendar)).toEqual(
      keys((hans as Record<string, unknown>).calendar),
    );
  });

  it("substitutes parameters and falls back for unknown codes", () => {
    expect(errorText("zh-Hans", "rateLimited", { minutes: 3, hours: 0 })).toContain("3 分钟后再试");
    // A day's wait in hours, not "1440 分钟".
    expect(errorText("zh-Hans", "rateLimited", { minutes: 1440, hours: 24 })).toContain("24 小时后再试");
    expect(errorText("zh-Hant", "rateLimited", { minutes: 1440, hours: 24 })).toContain("24 小時後再試");
    expect(errorText("zh-Hant", "nope")).toBe(bookingText("zh-Hant", "errors.invalid"));
  });
});
