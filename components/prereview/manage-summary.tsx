import { getTranslations } from "next-intl/server";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { dateLabel } from "@/lib/booking/format";
import { inScript } from "@/lib/citations/script";
import { getDb } from "@/lib/db/client";
import { caseForAppointment } from "@/lib/prereview/cases";
import { pagePath } from "@/lib/prereview/http";
import { caseLines } from "@/lib/prereview/lines";
import { caseView } from "@/lib/prereview/view";
import { lineName } from "./line-title";
import { ReturnedList } from "./returned-list";

/**
 * The manage page's 网上预审 block: the way in, the case's state (预审通过 → 带原件到窗口当场办结),
 * the returned lines as one list, and the courier and tracking number once the documents are mailed.
 */
export async function PrereviewSummary({
  locale,
  reference,
  appointmentId,
  checklistUrl,
  active,
}: {
  locale: string;
  reference: string;
  appointmentId: string;
  checklistUrl: string | null;
  active: boolean;
}) {
  const [t, p, tc, tk] = await Promise.all([
    getTranslations({ locale, namespace: "prereview" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "calendar" }),
    getTranslations({ locale, namespace: "checklist" }),
  ]);
  const { db } = await getDb();
  const c = await caseForAppointment(db, appointmentId);
  const href = pagePath(locale, reference);
  const shipped = c?.shippedAt && c.courier && c.trackingNumber;
  if (!c && (!active || caseLines(checklistUrl).length === 0)) return null;
  const lines =
    c?.status === "returned"
      ? (await caseView(db, c)).filter((l) => l.decision?.decision === "returned")
      : [];
  return (
    <section
      className="mt-8 space-y-3 border-t border-line pt-4"
      aria-labelledby="prereview-heading"
      data-testid="prereview-summary"
    >
      <h2 id="prereview-heading" className="text-xl font-bold">
        {t("manageHeading")}
      </h2>
      {c?.status === "passed" ? (
        <div className="bg-go p-4 text-white" data-testid="prereview-passed">
          <p className="text-xl font-bold">{t("passedBanner")}</p>
          <p className="text-lg">{t("passedLead")}</p>
        </div>
      ) : c ? (
        <p data-testid="prereview-status" data-status={c.status}>
          {t(`status.${c.status}`, { due: c.dueDate ? dateLabel(tc, c.dueDate) : "" })}
        </p>
      ) : (
        <p>{t("lead")}</p>
      )}
      {lines.length ? (
        <ReturnedList lines={lines} name={(l) => lineName(l.item, p, tk("oneOf"))} locale={locale} />
      ) : null}
      {shipped ? (
        <p className="font-bold" data-testid="mail-shipped">
          {t("mail.shipped", {
            courier: t.has(`mail.couriers.${c.courier}`)
              ? t(`mail.couriers.${c.courier}`)
              : (c.courier ?? ""),
            tracking: c.trackingNumber ?? "",
          })}
        </p>
      ) : c?.deliveryMasked ? (
        <p data-testid="mail-status">{t("mail.chosen", { address: inScript(c.deliveryMasked, locale) })}</p>
      ) : null}
      {active ? (
        <a href={href} className={c ? secondaryButton : primaryButton} data-testid="prereview-link">
          {c ? t("manageContinue") : t("manageStart")}
        </a>
      ) : null}
    </section>
  );
}
