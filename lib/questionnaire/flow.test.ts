import { describe, expect, it } from "vitest";
import { relevantFields } from "@/policies";
import { previousField, progressOf, replay } from "./flow";
import { checkAnswer } from "./validate";

const asOf = "2026-11-22";

describe("replay (question routing)", () => {
  it("asks city, then district, then what the policy library still needs", () => {
    expect(replay({}, asOf).next).toBe("city");
    expect(replay({ city: "zhengzhou" }, asOf).next).toBe("district");
    const state = replay({ city: "zhengzhou", district: "410105" }, asOf);
    expect(state.next).toBe(relevantFields({ city: "zhengzhou", district: "410105" }, { asOf })[0]);
  });

  it("asks 青岛's situation before the district; a link from before that question keeps its answers", () => {
    expect(replay({ city: "qingdao" }, asOf).next).toBe("situation");
    expect(replay({ city: "qingdao", situation: "moving-in" }, asOf).next).toBe("district");
    const old = replay({ city: "qingdao", district: "370202", edu: "master", birthDate: "1990-01-01" }, asOf);
    expect(old.answers).toMatchObject({ district: "370202", edu: "master" });
    expect(old.path).not.toContain("situation");
  });
  it("drops answers that no question on the path asked (stale after a change)", () => {
    // 湖州's questions never include Qingdao's talent card.
    const state = replay({ city: "huzhou", district: "330502", talentLevel: "city", keyProject: true }, asOf);
    expect(state.answers).not.toHaveProperty("keyProject");
  });

  it("stops asking once no answer can change a verdict, then asks who moves along", () => {
    let answers: Record<string, unknown> = { city: "zhaoqing", district: "441202" };
    const asked: string[] = [];
    for (let i = 0; i < 60; i++) {
      const state = replay(answers, asOf);
      if (!state.next) break;
      asked.push(state.next);
      answers = { ...answers, [state.next]: state.next === "birthDate" ? "1990-01-01" : pick(state.next) };
    }
    expect(asked.length).toBeLessThan(40);
    expect(asked.slice(-3)).toEqual(["withSpouse", "withChildren", "withParents"]);
    expect(replay(answers, asOf).next).toBeNull();
  });

  it("back link and progress follow question order", () => {
    const state = replay({ city: "zhengzhou", district: "410105" }, asOf);
    const next = state.next!;
    expect(previousField(state, next)).toBe("district");
    expect(previousField(state, "district")).toBe("city");
    expect(previousField(state, "city")).toBeNull();
    expect(progressOf(state, next, asOf).current).toBe(3);
    expect(progressOf(state, next, asOf).total).toBeGreaterThanOrEqual(3);
  });
});

describe("checkAnswer (the same check in the browser and on the server)", () => {
  it.each([
    ["siLast12", "", "required"],
    ["siLast12", "abc", "number"],
    ["siLast12", "13", "range"],
    ["birthDate", "1990-02-30", "date"],
    ["origin", "", "choose"],
    ["origin", "mars", "choose"],
  ] as const)("%s = %j → %s", (field, raw, error) => {
    expect(checkAnswer(field, raw, { city: "zhengzhou", district: "410105" })).toEqual({ ok: false, error });
  });

  it("accepts the boundary values and 不清楚", () => {
    expect(checkAnswer("siLast12", "12", {})).toEqual({ ok: true, value: 12 });
    expect(checkAnswer("siLast12", "0", {})).toEqual({ ok: true, value: 0 });
    expect(checkAnswer("siLast12", "x", {})).toEqual({ ok: true, value: "unknown" });
  });
});

function pick(field: string): unknown {
  // The least qualifying answer where a choice is needed: "unknown" when allowed, else "none"/0/false.
  const months = ["siLast12", "siTotal", "siStreak", "permitMonths", "resideMonths", "rentMonths"];
  if (months.includes(field)) return 0;
  if (["withChildren", "withParents", "withOthers"].includes(field)) return 0;
  if (field === "withSpouse") return false;
  return "unknown";
}
