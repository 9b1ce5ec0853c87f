/**
 * The text faces, inlined in every page's head rather than in the stylesheet. Chinese faces come first:
 * with a Latin face first the browser looks up a fallback for every Han character (a 150 ms first layout in
 * Chromium on Linux, ADR 0004). Inline, because the page can be laid out before its stylesheet has arrived
 * (or when it never does): that layout then already uses the Chinese face instead of the browser's serif
 * default, which costs two to three times as long for a page of Chinese text.
 */
const tail = `"WenQuanYi Micro Hei", system-ui, -apple-system, sans-serif`;
const simplified = `"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", ${tail}`;
const traditional = `"PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", ${tail}`;

/** Unlayered, so it wins over Tailwind's preflight `html { font-family }` (which sits in a layer). */
const fontStackCss = `html{font-family:${simplified}}html:lang(zh-Hant){font-family:${traditional}}`;

export function FontStackStyle() {
  // Raw text: a style element's content is not HTML, so it must not be entity-escaped.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of this module, no user input.
  return <style dangerouslySetInnerHTML={{ __html: fontStackCss }} />;
}
