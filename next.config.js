import { readFileSync } from "node:fs";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const security = JSON.parse(
  readFileSync(new URL("./lib/security/static-headers.json", import.meta.url), "utf8"),
);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks once with tsc; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Native/WASM database drivers stay out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "rate-limiter-flexible"],
  // Only pages go through proxy.ts (a locale and a per-request nonce); the JSON API and the build's
  // static files skip it (it doubled the cost of an API request, and of every script a page loads), so
  // their security headers are static, here, with a CSP that lets nothing run in their context.
  async headers() {
    const fixed = {
      ...security.everyResponse,
      "Content-Security-Policy": security.noScriptContentSecurityPolicy,
    };
    const headers = Object.entries(fixed).map(([key, value]) => ({ key, value }));
    return [
      "/api/:path*",
      "/_next/static/:path*",
      "/icon.svg",
      "/icons/:path*",
      "/apple-touch-icon.png",
      "/robots.txt",
    ].map((source) => ({ source, headers }));
  },
};

export default withNextIntl(nextConfig);
