import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The booking forms' client components translate with useTranslations("booking").
export default function BookingLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["booking"]}>{children}</ClientMessages>;
}
