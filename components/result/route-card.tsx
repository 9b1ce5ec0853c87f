import { getTranslations } from "next-intl/server";
import { actualText } from "@/lib/questionnaire/reason-text";
import { questionUrl } from "@/lib/questionnaire/urls";
import type { Answers } from "@/policies/fields";
import type { RouteResult } from "@/policies/types";
import { CitationQuote } from "./citation";
import { VerdictTag } from "./verdict-tag";

const MARK = { met: "✓", unmet: "✗", unknown: "?" } as const;

/** One settlement route: verdict, why (expandable, with quoted clauses), family, addresses, next steps. */
export async function RouteCard({
  route,
  answers,
  locale,
  checklistHref,
  bookingHref,
}: {
  route: RouteResult;
  answers: Answers;
  locale: string;
  checklistHref: string;
  bookingHref: string;
}) {
  const [p, q, t, root] = await Promise.all([
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "questions" }),
    getTranslations({ locale, namespace: "result" }),
    getTranslations({ locale }),
  ]);
  const headingId = `route-${route.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 border-t-4 border-brand pt-4"
      data-route={route.id}
    >
      <h2 id={headingId} className="text-xl font-bold" data-speak>
        {p(`routes.${route.id}`)}
      </h2>
      <p data-speak>
        <VerdictTag verdict={route.verdict} label={p(`verdicts.${route.verdict}`)} />
      </p>
      {route.delegated ? <p className="border-l-4 border-focus pl-3">{t("delegated")}</p> : null}
      {route.verdict === "needs-info" && route.missing.length > 0 ? (
        <div>
          <p className="font-bold">{t("findOut")}</p>
          <ul className="list-disc pl-6">
            {route.missing.map((f) => (
              <li key={f}>
                <a href={questionUrl(locale, f, answers, "answers")} className="inline-block py-2.5">
                  {q(`${f}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="group">
        <summary className="min-h-11 cursor-pointer py-2 font-bold text-brand underline">{t("why")}</summary>
        <ul className="mt-2 space-y-3">
          {route.reasons.map((r) => (
            <li key={r.id} data-reason={r.id} data-status={r.status}>
              <p>
                <span aria-hidden="true" className="mr-1 font-bold">
                  {MARK[r.status]}
                </span>
                <span className="sr-only">{p(`reasonStatus.${r.status}`)}：</span>
                {p(`conditions.${r.id}`, {
                  threshold: r.threshold?.value ?? "",
                  actual: actualText(r, answers, locale, root, t("notAnswered")),
                })}
                {r.threshold ? (
                  <span className="text-muted">
                    {" "}
                    （{t("yourValue")}
                    {actualText(r, answers, locale, root, t("notAnswered"))}）
                  </span>
                ) : null}
              </p>
              <CitationQuote citation={r.citation} label={t("source")} />
            </li>
          ))}
        </ul>
      </details>
      {route.verdict !== "ineligible" ? (
        <>
          {route.family.length > 0 ? (
            <div>
              <h3 className="font-bold">{t("family")}</h3>
              <ul className="list-disc pl-6">
                {route.family.map((f) => (
                  <li key={f.member}>
                    {p(`members.${f.member}`)}
                    {f.condition ? `（${p(`familyConditions.${f.condition}`)}）` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {route.addresses.length > 0 ? (
            <div>
              <h3 className="font-bold">{t("addresses")}</h3>
              <ol className="list-decimal pl-6">
                {route.addresses.map((a) => (
                  <li key={a.id}>
                    {p(`addresses.${a.id}`)}
                    {a.consent ? <span className="text-muted">（{p(`consent.${a.consent}`)}）</span> : null}
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          {route.notes.map((n) => (
            <p key={n.id} className="text-muted">
              {p(`notes.${n.id}`)}
            </p>
          ))}
          <p className="no-print flex flex-wrap gap-x-6 gap-y-2">
            <a href={checklistHref} className="inline-flex min-h-11 items-center font-bold">
              {t("checklistLink")}
            </a>
            <a href={bookingHref} className="inline-flex min-h-11 items-center font-bold">
              {t("bookLink")}
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
