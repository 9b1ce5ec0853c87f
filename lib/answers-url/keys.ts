import type { AnswerField } from "@/policies/fields";

/**
 * Short query-string keys of the shareable link, version 1. A public contract once links are shared:
 * never reuse or rename a key; a new field gets a new key, a changed meaning needs `v=2`.
 * Documented in docs/answers.md.
 */
/** What a link carries for 不清楚 ("unknown") in any field that allows it. */
export const UNKNOWN_TOKEN = "x";
/** The 不清楚 checkbox beside a number travels under its own name, so an empty number box can't hide it. */
export const UNKNOWN_NAME = "unk";

export const SHORT_KEYS = {
  city: "c",
  situation: "sn",
  district: "d",
  birthDate: "b",
  origin: "o",
  hukouRural: "hr",
  urbanArea: "ua",
  edu: "e",
  eduFullTime: "ef",
  title: "ti",
  skill: "sk",
  talentLevel: "tl",
  student: "st",
  orgTransfer: "ot",
  employed: "em",
  keyProject: "kp",
  siLast12: "s12",
  siTotal: "sit",
  siStreak: "sis",
  permit: "p",
  permitMonths: "pm",
  resideMonths: "rm",
  renting: "r",
  tenancy: "tn",
  leaseFiled: "lf",
  rentMonths: "rn",
  resideReg: "rr",
  home: "h",
  spouseHome: "sh",
  relHome: "rh",
  business: "bu",
  premises: "pr",
  joins: "j",
  sponsorReg: "sr",
  sponsorHome: "sph",
  coResident: "cr",
  married: "m",
  spouseAbsent: "sa",
  ward: "w",
  gradCollective: "gc",
  returnWork: "rw",
  homestead: "hs",
  stableIncome: "si",
  returnLive: "rl",
  age: "a",
  withSpouse: "ws",
  withChildren: "wc",
  withParents: "wp",
  withOthers: "wo",
  regAddress: "ra",
  relationShown: "rs",
  originCode: "oc",
} as const satisfies Record<AnswerField, string>;

/** Keys of the link that are not answers. */
export const LINK_KEYS = {
  version: "v",
  ticks: "t",
  /** The route the checklist or booking is for. */
  route: "rt",
} as const;

export const LINK_VERSION = "1";

// A Map, not an object: link keys are attacker-controlled ("__proto__", "constructor").
export const FIELD_BY_KEY: ReadonlyMap<string, AnswerField> = new Map(
  Object.entries(SHORT_KEYS).map(([field, key]) => [key, field as AnswerField]),
);
