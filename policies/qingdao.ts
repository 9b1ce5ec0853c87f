// 青岛: 《关于进一步深化户籍制度改革的意见》 (001, 2021-03-15). Three zones: central (§二), urban (§三(一)),
// county (§三(二), details delegated to the three county-level cities); §四 and §五 apply city-wide.
import { citer } from "./cite";
import {
  adult,
  age,
  all,
  any,
  atLeast,
  delegated,
  is,
  minor,
  num,
  oneOf,
  proves,
  type RuleNode,
} from "./engine";
import { EDU, SKILL, TALENT, TITLE } from "./fields";
import type { CityJurisdiction, RouteDef } from "./jurisdiction";
import { threshold } from "./legal";
import { familyDocs, identity, implied, member, sponsorDocs } from "./materials";
import type { Situation } from "./situation";
import type { AddressOption, Citation, Zone, ZoneId } from "./types";

const SRC = "001_213b074b70c971b1.txt";
const cite = citer(SRC);

const C = {
  published: cite(
    "导语",
    "青島新聞網3月15日訊(記者 陳志偉)今天,青島市人民政府發(fā)布《關于進一步深化戶籍制度改革的意見》。",
  ),
  effective: cite("§六 末段", "本意見自公布之日起施行。"),
  central: cite("§二", "中心城區(qū)落戶政策實施范圍:市南區(qū)、市北區(qū)、李滄區(qū)、嶗山區(qū)。"),
  urban: cite("§三(一)", "(一)城區(qū)落戶政策實施范圍:黃島區(qū)、城陽區(qū)、即墨區(qū)。"),
  county: cite("§三(二)", "(二)縣域落戶政策實施范圍:膠州市、平度市、萊西市城鎮(zhèn)區(qū)域。"),
  countyDelegated: cite(
    "§三(二)",
    "在青島市確定的戶籍政策范圍內,縣域三市可進一步研究放開落戶限制,修訂完善現(xiàn)有政策。",
  ),
  talent: cite(
    "§二(一)",
    "(一)人才落戶。符合下列條件之一的,本人、配偶及未成年子女可依次選擇在合法固定住所、近親屬家庭戶、單位集體戶、市(區(qū)、市)人才集體戶、社區(qū)集體戶申請落戶。",
  ),
  students: cite(
    "§二(一)",
    "在青高校、高級技工學校、技師學院在校學生落入學校集體戶;其他高校、高級技工學校、技師學院在校學生,落入市人才集體戶。",
  ),
  card: cite("§二(一)1", "1.持山東惠才卡、青島市人才服務綠卡(青島菁英卡)人員或者全國其他市(地)級及以上人才;"),
  doctorate: cite("§二(一)2", "2.學歷人才,包括取得博士學位人員;"),
  master: cite("§二(一)2", "50周歲以下,取得碩士學位人員;"),
  bachelor: cite("§二(一)2", "45周歲以下,具有國家承認的本科學歷或學士學位人員;"),
  college: cite("§二(一)2", "40周歲以下,具有國家承認的大專學歷人員以及技工院校、職業(yè)院校畢業(yè)生;"),
  senior: cite("§二(一)3", "3.技術技能人才,包括正高級職稱人員;"),
  skillItem: cite(
    "§二(一)3",
    "3.技術技能人才,包括正高級職稱人員;55周歲以下,副高級職稱、高級技師職業(yè)資格(或相應職業(yè)技能等級)人員;45周歲以下,中級職稱、技師職業(yè)資格(或相應職業(yè)技能等級)人員;40周歲以下,初級職稱、高級工職業(yè)資格(或相應職業(yè)技能等級)人員;35周歲以下,取得中級工、初級工職業(yè)資格(或相應職業(yè)技能等級),在青島市按規(guī)定連續(xù)繳納社會保險滿1年的人員;",
  ),
  eduItem: cite(
    "§二(一)2",
    "2.學歷人才,包括取得博士學位人員;50周歲以下,取得碩士學位人員;45周歲以下,具有國家承認的本科學歷或學士學位人員;40周歲以下,具有國家承認的大專學歷人員以及技工院校、職業(yè)院校畢業(yè)生;",
  ),
  assocSenior: cite("§二(一)3", "55周歲以下,副高級職稱、高級技師職業(yè)資格(或相應職業(yè)技能等級)人員;"),
  intermediate: cite("§二(一)3", "45周歲以下,中級職稱、技師職業(yè)資格(或相應職業(yè)技能等級)人員;"),
  junior: cite("§二(一)3", "40周歲以下,初級職稱、高級工職業(yè)資格(或相應職業(yè)技能等級)人員;"),
  worker: cite(
    "§二(一)3",
    "35周歲以下,取得中級工、初級工職業(yè)資格(或相應職業(yè)技能等級),在青島市按規(guī)定連續(xù)繳納社會保險滿1年的人員;",
  ),
  urbanSame: cite(
    "§三(一)1",
    "1.居住落戶、親屬投靠落戶、賦權激勵落戶,與中心城區(qū)落戶政策相同,人才落戶取消繳納社會保險年限限制。",
  ),
  studentDomestic: cite("§二(一)4", "4.國內普通高校??萍耙陨蠈W歷層次的在校大學生;"),
  studentAbroad: cite("§二(一)4", "在國(境)外高等院校留學的專科及以上學歷層次在校大學生;"),
  studentTech: cite("§二(一)4", "國內高級技工學校及技師學院高級工班、預備技師班畢業(yè)學年在校生;"),
  transfer: cite(
    "§二(一)5",
    "5.組織人事主管部門批準調入(含錄聘用)的黨政機關、人民團體、事業(yè)單位、國有企業(yè)干部和職工。",
  ),
  home: cite(
    "§二(二)",
    "(二)居住落戶。取得居住性質的合法產權型房屋人員(含已辦理房屋轉讓合同網簽備案),可申請本人及其近親屬落戶。",
  ),
  sponsorReg: cite(
    "§二(三)1",
    "1.被投靠人戶籍登記為城鎮(zhèn)合法固定住所、單位集體戶、人才集體戶、社區(qū)集體戶的,可辦理下列親屬投靠:",
  ),
  spouse: cite("§二(三)1", "夫妻投靠:外地居民與常住戶口居民登記結婚,可辦理投靠落戶;"),
  minorChild: cite("§二(三)1", "子女投靠父母:未成年子女可自愿投靠父親或母親落戶;"),
  adultChild: cite("§二(三)1", "被投靠人戶籍登記為城鎮(zhèn)合法固定住所的,可辦理成年子女投靠父母落戶。"),
  parents: cite(
    "§二(三)2",
    "2.父母投靠子女:被投靠人戶籍登記為城鎮(zhèn)合法固定住所的,可辦理父母投靠成年子女落戶。",
  ),
  ward: cite("§二(三)3", "3.父母雙亡的未成年人、無行為能力和限制行為能力人可投靠其監(jiān)護人落戶。"),
  inLaws: cite(
    "§二(三)4",
    "4.夫妻一方服兵役、出國(境)定居或者死亡、失蹤的,另一方確與配偶父母共同居住生活的,且配偶父母戶籍登記為城鎮(zhèn)合法固定住所的,可投靠配偶父母落戶。",
  ),
  unit: cite("§二(四)", "(四)賦權激勵落戶。符合下列條件之一的,可選擇成建制落入單位集體戶:"),
  unitTeams: cite(
    "§二(四)",
    "經確定的全市“雙招雙引”重點項目、納入“未來之星”人才工程支持的高成長性創(chuàng)新創(chuàng)業(yè)團隊,其所屬員工可整建制落入單位集體戶,公安機關予以全程代辦服務。",
  ),
  // The page garbles "居住(租賃" in this sentence; cleanQuote() repairs it for display.
  stable: cite(
    "§三(一)2",
    "在城區(qū)穩(wěn)定就業(yè)或穩(wěn)定居?。ㄗ赓U房屋并辦理租賃合同備案和居住登記)的人員,可申請本人及其近親屬依次在城區(qū)近親屬家庭戶、單位集體戶、穩(wěn)定居住地城鎮(zhèn)社區(qū)集體戶落戶。",
  ),
  graduate: cite(
    "§四(一)",
    "(一)農村地區(qū)升學遷往學校、戶籍在高校集體戶的畢業(yè)生,可自愿選擇在本市城鎮(zhèn)落戶或回原籍落戶。",
  ),
  returnWork: cite(
    "§四(二)",
    "(二)回原籍返鄉(xiāng)就業(yè)創(chuàng)業(yè)人員,可申請本人及配偶、未成年子女在原籍社區(qū)集體戶落戶。",
  ),
  homestead: cite(
    "§四(三)",
    "(三)擁有農村宅基地使用權且在城鎮(zhèn)無合法固定住所和穩(wěn)定收入的進城落戶人員,回原籍實際居住的,可自愿申請將本人、配偶及未成年子女遷回原籍。",
  ),
  rural: cite(
    "§四(四)",
    "(四)被投靠人在農村具有宅基地使用權和戶籍登記,投靠人在農村實際居住生活,可以申請辦理夫妻投靠、未成年子女投靠父母、父母投靠成年子女。",
  ),
  community: cite(
    "§五(一)",
    "增設社區(qū)集體戶,用于承接無合法固定住所、無近親屬家庭戶、無單位集體戶等人員落戶,發(fā)揮“兜底”功能。",
  ),
  order: cite(
    "§五(一)",
    "符合落戶條件人員,可依次選擇在合法固定住所、近親屬家庭戶、單位集體戶、人才集體戶、社區(qū)集體戶申請落戶。",
  ),
  household: cite(
    "§五(二)",
    "在本市城鎮(zhèn)具有合法固定住所、單位集體戶、人才集體戶、社區(qū)集體戶的人員,可申請配偶和未成年子女投靠落戶。",
  ),
  familyBook: cite(
    "§五(二)",
    "戶口登記在社區(qū)集體戶且具有家庭成員關系的人員,公安機關可依申請頒發(fā)家庭居民戶口簿。",
  ),
  localMove: cite("§五(三)", "本市戶籍人員可將戶口遷移至城鎮(zhèn)范圍內合法固定住所。"),
  returning: cite("§四", "四、暢通入鄉(xiāng)返鄉(xiāng)人員落戶渠道"),
} satisfies Record<string, Citation>;

