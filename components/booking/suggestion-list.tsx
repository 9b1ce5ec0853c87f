"use client";

import { useTranslations } from "next-intl";
import type { Suggestion } from "@/lib/booking/availability";

/** "最近还有名额的时间": links that reopen the booking page on a free time. */
export function SuggestionList({ suggestions, base }: { suggestions: Suggestion[]; base: string }) {
  const t = useTranslations("booking");
  if (suggestions.length === 0) return null;
  const sep = base.includes("?") ? "&" : "?";
  return (
    <div className="mb-6 border-l-4 border-brand bg-panel p-4" data-testid="suggestions">
      <p className="font-bold">{t("errors.suggestions")}</p>
      <ul className="mt-2 space-y-1">
        {suggestions.map((s) => (
          <li key={s.startsAt}>
            <a href={`${base}${sep}date=${s.date}&time=${s.start}`}>
              {s.date} {s.start}–{s.end}（{t("time.remaining", { count: s.remaining })}）
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
