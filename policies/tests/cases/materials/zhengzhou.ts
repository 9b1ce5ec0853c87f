import type { MaterialsCase } from "./types";

const central = { city: "zhengzhou", district: "410105" } as const; // 金水区
const county = { city: "zhengzhou", district: "410122" } as const; // 中牟县

export const ZHENGZHOU_MATERIALS: readonly MaterialsCase[] = [
  {
    name: "zz rental, central: renter with spouse and two children, registering at the rented home",
    reading:
      "三¶2 names 户口簿、居民身份证、迁入人关系证明(户口簿能直接显示关系的可不提供)和房屋租赁合同; 入户地址二: 凭租赁合同, 经房东同意; family members' own 户口簿 and ID implied",
    answers: {
      ...central,
      origin: "other-city",
      renting: true,
      leaseFiled: true,
      rentMonths: 14,
      withSpouse: true,
      withChildren: 2,
      withParents: 0,
      regAddress: "rented",
      relationShown: false,
    },
    route: "zz-rental",
    verdict: "eligible",
    address: "zz-rented-home",
    items: {
      applicant: ["hukou-book!", "id-card!", "lease-contract!", "landlord-consent!"],
      spouse: ["id-card", "hukou-book", "relation-proof-spouse!"],
      child: ["hukou-book", "relation-proof-child!"],
    },
    consents: { "landlord-consent": "landlord" },
    never: ["marriage-certificate", "birth-certificate", "residence-permit"],
  },
  {
    name: "zz insurance, county town: with a parent in the same 户口簿, registering with a relative",
    reading:
      "二¶3: 户口簿、居民身份证、迁入人关系证明 (dropped: the 户口簿 shows the relation), 网上核实 insurance (no record asked); 入户地址三: 经户主同意",
    answers: {
      ...county,
      siLast12: 3,
      urbanArea: true,
      withSpouse: false,
      withChildren: 0,
      withParents: 1,
      regAddress: "relative",
      relationShown: true,
    },
    route: "zz-insurance",
    verdict: "eligible",
    address: "zz-relative-home",
    items: {
      applicant: ["hukou-book!", "id-card!"],
      householder: ["householder-consent!", "hukou-book"],
      parent: ["id-card"],
    },
    consents: { "householder-consent": "householder" },
    never: ["social-insurance-record", "relation-proof-parent"],
  },
  {
    name: "zz permit, central: rural hukou, permit 2 years, alone, into the unit's collective",
    reading:
      "一¶2: 户口簿、居民身份证; 居住证信息 checked on the platform (no permit asked); 入户地址一: 经单位同意",
    answers: {
      ...central,
      hukouRural: true,
      permit: true,
      permitMonths: 24,
      withSpouse: false,
      withChildren: 0,
      withParents: 0,
      regAddress: "unit",
    },
    route: "zz-permit",
    verdict: "eligible",
    address: "zz-unit-collective",
    items: { applicant: ["hukou-book!", "id-card!", "unit-consent!"] },
    consents: { "unit-consent": "employer" },
    never: ["residence-permit"],
  },
  {
    name: "zz rental, address not decided: the four ways are one group",
    reading: "入户地址: 四种方式自愿选择 — until chosen, one group of alternatives",
    answers: { ...central, origin: "other-city", renting: true, leaseFiled: true, rentMonths: 12 },
    route: "zz-rental",
    verdict: "eligible",
    address: null,
    items: { applicant: ["hukou-book!", "id-card!", "lease-contract!"] },
    groups: ["@zz-unit-collective | @zz-rented-home | @zz-relative-home | @zz-community-collective"],
  },
];
