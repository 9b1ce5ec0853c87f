import { born, type Case } from "./types";

const hz = { city: "huzhou", district: "330522", urbanArea: true } as const; // 长兴县
const noTalent = {
  edu: "below",
  eduFullTime: false,
  title: "none",
  skill: "none",
  talentLevel: "none",
} as const;
const rent = { renting: true, leaseFiled: true, rentMonths: 6, home: "none", spouseHome: false } as const;

export const HUZHOU_CASES: readonly Case[] = [
  {
    name: "hz home: own residence in a town",
    answers: { ...hz, home: "residential" },
    expect: { "hz-home": "eligible" },
  },
  {
    name: "hz home: spouse's home counts",
    answers: { ...hz, home: "none", spouseHome: true },
    expect: { "hz-home": "eligible" },
  },
  {
    name: "hz home: no home of self, spouse or direct relatives",
    answers: { ...hz, home: "none", renting: false, spouseHome: false, relHome: false },
    expect: { "hz-home": "ineligible" },
  },
  {
    name: "hz home: 居住房屋承租权 — a public-housing tenant has a legal stable residence (requirement 5)",
    answers: { ...hz, home: "none", renting: true, tenancy: "public" },
    expect: { "hz-home": "eligible" },
  },
  {
    name: "hz home: a private tenant goes by the rental rule, not by 承租权",
    answers: { ...hz, home: "none", renting: true, tenancy: "private", spouseHome: false, relHome: false },
    expect: { "hz-home": "ineligible" },
  },
  {
    name: "hz towns only: a village address",
    answers: { ...hz, urbanArea: false, home: "residential" },
    expect: { "hz-home": "ineligible", "hz-permit": "ineligible", "hz-talent": "ineligible" },
  },
  { name: "hz rental: filed 满六个月 (6)", answers: { ...hz, ...rent }, expect: { "hz-rental": "eligible" } },
  {
    name: "hz rental: filed 5 months",
    answers: { ...hz, ...rent, rentMonths: 5 },
    expect: { "hz-rental": "ineligible" },
  },
  {
    name: "hz rental: owns a home in the town",
    answers: { ...hz, ...rent, home: "residential" },
    expect: { "hz-rental": "ineligible" },
  },
  {
    name: "hz family: spouse living with the sponsor",
    answers: { ...hz, joins: "spouse", coResident: true },
    expect: { "hz-family": "eligible" },
  },
  {
    name: "hz family: unmarried adult child living with parent",
    answers: { ...hz, joins: "parent", birthDate: born(30), married: false, coResident: true },
    expect: { "hz-family": "eligible" },
  },
  {
    name: "hz family: married adult child, sponsor without stable residence",
    answers: {
      ...hz,
      joins: "parent",
      birthDate: born(30),
      married: true,
      coResident: true,
      sponsorHome: false,
    },
    expect: { "hz-family": "ineligible" },
  },
  {
    name: "hz family: married adult child, sponsor with stable residence",
    answers: {
      ...hz,
      joins: "parent",
      birthDate: born(30),
      married: true,
      coResident: false,
      sponsorHome: true,
    },
    expect: { "hz-family": "eligible" },
  },
  {
    name: "hz family: grandparent joins grandchild with residence",
    answers: { ...hz, joins: "grandchild", coResident: false, sponsorHome: true },
    expect: { "hz-family": "eligible" },
  },
  {
    name: "hz talent: no qualification — only Huzhou's departments can say (delegated)",
    answers: { ...hz, ...noTalent },
    expect: { "hz-talent": "needs-info" },
    missing: { "hz-talent": [] },
  },
  {
    name: "hz talent: full-time 中专",
    answers: { ...hz, ...noTalent, edu: "vocational", eduFullTime: true },
    expect: { "hz-talent": "eligible" },
  },
  {
    name: "hz talent: part-time bachelor only — not the full-time branch; Huzhou's departments decide the rest",
    answers: { ...hz, ...noTalent, edu: "bachelor", eduFullTime: false },
    expect: { "hz-talent": "needs-info" },
    missing: { "hz-talent": [] },
  },
  {
    name: "hz talent: junior title",
    answers: { ...hz, ...noTalent, title: "junior" },
    expect: { "hz-talent": "eligible" },
  },
  {
    name: "hz talent: 初级工",
    answers: { ...hz, ...noTalent, skill: "junior-worker" },
    expect: { "hz-talent": "eligible" },
  },
  {
    name: "hz talent: a county-level recognition from anywhere is not enough — Huzhou's departments set the conditions (requirement 5)",
    answers: { ...hz, ...noTalent, talentLevel: "county" },
    expect: { "hz-talent": "needs-info" },
    missing: { "hz-talent": [] },
  },
  {
    name: "hz employment: labour contract and 1 month insurance",
    answers: { ...hz, employed: true, siTotal: 1 },
    expect: { "hz-employment": "eligible" },
  },
  {
    name: "hz employment: no insurance paid yet",
    answers: { ...hz, employed: true, siTotal: 0 },
    expect: { "hz-employment": "ineligible" },
  },
  {
    name: "hz investment: individual business",
    answers: { ...hz, business: "individual" },
    expect: { "hz-investment": "eligible" },
  },
  {
    name: "hz investment: commercial property",
    answers: { ...hz, business: "none", home: "non-residential" },
    expect: { "hz-investment": "eligible" },
  },
  {
    name: "hz investment: neither",
    answers: { ...hz, business: "none", home: "residential" },
    expect: { "hz-investment": "ineligible" },
  },
  {
    name: "hz permit: 满六个月 (6)",
    answers: { ...hz, permit: true, permitMonths: 6 },
    expect: { "hz-permit": "eligible" },
  },
  {
    name: "hz permit: 5 months",
    answers: { ...hz, permit: true, permitMonths: 5 },
    expect: { "hz-permit": "ineligible" },
  },
  {
    name: "hz dates: before the assumed consultation date",
    answers: { ...hz, permit: true, permitMonths: 6 },
    asOf: "2023-09-03",
    expect: { "hz-permit": "absent" },
  },
];
