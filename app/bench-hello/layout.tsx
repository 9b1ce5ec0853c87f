import type { Metadata } from "next";
import type { ReactNode } from "react";
import { FontStackStyle } from "@/components/layout/font-stack";
import "../globals.css";

// The benchmark's floor: the same root CSS and font stack as the portal, none of its header, footer or providers.
export const metadata: Metadata = { title: "你好", robots: { index: false, follow: false } };

export default function BenchHelloLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hans">
      <head>
        <FontStackStyle />
      </head>
      <body>{children}</body>
    </html>
  );
}
