import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import NotFound from "../not-found";

// Unknown paths render the localized not-found page in place. notFound() would give a 404 status but,
// for dynamic routes, an empty server-rendered body (vercel/next.js#62228): nothing to read without
// JavaScript. A resident without JavaScript matters more than the status code.
export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "errors" });
  return { title: t("notFoundTitle"), robots: { index: false } };
}

export default async function UnknownPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return <NotFound />;
}
