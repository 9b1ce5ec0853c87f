import { getTranslations } from "next-intl/server";
import { careSwitchHref } from "@/lib/care/mode";
import { CareSwitchLink } from "./care-switch-link";

/**
 * 关怀模式（长辈版）/ 返回标准版: a plain link to the switch route, which stores the choice in a cookie
 * and comes back to this page and query. Works without JavaScript; `nofollow` keeps crawlers off it.
 */
export async function CareSwitch({ care, here }: { care: boolean; here: string }) {
  const t = await getTranslations("care");
  return (
    <CareSwitchLink
      href={careSwitchHref(!care, here)}
      className="inline-flex min-h-11 items-center rounded-sm border-2 border-white px-2 font-bold text-white no-underline hover:text-white care:px-4"
    >
      {care ? t("switchOff") : t("switchOn")}
    </CareSwitchLink>
  );
}
