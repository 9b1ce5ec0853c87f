"use client";

import { useEffect, useState } from "react";
import type { HallSnapshot } from "@/lib/counter/snapshot";

export interface HallLabels {
  /** "请 {code} 到 {counter} 号窗口" with the placeholders left in. */
  call: string;
  recent: string;
  none: string;
  waiting: string;
  live: string;
  polling: string;
  codeCol: string;
  counterCol: string;
  /** "{counter} 号窗口" */
  counterShort: string;
}

const POLL_MS = 5000;
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ""));

/**
 * The hall's screen: the latest call huge, the ones before it below. Live over Server-Sent Events; when
 * the stream is down (or the browser has none) it polls the snapshot. The server renders the first
 * state, so a screen without JavaScript shows it too (and refreshes itself by <meta refresh>).
 */
export function HallBoard({ initial, labels }: { initial: HallSnapshot; labels: HallLabels }) {
  const [snap, setSnap] = useState(initial);
  const [live, setLive] = useState(false);

  useEffect(() => {
    const url = `/api/hall/${encodeURIComponent(initial.officeId)}`;
    let stopped = false;
    const refresh = () =>
      fetch(url, { cache: "no-store" })
        .then((r) => (r.ok ? r.json() : null))
        .then((s: HallSnapshot | null) => {
          if (s && !stopped) setSnap(s);
        })
        .catch(() => {});
    let es: EventSource | null = null;
    if ("EventSource" in window) {
      es = new EventSource(`${url}/events`);
      es.onopen = () => {
        setLive(true);
        refresh();
      };
      es.onerror = () => setLive(false);
      es.onmessage = (m) => {
        const e = JSON.parse(m.data) as {
          kind: string;
          code?: string;
          counter?: number;
          at: number;
          day: string;
        };
        if (e.kind === "call" && e.code && e.counter) {
          const call = { code: e.code, counter: e.counter, at: e.at };
          setSnap((s) => ({
            ...s,
            calls: [call, ...s.calls.filter((c) => c.code !== call.code)].slice(0, 8),
          }));
          document.body.dataset.lastCall = `${e.code}@${e.counter}`;
        } else {
          refresh();
        }
      };
    }
    // Polling: always while the stream is down; every 30 s anyway, in case a notification was lost.
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
      if (!es || es.readyState !== EventSource.OPEN || ticks % 6 === 0) refresh();
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      es?.close();
    };
  }, [initial.officeId]);

  const [latest, ...before] = snap.calls;
  return (
    <div className="flex min-h-screen flex-col bg-brand-dark p-[3vw] text-white">
      <p className="sr-only" aria-live="assertive" aria-atomic="true">
        {latest ? fill(labels.call, latest) : ""}
      </p>
      <div className="flex flex-1 items-center justify-center text-center" data-testid="hall-latest">
        {latest ? (
          <p className="font-bold leading-tight text-[9vw]">
            {labels.call.split(/(\{code\}|\{counter\})/).map((part, i) =>
              part === "{code}" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed pieces of one sentence
                <span key={i} className="text-focus" data-testid="hall-code">
                  {latest.code}
                </span>
              ) : part === "{counter}" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed pieces of one sentence
                <span key={i} className="text-focus" data-testid="hall-counter">
                  {latest.counter}
                </span>
              ) : (
                part
              ),
            )}
          </p>
        ) : (
          <p className="text-[6vw]">{labels.none}</p>
        )}
      </div>
      <div className="grid grid-cols-[2fr_1fr] gap-[3vw] border-t-4 border-white pt-[2vw]">
        <div>
          <h2 className="text-[2.5vw] font-bold">{labels.recent}</h2>
          <table className="w-full text-[3.2vw]" data-testid="hall-recent">
            <thead className="sr-only">
              <tr>
                <th scope="col">{labels.codeCol}</th>
                <th scope="col">{labels.counterCol}</th>
              </tr>
            </thead>
            <tbody>
              {before.slice(0, 4).map((c) => (
                <tr key={`${c.code}-${c.at}`}>
                  <td className="font-bold">{c.code}</td>
                  <td>{fill(labels.counterShort, c)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="text-right text-[2.5vw]">
          <p data-testid="hall-waiting">{fill(labels.waiting, { count: snap.waiting })}</p>
          <p className="text-[1.6vw] opacity-80" data-testid="hall-mode" data-live={live ? "1" : "0"}>
            {live ? labels.live : labels.polling}
          </p>
        </div>
      </div>
    </div>
  );
}
