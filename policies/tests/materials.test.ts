import { describe, expect, it } from "vitest";
import { materialRef } from "../choice-key";
import { evaluate } from "../evaluate";
import { allMaterials, JURISDICTIONS } from "../registry";
import type { MaterialChoice, Person, RouteResult } from "../types";
import { HUZHOU_MATERIALS } from "./cases/materials/huzhou";
import { QINGDAO_MATERIALS } from "./cases/materials/qingdao";
import { AS_OF, type MaterialsCase } from "./cases/materials/types";
import { ZHAOQING_MATERIALS } from "./cases/materials/zhaoqing";
import { ZHENGZHOU_MATERIALS } from "./cases/materials/zhengzhou";

const groupText = (c: MaterialChoice) =>
  c.options.map((o) => (o.address ? `@${o.address}` : o.materials.map(materialRef).join("+"))).join(" | ");

const itemsOf = (r: RouteResult) => {
  const out: Partial<Record<Person, string[]>> = {};
  for (const m of r.materials) {
    const list = out[m.person] ?? [];
    list.push(`${m.id}${m.basis === "named" ? "!" : ""}`);
    out[m.person] = list;
  }
  return out;
};

const run = (cases: readonly MaterialsCase[]) =>
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const r = evaluate(c.answers, { asOf: AS_OF }).routes.find((x) => x.id === c.route)!;
    expect(r.verdict).toBe(c.verdict);
    expect(r.address).toBe(c.address);
    expect(itemsOf(r)).toEqual(c.items);
    expect(r.choices.map(groupText)).toEqual(c.groups ?? []);
    const consents = Object.fromEntries(
      r.materials.filter((m) => m.proves === "consent").map((m) => [m.id, m.issuer]),
    );
    expect(consents).toEqual(c.consents ?? {});
    const everything = [...r.materials, ...r.choices.flatMap((x) => x.options.flatMap((o) => o.materials))];
    for (const id of c.never ?? [])
      expect(
        everything.map((m) => m.id),
        id,
      ).not.toContain(id);
    // Every item traces to a clause of this city's text and says what it proves.
    const source = JURISDICTIONS[c.answers.city!].source;
    for (const m of everything) {
      expect(m.citation.source).toBe(source);
      expect(m.proves.length).toBeGreaterThan(0);
    }
  });

describe("郑州 materials case table", () => run(ZHENGZHOU_MATERIALS));
describe("青岛 materials case table", () => run(QINGDAO_MATERIALS));
describe("湖州 materials case table", () => run(HUZHOU_MATERIALS));
describe("肇庆 materials case table", () => run(ZHAOQING_MATERIALS));

describe("materials: library-wide rules", () => {
  const routes = Object.values(JURISDICTIONS).flatMap((j) => j.routes.map((r) => [j.id, r] as const));

  it("one document, one description per route: the same id and person always mean the same thing", () => {
    for (const [, def] of routes) {
      const seen = new Map<string, string>();
      for (const m of allMaterials(def)) {
        const k = `${m.id}@${m.person}`;
        const v = JSON.stringify([m.basis, m.issuer, m.proves, m.original, m.unless]);
        if (seen.has(k) && seen.get(k) !== v) expect(v, `${def.id} ${k}`).toBe(seen.get(k));
        seen.set(k, v);
      }
    }
  });

  it("a 网签 contract counts as ownership in Qingdao only", () => {
    for (const [city, def] of routes) {
      const ids = allMaterials(def).map((m) => m.id);
      if (city !== "qingdao") expect(ids, def.id).not.toContain("qd-property-certificate");
      if (city === "qingdao") expect(ids, def.id).not.toContain("property-certificate");
    }
  });

  it("names a document 'named' only where its city's text lists it", () => {
    for (const [city, def] of routes)
      for (const m of allMaterials(def).filter((x) => x.basis === "named"))
        expect(["zhengzhou", "huzhou"], `${def.id} ${m.id}`).toContain(city);
  });

  it("an ineligible route asks for nothing", () => {
    const r = evaluate(
      { city: "zhaoqing", district: "441202", employed: false },
      { asOf: AS_OF },
    ).routes.find((x) => x.id === "zq-employment")!;
    expect(r.verdict).toBe("ineligible");
    expect(r.materials).toEqual([]);
    expect(r.choices).toEqual([]);
  });
});
