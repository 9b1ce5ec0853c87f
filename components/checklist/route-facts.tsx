import { getTranslations } from "next-intl/server";
import type { Note } from "@/policies/types";

/**
 * What a route's checklist says before its items: the registration address, that the unit applies
 * (nothing to bring), and what the counter checks or where to apply, as the text says.
 */
export async function RouteFacts({
  locale,
  address,
  appliedBy,
  notes,
}: {
  locale: string;
  address: string | null;
  appliedBy: "applicant" | "employer";
  notes: readonly Note[];
}) {
  const [t, p] = await Promise.all([
    getTranslations({ locale, namespace: "checklist" }),
    getTranslations({ locale, namespace: "policy" }),
  ]);
  const shown = notes.filter((n) => n.checklist);
  return (
    <>
      {appliedBy === "employer" ? (
        <p className="border-l-4 border-focus pl-3 font-bold" data-testid="by-employer">
          {t("byEmployer")}
        </p>
      ) : null}
      {address ? (
        <p data-testid="address">
          <span className="font-bold">{t("address")}</span>
          {p(`addresses.${address}`)}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6 text-muted print:text-black" data-testid="route-notes">
          {shown.map((n) => (
            <li key={n.id} data-note={n.id}>
              {p(`notes.${n.id}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
