// 湖州: consultation draft (征求意见稿) of the municipal notice on household registration reform (002).
// One zone: the five kinds apply in the towns (城镇地区) of every district and county.
import { citer } from "./cite";
import {
  all,
  any,
  atLeast,
  delegated,
  is,
  leaf,
  MET,
  minor,
  num,
  oneOf,
  proves,
  type RuleNode,
  UNKNOWN,
  UNMET,
} from "./engine";
import { EDU, SKILL, TITLE } from "./fields";
import type { CityJurisdiction, RouteDef } from "./jurisdiction";
import { threshold } from "./legal";
import { familyDocs, identity, implied, member, named, sponsorDocs } from "./materials";
import type { AddressOption, Citation, Zone } from "./types";

const SRC = "002_d61a7162243168b2.txt";
const cite = citer(SRC);

const C = {
  published: cite(
    "导语",
    "9月4日,湖州市公安局发布关于公开征求《湖州市人民政府办公室关于高质量推进户籍制度改革的通知(征求意见稿)》 意见的公告。",
  ),
  towns: cite("02", "02.全面放开放宽城镇地区落户限制"),
  registration: cite(
    "01(一)",
    "居住登记信息按规定可以作为申请登记常住户口时确认落户地、居住年限等办理条件的依据。",
  ),
  permitRecognition: cite(
    "01(三)",
    "凡持有有效《浙江省居住证》的流动人口,符合合法稳定居住、就业和连续就读条件之一,并在当地办理居住登记的,即可在湖州市各区(县)申请居住证互认转换",
  ),
  registrationRecognition: cite(
    "01(三)",
    "凡是在浙江省范围内累计连续居住登记满六个月(除《浙江省流动人口居住登记条例》有特别规定外),符合合法稳定居住、就业和连续就读条件之一的,即可在湖州市各区(县)申请办理《浙江省居住证》",
  ),
  home: cite("02.1", "在城镇地区有合法稳定住所的人员,可以在房屋所在地落户。"),
  homeDefinition: cite(
    "02.1",
    "城镇地区合法稳定住所是指本人依法取得房屋所有权、使用权或居住房屋承租权的住房,以及配偶、直系亲属依法取得房屋所有权的住房。",
  ),
  rental: cite(
    "02.1",
    "租赁城镇私有住房在建设部门办理房屋租赁登记备案满六个月,且本人、配偶及未成年子女在落户地城镇无住房的人员,可以在租赁住房所在地社区公共集体户内落户,经房屋权利人同意也可以在租赁住房内落户。",
  ),
  familyCoResident: cite(
    "02.2",
    "与被投靠人共同居住生活的配偶、未成年子女和未婚子女,可以在被投靠人所在户内落户。",
  ),
  familyHome: cite(
    "02.2",
    "被投靠人在城镇地区有合法稳定住所的,其直系亲属、配偶的直系亲属、子女的配偶,可以在被投靠人所在家庭户内落户,不受年龄及婚姻状况限制。",
  ),
  talent: cite(
    "02.3",
    "具有全日制中专(含职业院校)以上学历人员、初级以上职业资格(含职业技能等级、专业技术职称)人员以及县级以上职能部门规定条件的各类人才,可以在湖州市城镇地区先落户后就业。",
  ),
  employment: cite("02.4", "与企业签订劳动合同,并在本市范围内已缴纳社保的人员,可以在就业地城镇地区落户。"),
  investment: cite(
    "02.4",
    "在本市范围内设立企业(含股东)、个体工商户或者购买商业性质房产的人员,可以在投资兴业地城镇地区落户。",
  ),
  permit: cite("02.5", "持有拟落户地公安机关签发的《浙江省居住证》满六个月的人员,可以在居住地城镇地区落户。"),
  along: cite("02 末段", "上述人员办理落户时,其配偶、未成年子女和未婚子女可以随迁。"),
  order: cite(
    "02 末段",
    "户口登记地址按本人、配偶及其直系亲属的城镇地区合法稳定住所、城镇地区家庭户亲友处、单位集体户、人才市场集体户、居住地或单位所在地社区公共集体户的顺序依次确定。",
  ),
} satisfies Record<string, Citation>;

