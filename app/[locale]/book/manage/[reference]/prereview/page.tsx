import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoManageAccess } from "@/components/booking/no-manage-access";
import { LineStatus } from "@/components/prereview/line-status";
import { lineName } from "@/components/prereview/line-title";
import { MailSection } from "@/components/prereview/mail-section";
import { ReturnedList } from "@/components/prereview/returned-list";
import { UploadForm } from "@/components/prereview/upload-form";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { dateLabel } from "@/lib/booking/format";
import { managePath, referenceFromPath } from "@/lib/booking/manage-session";
import { getDb } from "@/lib/db/client";
import { ACCEPT_ATTRIBUTE, FILE_LIMITS } from "@/lib/files/limits";
import { routing } from "@/lib/i18n/routing";
import { holdsSlot } from "@/lib/prereview/cases";
import { caseDelivery, caseEmail } from "@/lib/prereview/contact";
import { maskDelivery } from "@/lib/prereview/delivery";
import { pagePath } from "@/lib/prereview/http";
import { residentCase } from "@/lib/prereview/resident";
import { caseView, humanSize } from "@/lib/prereview/view";

type Props = {
  params: Promise<{ locale: string; reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "prereview" });
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const SUCCESS = ["stored", "withdrawn", "submitted", "emailSaved", "mailSaved"] as const;

/**
 * 网上预审 for one appointment: each checklist line, per person, with its uploaded pages, an upload
 * form while it may change, the clerk's returns as one list, and 邮寄. For the manage cookie's holder only.
 */
