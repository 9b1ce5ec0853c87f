import type { Scenario } from "./flow";

/**
 * The five residents of issue 13, as they answer (link values: "1"/"0", "x" for 不清楚, enum values,
 * numbers as typed). A question they do not know is left out: the walk answers it 不清楚.
 */
export const RESIDENTS = {
  /** 1. A renter in 郑州's 金水区 for 14 months, moving with spouse and child. */
  zhengzhouRenter: {
    city: "zhengzhou",
    district: "410105",
    origin: "other-city",
    hukouRural: "0",
    siLast12: "3",
    renting: "1",
    leaseFiled: "1",
    rentMonths: "１４个月",
    withSpouse: "1",
    withChildren: "1",
    withParents: "0",
    regAddress: "rented",
    relationShown: "1",
  },
  /** 2. 45, 本科, moving to 青岛's 崂山区 from elsewhere. */
  qingdaoGraduate: {
    city: "qingdao",
    situation: "moving-in",
    district: "370212",
    birthDate: "1981-03-10",
    edu: "bachelor",
    employed: "1",
    keyProject: "0",
    home: "none",
    joins: "none",
    withSpouse: "1",
    withChildren: "0",
    withParents: "0",
  },
  /** 3. An employee in 青岛's 黄岛区 whose HR office opens the shared link. */
  qingdaoEmployee: {
    city: "qingdao",
    situation: "moving-in",
    district: "370211",
    birthDate: "1995-07-01",
    edu: "below",
    title: "none",
    skill: "none",
    talentLevel: "none",
    student: "none",
    orgTransfer: "0",
    employed: "1",
    keyProject: "0",
    home: "none",
    joins: "none",
    withSpouse: "0",
    withChildren: "0",
    withParents: "0",
  },
  /** 5. A 肇庆 applicant who answers 不清楚 seven times. */
  zhaoqingUnsure: {
    city: "zhaoqing",
    district: "441202",
    edu: "x",
    title: "none",
    skill: "x",
    employed: "1",
    siTotal: "x",
    permit: "x",
    resideMonths: "x",
    renting: "1",
    home: "none",
    business: "none",
    joins: "x",
    coResident: "x",
    withSpouse: "0",
    withChildren: "0",
    withParents: "0",
  },
} as const satisfies Record<string, Scenario>;
