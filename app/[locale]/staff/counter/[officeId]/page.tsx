import { eq } from "drizzle-orm";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { itemTexter } from "@/components/counter/item-text";
import { QrScanner } from "@/components/counter/qr-scanner";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { audit } from "@/lib/audit/log";
import { BUSINESS_TYPES } from "@/lib/booking/business";
import type { LocaleKey } from "@/lib/booking/offices";
import { maskName } from "@/lib/booking/view";
import { shanghaiToday, utcToShanghai } from "@/lib/calendar";
import { attachedChecklist } from "@/lib/counter/attached-checklist";
import { dayListPath, hallPath } from "@/lib/counter/paths";
import { appointmentByReference, currentAtCounter, visitById, waitingCounts } from "@/lib/counter/queries";
import { queueCode } from "@/lib/counter/queue-code";
import { staffOffice } from "@/lib/counter/staff-office";
import { getDb } from "@/lib/db/client";
import { type Appointment, appointments, type CounterVisit } from "@/lib/db/schema";
import { callAction, checkInAction, idCheckAction, outcomeAction, walkInAction } from "./actions";

type Props = {
  params: Promise<{ locale: string; officeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const uuidParam = (v: string | string[] | undefined) => {
  const s = one(v);
  return s && UUID.test(s) ? s : undefined;
};
const ERRORS = [
  "notFound",
  "otherOffice",
  "cancelled",
  "closed",
  "invalidReference",
  "busy",
  "empty",
  "missingRequired",
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "counter" });
  return { title: t("desk.title"), robots: { index: false } };
}

async function appointmentOf(visit: CounterVisit | undefined): Promise<Appointment | undefined> {
  if (!visit?.appointmentId) return undefined;
  const { db } = await getDb();
  const [a] = await db.select().from(appointments).where(eq(appointments.id, visit.appointmentId));
  return a;
}

/**
 * One counter's page (requirement 4): check in by reference or QR code, give walk-ins a number, call the
 * next number, record the outcome. Plain forms: every step works without JavaScript.
 */
