import { getTranslations } from "next-intl/server";
import type { ChecklistPerson } from "@/lib/checklist/items";
import type { AttachedItem } from "@/lib/counter/attached-checklist";

/**
 * One checklist line as plain words ("子女 2：出生医学证明"): the counter's list, its missing-items
 * form and the resident's 一次性告知 all say the same thing the checklist page says.
 */
export async function itemTexter(locale: string): Promise<(i: AttachedItem) => string> {
  const [p, t] = await Promise.all([
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "checklist" }),
  ]);
  const who = ({ person, index }: ChecklistPerson) =>
    index === null ? p(`persons.${person}`) : t("numbered", { who: p(`persons.${person}`), n: index });
  return (i) => {
    const what = i.item.material
      ? p(`materials.${i.item.material.id}`)
      : i.item.choice.options
          .map((o) =>
            o.address
              ? p(`addresses.${o.address}`)
              : o.materials.map((m) => p(`materials.${m.id}`)).join(" ＋ ") || t("nothingExtra"),
          )
          .join(" ／ ");
    return `${who(i.person)}：${what}`;
  };
}
