/**
 * The primary action's look, shared by <button>s and links that act as the page's main button. In care
 * mode (ADR 0015) buttons are larger than the 20 px text around them and span the phone's width.
 */
export const primaryButton =
  "inline-flex min-h-11 items-center gap-2 rounded-sm bg-go px-5 py-2 text-lg font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-go-dark hover:text-white care:w-full care:max-w-md care:justify-center care:text-xl";

export const secondaryButton =
  "inline-flex min-h-11 items-center gap-2 rounded-sm bg-panel px-4 py-2 font-bold text-ink no-underline shadow-[0_2px_0_#929191] hover:bg-line hover:text-ink care:text-lg";

/** A destructive action (GOV.UK warning button): only on the page that asks "are you sure?". */
export const warningButton =
  "inline-flex min-h-11 items-center gap-2 rounded-sm bg-accent px-5 py-2 text-lg font-bold text-white no-underline shadow-[0_2px_0_#55150b] hover:bg-accent-dark hover:text-white care:w-full care:max-w-md care:justify-center care:text-xl";
