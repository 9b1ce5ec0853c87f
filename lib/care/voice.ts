/**
 * Which of the browser's voices reads a page aloud (朗读), by the page's script: Traditional prefers a
 * Taiwan or Hong Kong voice, Simplified a mainland one; either takes any Chinese voice before none.
 * Pure, so it is unit-tested; the read-aloud button is absent when this returns null.
 */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
}

// Android reports "zh_CN", Chrome "zh-CN", some engines "cmn-Hans-CN" or "yue-HK".
const chinese = /^(?:zh|cmn|yue)(?:[-_]|$)/i;
const REGION_ORDER: Record<string, RegExp[]> = {
  "zh-Hans": [/[-_](?:hans|cn|sg)(?:[-_]|$)/i, /^cmn/i, /[-_](?:hant|tw)(?:[-_]|$)/i],
  "zh-Hant": [/[-_](?:hant|tw)(?:[-_]|$)/i, /[-_](?:hk|mo)(?:[-_]|$)|^yue/i, /[-_](?:hans|cn|sg)(?:[-_]|$)/i],
};

export function pickVoice<V extends VoiceLike>(voices: readonly V[], locale: string): V | null {
  const zh = voices.filter((v) => chinese.test(v.lang.trim()));
  if (zh.length === 0) return null;
  const order = REGION_ORDER[locale] ?? REGION_ORDER["zh-Hans"]!;
  const rank = (v: V) => {
    const i = order.findIndex((re) => re.test(v.lang.trim()));
    // A voice on the device (works offline, no audio sent away) before a network one of the same rank.
    return (i === -1 ? order.length : i) * 2 + (v.localService === false ? 1 : 0);
  };
  return [...zh].sort((a, b) => rank(a) - rank(b))[0]!;
}

/** The BCP 47 tag an utterance of the page carries when the voice gives none. */
export const speechLang = (locale: string) => (locale === "zh-Hant" ? "zh-TW" : "zh-CN");
