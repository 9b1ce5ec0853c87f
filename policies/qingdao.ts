// 青岛: 《关于进一步深化户籍制度改革的意见》 (001, 2021-03-15). Three zones: central (§二), urban (§三(一)),
// county (§三(二), details delegated to the three county-level cities); §四 and §五 apply city-wide.
import { citer } from "./cite";
import { adult, age, all, any, atLeast, delegated, is, minor, num, oneOf, type RuleNode } from "./engine";
import { EDU, SKILL, TALENT, TITLE } from "./fields";
import type { CityJurisdiction, RouteDef } from "./jurisdiction";
import { threshold } from "./legal";
import { familyDocs, identity, mat, member } from "./materials";
import type { Situation } from "./situation";
import type { AddressOption, Citation, Zone, ZoneId } from "./types";

const SRC = "001_213b074b70c971b1.txt";
const cite = citer(SRC);

const C = {
  published: cite(
    "导语",
    "青島新聞網3月15日訊(記者 陳志偉)今天,青島市人民政府發布《關于進一步深化戶籍制度改革的意見》。",
  ),
  effective: cite("§六 末段", "本意見自公布之日起施行。"),
  central: cite("§二", "中心城區落戶政策實施范圍:市南區、市北區、李滄區、嶗山區。"),
  urban: cite("§三(一)", "(一)城區落戶政策實施范圍:黃島區、城陽區、即墨區。"),
  county: cite("§三(二)", "(二)縣域落戶政策實施范圍:膠州市、平度市、萊西市城鎮區域。"),
  countyDelegated: cite(
    "§三(二)",
    "在青島市確定的戶籍政策范圍內,縣域三市可進一步研究放開落戶限制,修訂完善現有政策。",
  ),
  talent: cite(
    "§二(一)",
    "(一)人才落戶。符合下列條件之一的,本人、配偶及未成年子女可依次選擇在合法固定住所、近親屬家庭戶、單位集體戶、市(區、市)人才集體戶、社區集體戶申請落戶。",
  ),
  students: cite(
    "§二(一)",
    "在青高校、高級技工學校、技師學院在校學生落入學校集體戶;其他高校、高級技工學校、技師學院在校學生,落入市人才集體戶。",
  ),
  card: cite("§二(一)1", "1.持山東惠才卡、青島市人才服務綠卡(青島菁英卡)人員或者全國其他市(地)級及以上人才;"),
  doctorate: cite("§二(一)2", "2.學歷人才,包括取得博士學位人員;"),
  master: cite("§二(一)2", "50周歲以下,取得碩士學位人員;"),
  bachelor: cite("§二(一)2", "45周歲以下,具有國家承認的本科學歷或學士學位人員;"),
  college: cite("§二(一)2", "40周歲以下,具有國家承認的大專學歷人員以及技工院校、職業院校畢業生;"),
  senior: cite("§二(一)3", "3.技術技能人才,包括正高級職稱人員;"),
  assocSenior: cite("§二(一)3", "55周歲以下,副高級職稱、高級技師職業資格(或相應職業技能等級)人員;"),
  intermediate: cite("§二(一)3", "45周歲以下,中級職稱、技師職業資格(或相應職業技能等級)人員;"),
  junior: cite("§二(一)3", "40周歲以下,初級職稱、高級工職業資格(或相應職業技能等級)人員;"),
  worker: cite(
    "§二(一)3",
    "35周歲以下,取得中級工、初級工職業資格(或相應職業技能等級),在青島市按規定連續繳納社會保險滿1年的人員;",
  ),
  urbanSame: cite(
    "§三(一)1",
    "1.居住落戶、親屬投靠落戶、賦權激勵落戶,與中心城區落戶政策相同,人才落戶取消繳納社會保險年限限制。",
  ),
  studentDomestic: cite("§二(一)4", "4.國內普通高校??萍耙陨蠈W歷層次的在校大學生;"),
  studentAbroad: cite("§二(一)4", "在國(境)外高等院校留學的專科及以上學歷層次在校大學生;"),
  studentTech: cite("§二(一)4", "國內高級技工學校及技師學院高級工班、預備技師班畢業學年在校生;"),
  transfer: cite(
    "§二(一)5",
    "5.組織人事主管部門批準調入(含錄聘用)的黨政機關、人民團體、事業單位、國有企業干部和職工。",
  ),
  home: cite(
    "§二(二)",
    "(二)居住落戶。取得居住性質的合法產權型房屋人員(含已辦理房屋轉讓合同網簽備案),可申請本人及其近親屬落戶。",
  ),
  sponsorReg: cite(
    "§二(三)1",
    "1.被投靠人戶籍登記為城鎮合法固定住所、單位集體戶、人才集體戶、社區集體戶的,可辦理下列親屬投靠:",
  ),
  spouse: cite("§二(三)1", "夫妻投靠:外地居民與常住戶口居民登記結婚,可辦理投靠落戶;"),
  minorChild: cite("§二(三)1", "子女投靠父母:未成年子女可自愿投靠父親或母親落戶;"),
  adultChild: cite("§二(三)1", "被投靠人戶籍登記為城鎮合法固定住所的,可辦理成年子女投靠父母落戶。"),
  parents: cite(
    "§二(三)2",
    "2.父母投靠子女:被投靠人戶籍登記為城鎮合法固定住所的,可辦理父母投靠成年子女落戶。",
  ),
  ward: cite("§二(三)3", "3.父母雙亡的未成年人、無行為能力和限制行為能力人可投靠其監護人落戶。"),
  inLaws: cite(
    "§二(三)4",
    "4.夫妻一方服兵役、出國(境)定居或者死亡、失蹤的,另一方確與配偶父母共同居住生活的,且配偶父母戶籍登記為城鎮合法固定住所的,可投靠配偶父母落戶。",
  ),
  unit: cite("§二(四)", "(四)賦權激勵落戶。符合下列條件之一的,可選擇成建制落入單位集體戶:"),
  unitTeams: cite(
    "§二(四)",
    "經確定的全市“雙招雙引”重點項目、納入“未來之星”人才工程支持的高成長性創新創業團隊,其所屬員工可整建制落入單位集體戶,公安機關予以全程代辦服務。",
  ),
  stable: cite("§三(一)2", "2.實施穩定就業或穩定居住落戶政策。在城區穩定就業或穩定居"),
  stableRent: cite(
    "§三(一)2",
    "房屋并辦理租賃合同備案和居住登記)的人員,可申請本人及其近親屬依次在城區近親屬家庭戶、單位集體戶、穩定居住地城鎮社區集體戶落戶。",
  ),
  graduate: cite(
    "§四(一)",
    "(一)農村地區升學遷往學校、戶籍在高校集體戶的畢業生,可自愿選擇在本市城鎮落戶或回原籍落戶。",
  ),
  returnWork: cite(
    "§四(二)",
    "(二)回原籍返鄉就業創業人員,可申請本人及配偶、未成年子女在原籍社區集體戶落戶。",
  ),
  homestead: cite(
    "§四(三)",
    "(三)擁有農村宅基地使用權且在城鎮無合法固定住所和穩定收入的進城落戶人員,回原籍實際居住的,可自愿申請將本人、配偶及未成年子女遷回原籍。",
  ),
  rural: cite(
    "§四(四)",
    "(四)被投靠人在農村具有宅基地使用權和戶籍登記,投靠人在農村實際居住生活,可以申請辦理夫妻投靠、未成年子女投靠父母、父母投靠成年子女。",
  ),
  community: cite(
    "§五(一)",
    "增設社區集體戶,用于承接無合法固定住所、無近親屬家庭戶、無單位集體戶等人員落戶,發揮“兜底”功能。",
  ),
  order: cite(
    "§五(一)",
    "符合落戶條件人員,可依次選擇在合法固定住所、近親屬家庭戶、單位集體戶、人才集體戶、社區集體戶申請落戶。",
  ),
  household: cite(
    "§五(二)",
    "在本市城鎮具有合法固定住所、單位集體戶、人才集體戶、社區集體戶的人員,可申請配偶和未成年子女投靠落戶。",
  ),
  familyBook: cite(
    "§五(二)",
    "戶口登記在社區集體戶且具有家庭成員關系的人員,公安機關可依申請頒發家庭居民戶口簿。",
  ),
  localMove: cite("§五(三)", "本市戶籍人員可將戶口遷移至城鎮范圍內合法固定住所。"),
  returning: cite("§四", "四、暢通入鄉返鄉人員落戶渠道"),
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

const ORDER: readonly AddressOption[] = [
  { id: "qd-own-home", order: 1, consent: null, citation: C.order },
  { id: "qd-relative-household", order: 2, consent: null, citation: C.order },
  { id: "qd-unit-collective", order: 3, consent: null, citation: C.order },
  { id: "qd-talent-collective", order: 4, consent: null, citation: C.order },
  { id: "qd-community-collective", order: 5, consent: null, citation: C.community },
];
const SPONSOR_HOUSEHOLD: readonly AddressOption[] = [
  { id: "qd-sponsor-household", order: 1, consent: null, citation: C.sponsorReg },
];

const under = (id: string, years: number, c: Citation) => age(id, threshold("max", years, "age", "以下"), c);
const URBAN_REG = ["home", "unit", "talent", "community"];

const talentRule = (zone: "central" | "urban"): RuleNode =>
  any(
    atLeast("qd-talent-card", "talentLevel", TALENT, "city", C.card),
    atLeast("qd-edu-doctorate", "edu", EDU, "doctorate", C.doctorate),
    all(atLeast("qd-edu-master", "edu", EDU, "master", C.master), under("qd-edu-master-age", 50, C.master)),
    all(
      atLeast("qd-edu-bachelor", "edu", EDU, "bachelor", C.bachelor),
      under("qd-edu-bachelor-age", 45, C.bachelor),
    ),
    all(
      atLeast("qd-edu-college", "edu", EDU, "vocational", C.college),
      under("qd-edu-college-age", 40, C.college),
    ),
    atLeast("qd-title-senior", "title", TITLE, "senior", C.senior),
    all(
      any(
        atLeast("qd-title-assoc-senior", "title", TITLE, "associate-senior", C.assocSenior),
        atLeast("qd-skill-senior-technician", "skill", SKILL, "senior-technician", C.assocSenior),
      ),
      under("qd-assoc-senior-age", 55, C.assocSenior),
    ),
    all(
      any(
        atLeast("qd-title-intermediate", "title", TITLE, "intermediate", C.intermediate),
        atLeast("qd-skill-technician", "skill", SKILL, "technician", C.intermediate),
      ),
      under("qd-intermediate-age", 45, C.intermediate),
    ),
    all(
      any(
        atLeast("qd-title-junior", "title", TITLE, "junior", C.junior),
        atLeast("qd-skill-senior-worker", "skill", SKILL, "senior-worker", C.junior),
      ),
      under("qd-junior-age", 40, C.junior),
    ),
    zone === "central"
      ? all(
          atLeast("qd-skill-worker", "skill", SKILL, "junior-worker", C.worker),
          under("qd-worker-age", 35, C.worker),
          num("qd-worker-si", "siStreak", threshold("min", 12, "months", "满"), C.worker),
        )
      : all(
          atLeast("qd-skill-worker", "skill", SKILL, "junior-worker", C.worker),
          under("qd-worker-age", 35, C.worker),
        ),
    oneOf("qd-student-domestic", "student", ["domestic"], C.studentDomestic),
    oneOf("qd-student-abroad", "student", ["abroad"], C.studentAbroad),
    oneOf("qd-student-tech", "student", ["tech-final"], C.studentTech),
    is("qd-org-transfer", "orgTransfer", true, C.transfer),
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

const ID = identity(null);
const FAMILY = familyDocs(null);
const sponsorBook = mat("hukou-book", "sponsor", "police");
const sponsorId = mat("id-card", "sponsor", "police");

const routes: RouteDef[] = [
  {
    id: "qd-talent",
    situations: IN_OR_LOCAL,
    citation: C.talent,
    rules: { "qd-central": talentRule("central"), "qd-urban": talentRule("urban") },
    family: [member("spouse", C.talent), member("minor-child", C.talent)],
    addresses: ORDER,
    materials: [
      ...ID,
      mat("talent-card", "applicant", "talent-authority"),
      mat("degree-certificate", "applicant", "school"),
      mat("title-certificate", "applicant", "human-resources", null, "original-and-copy"),
      mat("skill-certificate", "applicant", "human-resources", null, "original-and-copy"),
      mat("social-insurance-record", "applicant", "social-insurance-agency"),
      mat("student-status-proof", "applicant", "school"),
      mat("transfer-approval", "applicant", "personnel-authority"),
      ...FAMILY,
    ],
    notes: [
      { id: "qd-students-address", citation: C.students },
      { id: "qd-urban-no-si", citation: C.urbanSame },
    ],
  },
  {
    id: "qd-home",
    situations: IN_OR_LOCAL,
    citation: C.home,
    rules: centralAndUrban(oneOf("qd-home-residential", "home", ["residential"], C.home)),
    family: [member("close-relative", C.home)],
    addresses: ORDER,
    materials: [...ID, mat("property-certificate", "applicant", "property-registry"), ...FAMILY],
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
    materials: [...ID, mat("marriage-certificate", "applicant", "civil-affairs"), sponsorBook, sponsorId],
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
    materials: [
      mat("hukou-book", "applicant", "police"),
      mat("birth-certificate", "applicant", "hospital"),
      sponsorBook,
      sponsorId,
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
    materials: [...ID, mat("birth-certificate", "applicant", "hospital"), sponsorBook, sponsorId],
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
    materials: [...ID, mat("relation-proof", "applicant", "relation-proof-issuer"), sponsorBook, sponsorId],
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
          all(oneOf("qd-ward-orphan", "ward", ["orphan"], C.ward), minor("qd-ward-minor", C.ward)),
          oneOf("qd-ward-incapacity", "ward", ["incapacity"], C.ward),
        ),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [
      mat("hukou-book", "applicant", "police"),
      mat("guardianship-proof", "applicant", "guardianship-issuer"),
      mat("parents-death-or-incapacity-proof", "applicant", "death-or-court-issuer"),
      sponsorBook,
      sponsorId,
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
        is("qd-spouse-absent", "spouseAbsent", true, C.inLaws),
        is("qd-lives-with-in-laws", "coResident", true, C.inLaws),
        oneOf("qd-sponsor-own-home", "sponsorReg", ["home"], C.inLaws),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [
      ...ID,
      mat("marriage-certificate", "applicant", "civil-affairs"),
      mat("spouse-absence-proof", "applicant", "spouse-absence-issuer"),
      sponsorBook,
      sponsorId,
    ],
    notes: [],
  },
  {
    id: "qd-unit",
    situations: IN_OR_LOCAL,
    citation: C.unit,
    rules: centralAndUrban(
      all(
        is("qd-unit-employed", "employed", true, C.unitTeams),
        is("qd-unit-key-project", "keyProject", true, C.unitTeams),
      ),
    ),
    family: [],
    addresses: [{ id: "qd-unit-collective", order: 1, consent: null, citation: C.unit }],
    materials: [
      ...ID,
      mat("labour-contract", "applicant", "employer"),
      mat("key-project-proof", "applicant", "employer"),
    ],
    notes: [{ id: "qd-unit-police-agency", citation: C.unitTeams }],
  },
  {
    id: "qd-stable",
    situations: IN_OR_LOCAL,
    citation: C.stable,
    rules: {
      "qd-urban": any(
        is("qd-stable-employed", "employed", true, C.stable),
        all(
          is("qd-stable-renting", "renting", true, C.stableRent),
          is("qd-stable-lease-filed", "leaseFiled", true, C.stableRent),
          is("qd-stable-residence-registered", "resideReg", true, C.stableRent),
        ),
      ),
    },
    family: [member("close-relative", C.stableRent)],
    addresses: [
      { id: "qd-relative-household", order: 1, consent: null, citation: C.stableRent },
      { id: "qd-unit-collective", order: 2, consent: null, citation: C.stableRent },
      { id: "qd-residence-community-collective", order: 3, consent: null, citation: C.stableRent },
    ],
    materials: [
      ...ID,
      mat("labour-contract", "applicant", "employer"),
      mat("social-insurance-record", "applicant", "social-insurance-agency"),
      mat("lease-filing-proof", "applicant", "housing-authority"),
      mat("residence-registration-proof", "applicant", "police"),
      ...FAMILY,
    ],
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
    materials: ID,
    notes: [],
  },
  {
    id: "qd-household",
    situations: IN_OR_LOCAL,
    citation: C.household,
    rules: everywhere(
      all(
        any(
          oneOf("qd-household-joins-spouse", "joins", ["spouse"], C.household),
          all(
            oneOf("qd-household-joins-parent", "joins", ["parent"], C.household),
            minor("qd-household-minor", C.household),
          ),
        ),
        oneOf("qd-household-sponsor-reg", "sponsorReg", URBAN_REG, C.household),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [
      ...ID,
      mat("marriage-certificate", "applicant", "civil-affairs"),
      mat("birth-certificate", "applicant", "hospital"),
      sponsorBook,
      sponsorId,
    ],
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
          oneOf("qd-local-home", "home", ["residential"], C.localMove),
        ),
      ),
      "qd-county": all(
        oneOf("qd-local-hukou", "origin", ["same-city"], C.localMove),
        oneOf("qd-local-home", "home", ["residential"], C.localMove),
        is("qd-local-town", "urbanArea", true, C.localMove),
      ),
    },
    family: [],
    addresses: [{ id: "qd-own-home", order: 1, consent: null, citation: C.localMove }],
    materials: [...ID, mat("property-certificate", "applicant", "property-registry")],
    notes: [],
  },
  {
    id: "qd-return-graduate",
    situations: LOCAL_OR_RETURNING,
    citation: C.graduate,
    rules: everywhere(is("qd-graduate-collective", "gradCollective", true, C.graduate)),
    family: [],
    addresses: [
      { id: "qd-town", order: 1, consent: null, citation: C.graduate },
      { id: "qd-origin", order: 1, consent: null, citation: C.graduate },
    ],
    materials: [...ID, mat("graduation-certificate", "applicant", "school")],
    notes: [],
  },
  {
    id: "qd-return-work",
    situations: RETURNING,
    citation: C.returnWork,
    rules: everywhere(is("qd-return-work", "returnWork", true, C.returnWork)),
    family: [member("spouse", C.returnWork), member("minor-child", C.returnWork)],
    addresses: [{ id: "qd-origin-community-collective", order: 1, consent: null, citation: C.returnWork }],
    materials: [...ID, mat("return-work-proof", "applicant", "employer-or-market-regulator"), ...FAMILY],
    notes: [],
  },
  {
    id: "qd-return-homestead",
    situations: RETURNING,
    citation: C.homestead,
    rules: everywhere(
      all(
        oneOf("qd-homestead-local-hukou", "origin", ["same-city"], C.homestead),
        is("qd-homestead", "homestead", true, C.homestead),
        oneOf("qd-homestead-no-town-home", "home", ["none", "non-residential"], C.homestead),
        is("qd-homestead-no-income", "stableIncome", false, C.homestead),
        is("qd-homestead-lives-at-origin", "returnLive", true, C.homestead),
      ),
    ),
    family: [member("spouse", C.homestead), member("minor-child", C.homestead)],
    addresses: [{ id: "qd-origin", order: 1, consent: null, citation: C.homestead }],
    materials: [...ID, mat("homestead-certificate", "applicant", "natural-resources"), ...FAMILY],
    notes: [],
  },
  {
    id: "qd-return-rural",
    citation: C.rural,
    rules: everywhere(
      all(
        oneOf("qd-rural-sponsor", "sponsorReg", ["rural"], C.rural),
        is("qd-rural-lives-there", "coResident", true, C.rural),
        any(
          oneOf("qd-rural-joins-spouse-or-child", "joins", ["spouse", "child"], C.rural),
          all(oneOf("qd-rural-joins-parent", "joins", ["parent"], C.rural), minor("qd-rural-minor", C.rural)),
        ),
      ),
    ),
    family: [],
    addresses: SPONSOR_HOUSEHOLD,
    materials: [
      ...ID,
      mat("relation-proof", "applicant", "relation-proof-issuer"),
      mat("homestead-certificate", "sponsor", "natural-resources"),
      sponsorBook,
    ],
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
