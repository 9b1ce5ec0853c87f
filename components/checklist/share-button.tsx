"use client";

import { useEffect, useState } from "react";
import { secondaryButton } from "@/components/ui/styles";

/**
 * 分享: the Web Share API where the device has it (phones), else copy to the clipboard. Hidden without
 * JavaScript, where the printed link and QR code do the job.
 */
export function ShareButton({
  url,
  labels,
}: {
  url: string;
  labels: { share: string; copied: string; copyFailed: string; print: string };
}) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState("");
  useEffect(() => setReady(true), []);
  if (!ready) return null;

  // Always the link given: the page's own address may be the private answers link. The page re-renders
  // on every tick, so `url` carries the current ticks.
  const share = async () => {
    const current = url;
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ url: current, title: document.title });
        return;
      } catch (e) {
        if ((e as Error).name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(current);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  };

  return (
    <div className="no-print flex flex-wrap items-center gap-3">
      <button type="button" onClick={share} className={secondaryButton} data-testid="share">
        {labels.share}
      </button>
      <button type="button" onClick={() => window.print()} className={secondaryButton}>
        {labels.print}
      </button>
      <span role="status" className="text-go" data-testid="share-status">
        {status}
      </span>
    </div>
  );
}
