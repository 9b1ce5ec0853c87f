import { getTranslations } from "next-intl/server";
import { primaryButton } from "@/components/ui/styles";
import { checklistPath } from "@/lib/booking/checklist-link";
import { dateLabel } from "@/lib/booking/format";
import { bookHref, parseBusiness } from "@/lib/booking/url";
import { attachedChecklist } from "@/lib/counter/attached-checklist";
import { appointmentByReference, visitOfAppointment } from "@/lib/counter/queries";
import { getDb } from "@/lib/db/client";
import { itemTexter } from "./item-text";

/**
 * What the counter recorded, on the resident's manage page. 材料不全 is the 一次性告知: exactly the
 * documents the clerk ticked as missing, and a link to book again with the same checklist attached.
 */
export async function CounterOutcome({ reference, locale }: { reference: string; locale: string }) {
  const { db } = await getDb();
  const found = await appointmentByReference(db, reference);
  const visit = found ? await visitOfAppointment(db, found.appointment.id) : undefined;
  if (!found || !visit || visit.state === "waiting" || visit.state === "called") return null;
  const t = await getTranslations({ locale, namespace: "booking.manage" });
  if (visit.state !== "incomplete") {
    return (
      <p className="mb-4 border-l-4 border-brand pl-3 font-bold" data-testid="counter-outcome">
        {t(`outcome.${visit.state}`)}
      </p>
    );
  }
  const a = found.appointment;
  const list = attachedChecklist(a.checklistUrl);
  const missing = new Set(visit.missingItems ?? []);
  const items = list?.items.filter((i) => missing.has(i.key)) ?? [];
  const [itemText, c] = await Promise.all([
    itemTexter(locale),
    getTranslations({ locale, namespace: "calendar" }),
  ]);
  // The same checklist, with no ticks: what was brought is for the resident to tick again.
  const checklist = checklistPath(a.checklistUrl?.replace(/&t=[^&]*/, ""));
  const rebook = bookHref(locale, {
    business: parseBusiness(a.businessType),
    route: a.routeId ?? undefined,
    checklist,
    office: a.officeId,
  });
  return (
    <section
      className="mb-6 border-4 border-accent p-4"
      aria-labelledby="incomplete-title"
      data-testid="counter-outcome"
    >
      <h2 id="incomplete-title" className="text-xl font-bold">
        {t("incomplete.title")}
      </h2>
      {items.length > 0 ? (
        <>
          <p className="my-2">{t("incomplete.lead", { date: dateLabel(c, visit.day) })}</p>
          <ul className="list-disc space-y-1 pl-6" data-testid="missing-items">
            {items.map((i) => (
              <li key={i.key} data-item={i.key}>
                {itemText(i)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="my-2">{t("incomplete.noList")}</p>
      )}
      <p className="mt-4">
        <a href={rebook} className={primaryButton} data-testid="rebook-link">
          {t("incomplete.rebook")}
        </a>
      </p>
    </section>
  );
}
