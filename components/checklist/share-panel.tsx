import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { CareSwitchLink } from "@/components/layout/care-switch-link";
import { careSwitchHref } from "@/lib/care/mode";
import { currentUrl, isCareMode } from "@/lib/care/request";
import { ShareButton } from "./share-button";

/**
 * The link and its QR code: shown on screen and printed at the foot of the checklist. `heading` and
 * `intro` name what the link holds (the settlement checklist shares the list, never the answers).
 */
export async function SharePanel({ url, heading, intro }: { url: string; heading?: string; intro?: string }) {
  const t = await getTranslations("checklist");
  const labels = {
    heading: heading ?? t("shareHeading"),
    intro: intro ?? t("shareIntro"),
    share: t("share"),
    copied: t("copied"),
    copyFailed: t("copyFailed"),
    qr: t("qrLabel"),
    print: t("print"),
  };
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const [care, here, c] = await Promise.all([isCareMode(), currentUrl(), getTranslations("care")]);
  return (
    <section
      aria-labelledby="share-heading"
      className="space-y-3 border-t-2 border-ink pt-4 print:break-inside-avoid"
    >
      <h2 id="share-heading" className="text-xl font-bold">
        {labels.heading}
      </h2>
      <p className="no-print">{labels.intro}</p>
      <div className="flex flex-wrap items-start gap-4">
        <div
          role="img"
          aria-label={labels.qr}
          className="size-36 shrink-0 bg-white print:size-32"
          data-testid="qr"
          // The SVG comes from the qrcode package, built from our own URL.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted SVG markup generated server-side
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <p className="min-w-0 flex-1 break-all font-mono text-sm" data-testid="share-url">
          {url}
        </p>
      </div>
      <ShareButton url={url} labels={labels} />
      {care ? null : (
        // The large-print checklist is the care-mode page printed (ADR 0015); works without JavaScript.
        <p className="no-print">
          <CareSwitchLink href={careSwitchHref(true, here)} testId="large-print">
            {c("largePrint")}
          </CareSwitchLink>
          <span className="block text-sm text-muted">{c("largePrintHint")}</span>
        </p>
      )}
    </section>
  );
}
