import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { CheckForm, SUBMIT_NAME, summaryErrors } from "@/components/transfer/check-form";
import type { QueryInput } from "@/lib/answers-url/codec";
import { queryValues } from "@/lib/answers-url/query-values";
import { decodeTransferLink, type TransferField, type TransferLink } from "@/lib/transfer/link";
import { transferResultUrl } from "@/lib/transfer/urls";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const submitted = (query: QueryInput) => queryValues(query, SUBMIT_NAME)[0] === "1";

/** Field errors of a submitted form: missing or not one of the listed choices. */
function formErrors(link: TransferLink, t: (key: string) => string): Partial<Record<TransferField, string>> {
  const errors: Partial<Record<TransferField, string>> = {};
  for (const f of link.missing) errors[f] = t(`form.errors.${f}Required`);
  for (const f of link.invalid) errors[f] = t(`form.errors.${f}Invalid`);
  return errors;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "transfer" });
  const failed = submitted(query) && decodeTransferLink(query).input === null;
  return { title: `${failed ? t("form.errorPrefix") : ""}${t("title")}` };
}

/** What the 沪浙 online transfer is, who it is for, and the check (a GET form that posts to itself). */
export default async function TransferPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const link = decodeTransferLink(query);
  if (submitted(query) && link.input) redirect(transferResultUrl(locale, link.input));
  const [t, p] = await Promise.all([
    getTranslations({ locale, namespace: "transfer" }),
    getTranslations({ locale, namespace: "policy" }),
  ]);
  const errors = submitted(query) ? formErrors(link, t) : {};
  // Redisplay what was chosen, except choices we could not read.
  const values = Object.fromEntries(
    Object.entries(link.raw).filter(([f]) => !link.invalid.includes(f as TransferField)),
  );

  return (
    <div className="space-y-8">
      <ErrorSummary title={t("form.errorSummary")} errors={summaryErrors(errors)} />
      <div className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight">{t("title")}</h1>
        <p className="text-xl">{t("intro.lead")}</p>
      </div>
      <section aria-labelledby="what" className="space-y-2">
        <h2 id="what" className="text-2xl font-bold">
          {t("intro.whatHeading")}
        </h2>
        <p>{t("intro.what")}</p>
      </section>
      <section aria-labelledby="who" className="space-y-2">
        <h2 id="who" className="text-2xl font-bold">
          {t("intro.whoHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("intro.who1")}</li>
          <li>{t("intro.who2")}</li>
          <li>{t("intro.who3")}</li>
        </ul>
        <p className="border-l-4 border-focus pl-3" role="note" data-testid="scope-may-grow">
          {t("result.scopeMayGrow")}
        </p>
        <p className="text-muted">{t("intro.voluntary")}</p>
      </section>
      <section aria-labelledby="check" className="space-y-4 border-t-2 border-brand pt-6">
        <h2 id="check" className="text-2xl font-bold">
          {t("intro.formHeading")}
        </h2>
        <p>{t("intro.formIntro")}</p>
        <CheckForm
          action={`/${locale}/transfer`}
          locale={locale}
          values={values}
          errors={errors}
          t={t as unknown as (key: string) => string}
          p={p as unknown as (key: string) => string}
        />
      </section>
    </div>
  );
}
