import { inArray } from "drizzle-orm";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ScrollRegion } from "@/components/staff/scroll-region";
import { primaryButton } from "@/components/ui/styles";
import { AUDIT_MIN_RETENTION_DAYS, audit, readAudit } from "@/lib/audit/log";
import { auditRetentionDays } from "@/lib/audit/retention";
import { getDb } from "@/lib/db/client";
import { staff as staffTable } from "@/lib/db/schema";
import { isLocale } from "@/lib/i18n/locales";
import { officeNamer } from "@/lib/offices/names";
import { officesWhere } from "@/lib/staff/can";
import { requireStaff } from "@/lib/staff/session";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("audit.title") };
}

const ACTIONS = [
  "signin.ok",
  "signin.failed",
  "signin.locked",
  "signout",
  "staff.create",
  "staff.enrol",
  "person.view",
  "office.hours",
  "office.closure",
  "office.closure.cancel",
  "appointment.change",
  "audit.view",
] as const;

const day = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** Read-only, newest first, filtered by event and Shanghai dates (a GET form: reading changes nothing). */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { staff } = await requireStaff(locale, { action: "audit.view" });
  const t = await getTranslations("staff");
  const sp = await searchParams;
  const action = ACTIONS.find((a) => a === sp.action);
  const from = day(sp.from);
  const to = day(sp.to);
  const { db } = await getDb();
  const everywhere = staff.grants.some((g) => g.role === "auditor" && g.scope === "*");
  const mine = new Set(officesWhere(staff, "audit.view"));
  const rows = (
    await readAudit(db, {
      action,
      from: from ? new Date(`${from}T00:00:00+08:00`) : undefined,
      to: to ? new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
      limit: 300,
    })
  ).filter((r) => everywhere || r.officeId === null || mine.has(r.officeId));
  await audit(db, { actorId: staff.id, action: "audit.view", detail: { action, from, to } });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const actors = actorIds.length
    ? await db
        .select({ id: staffTable.id, username: staffTable.username, name: staffTable.name })
        .from(staffTable)
        .where(inArray(staffTable.id, actorIds))
    : [];
  const who = new Map(actors.map((a) => [a.id, `${a.name}（${a.username}）`]));
  const office = officeNamer(isLocale(locale) ? locale : "zh-Hans");
  const fmt = new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Shanghai",
    dateStyle: "short",
    timeStyle: "medium",
    hourCycle: "h23",
  });
  const label = (a: string) =>
    ACTIONS.includes(a as (typeof ACTIONS)[number])
      ? t(`audit.actions.${a.replaceAll(".", "_")}` as "audit.actions.signout")
      : a;
  const cell = "border-b border-line px-2 py-2 text-left align-top";
  const input = "min-h-11 border-2 border-ink bg-white px-2";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("audit.title")}</h1>
        <p>{t("audit.lead", { days: Math.max(auditRetentionDays(), AUDIT_MIN_RETENTION_DAYS) })}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4" data-testid="audit-filter">
        <div>
          <label htmlFor="audit-action" className="block font-bold">
            {t("audit.action")}
          </label>
          <select id="audit-action" name="action" defaultValue={action ?? ""} className={input}>
            <option value="">{t("audit.all")}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {label(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block font-bold">
            {t("audit.from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={from} className={input} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block font-bold">
            {t("audit.to")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={to} className={input} />
        </div>
        <button type="submit" className={primaryButton}>
          {t("audit.apply")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <ScrollRegion label={t("audit.title")}>
          <table className="w-full border-collapse text-sm sm:text-base" data-testid="audit-table">
            <thead>
              <tr>
                <th className={cell}>{t("audit.colAt")}</th>
                <th className={cell}>{t("audit.colActor")}</th>
                <th className={cell}>{t("audit.colAction")}</th>
                <th className={cell}>{t("audit.colOffice")}</th>
                <th className={cell}>{t("audit.colDetail")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={`${cell} whitespace-nowrap`}>{fmt.format(r.at)}</td>
                  <td className={cell}>
                    {r.actorId ? (who.get(r.actorId) ?? r.actorId) : t("audit.unknownActor")}
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>{label(r.action)}</td>
                  <td className={cell}>{r.officeId ? (office(r.officeId) ?? r.officeId) : ""}</td>
                  <td className={`${cell} break-all font-mono text-xs`}>
                    {Object.keys(r.detail).length ? JSON.stringify(r.detail) : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