export const HUZHOU_ZONES: readonly Zone[] = [
  {
    id: "hz-all",
    city: "huzhou",
    districts: ["330502", "330503", "330521", "330522", "330523"],
    citation: C.towns,
  },
];

// Ownership in Huzhou: 不动产权证书 (所有权 or 使用权). No 网签 contract — only Qingdao's text counts one.
const ownProperty = (c: Citation, proves = "property") =>
  implied("property-certificate", "applicant", "property-registry", proves, c);

/** 02 末段: the places in the text's order ("顺序依次确定"); what registering at each takes. */
const ORDER: readonly AddressOption[] = [
  {
    id: "hz-family-residence",
    kind: "own-home",
    order: 1,
    consent: null,
    materials: [implied("residence-proof", "applicant", "property-registry", "address-home", C.order)],
    citation: C.order,
  },
  {
    id: "hz-relative-household",
    kind: "relative",
    order: 2,
    consent: "householder",
    materials: [
      implied("householder-consent", "householder", "householder", "consent", C.order),
      implied("hukou-book", "householder", "police", "address-household", C.order),
    ],
    citation: C.order,
  },
  {
    id: "hz-unit-collective",
    kind: "unit",
    order: 3,
    consent: "employer",
    materials: [implied("unit-consent", "applicant", "employer", "consent", C.order)],
    citation: C.order,
  },
  {
    id: "hz-talent-market-collective",
    kind: "talent",
    order: 4,
    consent: null,
    materials: [implied("collective-acceptance", "applicant", "talent-service", "consent", C.order)],
    citation: C.order,
  },
  {
    id: "hz-community-collective",
    kind: "community",
    order: 5,
    consent: null,
    materials: [],
    citation: C.order,
  },
];

// 02 末段 "上述人员办理落户时,其配偶、未成年子女和未婚子女可以随迁" covers every kind above it, the
// family route (02.2) included.
const ALONG = [member("spouse", C.along), member("minor-child", C.along), member("unmarried-child", C.along)];

/** Every kind settles in the towns (城镇地区), not in villages. */
const inTown = (...rest: RuleNode[]): RuleNode => all(is("hz-town", "urbanArea", true, C.towns), ...rest);

const siPaid = leaf("hz-si-paid", ["siTotal"], C.employment, (a) => {
  const v = a.siTotal;
  return typeof v === "number" ? (v > 0 ? MET : UNMET) : UNKNOWN;
});

const route = (
  r: Omit<RouteDef, "family" | "notes" | "materials"> &
    Partial<Pick<RouteDef, "family" | "notes" | "materials">>,
): RouteDef => ({
  family: ALONG,
  notes: [],
  materials: [...identity(r.citation, false), ...familyDocs(C.along, false)],
  ...r,
});

