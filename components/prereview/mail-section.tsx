import { getTranslations } from "next-intl/server";
import { secondaryButton } from "@/components/ui/styles";
import { DELIVERY_DIVISIONS, type Delivery, regionLabel } from "@/lib/prereview/delivery";

/**
 * 邮寄: the choice and the delivery address (region from the division data, street line, recipient,
 * mainland mobile), shown back masked; once the clerk has sent it, the courier and tracking number.
 */
export async function MailSection({
  locale,
  action,
  masked,
  current,
  shipped,
}: {
  locale: string;
  action: string;
  masked: string | null;
  current: Delivery | null;
  shipped: { courier: string; tracking: string } | null;
}) {
  const t = await getTranslations({ locale, namespace: "prereview.mail" });
  const field = "block w-full max-w-md border-2 border-ink p-2";
  return (
    <section
      className="space-y-3 border-t border-line pt-4"
      aria-labelledby="mail-heading"
      data-testid="mail-section"
    >
      <h2 id="mail-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {shipped ? (
        <p className="bg-go p-3 text-lg font-bold text-white" data-testid="mail-shipped">
          {t("shipped", {
            courier: t.has(`couriers.${shipped.courier}`)
              ? t(`couriers.${shipped.courier}`)
              : shipped.courier,
            tracking: shipped.tracking,
          })}
        </p>
      ) : null}
      <p data-testid="mail-status">{masked ? t("chosen", { address: masked }) : t("notChosen")}</p>
      {shipped ? null : (
        <>
          <p className="text-muted">{t("lead")}</p>
          <form method="post" action={action} className="space-y-3">
            <input type="hidden" name="op" value="mail" />
            <div>
              <label htmlFor="mail-district" className="block font-bold">
                {t("district")}
              </label>
              <select
                id="mail-district"
                name="district"
                className={field}
                defaultValue={current?.district ?? ""}
                required
              >
                <option value="" />
                {DELIVERY_DIVISIONS.map((d) => (
                  <option key={d.id} value={d.id}>
                    {regionLabel(d.id, locale)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="mail-street" className="block font-bold">
                {t("street")}
              </label>
              <input
                id="mail-street"
                name="street"
                className={field}
                maxLength={80}
                autoComplete="street-address"
                required
              />
            </div>
            <div>
              <label htmlFor="mail-recipient" className="block font-bold">
                {t("recipient")}
              </label>
              <input
                id="mail-recipient"
                name="recipient"
                className={field}
                maxLength={20}
                autoComplete="name"
                required
              />
            </div>
            <div>
              <label htmlFor="mail-phone" className="block font-bold">
                {t("phone")}
              </label>
              <input
                id="mail-phone"
                name="phone"
                type="tel"
                inputMode="numeric"
                className={field}
                maxLength={20}
                autoComplete="tel"
                required
              />
            </div>
            <div className="flex flex-wrap gap-3">
              <button type="submit" className={secondaryButton} data-testid="mail-save">
                {t("save")}
              </button>
            </div>
          </form>
          {masked ? (
            <form method="post" action={action}>
              <input type="hidden" name="op" value="nomail" />
              <button type="submit" className="min-h-11 text-brand underline">
                {t("cancel")}
              </button>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}
