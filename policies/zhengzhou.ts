// 郑州: "两放宽一增加" (000). Three routes, each with a central-district and a county/上街区 variant.
import { citer } from "./cite";
import { all, is, leaf, MET, num, oneOf, type RuleNode, UNKNOWN, UNMET } from "./engine";
import type { CityJurisdiction, RouteDef } from "./jurisdiction";
import { threshold } from "./legal";
import { familyDocs, identity, implied, member, named } from "./materials";
import type { AddressOption, Citation, Zone } from "./types";

const SRC = "000_aa5a43be4e8a0b7c.txt";
const cite = citer(SRC);

const C = {
  effective: cite("导语", "即日起,将在2017年户籍制度改革的基础上放宽两项、增加一项户口迁入郑州市落户条件"),
  central: cite(
    "中心城区",
    "中心城区:包括中原区、二七区、管城区、金水区、惠济区、郑东新区、郑州高新技术产业开发区、郑州经济技术开发区和郑州航空港经济综合实验区。",
  ),
  county: cite(
    "县(市)、上街区",
    "县(市)、上街区:包括上街区、中牟县、巩义市、荥阳市、新密市、新郑市、登封市。",
  ),
  permitRoute: cite(
    "一¶1",
    "即凡持有我市中心城区居住证满1年、户口住址在农村的人员,可申请本人及其共同居住生活的配偶、子女和父母的户口迁入",
  ),
  permitCounty: cite("一¶1", "县(市)、上街区降低至持有居住证即可"),
  permitCountyTown: cite("一¶1", "迁入县(市)、上街区政府驻地镇和其他建制镇的,不要求持有居住证的时限。"),
  permitMaterials: cite(
    "一¶2",
    "符合此项条件的人员凭户口簿、居民身份证和迁入人关系证明(户口簿能直接显示关系的可不提供),经户籍民警在郑州市流动人口信息平台中核实“居住证信息”无误后",
  ),
  siRoute: cite(
    "二¶1",
    "即在郑州市中心城区近一年内参加城镇社会保险满6个月的人员,可以申请本人及其共同居住生活的配偶、子女和父母的户口迁入。",
  ),
  siCounty: cite("二¶1", "县(市)、上街区参加城镇社会保险不要求时限。"),
  siCountyTown: cite("二¶2", "迁入县(市)、上街区政府驻地镇和其他建制镇的,不要求缴纳社会保险金的时限。"),
  siMaterials: cite(
    "二¶3",
    "符合此项条件的人员凭户口簿、居民身份证和迁入人关系证明(户口簿能直接显示关系的可不提供),经户籍民警网上核实缴纳城镇社会保险信息无误后",
  ),
  rentRoute: cite(
    "三¶1",
    "在郑州市中心城区租赁住房满1年的外地市人员,可到中心城区租赁住房所在地派出所户籍室(户籍服务站)申请本人及其共同居住的配偶、子女和父母的户口迁入",
  ),
  rentCounty: cite("三¶1", "在县(市)、上街区政府驻地镇和其他建制镇的租赁住房入户的,不要求租赁时限。"),
  rentMaterials: cite(
    "三¶2",
    "符合此项条件的人员凭户口簿、居民身份证、迁入人关系证明(户口簿能直接显示关系的可不提供)和房屋租赁合同",
  ),
  rentTime: cite("三¶2", "租赁住房时间,以郑州市流动人口信息平台中承租人信息录入时间为准。"),
  addresses: cite("入户地址", "凡符合以上三种入户条件的人员,可通过四种入户方式自愿选择入户地址"),
  addrUnit: cite("入户地址 一", "一是有工作单位,单位有集体户口的,经单位同意,可选择入到单位集体户口"),
  addrRent: cite("入户地址 二", "二是凭实际居住地房屋租赁合同,经房东同意,可将户口迁入租房户的地址"),
  addrRelative: cite("入户地址 三", "三是可投靠亲友,经户主同意,将户口迁入亲友处"),
  // The page breaks this sentence after "四是无处": the raw quote keeps the break, the display joins it.
  addrCommunity: cite("入户地址 四", "四是无处\n\n可入户口的,可就近选择社区公共集体户口入户。"),
} satisfies Record<string, Citation>;

export const ZHENGZHOU_ZONES: readonly Zone[] = [
  {
    id: "zz-central",
    city: "zhengzhou",
    districts: [
      "410102",
      "410103",
      "410104",
      "410105",
      "410108",
      "410100-zhengdong",
      "410100-gaoxin",
      "410100-jingkai",
      "410100-hangkonggang",
    ],
    citation: C.central,
  },
  {
    id: "zz-county",
    city: "zhengzhou",
    districts: ["410106", "410122", "410181", "410182", "410183", "410184", "410185"],
    citation: C.county,
  },
];

