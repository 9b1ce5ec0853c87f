"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * With JavaScript, a tick updates the page at once (count, link, QR) without pressing 更新清单:
 * the form's own GET URL is requested in place. Without JavaScript the button does the same.
 */
export function TickSync({ formId }: { formId: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    form.querySelector<HTMLElement>("[data-no-js-submit]")?.setAttribute("hidden", "");
    const onChange = () => {
      const data = new URLSearchParams();
      const ticks: string[] = [];
      for (const [k, v] of new FormData(form)) {
        if (k === "t") ticks.push(String(v));
        else data.append(k, String(v));
      }
      if (ticks.length > 0) data.set("t", ticks.join("."));
      router.replace(`${form.getAttribute("action")}?${data.toString()}`, { scroll: false });
    };
    form.addEventListener("change", onChange);
    // A box ticked before the page became interactive is synced now.
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    if (boxes.some((b) => b.checked !== b.defaultChecked)) onChange();
    return () => form.removeEventListener("change", onChange);
  }, [formId, router]);
  return null;
}