export default async function CounterPage({ params, searchParams }: Props) {
  const [{ locale, officeId }, q] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { ctx, office } = await staffOffice(locale, officeId, "counter.operate");
  const t = await getTranslations({ locale, namespace: "counter" });
  const b = await getTranslations({ locale, namespace: "booking" });
  const counterRaw = Number(one(q.counter));
  const counter = Number.isInteger(counterRaw) && counterRaw >= 1 && counterRaw <= 99 ? counterRaw : null;
  const { db } = await getDb();
  const day = shanghaiToday();
  const error = ERRORS.find((e) => e === one(q.error));
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={ctx.csrf} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="officeId" value={office.id} />
      <input type="hidden" name="counter" value={counter ?? ""} />
    </>
  );

  const counterForm = (
    <form method="get" className="flex flex-wrap items-end gap-3" data-testid="counter-form">
      <label className="flex flex-col font-bold">
        {t("desk.counterLabel")}
        <input
          name="counter"
          type="number"
          min={1}
          max={99}
          defaultValue={counter ?? ""}
          required
          className="min-h-11 w-24 border-2 border-ink px-2 text-xl"
        />
      </label>
      <button type="submit" className={secondaryButton}>
        {t("desk.counterSet")}
      </button>
    </form>
  );

  const nav = (
    <nav className="flex flex-wrap gap-4" aria-label={t("desk.title")}>
      <a href={dayListPath(locale, office.id)}>{t("nav.day")}</a>
      <a href={hallPath(locale, office.id)}>{t("nav.display")}</a>
    </nav>
  );

  if (!counter) {
    return (
      <div className="space-y-6">
        {nav}
        <h1 className="text-2xl font-bold sm:text-3xl">
          {t("desk.title")} · {office.name[locale as LocaleKey]}
        </h1>
        <p>{t("desk.noCounter")}</p>
        {counterForm}
      </div>
    );
  }

  // The visit just checked in: its number, and — only here — the full name, each view audited.
  const checked = uuidParam(q.visit) ? await visitById(db, uuidParam(q.visit)!) : undefined;
  const checkedOk = checked && checked.officeId === office.id ? checked : undefined;
  const checkedAppt = await appointmentOf(checkedOk);
  if (checkedAppt) {
    await audit(db, {
      actorId: ctx.staff.id,
      action: "person.view",
      officeId: office.id,
      appointmentId: checkedAppt.id,
      detail: { where: "check-in" },
    });
  }
  const idCheck = ["match", "mismatch"].find((x) => x === one(q.idcheck));
  const issued = uuidParam(q.issued) ? await visitById(db, uuidParam(q.issued)!) : undefined;
  const confirmId = uuidParam(q.confirm);
  const confirmRow = confirmId
    ? (await db.select().from(appointments).where(eq(appointments.id, confirmId)))[0]
    : undefined;
  const confirm =
    confirmRow && confirmRow.officeId === office.id
      ? await appointmentByReference(db, confirmRow.reference)
      : undefined;
  const recorded = uuidParam(q.recorded) ? await visitById(db, uuidParam(q.recorded)!) : undefined;

  const waiting = await waitingCounts(db, office.id, day);
  const serving = await currentAtCounter(db, office.id, day, counter);
  const servingAppt = await appointmentOf(serving);
  const list = attachedChecklist(servingAppt?.checklistUrl);
  const itemText = await itemTexter(locale);
  const code = (v: CounterVisit) => queueCode(v.prefix, v.number) ?? "—";

  return (
    <div className="space-y-8">
      {nav}
      <h1 className="text-2xl font-bold sm:text-3xl">
        {t("desk.title")} · {office.name[locale as LocaleKey]} · {t("display.counterShort", { counter })}
      </h1>
      {error ? (
        <p className="border-4 border-accent p-3 font-bold" role="alert" data-testid="desk-error">
          {error === "busy" && serving
            ? t("desk.busy", { code: code(serving) })
            : error === "csrf"
              ? t("errors.csrf")
              : t(`desk.${error}` as "desk.notFound")}
        </p>
      ) : null}
      {recorded ? (
        <p className="bg-go p-3 font-bold text-white" role="status" data-testid="desk-recorded">
          {t("desk.recorded", { code: code(recorded), outcome: t(`state.${recorded.state}`) })}
        </p>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="checkin-title" className="space-y-3">
          <h2 id="checkin-title" className="text-xl font-bold">
            {t("desk.checkInTitle")}
          </h2>
          <p className="text-muted">{t("desk.checkInLead")}</p>
          <form action={checkInAction} className="space-y-3" data-testid="checkin-form">
            {hidden}
            <label htmlFor="checkin-reference" className="block font-bold">
              {t("desk.reference")}
            </label>
            <input
              id="checkin-reference"
              name="reference"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              className="min-h-11 w-full max-w-sm border-2 border-ink px-2 font-mono text-xl uppercase"
            />
            <div className="flex flex-wrap gap-3">
              <button type="submit" className={primaryButton}>
                {t("desk.checkIn")}
              </button>
            </div>
          </form>
          <QrScanner
            inputId="checkin-reference"
            labels={{
              start: t("desk.camera"),
              stop: t("desk.cameraStop"),
              unsupported: t("desk.cameraUnsupported"),
            }}
          />
          {confirm ? (
            <form
              action={checkInAction}
              className="border-4 border-accent p-3"
              data-testid="confirm-other-day"
            >
              {hidden}
              <input type="hidden" name="appointmentId" value={confirm.appointment.id} />
              <input type="hidden" name="allowOtherDay" value="1" />
              <p className="mb-2 font-bold">
                {confirm.appointment.reference}：
                {t("desk.otherDay", { date: utcToShanghai(confirm.slot.startsAt).date })}
              </p>
              <button type="submit" className={secondaryButton}>
                {t("desk.otherDayYes")}
              </button>
            </form>
          ) : null}
          {checkedOk ? (
            <div className="border-4 border-go p-4" data-testid="checked-in">
              {one(q.note) === "already" ? <p>{t("desk.already", { code: code(checkedOk) })}</p> : null}
              <p className="text-5xl font-bold" data-testid="issued-code">
                {code(checkedOk)}
              </p>
              {checkedAppt ? (
                <>
                  <h3 className="mt-3 font-bold">{t("desk.personTitle")}</h3>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-4">
                    <dt>{t("desk.fullName")}</dt>
                    <dd className="text-xl font-bold" data-testid="full-name">
                      {checkedAppt.name ?? "—"}
                    </dd>
                    <dt>{t("desk.idMasked")}</dt>
                    <dd className="font-mono">{checkedAppt.idMasked ?? "—"}</dd>
                  </dl>
                  <form action={idCheckAction} className="mt-3 space-y-2" data-testid="id-check-form">
                    {hidden}
                    <input type="hidden" name="visitId" value={checkedOk.id} />
                    <label htmlFor="id-check" className="block font-bold">
                      {t("desk.idCheck")}
                    </label>
                    <p id="id-check-hint" className="text-sm text-muted">
                      {t("desk.idCheckLead")}
                    </p>
                    <div className="flex flex-wrap gap-3">
                      <input
                        id="id-check"
                        name="idNumber"
                        autoComplete="off"
                        maxLength={40}
                        aria-describedby="id-check-hint"
                        className="min-h-11 w-64 border-2 border-ink px-2 font-mono"
                      />
                      <button type="submit" className={secondaryButton}>
                        {t("desk.idCheckSubmit")}
                      </button>
                    </div>
                    {idCheck ? (
                      <p
                        role="status"
                        className="font-bold"
                        data-testid="id-check-result"
                        data-match={idCheck}
                      >
                        {idCheck === "match" ? t("desk.idMatch") : t("desk.idMismatch")}
                      </p>
                    ) : null}
                  </form>
                  {checkedOk.early ? (
                    <p className="mt-2 font-bold">{t("desk.early", { date: checkedOk.day })}</p>
                  ) : null}
                </>
              ) : null}
            </div>
          ) : null}

          <h2 className="pt-4 text-xl font-bold">{t("desk.walkInTitle")}</h2>
          <form action={walkInAction} className="flex flex-wrap items-end gap-3" data-testid="walkin-form">
            {hidden}
            <label className="flex flex-col font-bold">
              {t("desk.walkInBusiness")}
              <select name="business" className="min-h-11 border-2 border-ink px-2 font-normal">
                {BUSINESS_TYPES.filter((x) => office.businesses.includes(x)).map((x) => (
                  <option key={x} value={x}>
                    {b(`business.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={secondaryButton}>
              {t("desk.walkIn")}
            </button>
          </form>
          {issued && issued.officeId === office.id ? (
            <p className="text-4xl font-bold" data-testid="walkin-code">
              {t("desk.issued", { code: code(issued) })}
            </p>
          ) : null}
        </section>

        <section aria-labelledby="queue-title" className="space-y-3">
          <h2 id="queue-title" className="text-xl font-bold">
            {t("desk.queueTitle")}
          </h2>
          <p data-testid="waiting">{t("desk.waiting", { a: waiting.A ?? 0, b: waiting.B ?? 0 })}</p>
          <form action={callAction} className="flex flex-wrap gap-3">
            {hidden}
            {serving ? (
              <button type="submit" name="recall" value="1" className={secondaryButton}>
                {t("desk.recall")}
              </button>
            ) : (
              <button type="submit" className={primaryButton} data-testid="call-next">
                {t("desk.callNext")}
              </button>
            )}
          </form>
          {serving ? (
            <div className="space-y-3 border-4 border-brand p-4" data-testid="serving">
              <p className="text-4xl font-bold">{t("desk.serving", { code: code(serving) })}</p>
              <p>
                {servingAppt
                  ? t("desk.bookedFor", {
                      business: b(`business.${serving.businessType}`),
                      time: serving.checkedInAt ? utcToShanghai(serving.checkedInAt).time : "",
                    })
                  : t("desk.walkInFor", { business: b(`business.${serving.businessType}`) })}
                {servingAppt ? ` · ${servingAppt.reference} · ${maskName(servingAppt.name) ?? ""}` : ""}
              </p>
              <form action={outcomeAction} className="space-y-3" data-testid="outcome-form">
                {hidden}
                <input type="hidden" name="visitId" value={serving.id} />
                {list ? (
                  <fieldset>
                    <legend className="font-bold">{t("desk.missingLegend")}</legend>
                    <ul className="space-y-1">
                      {list.items.map((i) => (
                        <li key={i.key}>
                          <label className="flex min-h-11 items-center gap-2">
                            <input type="checkbox" name="missing" value={i.key} className="size-6 shrink-0" />
                            <span>
                              {itemText(i)}
                              {i.ticked ? (
                                <span className="ml-1 text-sm text-muted">
                                  （{t("desk.residentTicked")}）
                                </span>
                              ) : null}
                            </span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  </fieldset>
                ) : null}
                <div className="flex flex-wrap gap-3">
                  <button type="submit" name="outcome" value="served" className={primaryButton}>
                    {t("desk.served")}
                  </button>
                  <button type="submit" name="outcome" value="incomplete" className={secondaryButton}>
                    {t("desk.incomplete")}
                  </button>
                  <button type="submit" name="outcome" value="noShow" className={secondaryButton}>
                    {t("desk.noShow")}
                  </button>
                </div>
              </form>
            </div>
          ) : null}
          <div className="pt-4">{counterForm}</div>
        </section>
      </div>
    </div>
  );
}
