// The questionnaire's vocabulary as plain data. The zod schema (answers.ts), the TypeScript type and the
// per-field metadata for forms all derive from this one table, so they cannot disagree. The order of
// the table is the order in which questions are asked.
import { DISTRICT_IDS } from "./divisions";
import { ADDRESS_KINDS } from "./types";

export type FieldKind = "enum" | "months" | "date" | "boolean" | "number" | "code";

interface EnumSpec {
  readonly kind: "enum";
  readonly values: readonly string[];
  readonly unknown: boolean;
}
interface NumberSpec {
  readonly kind: "months" | "number";
  readonly min: number;
  readonly max: number;
  readonly unknown: boolean;
}
interface SimpleSpec {
  /** "code": a 6-digit administrative division code (GB/T 2260). */
  readonly kind: "date" | "boolean" | "code";
  readonly unknown: boolean;
}
export type FieldSpec = EnumSpec | NumberSpec | SimpleSpec;

const CITIES = ["zhengzhou", "qingdao", "huzhou", "zhaoqing"] as const;
/**
 * The applicant's situation, asked first where a text divides people by it (青岛 §四, §五(三)):
 * moving the hukou in from elsewhere, already registered in the city and moving within it, or
 * returning to the place of origin (原籍).
 */
export const SITUATIONS = ["moving-in", "local", "returning"] as const;
export type Situation = (typeof SITUATIONS)[number];

export const EDU = ["below", "vocational", "college", "bachelor", "master", "doctorate"] as const;
export const TITLE = ["none", "junior", "intermediate", "associate-senior", "senior"] as const;
export const SKILL = [
  "none",
  "junior-worker",
  "intermediate-worker",
  "senior-worker",
  "technician",
  "senior-technician",
] as const;
export const TALENT = ["none", "county", "city", "province"] as const;

export const FIELDS = {
  city: { kind: "enum", values: CITIES, unknown: false },
  situation: { kind: "enum", values: SITUATIONS, unknown: false },
  district: { kind: "enum", values: DISTRICT_IDS, unknown: false },
  birthDate: { kind: "date", unknown: false },
  origin: { kind: "enum", values: ["same-city", "other-city"], unknown: true },
  hukouRural: { kind: "boolean", unknown: true },
  urbanArea: { kind: "boolean", unknown: true },
  edu: { kind: "enum", values: EDU, unknown: true },
  eduFullTime: { kind: "boolean", unknown: true },
  title: { kind: "enum", values: TITLE, unknown: true },
  skill: { kind: "enum", values: SKILL, unknown: true },
  talentLevel: { kind: "enum", values: TALENT, unknown: true },
  student: { kind: "enum", values: ["none", "domestic", "abroad", "tech-final"], unknown: true },
  orgTransfer: { kind: "boolean", unknown: true },
  employed: { kind: "boolean", unknown: true },
  keyProject: { kind: "boolean", unknown: true },
  siLast12: { kind: "months", min: 0, max: 12, unknown: true },
  siTotal: { kind: "months", min: 0, max: 1200, unknown: true },
  siStreak: { kind: "months", min: 0, max: 1200, unknown: true },
  permit: { kind: "boolean", unknown: true },
  permitMonths: { kind: "months", min: 0, max: 1200, unknown: true },
  resideMonths: { kind: "months", min: 0, max: 1200, unknown: true },
  renting: { kind: "boolean", unknown: true },
  tenancy: { kind: "enum", values: ["private", "public"], unknown: true },
  leaseFiled: { kind: "boolean", unknown: true },
  rentMonths: { kind: "months", min: 0, max: 1200, unknown: true },
  resideReg: { kind: "boolean", unknown: true },
  home: { kind: "enum", values: ["none", "residential", "non-residential"], unknown: true },
  spouseHome: { kind: "boolean", unknown: true },
  relHome: { kind: "boolean", unknown: true },
  business: { kind: "enum", values: ["none", "shareholder", "legal-rep", "individual"], unknown: true },
  premises: { kind: "boolean", unknown: true },
  joins: {
    kind: "enum",
    values: [
      "none",
      "spouse",
      "parent",
      "child",
      "grandparent",
      "grandchild",
      "parent-in-law",
      "child-in-law",
      "guardian",
      "other-relative",
    ],
    unknown: true,
  },
  sponsorReg: {
    kind: "enum",
    values: ["home", "unit", "talent", "community", "rural", "other"],
    unknown: true,
  },
  sponsorHome: { kind: "boolean", unknown: true },
  coResident: { kind: "boolean", unknown: true },
  married: { kind: "boolean", unknown: true },
  spouseAbsent: { kind: "boolean", unknown: true },
  ward: { kind: "enum", values: ["none", "orphan", "incapacity"], unknown: true },
  gradCollective: { kind: "boolean", unknown: true },
  returnWork: { kind: "boolean", unknown: true },
  homestead: { kind: "boolean", unknown: true },
  stableIncome: { kind: "boolean", unknown: true },
  returnLive: { kind: "boolean", unknown: true },
  // Not asked by relevantFields: alternatives and checklist-only facts.
  age: { kind: "number", min: 0, max: 150, unknown: false },
  withSpouse: { kind: "boolean", unknown: false },
  withChildren: { kind: "number", min: 0, max: 20, unknown: false },
  withParents: { kind: "number", min: 0, max: 4, unknown: false },
  withOthers: { kind: "number", min: 0, max: 20, unknown: false },
  // Asked with the family questions, only when an open route offers a choice of address (flow.ts).
  regAddress: { kind: "enum", values: ADDRESS_KINDS, unknown: true },
  // Asked with the family questions where the text exempts a relation proof the 户口簿 already shows.
  relationShown: { kind: "boolean", unknown: true },
  originCode: { kind: "code", unknown: false },
} as const satisfies Record<string, FieldSpec>;

type Specs = typeof FIELDS;
export type AnswerField = keyof Specs;

type ValueOf<S> = S extends { kind: "enum"; values: readonly (infer V)[] }
  ? V
  : S extends { kind: "boolean" }
    ? boolean
    : S extends { kind: "date" | "code" }
      ? string
      : number;
type WithUnknown<S> = S extends { unknown: true } ? "unknown" : never;

/** One applicant's answers. Every field is optional: undefined means "not asked yet". */
export type Answers = {
  -readonly [K in AnswerField]?: K extends "district" ? string : ValueOf<Specs[K]> | WithUnknown<Specs[K]>;
};

export const FIELD_NAMES = Object.keys(FIELDS) as AnswerField[];

/** Field metadata for rendering a question. */
export interface FieldMeta {
  readonly name: AnswerField;
  readonly kind: FieldKind;
  /** Enum option values (without "unknown"). */
  readonly values: readonly string[] | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Whether "unknown" (不清楚) is an allowed answer. */
  readonly unknown: boolean;
}

export const FIELD_META: Readonly<Record<AnswerField, FieldMeta>> = Object.fromEntries(
  FIELD_NAMES.map((name) => {
    const s: FieldSpec = FIELDS[name];
    return [
      name,
      {
        name,
        kind: s.kind,
        values: s.kind === "enum" ? s.values : null,
        min: s.kind === "months" || s.kind === "number" ? s.min : null,
        max: s.kind === "months" || s.kind === "number" ? s.max : null,
        unknown: s.unknown,
      },
    ];
  }),
) as Record<AnswerField, FieldMeta>;

/** Rank in an ordered enum (education, titles, skills, talent level); -1 when not a listed value. */
export const rank = (values: readonly string[], v: unknown): number => values.indexOf(v as string);
