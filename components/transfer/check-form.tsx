import type { SummaryError } from "@/components/form/error-summary";
import { primaryButton } from "@/components/ui/styles";
import { TRANSFER_KEYS, TRANSFER_LINK_VERSION, type TransferField } from "@/lib/transfer/link";
import { OTHER_PROVINCE_CODES, placeName } from "@/lib/transfer/places";
import { TRANSFER_PROVINCES } from "@/policies/divisions";
import { TRANSFER_KINDS } from "@/policies/hu-zhe-transfer";

type T = (key: string) => string;

/** Hidden field telling the form page that this GET is a submission (check, then redirect). */
export const SUBMIT_NAME = "check";

export interface CheckFormProps {
  action: string;
  locale: string;
  values: Partial<Record<TransferField, string>>;
  /** Localized error per field, from the server-side check. */
  errors: Partial<Record<TransferField, string>>;
  /** next-intl translators: "transfer" and "policy". */
  t: T;
  p: T;
}

const fieldId = (f: TransferField) => `transfer-${f}`;
const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(" ") || undefined;

function ErrorText({ id, message, prefix }: { id: string; message?: string; prefix: string }) {
  if (!message) return null;
  return (
    <p id={id} className="font-bold text-accent">
      <span className="sr-only">{prefix}</span>
      {message}
    </p>
  );
}

/** The error summary's entries, in form order, each linking to its field. */
export const summaryErrors = (errors: Partial<Record<TransferField, string>>): SummaryError[] =>
  (["from", "to", "kind"] as const)
    .filter((f) => errors[f])
    .map((f) => ({
      href: f === "kind" ? `${fieldId("kind")}-${TRANSFER_KINDS[0]}` : fieldId(f),
      message: errors[f]!,
    }));

/**
 * The three-question check as one plain GET form: works without JavaScript, validated on the server
 * with the policy library's zod schema (GOV.UK error pattern: summary on top, messages inline).
 */
export function CheckForm({ action, locale, values, errors, t, p }: CheckFormProps) {
  const hant = locale === "zh-Hant";
  const prefix = t("form.errorPrefix");

  const placeSelect = (f: "from" | "to") => {
    const id = fieldId(f);
    const error = errors[f];
    return (
      <div className={`space-y-2 ${error ? "border-l-4 border-accent pl-4" : ""}`}>
        <label htmlFor={id} className="block text-xl font-bold">
          {t(`form.${f}`)}
        </label>
        <p id={`${id}-hint`} className="text-muted">
          {t(`form.${f}Hint`)}
        </p>
        <ErrorText id={`${id}-error`} message={error} prefix={prefix} />
        <select
          id={id}
          name={TRANSFER_KEYS[f]}
          defaultValue={values[f] ?? ""}
          aria-describedby={describedBy(`${id}-hint`, !!error && `${id}-error`)}
          aria-invalid={error ? true : undefined}
          className={`min-h-11 w-full max-w-sm border-2 bg-white px-2 text-lg ${error ? "border-accent" : "border-ink"}`}
        >
          <option value="">{t("form.choose")}</option>
          {TRANSFER_PROVINCES.map((prov) => (
            <optgroup key={prov.code} label={hant ? prov.hant : prov.zh}>
              {prov.cities.map((c) => (
                // The full name: a closed select no longer shows its optgroup.
                <option key={c.code} value={c.code}>
                  {placeName(c.code, locale, () => "")}
                </option>
              ))}
            </optgroup>
          ))}
          <optgroup label={t("form.groupOther")}>
            {OTHER_PROVINCE_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`provinces.${code}`)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
    );
  };

  const kindId = fieldId("kind");
  const kindError = errors.kind;
  return (
    <form method="get" action={action} noValidate className="space-y-8" data-testid="transfer-form">
      <input type="hidden" name={TRANSFER_KEYS.version} value={TRANSFER_LINK_VERSION} />
      <input type="hidden" name={SUBMIT_NAME} value="1" />
      {placeSelect("from")}
      {placeSelect("to")}
      <div className={kindError ? "border-l-4 border-accent pl-4" : undefined}>
        <fieldset aria-describedby={describedBy(`${kindId}-hint`, !!kindError && `${kindId}-error`)}>
          <legend className="mb-2 text-xl font-bold">{t("form.kind")}</legend>
          <p id={`${kindId}-hint`} className="mb-2 text-muted">
            {t("form.kindHint")}
          </p>
          <ErrorText id={`${kindId}-error`} message={kindError} prefix={prefix} />
          <div className="space-y-1">
            {TRANSFER_KINDS.map((k) => {
              const id = `${kindId}-${k}`;
              return (
                <div key={k} className="flex items-start gap-3 py-1">
                  <input
                    id={id}
                    type="radio"
                    name={TRANSFER_KEYS.kind}
                    value={k}
                    defaultChecked={values.kind === k}
                    aria-describedby={`${id}-hint`}
                    className="mt-1 size-7 shrink-0 accent-brand"
                  />
                  <label htmlFor={id} className="min-h-11 cursor-pointer">
                    <span className="block text-lg">{p(`transfer.kinds.${k}`)}</span>
                    <span id={`${id}-hint`} className="block text-sm text-muted">
                      {t(`form.kindHints.${k}`)}
                    </span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className={primaryButton}>
        {t("form.submit")}
      </button>
    </form>
  );
}
