import { born, type Case } from "./types";

const central = { city: "qingdao", district: "370202" } as const; // 市南区
const urban = { city: "qingdao", district: "370211" } as const; // 黄岛区
const county = { city: "qingdao", district: "370281" } as const; // 胶州市
/** Talent answers that qualify for nothing; rows override one field. */
const none = {
  talentLevel: "none",
  edu: "below",
  title: "none",
  skill: "none",
  student: "none",
  orgTransfer: false,
} as const;
const t = (
  name: string,
  extra: object,
  verdict: "eligible" | "ineligible",
  base: object = central,
): Case => ({
  name: `qd talent: ${name}`,
  answers: { ...base, ...none, ...extra },
  expect: { "qd-talent": verdict },
});

export const QINGDAO_CASES: readonly Case[] = [
  t("nothing qualifies", {}, "ineligible"),
  t("city-level talent card", { talentLevel: "city" }, "eligible"),
  t("county-level recognition is not 市(地)级", { talentLevel: "county" }, "ineligible"),
  t("doctorate at 70 (no age limit)", { edu: "doctorate", birthDate: born(70) }, "eligible"),
  t("master at 50 (以下 includes 50)", { edu: "master", birthDate: born(50) }, "eligible"),
  t("master at 51", { edu: "master", birthDate: born(51) }, "ineligible"),
  t("bachelor at 45", { edu: "bachelor", birthDate: born(45) }, "eligible"),
  t("bachelor at 46", { edu: "bachelor", birthDate: born(46) }, "ineligible"),
  t("college at 40", { edu: "college", birthDate: born(40) }, "eligible"),
  t("college at 41", { edu: "college", birthDate: born(41) }, "ineligible"),
  t("技工院校 graduate at 40", { edu: "vocational", birthDate: born(40) }, "eligible"),
  t("正高级 title at 60 (no age limit)", { title: "senior", birthDate: born(60) }, "eligible"),
  t("副高级 title at 55", { title: "associate-senior", birthDate: born(55) }, "eligible"),
  t("副高级 title at 56", { title: "associate-senior", birthDate: born(56) }, "ineligible"),
  t("高级技师 at 55", { skill: "senior-technician", birthDate: born(55) }, "eligible"),
  t("中级 title at 45", { title: "intermediate", birthDate: born(45) }, "eligible"),
  t(
    "中级 title at 46 (issue example: 47 is over 45)",
    { title: "intermediate", birthDate: born(46) },
    "ineligible",
  ),
  t("技师 at 45", { skill: "technician", birthDate: born(45) }, "eligible"),
  t("初级 title at 40", { title: "junior", birthDate: born(40) }, "eligible"),
  t("初级 title at 41", { title: "junior", birthDate: born(41) }, "ineligible"),
  t("高级工 at 40", { skill: "senior-worker", birthDate: born(40) }, "eligible"),
  t(
    "初级工 at 35 with 12 months' continuous insurance",
    { skill: "junior-worker", birthDate: born(35), siStreak: 12 },
    "eligible",
  ),
  t(
    "初级工 at 35 with 11 months",
    { skill: "junior-worker", birthDate: born(35), siStreak: 11 },
    "ineligible",
  ),
  t("中级工 at 36", { skill: "intermediate-worker", birthDate: born(36), siStreak: 24 }, "ineligible"),
  t(
    "urban zone: 初级工 at 35 needs no insurance",
    { skill: "junior-worker", birthDate: born(35), siStreak: 0 },
    "eligible",
    urban,
  ),
  t(
    "urban zone: 中级工 at 36 still too old",
    { skill: "intermediate-worker", birthDate: born(36) },
    "ineligible",
    urban,
  ),
  t("domestic college student", { student: "domestic" }, "eligible"),
  t("student abroad", { student: "abroad" }, "eligible"),
  t("final-year senior technical school student", { student: "tech-final" }, "eligible"),
  t("approved transfer into a state body", { orgTransfer: true }, "eligible"),
  {
    name: "qd talent: 中级 title at 47, other kinds not answered → needs-info",
    answers: { ...central, title: "intermediate", birthDate: born(47) },
    expect: { "qd-talent": "needs-info" },
    missing: { "qd-talent": ["edu", "skill", "talentLevel", "student", "orgTransfer"] },
  },
  {
    name: "qd talent: county zone has no talent route",
    answers: { ...county, ...none },
    expect: { "qd-talent": "absent" },
  },
  {
    name: "qd home: residential property",
    answers: { ...central, home: "residential" },
    expect: { "qd-home": "eligible" },
  },
  {
    name: "qd home: non-residential only",
    answers: { ...urban, home: "non-residential" },
    expect: { "qd-home": "ineligible" },
  },
  {
    name: "qd spouse: 外地居民 married to a unit-collective resident",
    answers: { ...central, joins: "spouse", origin: "other-city", sponsorReg: "unit" },
    expect: { "qd-spouse": "eligible" },
  },
  {
    name: "qd spouse: sponsor registered in a village",
    answers: { ...central, joins: "spouse", origin: "other-city", sponsorReg: "rural" },
    expect: { "qd-spouse": "ineligible" },
  },
  {
    name: "qd spouse: applicant already local",
    answers: { ...urban, joins: "spouse", origin: "same-city", sponsorReg: "home" },
    expect: { "qd-spouse": "ineligible" },
  },
  {
    name: "qd minor child: 17, parent in community collective",
    answers: { ...central, joins: "parent", birthDate: born(17), sponsorReg: "community" },
    expect: { "qd-minor-child": "eligible", "qd-adult-child": "ineligible" },
  },
  {
    name: "qd minor child: 18 is adult (不满18 excludes 18)",
    answers: { ...central, joins: "parent", birthDate: born(18), sponsorReg: "community" },
    expect: { "qd-minor-child": "ineligible", "qd-adult-child": "ineligible" },
  },
  {
    name: "qd adult child: 18, parent registered at own home",
    answers: { ...central, joins: "parent", birthDate: born(18), sponsorReg: "home" },
    expect: { "qd-adult-child": "eligible" },
  },
  {
    name: "qd parents: child registered at own home",
    answers: { ...central, joins: "child", sponsorReg: "home" },
    expect: { "qd-parents": "eligible" },
  },
  {
    name: "qd parents: child in the talent collective",
    answers: { ...central, joins: "child", sponsorReg: "talent" },
    expect: { "qd-parents": "ineligible" },
  },
  {
    name: "qd ward: orphan aged 17",
    answers: { ...central, joins: "guardian", ward: "orphan", birthDate: born(17) },
    expect: { "qd-ward": "eligible" },
  },
  {
    name: "qd ward: orphan aged 18 is no longer a minor",
    answers: { ...central, joins: "guardian", ward: "orphan", birthDate: born(18) },
    expect: { "qd-ward": "ineligible" },
  },
  {
    name: "qd ward: adult without capacity",
    answers: { ...urban, joins: "guardian", ward: "incapacity", birthDate: born(30) },
    expect: { "qd-ward": "eligible" },
  },
  {
    name: "qd in-laws: spouse abroad, living with in-laws at their own home",
    answers: { ...central, joins: "parent-in-law", spouseAbsent: true, coResident: true, sponsorReg: "home" },
    expect: { "qd-in-laws": "eligible" },
  },
  {
    name: "qd in-laws: not living together",
    answers: {
      ...central,
      joins: "parent-in-law",
      spouseAbsent: true,
      coResident: false,
      sponsorReg: "home",
    },
    expect: { "qd-in-laws": "ineligible" },
  },
  {
    name: "qd unit: employee of a 双招双引 project",
    answers: { ...central, employed: true, keyProject: true },
    expect: { "qd-unit": "eligible" },
  },
  {
    name: "qd unit: ordinary employer",
    answers: { ...urban, employed: true, keyProject: false },
    expect: { "qd-unit": "ineligible" },
  },
  {
    name: "qd stable: employed in the urban zone",
    answers: { ...urban, employed: true },
    expect: { "qd-stable": "eligible" },
  },
  {
    name: "qd stable: renting with filed lease and residence registration",
    answers: { ...urban, employed: false, renting: true, leaseFiled: true, resideReg: true },
    expect: { "qd-stable": "eligible" },
  },
  {
    name: "qd stable: renting without residence registration",
    answers: { ...urban, employed: false, renting: true, leaseFiled: true, resideReg: false },
    expect: { "qd-stable": "ineligible" },
  },
  {
    name: "qd stable: not a central-zone route",
    answers: { ...central, employed: true },
    expect: { "qd-stable": "absent" },
  },
  {
    name: "qd county: delegated to the county-level cities",
    answers: { ...county },
    expect: { "qd-county": "needs-info", "qd-home": "absent", "qd-spouse": "absent" },
    missing: { "qd-county": [] },
  },
  {
    name: "qd household: spouse joins a community-collective resident (county too)",
    answers: { ...county, joins: "spouse", sponsorReg: "community" },
    expect: { "qd-household": "eligible" },
  },
  {
    name: "qd household: sponsor has no urban registration",
    answers: { ...county, joins: "spouse", sponsorReg: "other" },
    expect: { "qd-household": "ineligible" },
  },
  {
    name: "qd local move: local hukou to own home in a county town",
    answers: { ...county, origin: "same-city", home: "residential", urbanArea: true },
    expect: { "qd-local-move": "eligible" },
  },
  {
    name: "qd local move: home in a village",
    answers: { ...county, origin: "same-city", home: "residential", urbanArea: false },
    expect: { "qd-local-move": "ineligible" },
  },
  {
    name: "qd local move: not a Qingdao hukou",
    answers: { ...central, origin: "other-city", home: "residential" },
    expect: { "qd-local-move": "ineligible" },
  },
  {
    name: "qd return: rural graduate in a college collective",
    answers: { ...central, gradCollective: true },
    expect: { "qd-return-graduate": "eligible" },
  },
  {
    name: "qd return: not such a graduate",
    answers: { ...central, gradCollective: false },
    expect: { "qd-return-graduate": "ineligible" },
  },
  {
    name: "qd return: back home to start a business",
    answers: { ...county, returnWork: true },
    expect: { "qd-return-work": "eligible" },
  },
  {
    name: "qd return: not returning",
    answers: { ...county, returnWork: false },
    expect: { "qd-return-work": "ineligible" },
  },
  {
    name: "qd return: homestead, no town home or income, living at origin",
    answers: {
      ...county,
      origin: "same-city",
      homestead: true,
      home: "none",
      stableIncome: false,
      returnLive: true,
    },
    expect: { "qd-return-homestead": "eligible" },
  },
  {
    name: "qd return: homestead but stable urban income",
    answers: {
      ...county,
      origin: "same-city",
      homestead: true,
      home: "none",
      stableIncome: true,
      returnLive: true,
    },
    expect: { "qd-return-homestead": "ineligible" },
  },
  {
    name: "qd rural: parent joins adult child in the village",
    answers: { ...county, sponsorReg: "rural", coResident: true, joins: "child" },
    expect: { "qd-return-rural": "eligible" },
  },
  {
    name: "qd rural: minor joins parent in the village",
    answers: { ...county, sponsorReg: "rural", coResident: true, joins: "parent", birthDate: born(10) },
    expect: { "qd-return-rural": "eligible" },
  },
  {
    name: "qd rural: adult child may not join parent",
    answers: { ...county, sponsorReg: "rural", coResident: true, joins: "parent", birthDate: born(20) },
    expect: { "qd-return-rural": "ineligible" },
  },
  {
    name: "qd dates: before 2021-03-15 nothing applies",
    answers: { ...central, edu: "doctorate" },
    asOf: "2021-03-14",
    expect: { "qd-talent": "absent" },
  },
  {
    name: "qd dates: on 2021-03-15 the opinion applies",
    answers: { ...central, edu: "doctorate" },
    asOf: "2021-03-15",
    expect: { "qd-talent": "eligible" },
  },
];