export const QINGDAO_ZONES: readonly Zone[] = [
  {
    id: "qd-central",
    city: "qingdao",
    districts: ["370202", "370203", "370213", "370212"],
    citation: C.central,
  },
  { id: "qd-urban", city: "qingdao", districts: ["370211", "370214", "370215"], citation: C.urban },
  { id: "qd-county", city: "qingdao", districts: ["370281", "370283", "370285"], citation: C.county },
];

// Ownership in Qingdao includes a filed 网签 transfer contract (§二(二)) — only Qingdao's text says so.
const property = (c: Citation, proves = "property") =>
  implied("qd-property-certificate", "applicant", "property-registry", proves, c);

/** §五(一)'s order of places ("依次選擇"): the first the applicant has; what registering there takes. */
const orderOf = (c: Citation, community: Citation = C.community): AddressOption[] => [
  {
    id: "qd-own-home",
    kind: "own-home",
    order: 1,
    consent: null,
    materials: [property(c, "address-home")],
    citation: c,
  },
  {
    id: "qd-relative-household",
    kind: "relative",
    order: 2,
    consent: "householder",
    materials: [
      implied("householder-consent", "householder", "householder", "consent", c),
      implied("hukou-book", "householder", "police", "address-household", c),
      implied("relation-proof", "applicant", "relation-proof-issuer", "relation-householder", c),
    ],
    citation: c,
  },
  {
    id: "qd-unit-collective",
    kind: "unit",
    order: 3,
    consent: "employer",
    materials: [implied("unit-consent", "applicant", "employer", "consent", c)],
    citation: c,
  },
  {
    id: "qd-talent-collective",
    kind: "talent",
    order: 4,
    consent: null,
    materials: [implied("collective-acceptance", "applicant", "talent-service", "consent", c)],
    citation: c,
  },
  {
    id: "qd-community-collective",
    kind: "community",
    order: 5,
    consent: null,
    materials: [],
    citation: community,
  },
];
const ORDER = orderOf(C.order);
const STABLE_ORDER: readonly AddressOption[] = orderOf(C.stable, C.stable)
  .filter((a) => a.kind === "relative" || a.kind === "unit" || a.kind === "community")
  .map((a, i) =>
    a.kind === "community"
      ? { ...a, id: "qd-residence-community-collective", order: i + 1 }
      : { ...a, order: i + 1 },
  );
