import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HallBoard } from "@/components/counter/hall-board";
import { type LocaleKey, officeById } from "@/lib/booking/offices";
import { hallSnapshot } from "@/lib/counter/snapshot";
import { getDb } from "@/lib/db/client";

type Props = { params: Promise<{ locale: string; officeId: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, officeId } = await params;
  const t = await getTranslations({ locale, namespace: "counter" });
  const office = officeById(officeId);
  return {
    title: `${t("display.title")}${office ? ` · ${office.name[locale as LocaleKey]}` : ""}`,
    robots: { index: false },
  };
}

/**
 * The hall's call display (requirement 4): public, because it shows only numbers and counters — the
 * same as the screen on the wall. Open it full-screen on the hall's TV.
 */
export default async function HallPage({ params }: Props) {
  const { locale, officeId } = await params;
  setRequestLocale(locale);
  const office = officeById(officeId);
  if (!office) notFound();
  const t = await getTranslations({ locale, namespace: "counter" });
  const { db } = await getDb();
  const initial = await hallSnapshot(db, office.id);
  return (
    <main>
      <h1 className="sr-only">
        {t("display.title")} · {office.name[locale as LocaleKey]}
      </h1>
      {/* Without JavaScript the screen reloads itself. */}
      <noscript>
        <meta httpEquiv="refresh" content="10" />
      </noscript>
      <HallBoard
        initial={initial}
        labels={{
          call: t.raw("display.call") as string,
          recent: t("display.recent"),
          none: t("display.none"),
          waiting: t.raw("display.waiting") as string,
          live: t("display.live"),
          polling: t("display.polling"),
          codeCol: t("display.codeCol"),
          counterCol: t("display.counterCol"),
          counterShort: t.raw("display.counterShort") as string,
        }}
      />
    </main>
  );
}
