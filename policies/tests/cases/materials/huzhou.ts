import type { MaterialsCase } from "./types";

const hz = { city: "huzhou", district: "330502", urbanArea: true } as const;

export const HUZHOU_MATERIALS: readonly MaterialsCase[] = [
  {
    name: "hz rental: private lease filed 8 months, no home, with spouse, registering in the rented home",
    reading:
      "02.1 租賃…登記備案滿六個月, 本人、配偶…無住房; 经房屋权利人同意也可以在租赁住房内落户 (named consent); 02 末段 配偶随迁",
    answers: {
      ...hz,
      renting: true,
      tenancy: "private",
      leaseFiled: true,
      rentMonths: 8,
      home: "none",
      spouseHome: false,
      withSpouse: true,
      withChildren: 0,
      withParents: 0,
      regAddress: "rented",
    },
    route: "hz-rental",
    verdict: "eligible",
    address: "hz-rented-home",
    items: {
      applicant: [
        "hukou-book",
        "id-card",
        "lease-contract",
        "lease-filing-proof",
        "no-home-proof",
        "owner-consent!",
      ],
      spouse: ["id-card", "hukou-book", "marriage-certificate"],
    },
    consents: { "owner-consent": "property-owner" },
    never: ["qd-property-certificate"],
  },
  {
    name: "hz talent: full-time 中专 graduate, into the unit's collective",
    reading:
      "02.3 全日制中专(含职业院校)以上学历: the diploma; 02 末段 order, 单位集体户: the unit's consent",
    answers: { ...hz, edu: "vocational", eduFullTime: true, regAddress: "unit" },
    route: "hz-talent",
    verdict: "eligible",
    address: "hz-unit-collective",
    items: { applicant: ["hukou-book", "id-card", "degree-certificate", "unit-consent"] },
    consents: { "unit-consent": "employer" },
    never: ["talent-recognition", "title-certificate", "skill-certificate"],
  },
  {
    name: "hz family: unmarried adult daughter living with her father",
    reading:
      "02.2 与被投靠人共同居住生活的…未婚子女: birth certificate and proof of living together; the father's 户口簿",
    answers: { ...hz, joins: "parent", birthDate: "2000-01-01", married: false, coResident: true },
    route: "hz-family",
    verdict: "eligible",
    address: "hz-sponsor-household",
    items: {
      applicant: ["hukou-book", "id-card", "birth-certificate", "co-residence-proof"],
      sponsor: ["hukou-book", "id-card"],
    },
  },
  {
    name: "hz home in the spouse's flat: the owner's 不动产权证书 (no 网签 in Huzhou)",
    reading: "02.1 合法稳定住所 includes 配偶…依法取得房屋所有权的住房",
    answers: { ...hz, home: "none", renting: false, spouseHome: true },
    route: "hz-home",
    verdict: "eligible",
    address: "hz-home-place",
    items: {
      applicant: ["hukou-book", "id-card", "marriage-certificate"],
      "home-owner": ["property-certificate"],
    },
    never: ["qd-property-certificate"],
  },
];