const SPONSOR_HOUSEHOLD: readonly AddressOption[] = [
  {
    id: "qd-sponsor-household",
    kind: "relative",
    order: 1,
    consent: null,
    materials: [],
    citation: C.sponsorReg,
  },
];
/**
 * §二(一), last sentence: students are not placed by the five-step order — the school decides. One
 * option each, no choice for the applicant (RouteDef.branchAddresses).
 */
const STUDENT_ADDRESSES: readonly AddressOption[] = [
  {
    id: "qd-school-collective",
    kind: "talent",
    order: 1,
    consent: null,
    materials: [],
    citation: C.students,
  },
  {
    id: "qd-city-talent-collective",
    kind: "talent",
    order: 1,
    consent: null,
    materials: [],
    citation: C.students,
  },
];

const under = (id: string, years: number, c: Citation) => age(id, threshold("max", years, "age", "以下"), c);
const URBAN_REG = ["home", "unit", "talent", "community"];

// The documents of the talent list, one citation per item of the list (2. 学历, 3. 技术技能).
const degree = implied("degree-certificate", "applicant", "school", "education", C.eduItem);
const titleCert = implied("title-certificate", "applicant", "human-resources", "title", C.skillItem, {
  original: "original-and-copy",
});
const skillCert = implied("skill-certificate", "applicant", "human-resources", "skill", C.skillItem, {
  original: "original-and-copy",
});

