import { getTranslations, setRequestLocale } from "next-intl/server";
import { StartButton } from "@/components/ui/start-button";

type Props = { params: Promise<{ locale: string }> };

const coverage = ["zhengzhou", "qingdao", "huzhou", "zhaoqing", "huzhe"] as const;
const needs = ["id", "hukouBook", "permit", "insurance", "housing", "family"] as const;
const steps = ["answer", "result", "checklist", "book"] as const;

export default async function StartPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tr] = await Promise.all([getTranslations("start"), getTranslations("transfer")]);
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>

      <section aria-labelledby="steps-heading" className="space-y-2">
        <h2 id="steps-heading" className="text-xl font-bold">
          {t("stepsHeading")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {steps.map((key) => (
            <li key={key}>{t(`steps.${key}`)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="coverage-heading" className="space-y-2">
        <h2 id="coverage-heading" className="text-xl font-bold">
          {t("coverageHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {coverage.map((key) => (
            <li key={key}>{t(`coverage.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="needs-heading" className="space-y-2">
        <h2 id="needs-heading" className="text-xl font-bold">
          {t("needsHeading")}
        </h2>
        <p>{t("needsLead")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {needs.map((key) => (
            <li key={key}>{t(`needs.${key}`)}</li>
          ))}
        </ul>
      </section>

      <p className="border-l-4 border-brand bg-panel p-3">{t("duration")}</p>

      <StartButton href={`/${locale}/check`}>{t("startButton")}</StartButton>
      <p>
        <a
          href={`/${locale}/transfer`}
          className="inline-flex min-h-11 items-center font-bold"
          data-testid="transfer-link"
        >
          {tr("startLink")}
        </a>
      </p>

      <section aria-labelledby="before-heading" className="space-y-2 border-t border-line pt-6">
        <h2 id="before-heading" className="text-xl font-bold">
          {t("beforeHeading")}
        </h2>
        <p>{t("beforeText")}</p>
        <p>{t("privacy")}</p>
      </section>
    </article>
  );
}
