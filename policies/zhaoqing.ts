// 肇庆: report on 肇府〔2016〕14号 "一全面、五放宽、两取消" (003). Seven measures, one zone; the points
// system and the family-planning check are abolished (informational notes).
import { citer } from "./cite";
import { all, any, atLeast, is, num, oneOf, proves } from "./engine";
import { EDU, FIELDS, SKILL, TITLE } from "./fields";
import type { CityJurisdiction, RouteDef } from "./jurisdiction";
import { threshold } from "./legal";
import { familyDocs, identity, implied, member, sponsorDocs } from "./materials";
import type { AddressOption, Citation, Zone } from "./types";

const SRC = "003_d992fc79af3e1999.txt";
const cite = citer(SRC);

const C = {
  notice: cite(
    "导语",
    "印发了《关于进一步推进肇庆市户籍制度改革有关问题的通知》(肇府〔2016〕14号),以“一全面、五放宽、两取消”为抓手,取消积分入户制度",
  ),
  zeroThreshold: cite("导语", "实现了外来人员“零门槛”入户"),
  rental: cite(
    "§一(一)",
    "只要租赁合法稳定住所,持有居住证并连续居住半年以上的人员,可在租赁房屋所在地或租住地社区集体户申请登记常住户口,其共同居住生活的亲属也可以办理随迁。",
  ),
  family: cite(
    "§一(二)",
    "过去肇庆市亲属投靠入户范围主要满足配偶、父母、子女等直系亲属,现调整放宽到共同居住生活的所有亲属。",
  ),
  home: cite("§一(三)", "允许房屋所有者本人及共同生活居住的亲属办理落户;"),
  nonResidential: cite(
    "§一(三)",
    "购买办公楼、公寓和商铺等非住宅用途的房产,本人及其共同居住生活的亲属也可以在房产所在地申请登记常住户口。",
  ),
  investment: cite(
    "§一(四)",
    "只要在肇庆市投资兴办各类企业且具有法定代表人资格和合法固定经营场所的,投资人及其共同生活居住的亲属均可以在肇庆市落户。",
  ),
  investmentNoLimits: cite("§一(四)", "取消对投资创业规模和纳税金额限制"),
  talent: cite(
    "§一(五)",
    "现大中专毕业生、取得初级工及以上职业资格证书或初级以上专业技术职业资格的技术人才均可落户。",
  ),
  employment: cite("§一(六)", "只要在肇庆市合法稳定就业并按规定参加满半年以上社会保险的人员均可落户。"),
  abolished: cite(
    "§一(七)",
    "七是取消积分制入户和计生审核。按照国家相关部署,取消了积分制入户条件和入户计生证明。",
  ),
  appointment: cite("§二(一)", "可实现互联网线上自主选择办理窗口和办理时间,线上预约和线下叫号无缝对接。"),
  oneTimeNotice: cite(
    "§二(二)",
    "各县市区户政窗口严格要求对首次前往的群众采取先受理并实行一次性告知其所需提供充的手续材料",
  ),
} satisfies Record<string, Citation>;

export const ZHAOQING_ZONES: readonly Zone[] = [
  {
    id: "zq-all",
    city: "zhaoqing",
    districts: [
      "441202",
      "441203",
      "441204",
      "441223",
      "441224",
      "441225",
      "441226",
      "441284",
      "441200-gaoxin",
    ],
    citation: C.notice,
  },
];

const RELATIVES = (c: Citation) => [member("co-resident-relative", c, "co-resident")];
const ANY_RELATIVE = FIELDS.joins.values.filter((v) => v !== "none");
/** The route's own identity documents and, for the relatives who move along, theirs. */
const docs = (c: Citation, withFamily: boolean) => [
  ...identity(c, false),
  ...(withFamily ? familyDocs(c, false) : []),
];

// §一(一): "可在租赁房屋所在地或租住地社区集体户" — a free choice. The text names no consent; registering
// a hukou at a rented home cannot be done without its owner's agreement, so that one is implied.
const RENTAL_ADDRESSES: readonly AddressOption[] = [
  {
    id: "zq-rented-home",
    kind: "rented",
    order: 1,
    consent: "landlord",
    materials: [implied("landlord-consent", "applicant", "landlord", "consent", C.rental)],
    citation: C.rental,
  },
  {
    id: "zq-community-collective",
    kind: "community",
    order: 1,
    consent: null,
    materials: [],
    citation: C.rental,
  },
];

