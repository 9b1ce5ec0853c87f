import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { grantLabel } from "@/components/staff/grant-label";
import { SignOutForm } from "@/components/staff/sign-out-form";
import { isLocale } from "@/lib/i18n/locales";
import { officeNamer } from "@/lib/offices/names";
import { can, officesWhere } from "@/lib/staff/can";
import { requireStaff } from "@/lib/staff/session";
import { signOutAction } from "./sign-in/actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("home.title") };
}

/** Who is signed in, with what rights, and the pages those rights open. */
export default async function StaffHome({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { staff, csrf } = await requireStaff(locale);
  const t = await getTranslations("staff");
  const name = officeNamer(isLocale(locale) ? locale : "zh-Hans");
  const grants = await Promise.all(staff.grants.map((g) => grantLabel(g, name)));
  const editable = officesWhere(staff, "office.view");
  const link = "inline-flex min-h-11 items-center font-bold";
  return (
    <div className="space-y-8">
      <div>
        <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("home.title")}</h1>
        <p data-testid="signed-in-as">
          {t("home.signedInAs", { name: staff.name, username: staff.username })}
        </p>
      </div>
      <section>
        <h2 className="mb-2 text-xl font-bold">{t("home.yourRoles")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {grants.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="mb-2 text-xl font-bold">{t("home.tasks")}</h2>
        <ul className="space-y-1" data-testid="staff-tasks">
          {editable.map((id) => (
            <li key={id}>
              <Link className={link} href={`/${locale}/staff/offices/${id}`}>
                {t("home.offices")}：{name(id) ?? id}
              </Link>
            </li>
          ))}
          {can(staff, "staff.manage", null) ? (
            <li>
              <Link className={link} href={`/${locale}/staff/accounts`}>
                {t("home.accounts")}
              </Link>
            </li>
          ) : null}
          {can(staff, "audit.view", null) ? (
            <li>
              <Link className={link} href={`/${locale}/staff/audit`}>
                {t("home.audit")}
              </Link>
            </li>
          ) : null}
        </ul>
      </section>
      <SignOutForm action={signOutAction} csrf={csrf} locale={locale} label={t("home.signOut")} />
    </div>
  );
}
