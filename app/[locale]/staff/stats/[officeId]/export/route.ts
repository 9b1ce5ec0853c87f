import { getTranslations } from "next-intl/server";
import { addDays, isIsoDate, shanghaiToday } from "@/lib/calendar";
import { staffOffice } from "@/lib/counter/staff-office";
import { dayStats, STAT_KEYS, statsCsv } from "@/lib/counter/stats";
import { getDb } from "@/lib/db/client";

/** Longest range one export covers (a quarter): bounds the work one request can ask for. */
const MAX_DAYS = 92;

/** CSV of one office's daily figures, `from`–`to` (default: the 30 days up to today). */
export async function GET(
  req: Request,
  { params }: { params: Promise<{ locale: string; officeId: string }> },
) {
  const { locale, officeId } = await params;
  const { office } = await staffOffice(locale, officeId, "stats.view");
  const url = new URL(req.url);
  const toRaw = url.searchParams.get("to");
  const to = toRaw && isIsoDate(toRaw) ? toRaw : shanghaiToday();
  const fromRaw = url.searchParams.get("from");
  let from = fromRaw && isIsoDate(fromRaw) && fromRaw <= to ? fromRaw : addDays(to, -29);
  if (addDays(from, MAX_DAYS - 1) < to) from = addDays(to, -(MAX_DAYS - 1));
  const { db } = await getDb();
  const rows = [];
  for (let d = from; d <= to; d = addDays(d, 1)) rows.push(await dayStats(db, office, d));
  const t = await getTranslations({ locale, namespace: "counter.stats" });
  const header = [t("office"), t("date"), ...STAT_KEYS.map((k) => t(k)), t("capacity")];
  return new Response(statsCsv(office.id, header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stats-${office.id}-${from}-${to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
