"use client";

import { useEffect, useRef, useState } from "react";
import { secondaryButton } from "@/components/ui/styles";

export interface UploadLabels {
  choose: string;
  camera: string;
  send: string;
  sending: string;
  hint: string;
  replace: string;
  problems: Record<string, string>;
}

/**
 * The upload of one checklist line. Without JavaScript: a plain multipart form (the phone's picker
 * offers the camera itself) posting to the route handler, which answers with a 303 back to the page.
 * With JavaScript: the file goes by XMLHttpRequest, so a large photo on a slow line shows its progress,
 * and a 拍照 button opens the rear camera directly; the page then reloads to show the stored page.
 */
export function UploadForm({
  action,
  line,
  accept,
  labels,
  canReplace,
}: {
  action: string;
  line: string;
  accept: string;
  labels: UploadLabels;
  canReplace: boolean;
}) {
  const [percent, setPercent] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [scripted, setScripted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const id = `file-${line}`;
  // The camera button needs the script: it appears once the page is hydrated.
  useEffect(() => setScripted(true), []);

  const send = (file: File, replace: boolean) => {
    const data = new FormData();
    data.set("item", line);
    if (replace) data.set("mode", "replace");
    data.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setPercent(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: { ok?: boolean; code?: string; retryAfterSeconds?: number } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (body.ok) {
        // The same URL again (a second page on the same line) would only move to the anchor: reload then.
        const search = `?ok=stored&l=${encodeURIComponent(line)}`;
        if (window.location.search === search) window.location.reload();
        else window.location.assign(`${window.location.pathname}${search}#line-${line}`);
        return;
      }
      setPercent(null);
      const minutes = Math.max(1, Math.ceil((body.retryAfterSeconds ?? 60) / 60));
      setProblem(
        (labels.problems[body.code ?? "malformed"] ?? labels.problems.malformed ?? "").replace(
          "{minutes}",
          String(minutes),
        ),
      );
    };
    xhr.onerror = () => {
      setPercent(null);
      setProblem(labels.problems.unavailable ?? "");
    };
    setProblem(null);
    setPercent(0);
    xhr.send(data);
  };

  return (
    <form
      ref={formRef}
      method="post"
      encType="multipart/form-data"
      action={action}
      className="mt-2 space-y-2"
      data-upload={line}
      onSubmit={(e) => {
        const input = formRef.current?.elements.namedItem("file") as HTMLInputElement | null;
        const file = input?.files?.[0];
        if (!file) return; // the server says "choose a file first", as without JavaScript
        e.preventDefault();
        const replace =
          (formRef.current?.elements.namedItem("mode") as HTMLInputElement | null)?.checked ?? false;
        send(file, replace);
      }}
    >
      <input type="hidden" name="item" value={line} />
      <label htmlFor={id} className="block font-bold">
        {labels.choose}
      </label>
      <p className="text-sm text-muted" id={`${id}-hint`}>
        {labels.hint}
      </p>
      {problem ? (
        <p
          className="border-l-4 border-accent pl-3 font-bold text-accent"
          role="alert"
          data-testid="upload-problem"
        >
          {problem}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        name="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        className="block w-full max-w-full text-base file:mr-3 file:min-h-11 file:rounded-sm file:border-0 file:bg-panel file:px-3 file:font-bold"
      />
      {canReplace ? (
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="mode" value="replace" className="size-6 accent-brand" />
          {labels.replace}
        </label>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          className={secondaryButton}
          disabled={percent !== null}
          data-testid="upload-send"
        >
          {labels.send}
        </button>
        {scripted ? (
          <>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => cameraRef.current?.click()}
              disabled={percent !== null}
            >
              {labels.camera}
            </button>
            <input
              ref={cameraRef}
              type="file"
              accept="image/*"
              capture="environment"
              hidden
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) send(f, false);
              }}
            />
          </>
        ) : null}
      </div>
      {percent !== null ? (
        <div aria-live="polite" data-testid="upload-progress">
          <progress max={100} value={percent} className="h-3 w-full max-w-md" />
          <span className="ml-2">{labels.sending.replace("{percent}", String(percent))}</span>
        </div>
      ) : null}
    </form>
  );
}
