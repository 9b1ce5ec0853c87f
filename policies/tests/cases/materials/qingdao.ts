import type { MaterialsCase } from "./types";

const central = { city: "qingdao", district: "370202" } as const; // 市南区
const urban = { city: "qingdao", district: "370211" } as const; // 黄岛区
const alone = { withSpouse: false, withChildren: 0, withParents: 0 } as const;

export const QINGDAO_MATERIALS: readonly MaterialsCase[] = [
  {
    name: "qd talent: 45-year-old 本科 graduate — identity and the diploma, nothing of the other kinds of talent",
    reading:
      '§二(一)2 "45周歲以下,具有國家承認的本科學歷或學士學位人員": proven by the diploma; §五(一) community collective: nothing more',
    answers: { ...central, birthDate: "1981-06-01", edu: "bachelor", regAddress: "community", ...alone },
    route: "qd-talent",
    verdict: "eligible",
    address: "qd-community-collective",
    items: { applicant: ["hukou-book", "id-card", "degree-certificate"] },
    never: [
      "talent-card",
      "title-certificate",
      "skill-certificate",
      "student-status-proof",
      "transfer-approval",
      "social-insurance-record",
    ],
  },
  {
    name: "qd home: owner of a home in 黄岛 with spouse and a child",
    reading:
      "§二(二) 合法產權型房屋(含已辦理房屋轉讓合同網簽備案) — Qingdao counts a filed 网签 contract; 本人及其近親屬: spouse and child bring proof of the relation",
    answers: { ...urban, home: "residential", withSpouse: true, withChildren: 1, withParents: 0 },
    route: "qd-home",
    verdict: "eligible",
    address: "qd-own-home",
    items: {
      applicant: ["hukou-book", "id-card", "qd-property-certificate"],
      spouse: ["id-card", "hukou-book", "marriage-certificate"],
      child: ["hukou-book", "birth-certificate"],
    },
  },
  {
    name: "qd spouse: 外地居民 joining a spouse registered at a home in 市北区",
    reading:
      "§二(三)1 夫妻投靠: marriage certificate proves 登記結婚; the spouse's 户口簿 shows 戶籍登記為城鎮合法固定住所",
    answers: {
      city: "qingdao",
      district: "370203",
      joins: "spouse",
      origin: "other-city",
      sponsorReg: "home",
    },
    route: "qd-spouse",
    verdict: "eligible",
    address: "qd-sponsor-household",
    items: {
      applicant: ["hukou-book", "id-card", "marriage-certificate"],
      sponsor: ["hukou-book", "id-card"],
    },
  },
  {
    name: "qd talent, branch open: 36 years old, education and title not known — diploma or title certificate",
    reading: "§二(一)2 and 3: whichever the applicant meets; §五(一) order not answered yet: one group",
    answers: {
      ...central,
      birthDate: "1990-01-01",
      edu: "unknown",
      title: "unknown",
      skill: "none",
      talentLevel: "none",
      student: "none",
      orgTransfer: false,
    },
    route: "qd-talent",
    verdict: "needs-info",
    address: null,
    items: { applicant: ["hukou-book", "id-card"] },
    groups: [
      "degree-certificate | title-certificate",
      "@qd-own-home | @qd-relative-household | @qd-unit-collective | @qd-talent-collective | @qd-community-collective",
    ],
  },
  {
    name: "qd talent, a student of a domestic college: the school's place, not the five-step order",
    reading: "§二(一) last sentence: 在青高校…落入學校集體戶; 其他…落入市人才集體戶",
    answers: {
      ...central,
      birthDate: "2004-01-01",
      edu: "below",
      title: "none",
      skill: "none",
      talentLevel: "none",
      student: "domestic",
    },
    route: "qd-talent",
    verdict: "eligible",
    address: null,
    items: { applicant: ["hukou-book", "id-card", "student-status-proof"] },
  },
  {
    name: "qd 赋权激励: the unit applies for its staff — nothing for the person to bring",
    reading: "§二(四) 成建制落入單位集體戶, 公安機關予以全程代辦服務",
    answers: { ...central, employed: true, keyProject: true },
    route: "qd-unit",
    verdict: "eligible",
    address: "qd-unit-collective",
    items: {},
  },
];
