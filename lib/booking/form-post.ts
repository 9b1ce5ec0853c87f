import { headers } from "next/headers";

/**
 * True when the page is being rendered as the answer to a form POST (a server action run
 * without JavaScript). Every successful booking action redirects, so such a render always
 * shows errors: the page title then starts with "错误：" (GOV.UK pattern), even with no script
 * to change document.title.
 */
export async function isFormPostRender(): Promise<boolean> {
  const type = (await headers()).get("content-type") ?? "";
  return /multipart\/form-data|application\/x-www-form-urlencoded/i.test(type);
}
