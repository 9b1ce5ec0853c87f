import type { MaterialsCase } from "./types";

const zq = { city: "zhaoqing", district: "441202" } as const; // 端州区

export const ZHAOQING_MATERIALS: readonly MaterialsCase[] = [
  {
    name: "zq rental: permit, 8 months, with a co-resident aunt, registering at the rented home",
    reading:
      "§一(一) 租赁合法稳定住所, 持有居住证并连续居住半年以上; 可在租赁房屋所在地 (the landlord's consent implied); 共同居住生活的亲属也可以办理随迁",
    answers: {
      ...zq,
      renting: true,
      permit: true,
      resideMonths: 8,
      withSpouse: false,
      withChildren: 0,
      withParents: 0,
      withOthers: 1,
      regAddress: "rented",
    },
    route: "zq-rental",
    verdict: "eligible",
    address: "zq-rented-home",
    items: {
      applicant: ["hukou-book", "id-card", "lease-contract", "residence-permit", "landlord-consent"],
      relative: ["id-card", "hukou-book", "relation-proof"],
    },
    consents: { "landlord-consent": "landlord" },
  },
  {
    name: "zq home: owner of a shop (non-residential) — its 不动产权证书, no 网签 contract",
    reading: "§一(三) 购买办公楼、公寓和商铺等非住宅用途的房产…在房产所在地申请登记常住户口",
    answers: { ...zq, home: "non-residential" },
    route: "zq-home",
    verdict: "eligible",
    address: "zq-property",
    items: { applicant: ["hukou-book", "id-card", "commercial-property-certificate"] },
    never: ["qd-property-certificate", "property-certificate"],
  },
  {
    name: "zq employment: labour contract and 6 months of insurance",
    reading: "§一(六) 合法稳定就业并按规定参加满半年以上社会保险",
    answers: { ...zq, employed: true, siTotal: 6 },
    route: "zq-employment",
    verdict: "eligible",
    address: null,
    items: { applicant: ["hukou-book", "id-card", "labour-contract", "social-insurance-record"] },
  },
  {
    name: "zq talent, branch open: education and skill not known — diploma or skill certificate",
    reading:
      "§一(五) 大中专毕业生、取得初级工及以上职业资格证书或初级以上专业技术职业资格: whichever applies",
    answers: { ...zq, edu: "unknown", skill: "unknown", title: "none" },
    route: "zq-talent",
    verdict: "needs-info",
    address: null,
    items: { applicant: ["hukou-book", "id-card"] },
    groups: ["graduation-certificate | skill-certificate"],
  },
];
