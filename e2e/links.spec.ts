import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { encodeAnswers } from "../lib/answers-url/codec";
import { SHORT_KEYS } from "../lib/answers-url/keys";
import { ZHENGZHOU_RENTER } from "../policies/tests/applicants";

// Valid links to start from; the property mutates them the ways links really break.
const seeds = [
  ZHENGZHOU_RENTER,
  { city: "qingdao", district: "370202", birthDate: "1998-03-01", edu: "master", eduFullTime: true },
  { city: "huzhou", district: "330502", home: "residential", urbanArea: true, withChildren: 2 },
  { city: "zhaoqing", district: "441202", home: "residential", withSpouse: true },
].map((a) => encodeAnswers(a as never, { t: "hukou-book_a.id-card_a", rt: "zz-rental" }));

const pages = [
  "/zh-Hans/result",
  "/zh-Hant/checklist",
  "/zh-Hans/check/answers",
  "/zh-Hant/check/rentMonths",
  "/zh-Hans/check",
];

const mutation = fc.oneof(
  // truncated anywhere (a chat app cut it)
  fc.tuple(fc.constantFrom(...seeds), fc.nat()).map(([s, n]) => s.slice(0, n % (s.length + 1))),
  // one character replaced
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([s, n, c]) => s.slice(0, n % s.length) + c + s.slice((n % s.length) + 1)),
  // an old or future version
  fc
    .tuple(fc.constantFrom(...seeds), fc.constantFrom("0", "2", "", "1.0", "abc"))
    .map(([s, v]) => s.replace("v=1", `v=${v}`)),
  // random keys (short keys included) with random values, repeated keys too
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...Object.values(SHORT_KEYS), "v", "t", "rt", "go", "ret", "unk"),
          fc.string(),
        ),
        fc.string(),
      ),
      {
        maxLength: 12,
      },
    )
    .map((pairs) => new URLSearchParams(pairs).toString()),
  // raw garbage, including broken percent-encoding
  fc.string({ maxLength: 200 }).map((s) => s.replace(/[#\s]/g, "%")),
);

test("10,000 random and mutated links never get a 5xx", { tag: "@phone" }, async ({ request }) => {
  // About 5 minutes on a quiet machine; room for a loaded one (a timeout would report every pending link as 599).
  test.setTimeout(900_000);
  const links = fc.sample(fc.tuple(fc.constantFrom(...pages), mutation), { numRuns: 10_000, seed: 20261122 });
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const [page, query] = links[next++]!;
      const url = `${page}?${query}`;
      const response = await request.get(url, { maxRedirects: 0 }).catch((e) => ({ status: () => 599, e }));
      if (response.status() >= 500) failures.push(`${response.status()} ${url}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  expect(failures.slice(0, 20)).toEqual([]);
});
