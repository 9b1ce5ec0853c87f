import { OFFICES } from "@/lib/booking/offices";

type L = "zh-Hans" | "zh-Hant";

/** Office names for staff pages, by id. */
export function officeNamer(locale: L): (id: string) => string | undefined {
  const m = new Map(OFFICES.map((o) => [o.id, o.name[locale]]));
  return (id) => m.get(id);
}
