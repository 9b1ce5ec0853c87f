import type { Case } from "./types";

const central = { city: "zhengzhou", district: "410105" } as const; // 金水区
const county = { city: "zhengzhou", district: "410122" } as const; // 中牟县
const permitOk = { hukouRural: true, permit: true, permitMonths: 12 } as const;
const rentOk = { origin: "other-city", renting: true, leaseFiled: true, rentMonths: 12 } as const;

export const ZHENGZHOU_CASES: readonly Case[] = [
  {
    name: "zz permit central: 满1年 on the boundary (12 months)",
    answers: { ...central, ...permitOk },
    expect: { "zz-permit": "eligible" },
  },
  {
    name: "zz permit central: 11 months is short of 满1年",
    answers: { ...central, ...permitOk, permitMonths: 11 },
    expect: { "zz-permit": "ineligible" },
  },
  {
    name: "zz permit central: hukou address not rural",
    answers: { ...central, ...permitOk, hukouRural: false },
    expect: { "zz-permit": "ineligible" },
  },
  {
    name: "zz permit central: no residence permit",
    answers: { ...central, hukouRural: true, permit: false },
    expect: { "zz-permit": "ineligible" },
  },
  {
    name: "zz permit central: months not answered → needs-info",
    answers: { ...central, hukouRural: true, permit: true },
    expect: { "zz-permit": "needs-info" },
    missing: { "zz-permit": ["permitMonths"] },
  },
  {
    name: "zz permit central: rural address unknown → needs-info",
    answers: { ...central, ...permitOk, hukouRural: "unknown" },
    expect: { "zz-permit": "needs-info" },
    missing: { "zz-permit": ["hukouRural"] },
  },
  {
    name: "zz permit county: permit held, no duration, in a town",
    answers: { ...county, hukouRural: true, permit: true, permitMonths: 0, urbanArea: true },
    expect: { "zz-permit": "eligible" },
  },
  {
    name: "zz permit county: village, not a town",
    answers: { ...county, hukouRural: true, permit: true, urbanArea: false },
    expect: { "zz-permit": "ineligible" },
  },
  {
    name: "zz permit county: no permit at all",
    answers: { ...county, hukouRural: true, permit: false, urbanArea: true },
    expect: { "zz-permit": "ineligible" },
  },
  {
    name: "zz insurance central: 6 months in the last year (boundary)",
    answers: { ...central, siLast12: 6 },
    expect: { "zz-insurance": "eligible" },
  },
  {
    name: "zz insurance central: 5 months",
    answers: { ...central, siLast12: 5 },
    expect: { "zz-insurance": "ineligible" },
  },
  {
    name: "zz insurance county: 1 month, no duration required",
    answers: { ...county, siLast12: 1, urbanArea: true },
    expect: { "zz-insurance": "eligible" },
  },
  {
    name: "zz insurance county: not taking part",
    answers: { ...county, siLast12: 0, urbanArea: true },
    expect: { "zz-insurance": "ineligible" },
  },
  {
    name: "zz rental central: 满1年 from platform entry (12)",
    answers: { ...central, ...rentOk },
    expect: { "zz-rental": "eligible" },
  },
  {
    name: "zz rental central: 11 months",
    answers: { ...central, ...rentOk, rentMonths: 11 },
    expect: { "zz-rental": "ineligible" },
  },
  {
    name: "zz rental central: not 外地市 (hukou already in Zhengzhou)",
    answers: { ...central, ...rentOk, origin: "same-city" },
    expect: { "zz-rental": "ineligible" },
  },
  {
    name: "zz rental central: tenant not entered on the platform",
    answers: { ...central, ...rentOk, leaseFiled: false },
    expect: { "zz-rental": "ineligible" },
  },
  {
    name: "zz rental county: no duration, town",
    answers: { ...county, renting: true, leaseFiled: true, rentMonths: 0, urbanArea: true },
    expect: { "zz-rental": "eligible" },
  },
  {
    name: "zz rental county: not renting",
    answers: { ...county, renting: false, urbanArea: true },
    expect: { "zz-rental": "ineligible" },
  },
  {
    name: "zz zones: 郑东新区 (functional zone) is central",
    answers: { city: "zhengzhou", district: "410100-zhengdong", siLast12: 5 },
    expect: { "zz-insurance": "ineligible" },
  },
  {
    name: "zz zones: 航空港区 is central",
    answers: { city: "zhengzhou", district: "410100-hangkonggang", siLast12: 6 },
    expect: { "zz-insurance": "eligible" },
  },
  {
    name: "zz zones: 上街区 is a county-rule district",
    answers: { city: "zhengzhou", district: "410106", siLast12: 1, urbanArea: true },
    expect: { "zz-insurance": "eligible" },
  },
  {
    name: "zz zones: 巩义市 is a county-rule district",
    answers: { city: "zhengzhou", district: "410181", siLast12: 1, urbanArea: true },
    expect: { "zz-insurance": "eligible" },
  },
];
