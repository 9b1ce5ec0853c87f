import { getTranslations } from "next-intl/server";
import { dateLabel } from "@/lib/booking/format";
import type { LocaleKey, OfficeData } from "@/lib/booking/offices";

export interface DetailsProps {
  office: OfficeData;
  locale: LocaleKey;
  business: string;
  route?: string | null;
  date?: string;
  time?: string;
  /** "change" links per row, when choosing */
  change?: { office?: string; date?: string; time?: string };
  extra?: [string, string][];
}

/** The summary list of an appointment (GOV.UK "summary list"), used while choosing and after. */
export async function BookingDetails({
  office,
  locale,
  business,
  route,
  date,
  time,
  change,
  extra = [],
}: DetailsProps) {
  const t = await getTranslations("booking");
  const c = await getTranslations("calendar");
  const routes = await getTranslations("policy.routes");
  // A route id from the policy library reads as its name; anything else (an old link) as given.
  const routeName = route && routes.has(route) ? routes(route) : route;
  const rows: [string, string, string | undefined, string?][] = [
    [t("businessLabel"), t(`business.${business}`), undefined],
    ...(routeName ? ([[t("routeLabel"), routeName, undefined]] as [string, string, undefined][]) : []),
    [t("confirmation.office"), office.name[locale], change?.office, t("office.change")],
    [t("confirmation.address"), office.address[locale], undefined],
    ...(date
      ? ([[t("confirmation.date"), dateLabel(c, date), change?.date, t("date.change")]] as [
          string,
          string,
          string,
          string,
        ][])
      : []),
    ...(time
      ? ([[t("confirmation.time"), time, change?.time, t("time.change")]] as [
          string,
          string,
          string,
          string,
        ][])
      : []),
    ...extra.map(([k, v]) => [k, v, undefined] as [string, string, undefined]),
  ];
  return (
    <dl className="my-4 divide-y divide-line border-y border-line" data-testid="booking-details">
      {rows.map(([k, v, href, changeLabel]) => (
        <div key={k} className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr_auto]">
          <dt className="font-bold">{k}</dt>
          <dd>{v}</dd>
          <dd>
            {href ? (
              <a href={href} className="inline-flex min-h-11 items-center">
                {changeLabel}
                <span className="sr-only"> {k}</span>
              </a>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