const routes: RouteDef[] = [
  route({
    id: "hz-home",
    citation: C.home,
    rules: {
      "hz-all": inTown(
        any(
          proves(
            oneOf("hz-own-home", "home", ["residential"], C.homeDefinition),
            ownProperty(C.homeDefinition),
          ),
          // "居住房屋承租权": a tenancy of housing as a right (public housing); a private rental is 02.1's
          // second sentence (hz-rental), with its own conditions.
          proves(
            all(
              is("hz-tenant", "renting", true, C.homeDefinition),
              oneOf("hz-public-tenancy", "tenancy", ["public"], C.homeDefinition),
            ),
            implied("public-tenancy-proof", "applicant", "housing-authority", "property", C.homeDefinition),
          ),
          proves(
            is("hz-spouse-home", "spouseHome", true, C.homeDefinition),
            implied("property-certificate", "home-owner", "property-registry", "property", C.homeDefinition),
            implied("marriage-certificate", "applicant", "civil-affairs", "relation-owner", C.homeDefinition),
          ),
          proves(
            is("hz-relative-home", "relHome", true, C.homeDefinition),
            implied("property-certificate", "home-owner", "property-registry", "property", C.homeDefinition),
            implied(
              "relation-proof",
              "applicant",
              "relation-proof-issuer",
              "relation-owner",
              C.homeDefinition,
            ),
            implied("home-owner-consent", "home-owner", "home-owner", "consent", C.homeDefinition),
          ),
        ),
      ),
    },
    // "可以在房屋所在地落户": the home decides the place, nothing to choose.
    addresses: [
      { id: "hz-home-place", kind: "own-home", order: 1, consent: null, materials: [], citation: C.home },
    ],
  }),
  route({
    id: "hz-rental",
    citation: C.rental,
    rules: {
      "hz-all": inTown(
        proves(
          is("hz-renting", "renting", true, C.rental),
          implied("lease-contract", "applicant", "landlord", "lease", C.rental),
        ),
        proves(
          is("hz-lease-filed", "leaseFiled", true, C.rental),
          implied("lease-filing-proof", "applicant", "housing-authority", "lease-filing", C.rental),
        ),
        num("hz-lease-months", "rentMonths", threshold("min", 6, "months", "满"), C.rental),
        oneOf("hz-no-own-home", "home", ["none", "non-residential"], C.rental),
        proves(
          is("hz-no-spouse-home", "spouseHome", false, C.rental),
          implied("no-home-proof", "applicant", "property-registry", "no-home", C.rental),
        ),
      ),
    },
    addresses: [
      {
        id: "hz-rental-community-collective",
        kind: "community",
        order: 1,
        consent: null,
        materials: [],
        citation: C.rental,
      },
      {
        id: "hz-rented-home",
        kind: "rented",
        order: 1,
        consent: "owner",
        materials: [named("owner-consent", "applicant", "property-owner", "consent", C.rental)],
        citation: C.rental,
      },
    ],
    notes: [{ id: "hz-minor-children-home", citation: C.rental }],
  }),
  route({
    id: "hz-family",
    citation: C.familyCoResident,
    rules: {
      "hz-all": inTown(
        any(
          all(
            any(
              proves(
                oneOf("hz-joins-spouse", "joins", ["spouse"], C.familyCoResident),
                implied("marriage-certificate", "applicant", "civil-affairs", "relation", C.familyCoResident),
              ),
              proves(
                all(
                  oneOf("hz-joins-parent", "joins", ["parent"], C.familyCoResident),
                  any(
                    minor("hz-minor", C.familyCoResident),
                    is("hz-unmarried", "married", false, C.familyCoResident),
                  ),
                ),
                implied("birth-certificate", "applicant", "hospital", "relation", C.familyCoResident),
              ),
            ),
            proves(
              is("hz-co-resident", "coResident", true, C.familyCoResident),
              implied(
                "co-residence-proof",
                "applicant",
                "residents-committee",
                "co-residence",
                C.familyCoResident,
              ),
            ),
          ),
          proves(
            all(
              oneOf(
                "hz-joins-direct-relative",
                "joins",
                ["parent", "child", "grandparent", "grandchild", "parent-in-law", "child-in-law"],
                C.familyHome,
              ),
              is("hz-sponsor-home", "sponsorHome", true, C.familyHome),
            ),
            implied("relation-proof", "applicant", "relation-proof-issuer", "relation", C.familyHome),
            implied("sponsor-home-proof", "sponsor", "property-registry", "sponsor-home", C.familyHome),
          ),
        ),
      ),
    },
    addresses: [
      {
        id: "hz-sponsor-household",
        kind: "relative",
        order: 1,
        consent: null,
        materials: [],
        citation: C.familyCoResident,
      },
    ],
    materials: [
      ...identity(C.familyCoResident, false),
      ...sponsorDocs(C.familyCoResident),
      ...familyDocs(C.along, false),
    ],
  }),
  route({
    id: "hz-talent",
    citation: C.talent,
    rules: {
      "hz-all": inTown(
        any(
          proves(
            all(
              atLeast("hz-edu-vocational", "edu", EDU, "vocational", C.talent),
              is("hz-edu-full-time", "eduFullTime", true, C.talent),
            ),
            implied("degree-certificate", "applicant", "school", "education-full-time", C.talent),
          ),
          proves(
            atLeast("hz-title-junior", "title", TITLE, "junior", C.talent),
            implied("title-certificate", "applicant", "human-resources", "title", C.talent, {
              original: "original-and-copy",
            }),
          ),
          proves(
            atLeast("hz-skill-junior", "skill", SKILL, "junior-worker", C.talent),
            implied("skill-certificate", "applicant", "human-resources", "skill", C.talent, {
              original: "original-and-copy",
            }),
          ),
          // "县级以上职能部门规定条件的各类人才": Huzhou's own departments set these conditions. We do not
          // guess them (as for Qingdao's county zone): only they can say, so this branch stays open.
          proves(
            delegated("hz-talent-local-conditions", C.talent),
            implied("talent-recognition", "applicant", "huzhou-talent-authority", "talent", C.talent),
          ),
        ),
      ),
    },
    addresses: ORDER,
    notes: [
      { id: "hz-talent-local-conditions", citation: C.talent },
      { id: "hz-settle-before-job", citation: C.talent },
    ],
  }),
  route({
    id: "hz-employment",
    citation: C.employment,
    rules: {
      "hz-all": inTown(
        proves(
          is("hz-employed", "employed", true, C.employment),
          implied("labour-contract", "applicant", "employer", "employment", C.employment),
        ),
        proves(
          siPaid,
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
    addresses: ORDER,
  }),
  route({
    id: "hz-investment",
    citation: C.investment,
    rules: {
      "hz-all": inTown(
        any(
          proves(
            oneOf("hz-business", "business", ["shareholder", "legal-rep", "individual"], C.investment),
            implied("business-licence", "applicant", "market-regulator", "business", C.investment, {
              original: "original-and-copy",
            }),
          ),
          proves(
            oneOf("hz-commercial-property", "home", ["non-residential"], C.investment),
            implied(
              "commercial-property-certificate",
              "applicant",
              "property-registry",
              "property",
              C.investment,
            ),
          ),
        ),
      ),
    },
    addresses: ORDER,
  }),
  route({
    id: "hz-permit",
    citation: C.permit,
    rules: {
      "hz-all": inTown(
        proves(
          is("hz-permit-held", "permit", true, C.permit),
          implied("residence-permit", "applicant", "police", "residence-permit", C.permit),
        ),
        num("hz-permit-months", "permitMonths", threshold("min", 6, "months", "满"), C.permit),
      ),
    },
    addresses: ORDER,
    notes: [
      { id: "hz-permit-issuer", citation: C.permit },
      { id: "hz-permit-recognition", citation: C.permitRecognition },
      { id: "hz-registration-recognition", citation: C.registrationRecognition },
    ],
  }),
];

export const huzhou: CityJurisdiction = {
  id: "huzhou",
  status: "draft",
  // "9月4日" is in the text, the year is not: 2023 is our reading (see docs/policy-coverage.md).
  effectiveFrom: "2023-09-04",
  effectiveTo: null,
  dateBasis: "unverified",
  source: SRC,
  effectiveCitation: C.published,
  zones: HUZHOU_ZONES,
  routes,
  notes: [
    { id: "hz-draft", citation: C.published },
    { id: "hz-registration-basis", citation: C.registration },
  ],
};