const routes: RouteDef[] = [
  {
    id: "zq-rental",
    citation: C.rental,
    rules: {
      "zq-all": all(
        proves(
          is("zq-renting", "renting", true, C.rental),
          implied("lease-contract", "applicant", "landlord", "lease", C.rental),
        ),
        proves(
          is("zq-permit-held", "permit", true, C.rental),
          implied("residence-permit", "applicant", "police", "residence-permit", C.rental),
        ),
        num("zq-reside-months", "resideMonths", threshold("min", 6, "months", "以上"), C.rental),
      ),
    },
    family: RELATIVES(C.rental),
    addresses: RENTAL_ADDRESSES,
    materials: docs(C.rental, true),
    notes: [],
  },
  {
    id: "zq-family",
    citation: C.family,
    rules: {
      "zq-all": all(
        proves(
          oneOf("zq-joins-relative", "joins", ANY_RELATIVE, C.family),
          implied("relation-proof", "applicant", "relation-proof-issuer", "relation", C.family),
        ),
        proves(
          is("zq-co-resident", "coResident", true, C.family),
          implied("co-residence-proof", "applicant", "residents-committee", "co-residence", C.family),
        ),
      ),
    },
    family: [],
    addresses: [
      {
        id: "zq-sponsor-household",
        kind: "relative",
        order: 1,
        consent: null,
        materials: [],
        citation: C.family,
      },
    ],
    materials: [...docs(C.family, false), ...sponsorDocs(C.family)],
    notes: [],
  },
  {
    id: "zq-home",
    citation: C.home,
    rules: {
      // Ownership in Zhaoqing: the 不动产权证书 of the home or of the office, flat or shop. No 网签
      // contract — only Qingdao's text counts one.
      "zq-all": any(
        proves(
          oneOf("zq-home-residential", "home", ["residential"], C.home),
          implied("property-certificate", "applicant", "property-registry", "property", C.home),
        ),
        proves(
          oneOf("zq-home-non-residential", "home", ["non-residential"], C.nonResidential),
          implied(
            "commercial-property-certificate",
            "applicant",
            "property-registry",
            "property",
            C.nonResidential,
          ),
        ),
      ),
    },
    family: RELATIVES(C.home),
    addresses: [
      {
        id: "zq-property",
        kind: "own-home",
        order: 1,
        consent: null,
        materials: [],
        citation: C.nonResidential,
      },
    ],
    materials: docs(C.home, true),
    notes: [],
  },
  {
    id: "zq-investment",
    citation: C.investment,
    rules: {
      "zq-all": all(
        proves(
          oneOf("zq-legal-rep", "business", ["legal-rep"], C.investment),
          implied("business-licence", "applicant", "market-regulator", "business", C.investment, {
            original: "original-and-copy",
          }),
        ),
        proves(
          is("zq-premises", "premises", true, C.investment),
          implied("premises-proof", "applicant", "property-registry", "premises", C.investment),
        ),
      ),
    },
    family: RELATIVES(C.investment),
    addresses: [],
    materials: docs(C.investment, true),
    notes: [{ id: "zq-no-investment-limits", citation: C.investmentNoLimits }],
  },
  {
    id: "zq-talent",
    citation: C.talent,
    rules: {
      "zq-all": any(
        proves(
          atLeast("zq-edu-graduate", "edu", EDU, "vocational", C.talent),
          implied("graduation-certificate", "applicant", "school", "education", C.talent),
        ),
        proves(
          atLeast("zq-skill-junior", "skill", SKILL, "junior-worker", C.talent),
          implied("skill-certificate", "applicant", "human-resources", "skill", C.talent, {
            original: "original-and-copy",
          }),
        ),
        proves(
          atLeast("zq-title-junior", "title", TITLE, "junior", C.talent),
          implied("title-certificate", "applicant", "human-resources", "title", C.talent, {
            original: "original-and-copy",
          }),
        ),
      ),
    },
    family: [],
    addresses: [],
    materials: docs(C.talent, false),
    notes: [],
  },
  {
    id: "zq-employment",
    citation: C.employment,
    rules: {
      "zq-all": all(
        proves(
          is("zq-employed", "employed", true, C.employment),
          implied("labour-contract", "applicant", "employer", "employment", C.employment),
        ),
        proves(
          num("zq-si-months", "siTotal", threshold("min", 6, "months", "以上"), C.employment),
          implied(
            "social-insurance-record",
            "applicant",
            "social-insurance-agency",
            "social-insurance",
            C.employment,
          ),
        ),
      ),
    },
    family: [],
    addresses: [],
    materials: docs(C.employment, false),
    notes: [],
  },
];

export const zhaoqing: CityJurisdiction = {
  id: "zhaoqing",
  status: "in-force",
  // 肇府〔2016〕14号: the year is in its number, the day of issue is not (the report is of 2017-09-05).
  effectiveFrom: "2016-01-01",
  effectiveTo: null,
  dateBasis: "unverified",
  source: SRC,
  effectiveCitation: C.notice,
  zones: ZHAOQING_ZONES,
  routes,
  notes: [
    { id: "zq-zero-threshold", citation: C.zeroThreshold },
    { id: "zq-no-points", citation: C.abolished },
    { id: "zq-no-family-planning", citation: C.abolished },
    { id: "zq-appointment", citation: C.appointment },
    { id: "zq-one-time-notice", citation: C.oneTimeNotice },
  ],
};