const talentRule = (zone: "central" | "urban"): RuleNode =>
  any(
    proves(
      atLeast("qd-talent-card", "talentLevel", TALENT, "city", C.card),
      implied("talent-card", "applicant", "talent-authority", "talent", C.card),
    ),
    proves(atLeast("qd-edu-doctorate", "edu", EDU, "doctorate", C.doctorate), degree),
    proves(
      all(atLeast("qd-edu-master", "edu", EDU, "master", C.master), under("qd-edu-master-age", 50, C.master)),
      degree,
    ),
    proves(
      all(
        atLeast("qd-edu-bachelor", "edu", EDU, "bachelor", C.bachelor),
        under("qd-edu-bachelor-age", 45, C.bachelor),
      ),
      degree,
    ),
    proves(
      all(
        atLeast("qd-edu-college", "edu", EDU, "vocational", C.college),
        under("qd-edu-college-age", 40, C.college),
      ),
      degree,
    ),
    proves(atLeast("qd-title-senior", "title", TITLE, "senior", C.senior), titleCert),
    all(
      any(
        proves(
          atLeast("qd-title-assoc-senior", "title", TITLE, "associate-senior", C.assocSenior),
          titleCert,
        ),
        proves(
          atLeast("qd-skill-senior-technician", "skill", SKILL, "senior-technician", C.assocSenior),
          skillCert,
        ),
      ),
      under("qd-assoc-senior-age", 55, C.assocSenior),
    ),
    all(
      any(
        proves(atLeast("qd-title-intermediate", "title", TITLE, "intermediate", C.intermediate), titleCert),
        proves(atLeast("qd-skill-technician", "skill", SKILL, "technician", C.intermediate), skillCert),
      ),
      under("qd-intermediate-age", 45, C.intermediate),
    ),
    all(
      any(
        proves(atLeast("qd-title-junior", "title", TITLE, "junior", C.junior), titleCert),
        proves(atLeast("qd-skill-senior-worker", "skill", SKILL, "senior-worker", C.junior), skillCert),
      ),
      under("qd-junior-age", 40, C.junior),
    ),
    zone === "central"
      ? all(
          proves(atLeast("qd-skill-worker", "skill", SKILL, "junior-worker", C.worker), skillCert),
          under("qd-worker-age", 35, C.worker),
          proves(
            num("qd-worker-si", "siStreak", threshold("min", 12, "months", "满"), C.worker),
            implied(
              "social-insurance-record",
              "applicant",
              "social-insurance-agency",
              "social-insurance",
              C.worker,
            ),
          ),
        )
      : all(
          proves(atLeast("qd-skill-worker", "skill", SKILL, "junior-worker", C.worker), skillCert),
          under("qd-worker-age", 35, C.worker),
        ),
    proves(
      oneOf("qd-student-domestic", "student", ["domestic"], C.studentDomestic),
      implied("student-status-proof", "applicant", "school", "student", C.studentDomestic),
    ),
    proves(
      oneOf("qd-student-abroad", "student", ["abroad"], C.studentAbroad),
      implied("overseas-study-proof", "applicant", "overseas-school", "student", C.studentAbroad),
    ),
    proves(
      oneOf("qd-student-tech", "student", ["tech-final"], C.studentTech),
      implied("tech-student-proof", "applicant", "school", "student", C.studentTech),
    ),
    proves(
      is("qd-org-transfer", "orgTransfer", true, C.transfer),
      implied("transfer-approval", "applicant", "personnel-authority", "org-transfer", C.transfer),
    ),
  );

