/**
 * Measurements for care mode (关怀模式, issue 17) and for WCAG 1.4.4 / 1.4.12, taken in the page from
 * computed styles and layout boxes. Each returns a list of readable problems; a test expects it empty.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { randomPerson } from "./booking";

export const CARE = { minFont: 18, minTarget: 60, minLineHeight: 1.3, paragraphStep: 1.3 } as const;

/** Turns care mode on for a whole context, as the switch's cookie does. */
export async function enableCare(context: BrowserContext, baseURL: string) {
  await context.addCookies([{ name: "care", value: "1", url: baseURL }]);
}

/**
 * Care-mode rules at the current size: text and form controls ≥ 18 px, line-height ≥ 1.3, paragraphs
 * apart by ≥ 1.3 line spacings (baseline to baseline), every visible interactive element ≥ 60 × 60 px
 * (a radio or checkbox counts with its label, which is what a finger hits), no horizontal scroll.
 */
export function careViolations(page: Page): Promise<string[]> {
  return page.evaluate((rules) => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> “${(el.textContent ?? "").trim().slice(0, 24)}”`;
    const shown = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) return false;
      // Visually hidden on purpose (sr-only, the skip link until focused): clipped to nothing.
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (getComputedStyle(e).clipPath !== "none") return false;
      }
      return true;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || seen.has(el) || el.closest("script, style, template")) continue;
      seen.add(el);
      if (!shown(el)) continue;
      const cs = getComputedStyle(el);
      const size = Number.parseFloat(cs.fontSize);
      const lineHeight = cs.lineHeight === "normal" ? 1.2 * size : Number.parseFloat(cs.lineHeight);
      if (size < rules.minFont) problems.push(`font ${size}px: ${name(el)}`);
      if (lineHeight / size < rules.minLineHeight - 0.005)
        problems.push(`line-height ${(lineHeight / size).toFixed(2)}: ${name(el)}`);
    }
    for (const el of document.querySelectorAll(
      "input:not([type=hidden], [type=radio], [type=checkbox]), select, textarea, button",
    )) {
      if (!shown(el)) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < rules.minFont) problems.push(`control font ${size}px: ${name(el)}`);
    }
    for (const p of document.querySelectorAll("p")) {
      const next = p.nextElementSibling;
      if (next?.tagName !== "P" || !shown(p) || !shown(next)) continue;
      const lineHeight = Number.parseFloat(getComputedStyle(p).lineHeight);
      const gap = next.getBoundingClientRect().top - p.getBoundingClientRect().bottom;
      if (gap + lineHeight < rules.paragraphStep * lineHeight - 0.5)
        problems.push(`paragraph gap ${gap.toFixed(1)}px at line ${lineHeight}px: ${name(p)}`);
    }
    const interactive = document.querySelectorAll<HTMLElement>(
      "a[href], button, summary, select, textarea, input:not([type=hidden]), [tabindex]:not([tabindex='-1'])",
    );
    for (const el of interactive) {
      if ((el as HTMLInputElement).disabled || !shown(el)) continue;
      const boxes = [el.getBoundingClientRect()];
      const labels = (el as HTMLInputElement).labels;
      if (labels) for (const label of labels) boxes.push(label.getBoundingClientRect());
      const ok = boxes.some(
        (b) => Math.round(b.width) >= rules.minTarget && Math.round(b.height) >= rules.minTarget,
      );
      if (!ok) {
        const b = boxes.reduce((m, x) => (x.width * x.height > m.width * m.height ? x : m));
        problems.push(`target ${Math.round(b.width)}×${Math.round(b.height)}: ${name(el)}`);
      }
    }
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > 0) problems.push(`horizontal scroll by ${overflow}px`);
    return problems;
  }, CARE);
}

/** Everything a reader can see, without layout whitespace: equal at 100 % and 200 % means nothing was lost. */
// biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point (display:none drops out)
export const visibleText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ""));

/**
 * Content lost or unreadable at the current size: horizontal scrolling, text cut off by a box that
 * hides its overflow, text outside the page, and lines of text drawn over each other.
 */
export function reflowViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > window.innerWidth)
      problems.push(`horizontal scroll: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    const label = (el: Element) =>
      `<${el.tagName.toLowerCase()}> “${(el.textContent ?? "").trim().slice(0, 24)}”`;
    // Visually hidden on purpose (the skip link until focused, screen-reader-only text): clipped to nothing.
    const clippedAway = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.clipPath !== "none" || (cs.clip !== "auto" && cs.clip !== "")) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      if (el.matches("input, select, textarea, script, style, svg, svg *") || clippedAway(el)) continue;
      const cs = getComputedStyle(el);
      if (!/hidden|clip/.test(cs.overflowX + cs.overflowY) || !el.textContent?.trim()) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden on purpose
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        problems.push(
          `clipped: ${label(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
        );
    }
    const lines: { node: number; r: DOMRect; el: Element }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let index = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode(), index++) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest("script, style")) continue;
      if (!el.checkVisibility({ visibilityProperty: true }) || clippedAway(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        if (r.left < -1 || r.right > width + 1)
          problems.push(`off the page: ${label(el)} (${Math.round(r.left)}–${Math.round(r.right)})`);
        lines.push({ node: index, r, el });
      }
    }
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!;
        const b = lines[j]!;
        if (a.node === b.node) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) problems.push(`overlap: ${label(a.el)} and ${label(b.el)}`);
      }
    }
    return [...new Set(problems)];
  });
}

/** WCAG 1.4.12's test values, applied over the page's own styles. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/**
 * One axe run: serious or critical violations, and every text/background pair under 4.5:1 — axe's own
 * color-contrast rule lets large text pass at 3:1, and in care mode most text is large, so the ratio
 * it measured is checked here against 4.5 for all text. Pairs axe could not measure are listed too.
 */
export async function a11yProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const problems = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  for (const group of [results.passes, results.violations, results.incomplete]) {
    for (const rule of group.filter((r) => r.id === "color-contrast")) {
      for (const node of rule.nodes) {
        const data = node.any[0]?.data as { contrastRatio?: number } | undefined;
        const ratio = data?.contrastRatio;
        const target = node.target.join(" ");
        if (group === results.incomplete) {
          // axe leaves some pairs to a person (a lone symbol such as ✓): computed here from plain colours.
          const computed = await computedContrast(page, target);
          if (computed === null) problems.push(`contrast not measurable: ${target}`);
          else if (computed < 4.5) problems.push(`contrast ${computed.toFixed(2)}:1: ${target}`);
        } else if (typeof ratio === "number" && ratio < 4.5) problems.push(`contrast ${ratio}:1: ${target}`);
      }
    }
  }
  return problems;
}

/**
 * The contrast of an element's text colour on the first opaque background behind it (WCAG relative
 * luminance); null when something other than plain colours is involved (an image, transparency).
 */
function computedContrast(page: Page, selector: string): Promise<number | null> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const lin = (v: number) =>
          v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4;
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const fg = rgba(getComputedStyle(el).color);
      if (fg.length === 4 && fg[3]! < 1) return null;
      let bg = [255, 255, 255];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.backgroundImage !== "none") return null;
        const c = rgba(cs.backgroundColor);
        if (c.length === 4 && c[3] === 0) continue;
        if (c.length === 4 && c[3]! < 1) return null;
        bg = c;
        break;
      }
      const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    });
}

/** Books a free time (the last one) of the district's first office through the JSON API; returns the manage link. */
export async function bookThroughApi(request: APIRequestContext, locale: string): Promise<string> {
  const { offices } = await (
    await request.get("/api/v1/bookings/offices?district=410105&business=settlement")
  ).json();
  const officeId: string = offices[0].id;
  const { days } = await (await request.get(`/api/v1/bookings/slots?office=${officeId}`)).json();
  // The last days and times first: the UI booking tests take the first ones.
  for (const day of (
    days as {
      date: string;
      status: string;
      bookable: boolean;
      slots: { start: string; remaining: number }[];
    }[]
  ).reverse()) {
    if (day.status !== "open" || !day.bookable) continue;
    for (const slot of day.slots.filter((s) => s.remaining > 0).reverse()) {
      const response = await request.post("/api/v1/bookings", {
        headers: { "Idempotency-Key": crypto.randomUUID(), "Accept-Language": locale },
        data: {
          officeId,
          date: day.date,
          time: slot.start,
          business: "settlement",
          routeId: "zz-rental",
          ...randomPerson(),
        },
      });
      if (response.status() === 201) return (await response.json()).manageUrl;
    }
  }
  throw new Error("no free time to book");
}

/** Opens a manage link as a resident would (one button trades its token for the cookie); returns the manage page's path. */
export async function openManageLink(page: Page, link: string): Promise<string> {
  await page.goto(link);
  await page.getByTestId("open-link-submit").click();
  await page.waitForURL(/\/book\/manage\/HK-/);
  return new URL(page.url()).pathname;
}
