"use client";

import { useEffect, useRef, useState } from "react";

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

/**
 * Camera scanning of the confirmation's QR code where the browser can (the BarcodeDetector API:
 * Chrome on Android, ChromeOS, macOS). It fills the same field a USB scanner types into and submits the
 * form. Without it — or without JavaScript — the field and a scanner do the job.
 */
export function QrScanner({
  inputId,
  labels,
}: {
  inputId: string;
  labels: { start: string; stop: string; unsupported: string };
}) {
  const [supported, setSupported] = useState<boolean | null>(null);
  const [running, setRunning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);

  useEffect(() => {
    setSupported("BarcodeDetector" in window && !!navigator.mediaDevices?.getUserMedia);
    return () => {
      for (const track of stream.current?.getTracks() ?? []) track.stop();
    };
  }, []);

  const stop = () => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    setRunning(false);
  };

  const start = async () => {
    const Ctor = (window as unknown as { BarcodeDetector: DetectorCtor }).BarcodeDetector;
    const detector = new Ctor({ formats: ["qr_code"] });
    stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    const v = video.current!;
    v.srcObject = stream.current;
    await v.play();
    setRunning(true);
    const tick = async () => {
      if (!stream.current) return;
      const [code] = await detector.detect(v).catch(() => []);
      if (code?.rawValue) {
        const input = document.getElementById(inputId) as HTMLInputElement | null;
        if (input) {
          input.value = code.rawValue.slice(0, 200);
          stop();
          input.form?.requestSubmit();
          return;
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };

  if (supported === null) return null;
  if (!supported) return <p className="text-sm text-muted">{labels.unsupported}</p>;
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="inline-flex min-h-11 items-center rounded-sm bg-panel px-4 py-2 font-bold shadow-[0_2px_0_#929191]"
        onClick={running ? stop : start}
      >
        {running ? labels.stop : labels.start}
      </button>
      <video ref={video} muted playsInline className={running ? "w-full max-w-sm" : "hidden"} />
    </div>
  );
}
