import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { QrCode } from "@/components/booking/qr-code";
import { StaffForm } from "@/components/staff/staff-form";
import { getDb } from "@/lib/db/client";
import { pendingEnrolment } from "@/lib/staff/accounts";
import { totpUri } from "@/lib/staff/totp";
import { enrolAction } from "./actions";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("enrol.title"), robots: { index: false } };
}

/** The one-time enrolment link: scan the TOTP secret, choose a password, prove the code works. */
export default async function EnrolPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staff");
  const { db } = await getDb();
  const pending = await pendingEnrolment(db, token);
  if (!pending) {
    return (
      <div>
        <h1 className="mb-4 text-2xl font-bold sm:text-3xl">{t("enrol.title")}</h1>
        <p data-testid="enrol-gone">{t("enrol.gone")}</p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("enrol.title")}</h1>
      <p>{t("enrol.lead", { username: pending.username, name: pending.name })}</p>
      <section>
        <h2 className="mb-2 text-xl font-bold">{t("enrol.step1")}</h2>
        <QrCode text={totpUri(pending.secret, pending.username)} label={t("enrol.qrLabel")} />
        <p className="mt-2">{t("enrol.manual")}</p>
        <p className="break-all font-mono text-lg" data-testid="totp-secret">
          {pending.secret.replace(/(.{4})/g, "$1 ").trim()}
        </p>
      </section>
      <section>
        <h2 className="mb-4 text-xl font-bold">{t("enrol.step2")}</h2>
        <StaffForm
          action={enrolAction}
          testId="enrol-form"
          hidden={{ locale, token }}
          errorTitle={t("form.errorTitle")}
          submitLabel={t("enrol.submit")}
          pendingLabel={t("form.sending")}
          fields={[
            {
              name: "password",
              label: t("enrol.password"),
              hint: t("enrol.passwordHint"),
              type: "password",
              autoComplete: "new-password",
            },
            { name: "confirm", label: t("enrol.confirm"), type: "password", autoComplete: "new-password" },
            {
              name: "code",
              label: t("enrol.code"),
              autoComplete: "one-time-code",
              inputMode: "numeric",
              maxLength: 8,
              width: "max-w-40",
            },
          ]}
        />
      </section>
    </div>
  );
}
