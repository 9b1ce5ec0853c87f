import type { Result } from "lighthouse";

/**
 * What came before a page's first frame in the unthrottled load that Lighthouse simulates from (ADR 0004,
 * "what the first-paint race is made of"): when the stylesheet had loaded, how long the renderer spent on
 * style and layout, when the frame was presented, and how much JavaScript had loaded by then. Lantern adds
 * the download and evaluation of that JavaScript to the simulated LCP, so the last figure is the race that
 * separates a page from the bare one.
 */
export type FirstFrame = {
  stylesheetMs: number;
  styleLayoutMs: number;
  presentedMs: number;
  jsLoadedBytes: number;
};

export type TraceEvent = { name: string; ph?: string; ts: number; dur?: number; pid: number; tid: number };

type Request = { resourceType?: string; transferSize?: number; networkEndTime?: number };

export function firstFrame(lhr: Result, events: readonly TraceEvent[]): FirstFrame {
  const metrics = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)
    ?.items?.[0];
  const requests =
    (lhr.audits["network-requests"]?.details as { items?: Request[] } | undefined)?.items ?? [];
  const startTs = metrics?.observedNavigationStartTs;
  const presentedMs = metrics?.observedLargestContentfulPaint ?? Number.NaN;

  const stylesheets = requests
    .filter((r) => r.resourceType === "Stylesheet")
    .map((r) => r.networkEndTime ?? 0);
  const jsLoadedBytes = requests
    .filter(
      (r) => r.resourceType === "Script" && (r.networkEndTime ?? Number.POSITIVE_INFINITY) <= presentedMs,
    )
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);

  // The renderer's main thread is the one that records the first contentful paint.
  const paint =
    startTs === undefined
      ? undefined
      : events.find((e) => e.name === "firstContentfulPaint" && e.ts >= startTs);
  const styleLayoutMs =
    paint && startTs !== undefined
      ? events
          .filter(
            (e) =>
              e.pid === paint.pid &&
              e.tid === paint.tid &&
              e.ph === "X" &&
              (e.name === "UpdateLayoutTree" || e.name === "Layout") &&
              e.ts >= startTs &&
              e.ts <= paint.ts,
          )
          .reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000
      : Number.NaN;

  return {
    stylesheetMs: stylesheets.length ? Math.max(...stylesheets) : Number.NaN,
    styleLayoutMs,
    presentedMs,
    jsLoadedBytes,
  };
}
