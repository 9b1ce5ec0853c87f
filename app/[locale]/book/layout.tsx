import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { RejectedPostNotice } from "@/components/booking/rejected-post-notice";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// The booking forms' client components translate with useTranslations("booking").
// The locale must be set here too: layouts render before (and apart from) the page, and a
// message lookup without it would fix the whole request to the default locale.
export default async function BookingLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <ClientMessages namespaces={["booking"]}>
      <RejectedPostNotice />
      {children}
    </ClientMessages>
  );
}