/** A route identical in the central and urban zones (§三(一)1: "與中心城區落戶政策相同"). */
const centralAndUrban = (r: RuleNode): Partial<Record<ZoneId, RuleNode>> => ({
  "qd-central": r,
  "qd-urban": r,
});
const everywhere = (r: RuleNode): Partial<Record<ZoneId, RuleNode>> => ({
  "qd-central": r,
  "qd-urban": r,
  "qd-county": r,
});

// Who each route is for (§四 入乡返乡, §五(三) 本市户籍人员). §四(四) — joining a relative in a village — is
// open to anyone who lives there, so it lists no situation.
const MOVING_IN: readonly Situation[] = ["moving-in"];
const IN_OR_LOCAL: readonly Situation[] = ["moving-in", "local"];
const LOCAL: readonly Situation[] = ["local"];
const LOCAL_OR_RETURNING: readonly Situation[] = ["local", "returning"];
const RETURNING: readonly Situation[] = ["returning"];

const id = (c: Citation) => identity(c, false);
const marriage = (c: Citation) =>
  implied("marriage-certificate", "applicant", "civil-affairs", "relation", c);
const birth = (c: Citation) => implied("birth-certificate", "applicant", "hospital", "relation", c);
const relation = (c: Citation) =>
  implied("relation-proof", "applicant", "relation-proof-issuer", "relation", c);