// The four address choices are a free choice (all rank 1) except the community collective, which is
// for those with nowhere else ("无处可入户口的"). Each names its consent and who gives it.
const ADDRESSES: readonly AddressOption[] = [
  {
    id: "zz-unit-collective",
    kind: "unit",
    order: 1,
    consent: "employer",
    materials: [named("unit-consent", "applicant", "employer", "consent", C.addrUnit)],
    citation: C.addrUnit,
  },
  {
    id: "zz-rented-home",
    kind: "rented",
    order: 1,
    consent: "landlord",
    materials: [
      named("lease-contract", "applicant", "landlord", "lease", C.addrRent),
      named("landlord-consent", "applicant", "landlord", "consent", C.addrRent),
    ],
    citation: C.addrRent,
  },
  {
    id: "zz-relative-home",
    kind: "relative",
    order: 1,
    consent: "householder",
    materials: [
      named("householder-consent", "householder", "householder", "consent", C.addrRelative),
      implied("hukou-book", "householder", "police", "address-household", C.addrRelative),
    ],
    citation: C.addrRelative,
  },
  {
    id: "zz-community-collective",
    kind: "community",
    order: 2,
    consent: null,
    materials: [],
    citation: C.addrCommunity,
  },
];

const family = (c: Citation) => [
  member("spouse", c, "co-resident"),
  member("child", c, "co-resident"),
  member("parent", c, "co-resident"),
];

/** County variants apply only in 政府驻地镇 and 其他建制镇 (towns), not in villages. */
const town = (c: Citation) => is("zz-town", "urbanArea", true, c);

const permit: RouteDef = {
  id: "zz-permit",
  citation: C.permitRoute,
  rules: {
    "zz-central": all(
      is("zz-rural-hukou", "hukouRural", true, C.permitRoute),
      is("zz-permit-held", "permit", true, C.permitRoute),
      num("zz-permit-months", "permitMonths", threshold("min", 12, "months", "满"), C.permitRoute),
    ),
    "zz-county": all(
      is("zz-rural-hukou", "hukouRural", true, C.permitRoute),
      is("zz-permit-held", "permit", true, C.permitCounty),
      town(C.permitCountyTown),
    ),
  },
  family: family(C.permitRoute),
  addresses: ADDRESSES,
  // No residence-permit document: the police check "居住证信息" on the platform themselves.
  materials: [...identity(C.permitMaterials, true), ...familyDocs(C.permitMaterials, true)],
  notes: [{ id: "zz-permit-online-check", citation: C.permitMaterials, checklist: true }],
};

/** Any month of urban social insurance in the last 12 months counts as taking part (county: no duration). */
const siTakingPart = (c: Citation): RuleNode =>
  leaf("zz-si-participating", ["siLast12"], c, (a) => {
    const v = a.siLast12;
    return typeof v === "number" ? (v > 0 ? MET : UNMET) : UNKNOWN;
  });

const insurance: RouteDef = {
  id: "zz-insurance",
  citation: C.siRoute,
  rules: {
    "zz-central": num("zz-si-months", "siLast12", threshold("min", 6, "months", "满"), C.siRoute),
    "zz-county": all(siTakingPart(C.siCounty), town(C.siCountyTown)),
  },
  family: family(C.siRoute),
  addresses: ADDRESSES,
  // No insurance record: the police check the payments online ("网上核实缴纳城镇社会保险信息").
  materials: [...identity(C.siMaterials, true), ...familyDocs(C.siMaterials, true)],
  notes: [{ id: "zz-si-online-check", citation: C.siMaterials, checklist: true }],
};

const rental: RouteDef = {
  id: "zz-rental",
  citation: C.rentRoute,
  rules: {
    "zz-central": all(
      oneOf("zz-other-city", "origin", ["other-city"], C.rentRoute),
      is("zz-renting", "renting", true, C.rentRoute),
      is("zz-lease-recorded", "leaseFiled", true, C.rentTime),
      num("zz-rent-months", "rentMonths", threshold("min", 12, "months", "满"), C.rentRoute),
    ),
    "zz-county": all(
      is("zz-renting", "renting", true, C.rentCounty),
      is("zz-lease-recorded", "leaseFiled", true, C.rentTime),
      town(C.rentCounty),
    ),
  },
  family: family(C.rentRoute),
  addresses: ADDRESSES,
  applyAt: "rented-home",
  materials: [
    ...identity(C.rentMaterials, true),
    named("lease-contract", "applicant", "landlord", "lease", C.rentMaterials),
    ...familyDocs(C.rentMaterials, true),
  ],
  notes: [
    { id: "zz-rent-where", citation: C.rentRoute, checklist: true },
    { id: "zz-rent-time-basis", citation: C.rentTime },
  ],
};

export const zhengzhou: CityJurisdiction = {
  id: "zhengzhou",
  status: "in-force",
  // 郑州日报 2019-12-11 ("即日起"); the same text ran that day on 郑州日报"郑州+" and on 中原网 on
  // 2019-12-12 — docs/policy-coverage.md.
  effectiveFrom: "2019-12-11",
  effectiveTo: null,
  dateBasis: "publication",
  source: SRC,
  effectiveCitation: C.effective,
  zones: ZHENGZHOU_ZONES,
  routes: [permit, insurance, rental],
  notes: [{ id: "zz-address-choice", citation: C.addresses }],
};
