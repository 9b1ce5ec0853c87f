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
  // The JSON API skips proxy.ts (it needs no locale and no nonce, and the proxy doubled the cost of a
  // request): its security headers are static, here. Pages get theirs from the proxy.
  async headers() {
    const api = { ...security.everyResponse, "Content-Security-Policy": security.apiContentSecurityPolicy };
    return [{ source: "/api/:path*", headers: Object.entries(api).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
