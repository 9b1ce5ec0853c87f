import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LineStatus } from "@/components/prereview/line-status";
import { LineBasis, lineName } from "@/components/prereview/line-title";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { audit } from "@/lib/audit/log";
import { dateLabel } from "@/lib/booking/format";
import { maskName } from "@/lib/booking/view";
import { utcToShanghai } from "@/lib/calendar";
import { inScript } from "@/lib/citations/script";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { officeNamer } from "@/lib/offices/names";
import { caseDelivery } from "@/lib/prereview/contact";
import { COURIERS, fullDelivery } from "@/lib/prereview/delivery";
import { appointmentOf } from "@/lib/prereview/queue";
import { NOTE_MAX, RETURN_REASONS, startReview } from "@/lib/prereview/review";
import { caseForStaff } from "@/lib/prereview/staff-access";
import { caseView, humanSize } from "@/lib/prereview/view";
import { requireStaff } from "@/lib/staff/session";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "prereviewStaff" });
  return { title: t("caseTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * One case at the counter's pace: each checklist line beside its clause, the resident's pages, and the
 * decision (accept, or return with reasons from the list and a note). Opening it starts the review (the
 * resident can no longer change the files); every opening, file and full address shown is audited.
 */
export default async function ReviewCase({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { staff, csrf } = await requireStaff(locale, { action: "review" });
  const { db } = await getDb();
  let c = await caseForStaff(db, staff, id);
  if (!c) notFound();
  if (c.status === "submitted") c = (await startReview(db, c.id, staff.id)) ?? c;
  const a = c.appointmentId ? await appointmentOf(db, c.appointmentId) : null;
  await audit(db, {
    actorId: staff.id,
    action: "prereview.view",
    officeId: c.officeId,
    appointmentId: c.appointmentId,
    detail: { caseId: c.id, status: c.status },
  });
  const showAddress = one(query.address) === "1" && c.mail === 1;
  const delivery = showAddress ? caseDelivery(c) : null;
  if (delivery) {
    await audit(db, {
      actorId: staff.id,
      action: "prereview.delivery.view",
      officeId: c.officeId,
      appointmentId: c.appointmentId,
      detail: { caseId: c.id },
    });
  }

  const [t, tr, p, tc, tk, tm] = await Promise.all([
    getTranslations({ locale, namespace: "prereviewStaff" }),
    getTranslations({ locale, namespace: "prereview" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "calendar" }),
    getTranslations({ locale, namespace: "checklist" }),
    getTranslations({ locale, namespace: "prereview.mail" }),
  ]);
  const lines = await caseView(db, c);
  const office = officeNamer(isLocale(locale) ? locale : "zh-Hans")(c.officeId ?? "") ?? c.officeId;
  const base = `/${locale}/staff/review/${c.id}`;
  const deciding = c.status === "in_review" || c.status === "submitted";
  const errors = (one(query.e) ?? "").split(".").filter((k) => lines.some((l) => l.key === k));
  const errorCode = one(query.m);
  const ok = one(query.ok);
  const oneOf = tk("oneOf");

  return (
    <div className="space-y-6">
      <p>
        <a href={`/${locale}/staff/review`} className="inline-flex min-h-11 items-center">
          {t("backToQueue")}
        </a>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold sm:text-3xl">
          {t("caseTitle")} · <span data-testid="case-reference">{a?.reference ?? "—"}</span>
        </h1>
        <p className="text-lg font-bold" data-testid="case-status" data-status={c.status}>
          {t(`status.${c.status}`)}
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-muted">{t("person")}</dt>
        <dd>{maskName(a?.name ?? null) ?? "—"}</dd>
        <dt className="text-muted">{t("visit")}</dt>
        <dd>
          {a ? `${dateLabel(tc, utcToShanghai(a.startsAt).date)} ${utcToShanghai(a.startsAt).time}` : "—"}
        </dd>
        <dt className="text-muted">{t("office")}</dt>
        <dd>{office}</dd>
        <dt className="text-muted">{t("due")}</dt>
        <dd data-testid="case-due">{c.dueDate ? dateLabel(tc, c.dueDate) : "—"}</dd>
        <dt className="text-muted">{t("round")}</dt>
        <dd>{c.round}</dd>
      </dl>

      {ok ? (
        <p className="border-l-4 border-go bg-panel p-3 font-bold" role="status" data-testid="staff-ok">
          {t(`ok.${ok === "shipped" ? "shipped" : "decided"}`)}
        </p>
      ) : null}
      {errorCode ? (
        <div className="border-4 border-accent p-4" role="alert" tabIndex={-1} data-testid="review-errors">
          <h2 className="mb-2 text-lg font-bold">
            {t(
              `errors.${errorCode === "incomplete" || errorCode === "reason" || errorCode === "tracking" || errorCode === "csrf" ? errorCode : "other"}`,
            )}
          </h2>
          <ul className="list-disc pl-6">
            {errors.map((k) => {
              const l = lines.find((x) => x.key === k)!;
              return (
                <li key={k}>
                  <a href={`#decide-${k}`}>{lineName(l.item, p, oneOf)}</a>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      <form method="post" action={`${base}/decide`} className="space-y-6" data-testid="review-form">
        <input type="hidden" name="csrf" value={csrf} />
        <ol className="space-y-6">
          {lines.map((l, index) => {
            const frozen = l.decision?.decision === "accepted" || !deciding;
            return (
              <li
                key={l.key}
                id={`decide-${l.key}`}
                className="grid gap-4 border border-line p-4 lg:grid-cols-[2fr_3fr]"
                data-line={l.key}
              >
                <div className="space-y-2">
                  <p className="text-sm text-muted">
                    {t("lineOf", { n: index + 1, total: lines.length })} ·{" "}
                    {l.person.index === null
                      ? p(`persons.${l.person.person}`)
                      : tk("numbered", { who: p(`persons.${l.person.person}`), n: l.person.index })}
                  </p>
                  <h2 className="text-xl font-bold">{lineName(l.item, p, oneOf)}</h2>
                  <LineStatus line={l} locale={locale} />
                  <LineBasis item={l.item} p={p} labels={{ proves: tk("proves"), basis: tk("basis") }} />
                </div>
                <div className="space-y-3">
                  {l.files.length === 0 ? <p className="font-bold">{t("noFiles")}</p> : null}
                  <div className="grid gap-3 sm:grid-cols-2">
                    {l.files.map((f, i) => (
                      <figure key={f.id} className="border border-line p-2" data-file>
                        {f.contentType === "application/pdf" ? (
                          <a
                            href={`${base}/file/${f.id}`}
                            target="_blank"
                            rel="noopener"
                            className={secondaryButton}
                          >
                            {t("openPdf", { n: i + 1 })}
                          </a>
                        ) : (
                          <a href={`${base}/file/${f.id}`} target="_blank" rel="noopener">
                            {/* biome-ignore lint/performance/noImgElement: a stored document served by the portal itself, not an optimisable asset */}
                            <img
                              src={`${base}/file/${f.id}`}
                              alt={t("pageAlt", { n: i + 1 })}
                              className="max-h-96 w-full object-contain"
                              loading="lazy"
                            />
                          </a>
                        )}
                        <figcaption className="text-sm text-muted">
                          {tr("file", {
                            n: i + 1,
                            kind: tr(`kind.${f.contentType}`),
                            size: humanSize(f.size),
                          })}
                        </figcaption>
                      </figure>
                    ))}
                  </div>
                  {frozen ? (
                    l.decision ? (
                      <p className="text-muted">
                        {l.decision.decision === "accepted" ? t("acceptedBefore") : t("returnedBefore")}
                      </p>
                    ) : null
                  ) : (
                    <fieldset
                      className="space-y-2"
                      aria-describedby={errors.includes(l.key) ? `err-${l.key}` : undefined}
                    >
                      <legend className="font-bold">{t("decision")}</legend>
                      {errors.includes(l.key) ? (
                        <p id={`err-${l.key}`} className="font-bold text-accent">
                          {t(`errors.${errorCode === "reason" ? "reason" : "incomplete"}`)}
                        </p>
                      ) : null}
                      <div className="flex flex-wrap gap-6">
                        <label className="flex min-h-11 items-center gap-2">
                          <input
                            type="radio"
                            name={`d.${l.key}`}
                            value="accepted"
                            className="size-6 accent-go"
                            data-testid={`accept-${l.key}`}
                          />
                          {t("accept")}
                        </label>
                        <label className="flex min-h-11 items-center gap-2">
                          <input
                            type="radio"
                            name={`d.${l.key}`}
                            value="returned"
                            className="size-6 accent-accent"
                            data-testid={`return-${l.key}`}
                          />
                          {t("return")}
                        </label>
                      </div>
                      <details className="space-y-1" open={errors.includes(l.key)}>
                        <summary className="min-h-11 cursor-pointer py-2 text-brand underline">
                          {t("reasonsHeading")}
                        </summary>
                        <div className="grid gap-1 sm:grid-cols-2">
                          {RETURN_REASONS.map((r) => (
                            <label key={r} className="flex min-h-11 items-center gap-2">
                              <input
                                type="checkbox"
                                name={`r.${l.key}`}
                                value={r}
                                className="size-5"
                                data-testid={`reason-${l.key}-${r}`}
                              />
                              {tr(`reasons.${r}`)}
                            </label>
                          ))}
                        </div>
                        <label htmlFor={`n-${l.key}`} className="block font-bold">
                          {t("note")}
                        </label>
                        <textarea
                          id={`n-${l.key}`}
                          name={`n.${l.key}`}
                          maxLength={NOTE_MAX}
                          rows={2}
                          className="block w-full border-2 border-ink p-2"
                        />
                      </details>
                    </fieldset>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        {deciding ? (
          <button type="submit" className={primaryButton} data-testid="review-submit">
            {t("submitDecision")}
          </button>
        ) : null}
      </form>

      {c.mail === 1 ? (
        <section
          className="space-y-3 border-t border-line pt-4"
          aria-labelledby="ship-heading"
          data-testid="ship-section"
        >
          <h2 id="ship-heading" className="text-xl font-bold">
            {t("shipHeading")}
          </h2>
          <p data-testid="delivery-address">
            {delivery
              ? fullDelivery(delivery, locale)
              : c.deliveryMasked
                ? inScript(c.deliveryMasked, locale)
                : "—"}
          </p>
          {!delivery ? (
            <a
              href={`${base}?address=1#ship-heading`}
              className="inline-flex min-h-11 items-center"
              data-testid="show-address"
            >
              {t("showAddress")}
            </a>
          ) : null}
          {c.status !== "passed" ? (
            <p className="text-muted">{t("shipAfterPass")}</p>
          ) : c.shippedAt ? (
            <p className="font-bold" data-testid="shipped">
              {tm("shipped", { courier: tm(`couriers.${c.courier}`), tracking: c.trackingNumber ?? "" })}
            </p>
          ) : (
            <form method="post" action={`${base}/ship`} className="flex flex-wrap items-end gap-3">
              <input type="hidden" name="csrf" value={csrf} />
              <div>
                <label htmlFor="courier" className="block font-bold">
                  {t("courier")}
                </label>
                <select id="courier" name="courier" className="min-h-11 border-2 border-ink p-2">
                  {COURIERS.map((k) => (
                    <option key={k} value={k}>
                      {tm(`couriers.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="tracking" className="block font-bold">
                  {t("tracking")}
                </label>
                <input
                  id="tracking"
                  name="tracking"
                  maxLength={24}
                  className="min-h-11 border-2 border-ink p-2"
                  autoComplete="off"
                />
              </div>
              <button type="submit" className={secondaryButton} data-testid="ship-submit">
                {t("shipSubmit")}
              </button>
            </form>
          )}
        </section>
      ) : null}
    </div>
  );
}
