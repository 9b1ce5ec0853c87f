"use client";

import type { ReactNode } from "react";

/**
 * The switch link as the server drew it, plus one thing JavaScript can do better: a page that changed
 * its own address after loading (a ticked checklist item) is where the switch returns to, not the
 * address the layout was rendered for.
 */
export function CareSwitchLink({
  href,
  className,
  testId = "care-switch",
  children,
}: {
  href: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      rel="nofollow"
      data-testid={testId}
      className={className}
      onClick={(event) => {
        const url = new URL(event.currentTarget.href);
        url.searchParams.set("back", window.location.pathname + window.location.search);
        event.currentTarget.href = url.pathname + url.search;
      }}
    >
      {children}
    </a>
  );
}
