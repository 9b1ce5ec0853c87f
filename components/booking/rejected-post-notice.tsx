import { getTranslations } from "next-intl/server";
import { rejectedFormPost } from "@/lib/booking/form-post";

/** In place of a refused form post: what happened and what to do, above the same form, empty again. */
export async function RejectedPostNotice() {
  const problem = await rejectedFormPost();
  if (!problem) return null;
  const t = await getTranslations("booking");
  return (
    <div role="alert" data-testid="form-rejected" className="mb-6 border-4 border-accent p-4">
      <h2 className="mb-2 text-xl font-bold">{t("errors.summaryTitle")}</h2>
      <p>{problem === "tooLarge" ? t("errors.formTooLarge") : t("errors.formMalformed")}</p>
    </div>
  );
}
