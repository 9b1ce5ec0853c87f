import { getTranslations } from "next-intl/server";

/** "窗口民警 · 郑州市…户籍室": a grant in words. `officeName` resolves office scopes. */
export async function grantLabel(
  grant: { role: string; scope: string },
  officeName: (id: string) => string | undefined,
): Promise<string> {
  const t = await getTranslations("staff");
  const role = t(`roles.${grant.role}` as "roles.clerk");
  const where =
    grant.scope === "*"
      ? t("scope.all")
      : /^\d{4}$/.test(grant.scope)
        ? t("scope.city", { code: grant.scope })
        : t("scope.office", { name: officeName(grant.scope) ?? grant.scope });
  return `${role} · ${where}`;
}
