import type { Case } from "./types";

const zq = { city: "zhaoqing", district: "441202" } as const; // 端州区

export const ZHAOQING_CASES: readonly Case[] = [
  {
    name: "zq rental: permit and 半年以上 residence (6)",
    answers: { ...zq, renting: true, permit: true, resideMonths: 6 },
    expect: { "zq-rental": "eligible" },
  },
  {
    name: "zq rental: 5 months",
    answers: { ...zq, renting: true, permit: true, resideMonths: 5 },
    expect: { "zq-rental": "ineligible" },
  },
  {
    name: "zq rental: no residence permit",
    answers: { ...zq, renting: true, permit: false, resideMonths: 24 },
    expect: { "zq-rental": "ineligible" },
  },
  {
    name: "zq family: any co-resident relative (an aunt)",
    answers: { ...zq, joins: "other-relative", coResident: true },
    expect: { "zq-family": "eligible" },
  },
  {
    name: "zq family: relative not living together",
    answers: { ...zq, joins: "other-relative", coResident: false },
    expect: { "zq-family": "ineligible" },
  },
  {
    name: "zq family: nobody to join",
    answers: { ...zq, joins: "none" },
    expect: { "zq-family": "ineligible" },
  },
  {
    name: "zq home: residential",
    answers: { ...zq, home: "residential" },
    expect: { "zq-home": "eligible" },
  },
  {
    name: "zq home: shop or office (non-residential)",
    answers: { ...zq, home: "non-residential" },
    expect: { "zq-home": "eligible" },
  },
  { name: "zq home: none", answers: { ...zq, home: "none" }, expect: { "zq-home": "ineligible" } },
  {
    name: "zq investment: legal representative with premises",
    answers: { ...zq, business: "legal-rep", premises: true },
    expect: { "zq-investment": "eligible" },
  },
  {
    name: "zq investment: shareholder only",
    answers: { ...zq, business: "shareholder", premises: true },
    expect: { "zq-investment": "ineligible" },
  },
  {
    name: "zq investment: no fixed premises",
    answers: { ...zq, business: "legal-rep", premises: false },
    expect: { "zq-investment": "ineligible" },
  },
  {
    name: "zq talent: 中专 graduate",
    answers: { ...zq, edu: "vocational" },
    expect: { "zq-talent": "eligible" },
  },
  {
    name: "zq talent: 初级工",
    answers: { ...zq, edu: "below", skill: "junior-worker" },
    expect: { "zq-talent": "eligible" },
  },
  {
    name: "zq talent: nothing",
    answers: { ...zq, edu: "below", skill: "none", title: "none" },
    expect: { "zq-talent": "ineligible" },
  },
  {
    name: "zq employment: 6 months insurance (半年以上)",
    answers: { ...zq, employed: true, siTotal: 6 },
    expect: { "zq-employment": "eligible" },
  },
  {
    name: "zq employment: 5 months",
    answers: { ...zq, employed: true, siTotal: 5 },
    expect: { "zq-employment": "ineligible" },
  },
  {
    name: "zq zones: 肇庆高新区 (functional zone)",
    answers: { city: "zhaoqing", district: "441200-gaoxin", home: "residential" },
    expect: { "zq-home": "eligible" },
  },
  {
    name: "zq zones: district not needed (single zone)",
    answers: { city: "zhaoqing", home: "residential" },
    expect: { "zq-home": "eligible" },
  },
];
