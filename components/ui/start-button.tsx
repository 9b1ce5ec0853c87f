import type { ReactNode } from "react";

/** The one prominent call to action of a page (GOV.UK start button): a link styled as a green button. */
export function StartButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      draggable={false}
      className="inline-flex min-h-12 items-center gap-2 rounded-sm bg-go px-5 py-2 text-lg font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-go-dark hover:text-white"
    >
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
