/**
 * The origin every absolute link is built on (share links, QR codes, manage links, the .ics):
 * PUBLIC_ORIGIN, e.g. "https://hukou.example.gov.cn". Never the request's Host or X-Forwarded-Host,
 * which whoever sends the request chooses — a phisher would get links to their own site printed by
 * ours. Unset (development, the one-command `npm start`): http://localhost:<PORT>.
 */
type Env = Record<string, string | undefined>;

export function parsePublicOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_ORIGIN "${value}" is not a URL (e.g. https://hukou.example.gov.cn)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`PUBLIC_ORIGIN must be http(s), not ${url.protocol}`);
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username)
    throw new Error(`PUBLIC_ORIGIN must be an origin only (scheme, host, port): "${value}"`);
  return url.origin;
}

export function publicOrigin(env: Env = process.env): string {
  return env.PUBLIC_ORIGIN ? parsePublicOrigin(env.PUBLIC_ORIGIN) : `http://localhost:${env.PORT ?? 3000}`;
}

/** An absolute URL on the public origin for a path of this site. */
export const publicUrl = (path: string, env: Env = process.env) => `${publicOrigin(env)}${path}`;
