import type { ReactNode } from "react";

// The <html> element lives in app/[locale]/layout.tsx so its lang matches the URL.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
