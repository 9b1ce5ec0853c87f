"use client";

import { useEffect, useState } from "react";
import { secondaryButton } from "@/components/ui/styles";
import { pickVoice, speechLang } from "@/lib/care/voice";

/** What the page marks for reading: its verdict or list, in document order (`data-speak`). */
const SPOKEN = "main [data-speak]";

/**
 * 朗读: reads the page's marked text with the browser's own speech synthesis, in a Chinese voice of the
 * page's script. Rendered only once a Chinese voice is known (voices arrive asynchronously, with
 * `voiceschanged`), so without JavaScript or without a voice there is no button that does nothing.
 */
export function ReadAloud({ locale, labels }: { locale: string; labels: { read: string; stop: string } }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined;
    if (!synth || typeof SpeechSynthesisUtterance === "undefined") return;
    const update = () => setVoice(pickVoice(synth.getVoices(), locale));
    update();
    synth.addEventListener?.("voiceschanged", update);
    return () => {
      synth.removeEventListener?.("voiceschanged", update);
      synth.cancel();
    };
  }, [locale]);

  if (!voice) return null;

  const stop = () => {
    window.speechSynthesis.cancel();
    setSpeaking(false);
  };
  const read = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const texts = [...document.querySelectorAll<HTMLElement>(SPOKEN)]
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is read, not hidden nodes
      .map((el) => el.innerText.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    if (texts.length === 0) return;
    // One utterance per block: engines cut long utterances off (Chrome after ~15 s).
    texts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang || speechLang(locale);
      u.rate = 0.9;
      if (i === texts.length - 1) u.onend = () => setSpeaking(false);
      u.onerror = () => setSpeaking(false);
      synth.speak(u);
    });
    setSpeaking(true);
  };

  return (
    <button
      type="button"
      onClick={speaking ? stop : read}
      aria-pressed={speaking}
      className={`no-print ${secondaryButton}`}
      data-testid="read-aloud"
    >
      <svg
        aria-hidden="true"
        focusable="false"
        width="24"
        height="24"
        viewBox="0 0 24 24"
        className="fill-current"
      >
        <path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
      </svg>
      {speaking ? labels.stop : labels.read}
    </button>
  );
}
