import type { ReactNode } from "react";
import { primaryButton } from "./styles";

/** The one prominent call to action of a page (GOV.UK start button): a link styled as a green button. */
export function StartButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} draggable={false} className={`${primaryButton} min-h-12`}>
      {children}
      <svg
        aria-hidden="true"
        focusable="false"
        width="17"
        height="19"
        viewBox="0 0 33 40"
        className="fill-current"
      >
        <path d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </a>
  );
}
