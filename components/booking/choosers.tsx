import { getTranslations } from "next-intl/server";
import { secondaryButton } from "@/components/ui/styles";
import type { DayAvailability } from "@/lib/booking/availability";
import { dateLabel } from "@/lib/booking/format";
import type { LocaleKey, OfficeData } from "@/lib/booking/offices";
import { openDaysText } from "@/lib/booking/open-days";
import { holidayLabel } from "@/lib/calendar/holiday-names";
import { ChoiceCard } from "./choice-card";
import { HiddenFields } from "./hidden-fields";

/**
 * The three choice steps as plain GET forms of radio buttons: choices are not personal data,
 * so they can live in the URL, and every step works without JavaScript. Nothing is pre-selected
 * (GOV.UK: a resident who presses on without choosing gets an error, not a choice made for them);
 * the hidden "submitted" field tells that case apart from a first visit.
 */
type Hidden = Record<string, string | undefined>;

/** The inline error of a radio group (the page shows the summary above). */
async function ChoiceError({ id, code }: { id: string; code?: string }) {
  const t = await getTranslations("booking");
  if (!code) return null;
  return (
    <p id={`${id}-error`} className="mb-2 font-bold text-accent" data-testid={`${id}-error`}>
      <span className="sr-only">{t("errors.titlePrefix")}</span>
      {t(`errors.${code}`)}
    </p>
  );
}

export async function OfficeChooser({
  offices,
  locale,
  hidden,
  action,
  selected,
  error,
}: {
  offices: OfficeData[];
  locale: LocaleKey;
  hidden: Hidden;
  action: string;
  selected?: string;
  error?: string;
}) {
  const t = await getTranslations("booking");
  return (
    <form method="get" action={action} data-testid="office-form">
      <HiddenFields values={{ ...hidden, submitted: "office" }} />
      <fieldset
        aria-describedby={error ? "office-error" : undefined}
        className={error ? "border-l-4 border-accent pl-4" : undefined}
      >
        <legend className="mb-2 text-xl font-bold">{t("office.legend")}</legend>
        <ChoiceError id="office" code={error} />
        <ul className="space-y-3">
          {offices.map((o) => (
            <li key={o.id}>
              <label htmlFor={`office-${o.id}`} className="flex min-h-11 cursor-pointer items-start gap-3">
                <input
                  id={`office-${o.id}`}
                  type="radio"
                  name="office"
                  value={o.id}
                  defaultChecked={selected === o.id}
                  className="mt-1 size-7 shrink-0 accent-brand"
                />
                <span>
                  <span className="block font-bold">
                    {o.name[locale]}{" "}
                    <span className="font-normal text-muted">· {t(`office.kind.${o.kind}`)}</span>
                  </span>
                  <span className="block text-muted">
                    {o.address[locale]} · {t("office.counters", { count: o.counters })}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className={`${secondaryButton} mt-4`} data-testid="office-submit">
        {t("office.choose")}
      </button>
    </form>
  );
}

export async function DateChooser({
  days,
  office,
  hidden,
  action,
  selected,
  error,
}: {
  days: DayAvailability[];
  office: OfficeData;
  hidden: Hidden;
  action: string;
  selected?: string;
  error?: string;
}) {
  const t = await getTranslations("booking");
  const c = await getTranslations("calendar");
  const firstOpen = days.find((d) => d.status === "open" && d.bookable)?.date;
  const reason = (d: DayAvailability) => {
    if (d.status === "holiday") return t("date.holiday", { name: holidayLabel(d.info.holidayName ?? "", c) });
    if (d.status === "closure") return `${t("date.closure")}${d.info.closure ? `：${d.info.closure}` : ""}`;
    if (d.status === "closed") return t("date.closed");
    if (d.status === "cutoff") return t("date.cutoff");
    return d.bookable ? t("date.available") : t("date.full");
  };
  return (
    <form method="get" action={action} data-testid="date-form">
      <HiddenFields values={{ ...hidden, submitted: "date" }} />
      <fieldset
        aria-describedby={error ? "date-hint date-error" : "date-hint"}
        className={error ? "border-l-4 border-accent pl-4" : undefined}
      >
        <legend className="mb-1 text-xl font-bold">{t("date.legend")}</legend>
        <p id="date-hint" className="mb-2 text-muted">
          {t("date.hint", {
            openDays: openDaysText(
              office.hours,
              (key, values) => t(key, values),
              (d) => c(`weekday.${d}`),
            ),
          })}
        </p>
        <ChoiceError id="date" code={error} />
        {firstOpen ? null : <p className="font-bold">{t("date.noneAvailable")}</p>}
        <ul className="grid gap-2 sm:grid-cols-2">
          {days.map((d) => {
            const enabled = d.status === "open" && d.bookable;
            return (
              <ChoiceCard
                key={d.date}
                name="date"
                value={d.date}
                enabled={enabled}
                checked={selected === d.date}
              >
                <span className="block font-bold">{dateLabel(c, d.date)}</span>
                <span className="block text-sm">
                  {reason(d)}
                  {d.info.makeUpWorkday ? ` · ${c("makeUpWorkday")}` : ""}
                </span>
                {d.info.scheduleUnpublished ? (
                  <span
                    className="block text-sm font-bold text-accent"
                    title={c("unpublishedHint")}
                    data-testid="unpublished"
                  >
                    {c("unpublished")}
                  </span>
                ) : null}
              </ChoiceCard>
            );
          })}
        </ul>
      </fieldset>
      {firstOpen ? (
        <button type="submit" className={`${secondaryButton} mt-4`} data-testid="date-submit">
          {t("date.choose")}
        </button>
      ) : null}
    </form>
  );
}

export async function TimeChooser({
  day,
  hidden,
  action,
  selected,
  submitLabel,
  error,
}: {
  day: DayAvailability;
  hidden: Hidden;
  action: string;
  selected?: string;
  submitLabel?: string;
  error?: string;
}) {
  const t = await getTranslations("booking");
  const firstFree = day.slots.find((s) => s.remaining > 0)?.start;
  return (
    <form method="get" action={action} data-testid="time-form">
      <HiddenFields values={{ ...hidden, submitted: "time" }} />
      <fieldset
        aria-describedby={error ? "time-hint time-error" : "time-hint"}
        className={error ? "border-l-4 border-accent pl-4" : undefined}
      >
        <legend className="mb-1 text-xl font-bold">{t("time.legend")}</legend>
        <p id="time-hint" className="mb-2 text-muted">
          {t("time.hint")}
        </p>
        <ChoiceError id="time" code={error} />
        {firstFree ? null : <p className="font-bold">{t("time.noneAvailable")}</p>}
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {day.slots.map((s) => {
            const enabled = s.remaining > 0;
            return (
              <ChoiceCard
                key={s.start}
                name="time"
                value={s.start}
                enabled={enabled}
                checked={selected === s.start}
              >
                <span className="block font-bold">
                  {s.start}–{s.end}
                </span>
                <span className="block text-sm">
                  {enabled ? t("time.remaining", { count: s.remaining }) : t("time.full")}
                </span>
              </ChoiceCard>
            );
          })}
        </ul>
      </fieldset>
      {firstFree ? (
        <button type="submit" className={`${secondaryButton} mt-4`} data-testid="time-submit">
          {submitLabel ?? t("time.choose")}
        </button>
      ) : null}
    </form>
  );
}
