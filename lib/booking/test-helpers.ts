import { idCheckDigit } from "./id-number";

/** A well-formed resident ID: region, birth date, sequence, and the computed check digit. */
export function makeId(region = "110105", birth = "19900307", seq = 123): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, "0")}`;
  return first17 + idCheckDigit(first17);
}

/** The same ID with a wrong check character. */
export function withWrongCheckDigit(id: string): string {
  const wrong = id[17] === "1" ? "2" : "1";
  return id.slice(0, 17) + wrong;
}

/** Monday 2026-09-28 10:00 in Shanghai: the window spans National Day and the 10-10 make-up Saturday. */
export const BEFORE_NATIONAL_DAY = new Date("2026-09-28T02:00:00Z");

let n = 0;
/** Distinct valid IDs and phone numbers for load and race tests. */
export function person(i = n++) {
  // A different birth date every 1000 people keeps the 3-digit sequence unique.
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 1000) * 86_400_000);
  return {
    idNumber: makeId("330502", birth.toISOString().slice(0, 10).replaceAll("-", ""), i % 1000),
    phone: `139${String(i).padStart(8, "0")}`,
    name: "测试",
  };
}