export default async function PrereviewPage({ params, searchParams }: Props) {
  const { locale, reference: segment } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const reference = referenceFromPath(segment);
  const found = reference ? await residentCase(reference, { create: true }) : null;
  if (!reference || !found) return <NoManageAccess locale={locale} />;

  const [t, p, tc, tk] = await Promise.all([
    getTranslations({ locale, namespace: "prereview" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "calendar" }),
    getTranslations({ locale, namespace: "checklist" }),
  ]);
  const back = (
    <p className="mb-4">
      <a href={managePath(locale, reference)} className="inline-flex min-h-11 items-center">
        {t("back")}
      </a>
    </p>
  );
  const c = found.case;
  if (!c || !holdsSlot(found.appointment)) {
    return (
      <div>
        <h1 className="mb-4 text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="mb-4" data-testid="prereview-unavailable">
          {found.problem === "noChecklist" ? t("noChecklist") : t("notHeld")}
        </p>
        {back}
      </div>
    );
  }

  const lines = await caseView((await getDb()).db, c);
  const base = pagePath(locale, reference);
  const ok = SUCCESS.find((s) => s === one(query.ok));
  const problemCode = one(query.p);
  const problemLine = one(query.l);
  const minutes = Number(one(query.w) ?? "1") || 1;
  const problemText = (code: string) => {
    if (code.startsWith("mail."))
      return code
        .slice(5)
        .split(".")
        .map((f) => (t.has(`mail.errors.${f}`) ? t(`mail.errors.${f}`) : ""))
        .filter(Boolean)
        .join(" ");
    if (code === "emailInvalid") return t("emailInvalid");
    return t.has(`problem.${code}`) ? t(`problem.${code}`, { minutes }) : t("problem.malformed");
  };
  const due = c.dueDate ? dateLabel(tc, c.dueDate) : "";
  const oneOf = tk("oneOf");
  const personLabel = (g: (typeof lines)[number]["person"]) =>
    g.index === null
      ? p(`persons.${g.person}`)
      : tk("numbered", { who: p(`persons.${g.person}`), n: g.index });
  const groups: { key: string; label: string; lines: typeof lines }[] = [];
  for (const l of lines) {
    const g = groups.find((x) => x.key === l.person.key);
    if (g) g.lines.push(l);
    else groups.push({ key: l.person.key, label: personLabel(l.person), lines: [l] });
  }
  const problems = Object.fromEntries(
    [
      "empty",
      "tooBig",
      "type",
      "heic",
      "imageTooLarge",
      "imageBroken",
      "pdfActive",
      "pdfEncrypted",
      "pdfMalformed",
      "malformed",
      "noFile",
      "unknownItem",
      "locked",
      "itemFull",
      "caseFull",
      "rateLimited",
      "unavailable",
      "notHeld",
    ].map((k) => [k, t.raw(`problem.${k}`) as string]),
  );
  const uploadLabels = {
    choose: t("chooseFile"),
    camera: t("camera"),
    send: t("send"),
    sending: t.raw("sending") as string,
    hint: t("fileHint"),
    replace: t("replace"),
    problems,
  };
  const returned = lines.filter((l) => l.decision?.decision === "returned");
  const canSubmit =
    (c.status === "draft" || c.status === "returned") && lines.some((l) => l.files.length > 0);
  const delivery = caseDelivery(c);
  const email = caseEmail(c);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("lead")}</p>
      </div>
      {ok ? (
        <p className="border-l-4 border-go bg-panel p-3 font-bold" role="status" data-testid="prereview-ok">
          {ok === "submitted" ? t("submitted", { due }) : ok === "mailSaved" ? t("mail.saved") : t(ok)}
        </p>
      ) : null}
      {problemCode ? (
        <div
          role="alert"
          tabIndex={-1}
          // biome-ignore lint/a11y/noAutofocus: the outcome of the form just sent must be read first (GOV.UK error summary)
          autoFocus
          className="border-4 border-accent p-4"
          data-testid="prereview-problem"
        >
          <p className="font-bold">
            {problemLine && lines.some((l) => l.key === problemLine) ? (
              <a href={`#line-${problemLine}`}>{problemText(problemCode)}</a>
            ) : (
              problemText(problemCode)
            )}
          </p>
        </div>
      ) : null}

      {c.status === "passed" ? (
        <div className="bg-go p-5 text-white" data-testid="prereview-passed">
          <p className="text-2xl font-bold">{t("passedBanner")}</p>
          <p className="text-lg">{t("passedLead")}</p>
        </div>
      ) : (
        <p
          className="border-l-4 border-brand pl-3 text-lg"
          data-testid="prereview-status"
          data-status={c.status}
        >
          {t(`status.${c.status}`, { due })}
        </p>
      )}

      {c.status === "returned" ? (
        <ReturnedList lines={returned} name={(l) => lineName(l.item, p, oneOf)} locale={locale} />
      ) : null}

      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`person-${g.key}`} className="space-y-3">
          <h2 id={`person-${g.key}`} className="border-b-2 border-brand pb-1 text-xl font-bold">
            {t("person", { person: g.label })}
          </h2>
          <ul className="space-y-4">
            {g.lines.map((l) => (
              <li key={l.key} id={`line-${l.key}`} className="border border-line p-3" data-line={l.key}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="text-lg font-bold">{lineName(l.item, p, oneOf)}</h3>
                  <LineStatus line={l} locale={locale} />
                </div>
                {l.files.length > 0 ? (
                  <ol className="mt-2 divide-y divide-line">
                    {l.files.map((f, i) => (
                      <li key={f.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-1" data-file>
                        <span>
                          {t("file", { n: i + 1, kind: t(`kind.${f.contentType}`), size: humanSize(f.size) })}
                        </span>
                        <a
                          href={`${base}/file/${f.id}`}
                          className="inline-flex min-h-11 items-center"
                          target="_blank"
                          rel="noopener"
                        >
                          {t("view")}
                        </a>
                        {l.editable ? (
                          <form method="post" action={`${base}/act`}>
                            <input type="hidden" name="op" value="withdraw" />
                            <input type="hidden" name="file" value={f.id} />
                            <input type="hidden" name="line" value={l.key} />
                            <button
                              type="submit"
                              className="min-h-11 text-brand underline"
                              data-testid="withdraw"
                            >
                              {t("withdraw")}
                            </button>
                          </form>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                ) : null}
                {l.editable && l.files.length < FILE_LIMITS.maxFilesPerItem ? (
                  <UploadForm
                    action={`${base}/upload`}
                    line={l.key}
                    accept={ACCEPT_ATTRIBUTE}
                    labels={{ ...uploadLabels, send: l.files.length ? t("addPage") : t("add") }}
                    canReplace={l.files.length > 0}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      {canSubmit ? (
        <form method="post" action={`${base}/act`} className="space-y-2">
          <input type="hidden" name="op" value="submit" />
          <p className="text-muted">{t("submitLead")}</p>
          <button type="submit" className={primaryButton} data-testid="prereview-submit">
            {c.status === "returned" ? t("submitAgain") : t("submit")}
          </button>
        </form>
      ) : null}

      <form method="post" action={`${base}/act`} className="space-y-2 border-t border-line pt-4">
        <input type="hidden" name="op" value="email" />
        <label htmlFor="prereview-email" className="block font-bold">
          {t("emailLabel")}
        </label>
        <p id="prereview-email-hint" className="text-sm text-muted">
          {t("emailHint")}
        </p>
        <input
          id="prereview-email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={email ?? ""}
          aria-describedby="prereview-email-hint"
          className="block w-full max-w-md border-2 border-ink p-2"
        />
        <button type="submit" className={secondaryButton}>
          {t("emailSave")}
        </button>
      </form>

      <MailSection
        locale={locale}
        action={`${base}/act`}
        masked={delivery ? maskDelivery(delivery, locale) : null}
        current={delivery}
        shipped={
          c.shippedAt && c.courier && c.trackingNumber
            ? { courier: c.courier, tracking: c.trackingNumber }
            : null
        }
      />
      {back}
    </div>
  );
}
