import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks once with tsc; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Native/WASM database drivers stay out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "rate-limiter-flexible"],
};

export default withNextIntl(nextConfig);