const routes: RouteDef[] = [
  {
    id: "qd-talent",
    situations: IN_OR_LOCAL,
    citation: C.talent,
    rules: { "qd-central": talentRule("central"), "qd-urban": talentRule("urban") },
    family: [member("spouse", C.talent), member("minor-child", C.talent)],
    addresses: ORDER,
    branchAddresses: {
      when: ["qd-student-domestic", "qd-student-abroad", "qd-student-tech"],
      addresses: STUDENT_ADDRESSES,
    },
    materials: [...id(C.talent), ...familyDocs(C.talent, false)],
    notes: [
      { id: "qd-students-address", citation: C.students },
      { id: "qd-urban-no-si", citation: C.urbanSame },
    ],
  },
  {
    id: "qd-home",
    situations: IN_OR_LOCAL,
    citation: C.home,
    rules: centralAndUrban(
      proves(oneOf("qd-home-residential", "home", ["residential"], C.home), property(C.home)),
    ),
    family: [member("close-relative", C.home)],
    // The home is the reason for the route: the first place of §五(一)'s order, nothing to choose.
    addresses: [{ ...ORDER[0]!, materials: [], citation: C.home }],
    materials: [...id(C.home), ...familyDocs(C.home, false)],
    notes: [],
  },
  {
    id: "qd-spouse",
    situations: MOVING_IN,
    citation: C.spouse,
    rules: centralAndUrban(
      all(
        oneOf("qd-joins-spouse", "joins", ["spouse"], C.spouse),
        oneOf("qd-spouse-other-city", "origin", ["other-city"], C.spouse),
        oneOf("qd-sponsor-urban-reg", "sponsorReg", URBAN_REG, C.sponsorReg),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [...id(C.spouse), marriage(C.spouse), ...sponsorDocs(C.sponsorReg)],
    notes: [],
  },
  {
    id: "qd-minor-child",
    situations: IN_OR_LOCAL,
    citation: C.minorChild,
    rules: centralAndUrban(
      all(
        oneOf("qd-joins-parent", "joins", ["parent"], C.minorChild),
        minor("qd-minor", C.minorChild),
        oneOf("qd-sponsor-urban-reg", "sponsorReg", URBAN_REG, C.sponsorReg),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    // A minor may have no ID card yet: the 户口簿 and the birth certificate identify the child.
    materials: [
      implied("hukou-book", "applicant", "police", "current-hukou", C.minorChild),
      birth(C.minorChild),
      ...sponsorDocs(C.sponsorReg),
    ],
    notes: [],
  },
  {
    id: "qd-adult-child",
    situations: IN_OR_LOCAL,
    citation: C.adultChild,
    rules: centralAndUrban(
      all(
        oneOf("qd-joins-parent", "joins", ["parent"], C.adultChild),
        adult("qd-adult", C.adultChild),
        oneOf("qd-sponsor-own-home", "sponsorReg", ["home"], C.adultChild),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [...id(C.adultChild), birth(C.adultChild), ...sponsorDocs(C.adultChild)],
    notes: [],
  },
  {
    id: "qd-parents",
    situations: IN_OR_LOCAL,
    citation: C.parents,
    rules: centralAndUrban(
      all(
        oneOf("qd-joins-child", "joins", ["child"], C.parents),
        oneOf("qd-sponsor-own-home", "sponsorReg", ["home"], C.parents),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [...id(C.parents), relation(C.parents), ...sponsorDocs(C.parents)],
    notes: [{ id: "qd-sponsor-adult", citation: C.parents }],
  },
  {
    id: "qd-ward",
    situations: IN_OR_LOCAL,
    citation: C.ward,
    rules: centralAndUrban(
      all(
        oneOf("qd-joins-guardian", "joins", ["guardian"], C.ward),
        any(
          proves(
            all(oneOf("qd-ward-orphan", "ward", ["orphan"], C.ward), minor("qd-ward-minor", C.ward)),
            implied("parents-death-proof", "applicant", "death-issuer", "ward-status", C.ward),
          ),
          proves(
            oneOf("qd-ward-incapacity", "ward", ["incapacity"], C.ward),
            implied("incapacity-proof", "applicant", "court", "ward-status", C.ward),
          ),
        ),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [
      implied("hukou-book", "applicant", "police", "current-hukou", C.ward),
      implied("guardianship-proof", "applicant", "guardianship-issuer", "guardianship", C.ward),
      ...sponsorDocs(C.ward),
    ],
    notes: [],
  },
  {
    id: "qd-in-laws",
    situations: IN_OR_LOCAL,
    citation: C.inLaws,
    rules: centralAndUrban(
      all(
        oneOf("qd-joins-in-laws", "joins", ["parent-in-law"], C.inLaws),
        proves(
          is("qd-spouse-absent", "spouseAbsent", true, C.inLaws),
          implied("spouse-absence-proof", "applicant", "spouse-absence-issuer", "spouse-absence", C.inLaws),
        ),
        proves(
          is("qd-lives-with-in-laws", "coResident", true, C.inLaws),
          implied("co-residence-proof", "applicant", "residents-committee", "co-residence", C.inLaws),
        ),
        oneOf("qd-sponsor-own-home", "sponsorReg", ["home"], C.inLaws),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [...id(C.inLaws), marriage(C.inLaws), ...sponsorDocs(C.inLaws)],
    notes: [],
  },
  {
    // §二(四): the unit applies for its staff as a whole and the police do it all for them
    // ("成建制落入單位集體戶", "公安機關予以全程代辦服務") — nothing for a person to bring on their own.
    id: "qd-unit",
    situations: IN_OR_LOCAL,
    citation: C.unit,
    appliedBy: "employer",
    rules: centralAndUrban(
      all(
        is("qd-unit-employed", "employed", true, C.unitTeams),
        is("qd-unit-key-project", "keyProject", true, C.unitTeams),
      ),
    ),
    family: [],
    addresses: [
      { id: "qd-unit-collective", kind: "unit", order: 1, consent: null, materials: [], citation: C.unit },
    ],
    materials: [],
    notes: [
      { id: "qd-unit-ask-employer", citation: C.unit },
      { id: "qd-unit-police-agency", citation: C.unitTeams },
    ],
  },
  {
    id: "qd-stable",
    situations: IN_OR_LOCAL,
    citation: C.stable,
    rules: {
      "qd-urban": any(
        proves(
          is("qd-stable-employed", "employed", true, C.stable),
          implied("labour-contract", "applicant", "employer", "employment", C.stable),
          implied("social-insurance-record", "applicant", "social-insurance-agency", "employment", C.stable),
        ),
        proves(
          all(
            is("qd-stable-renting", "renting", true, C.stable),
            is("qd-stable-lease-filed", "leaseFiled", true, C.stable),
            is("qd-stable-residence-registered", "resideReg", true, C.stable),
          ),
          implied("lease-filing-proof", "applicant", "housing-authority", "lease-filing", C.stable),
          implied("residence-registration-proof", "applicant", "police", "residence-registration", C.stable),
        ),
      ),
    },
    family: [member("close-relative", C.stable)],
    addresses: STABLE_ORDER,
    materials: [...id(C.stable), ...familyDocs(C.stable, false)],
    notes: [],
  },
  {
    id: "qd-county",
    situations: IN_OR_LOCAL,
    citation: C.countyDelegated,
    delegated: true,
    rules: { "qd-county": delegated("qd-county-delegated", C.countyDelegated) },
    family: [],
    addresses: [],
    materials: id(C.countyDelegated),
    notes: [],
  },
  {
    id: "qd-household",
    situations: IN_OR_LOCAL,
    citation: C.household,
    rules: everywhere(
      all(
        any(
          proves(oneOf("qd-household-joins-spouse", "joins", ["spouse"], C.household), marriage(C.household)),
          proves(
            all(
              oneOf("qd-household-joins-parent", "joins", ["parent"], C.household),
              minor("qd-household-minor", C.household),
            ),
            birth(C.household),
          ),
        ),
        oneOf("qd-household-sponsor-reg", "sponsorReg", URBAN_REG, C.household),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [...id(C.household), ...sponsorDocs(C.household)],
    notes: [{ id: "qd-family-book", citation: C.familyBook }],
  },
  {
    id: "qd-local-move",
    situations: LOCAL,
    citation: C.localMove,
    rules: {
      ...centralAndUrban(
        all(
          oneOf("qd-local-hukou", "origin", ["same-city"], C.localMove),
          proves(oneOf("qd-local-home", "home", ["residential"], C.localMove), property(C.localMove)),
        ),
      ),
      "qd-county": all(
        oneOf("qd-local-hukou", "origin", ["same-city"], C.localMove),
        proves(oneOf("qd-local-home", "home", ["residential"], C.localMove), property(C.localMove)),
        is("qd-local-town", "urbanArea", true, C.localMove),
      ),
    },
    family: [],
    addresses: [
      { id: "qd-own-home", kind: "own-home", order: 1, consent: null, materials: [], citation: C.localMove },
    ],
    materials: id(C.localMove),
    notes: [],
  },
  {
    id: "qd-return-graduate",
    situations: LOCAL_OR_RETURNING,
    citation: C.graduate,
    rules: everywhere(
      proves(
        is("qd-graduate-collective", "gradCollective", true, C.graduate),
        implied("graduation-certificate", "applicant", "school", "graduate", C.graduate),
        implied("collective-hukou-proof", "applicant", "school", "graduate", C.graduate),
      ),
    ),
    family: [],
    addresses: [
      { id: "qd-town", kind: "town", order: 1, consent: null, materials: [], citation: C.graduate },
      { id: "qd-origin", kind: "origin", order: 1, consent: null, materials: [], citation: C.graduate },
    ],
    materials: [implied("id-card", "applicant", "police", "identity", C.graduate)],
    notes: [],
  },
  {
    id: "qd-return-work",
    situations: RETURNING,
    citation: C.returnWork,
    rules: everywhere(
      proves(
        is("qd-return-work", "returnWork", true, C.returnWork),
        implied(
          "return-work-proof",
          "applicant",
          "employer-or-market-regulator",
          "return-work",
          C.returnWork,
        ),
      ),
    ),
    family: [member("spouse", C.returnWork), member("minor-child", C.returnWork)],
    addresses: [
      {
        id: "qd-origin-community-collective",
        kind: "community",
        order: 1,
        consent: null,
        materials: [],
        citation: C.returnWork,
      },
    ],
    materials: [...id(C.returnWork), ...familyDocs(C.returnWork, false)],
    notes: [],
  },
  {
    id: "qd-return-homestead",
    situations: RETURNING,
    citation: C.homestead,
    rules: everywhere(
      all(
        oneOf("qd-homestead-local-hukou", "origin", ["same-city"], C.homestead),
        proves(
          is("qd-homestead", "homestead", true, C.homestead),
          implied("homestead-certificate", "applicant", "natural-resources", "homestead", C.homestead),
        ),
        oneOf("qd-homestead-no-town-home", "home", ["none", "non-residential"], C.homestead),
        is("qd-homestead-no-income", "stableIncome", false, C.homestead),
        is("qd-homestead-lives-at-origin", "returnLive", true, C.homestead),
      ),
    ),
    family: [member("spouse", C.homestead), member("minor-child", C.homestead)],
    addresses: [
      { id: "qd-origin", kind: "origin", order: 1, consent: null, materials: [], citation: C.homestead },
    ],
    materials: [...id(C.homestead), ...familyDocs(C.homestead, false)],
    notes: [],
  },
  {
    id: "qd-return-rural",
    citation: C.rural,
    rules: everywhere(
      all(
        proves(
          oneOf("qd-rural-sponsor", "sponsorReg", ["rural"], C.rural),
          implied("homestead-certificate", "sponsor", "natural-resources", "sponsor-registration", C.rural),
        ),
        is("qd-rural-lives-there", "coResident", true, C.rural),
        any(
          proves(
            oneOf("qd-rural-joins-spouse-or-child", "joins", ["spouse", "child"], C.rural),
            relation(C.rural),
          ),
          proves(
            all(
              oneOf("qd-rural-joins-parent", "joins", ["parent"], C.rural),
              minor("qd-rural-minor", C.rural),
            ),
            relation(C.rural),
          ),
        ),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [...id(C.rural), implied("hukou-book", "sponsor", "police", "sponsor-registration", C.rural)],
    notes: [{ id: "qd-sponsor-adult", citation: C.rural }],
  },
];

export const qingdao: CityJurisdiction = {
  id: "qingdao",
  status: "in-force",
  effectiveFrom: "2021-03-15",
  effectiveTo: null,
  dateBasis: "text",
  source: SRC,
  effectiveCitation: C.effective,
  zones: QINGDAO_ZONES,
  routes,
  situations: { citations: [C.returning, C.localMove] },
  notes: [
    { id: "qd-published", citation: C.published },
    { id: "qd-community-fallback", citation: C.community },
  ],
};
