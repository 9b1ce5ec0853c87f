import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { grantLabel } from "@/components/staff/grant-label";
import { ScrollRegion } from "@/components/staff/scroll-region";
import { StaffForm } from "@/components/staff/staff-form";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { officeNamer } from "@/lib/offices/names";
import { listAccounts } from "@/lib/staff/accounts";
import { GRANTABLE_ROLES, officesWhere } from "@/lib/staff/can";
import { requireStaff } from "@/lib/staff/session";
import { createAccountAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("accounts.title") };
}

/** The accounts of the offices this admin manages, and a form for a new one. */
export default async function AccountsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { staff, csrf } = await requireStaff(locale, { action: "staff.manage" });
  const t = await getTranslations("staff");
  const name = officeNamer(isLocale(locale) ? locale : "zh-Hans");
  const offices = officesWhere(staff, "staff.manage");
  const { db } = await getDb();
  const accounts = await listAccounts(db, offices);
  const rows = await Promise.all(
    accounts.map(async (a) => ({
      ...a,
      grants: await Promise.all(
        a.grants.filter((g) => offices.includes(g.scope)).map((g) => grantLabel(g, name)),
      ),
    })),
  );
  const cell = "border-b border-line px-2 py-2 text-left align-top";
  return (
    <div className="space-y-8">
      <div>
        <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("accounts.title")}</h1>
        <p>{t("accounts.lead")}</p>
      </div>
      {rows.length === 0 ? (
        <p>{t("accounts.none")}</p>
      ) : (
        <ScrollRegion label={t("accounts.title")}>
          <table className="w-full border-collapse" data-testid="accounts-table">
            <thead>
              <tr>
                <th className={cell}>{t("accounts.colUser")}</th>
                <th className={cell}>{t("accounts.colName")}</th>
                <th className={cell}>{t("accounts.colRoles")}</th>
                <th className={cell}>{t("accounts.colState")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <td className={`${cell} font-mono`}>{a.username}</td>
                  <td className={cell}>{a.name}</td>
                  <td className={cell}>
                    {a.grants.map((g) => (
                      <div key={g}>{g}</div>
                    ))}
                  </td>
                  <td className={cell}>
                    {a.disabled
                      ? t("accounts.disabled")
                      : a.enrolled
                        ? t("accounts.enrolled")
                        : t("accounts.pending")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <section>
        <h2 className="mb-4 text-xl font-bold">{t("accounts.addTitle")}</h2>
        <StaffForm
          action={createAccountAction}
          csrf={csrf}
          testId="add-account-form"
          hidden={{ locale }}
          errorTitle={t("form.errorTitle")}
          submitLabel={t("accounts.submit")}
          pendingLabel={t("form.sending")}
          fields={[
            {
              name: "username",
              label: t("accounts.username"),
              hint: t("accounts.usernameHint"),
              maxLength: 32,
            },
            { name: "name", label: t("accounts.name"), maxLength: 40 },
            {
              name: "role",
              label: t("accounts.role"),
              options: GRANTABLE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
            },
            {
              name: "officeId",
              label: t("accounts.office"),
              options: offices.map((id) => ({ value: id, label: name(id) ?? id })),
            },
          ]}
        />
      </section>
    </div>
  );
}
