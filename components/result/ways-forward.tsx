import { getTranslations } from "next-intl/server";
import { officesForDistrict } from "@/lib/booking/offices";
import { reminderHref } from "@/lib/result/reminder";
import type { RouteView } from "@/lib/result/route-view";
import { CITY_CODES } from "@/policies/divisions";
import type { CityId, RouteResult } from "@/policies/types";

/** How many routes that need something else are listed before "see below". */
const MORE = 3;

/**
 * When no route is open: what would open one — the dates durations run out, the questions to settle,
 * what else the text requires — and then where to ask in person (the district's counters).
 */
export async function WaysForward({
  routes,
  views,
  locale,
  city,
  district,
}: {
  routes: readonly RouteResult[];
  views: ReadonlyMap<string, RouteView>;
  locale: string;
  city: CityId;
  district: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: "result" });
  const list = routes.map((r) => views.get(r.id)!).filter((v) => v.applies);
  const dated = list.filter((v) => v.opens).sort((a, b) => a.opens!.date.localeCompare(b.opens!.date));
  const unsure = list.filter((v) => v.verdict === "needs-info");
  const needs = list.filter((v) => v.verdict === "ineligible" && !v.opens && v.needs);
  const code = district && /^\d{6}$/.test(district) ? district : CITY_CODES[city].code;
  const offices = officesForDistrict(code, "settlement").slice(0, 2);
  const key = locale === "zh-Hant" ? "zh-Hant" : "zh-Hans";
  return (
    <section aria-labelledby="ways-forward" className="space-y-3" data-testid="ways-forward">
      <h2 id="ways-forward" className="text-xl font-bold">
        {t("waysHeading")}
      </h2>
      <ul className="list-disc space-y-2 pl-6">
        {dated.map((v) => (
          <li key={v.id} data-way="opens">
            <span className="font-bold">{v.name}</span>：{v.sentence}{" "}
            <a
              href={reminderHref(locale, v.opens!.date, v.id)}
              download
              className="inline-flex min-h-11 items-center"
            >
              {t("reminder")}
            </a>
          </li>
        ))}
        {unsure.map((v) => (
          <li key={v.id} data-way="questions">
            <span className="font-bold">{v.name}</span>：{t("waysQuestions")}
            {v.questions.map((q, i) => (
              <span key={q.field}>
                {i > 0 ? "、" : ""}
                <a href={q.href} className="inline-flex min-h-11 items-center">
                  {q.short}
                </a>
              </span>
            ))}
          </li>
        ))}
        {needs.slice(0, MORE).map((v) => (
          <li key={v.id} data-way="requires">
            <span className="font-bold">{v.name}</span>：{t("waysNeeds", { conditions: v.needs ?? "" })}
          </li>
        ))}
      </ul>
      {needs.length > MORE ? <p>{t("waysMore", { count: needs.length - MORE })}</p> : null}
      <h2 className="text-xl font-bold">{t("askHeading")}</h2>
      <p>{t("askText")}</p>
      <ul className="space-y-2" data-testid="ask-offices">
        {offices.map((o) => (
          <li key={o.id} className="border-l-4 border-line pl-3">
            <p className="font-bold">{o.name[key]}</p>
            <p>{o.address[key]}</p>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">{t("askSample")}</p>
    </section>
  );
}
