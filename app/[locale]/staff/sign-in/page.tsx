import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffForm } from "@/components/staff/staff-form";
import { signInAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("signIn.title") };
}

/** Password + TOTP code in one form: one answer for any mistake, no hint which factor was wrong. */
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const enrolled = (await searchParams).enrolled === "1";
  setRequestLocale(locale);
  const t = await getTranslations("staff");
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("signIn.title")}</h1>
      <p className="mb-6">{t("signIn.lead")}</p>
      {enrolled ? (
        <p
          role="status"
          className="mb-6 border-l-4 border-go bg-panel p-4 font-bold"
          data-testid="enrolled-note"
        >
          {t("enrol.done")}
        </p>
      ) : null}
      <StaffForm
        action={signInAction}
        testId="sign-in-form"
        hidden={{ locale }}
        errorTitle={t("form.errorTitle")}
        submitLabel={t("signIn.submit")}
        pendingLabel={t("form.sending")}
        fields={[
          { name: "username", label: t("signIn.username"), autoComplete: "username", maxLength: 64 },
          {
            name: "password",
            label: t("signIn.password"),
            type: "password",
            autoComplete: "current-password",
          },
          {
            name: "code",
            label: t("signIn.code"),
            hint: t("signIn.codeHint"),
            autoComplete: "one-time-code",
            inputMode: "numeric",
            maxLength: 8,
            width: "max-w-40",
          },
        ]}
      />
    </div>
  );
}
