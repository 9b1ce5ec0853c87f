import { headers } from "next/headers";
import { REJECTED_HEADER } from "@/lib/http/form-post-check.mjs";
import { verifyPeer } from "@/lib/http/peer-stamp.mjs";

/**
 * True when the page is being rendered as the answer to a form POST (a server action run
 * without JavaScript), or in place of a form post that was refused as malformed. Every successful
 * booking action redirects, so such a render always shows errors: the page title then starts with
 * "错误：" (GOV.UK pattern), even with no script to change document.title.
 */
export async function isFormPostRender(): Promise<boolean> {
  const h = await headers();
  const type = h.get("content-type") ?? "";
  return (
    /multipart\/form-data|application\/x-www-form-urlencoded/i.test(type) ||
    (await rejectedFormPost()) !== undefined
  );
}

/**
 * Why scripts/server.mjs refused the form post this page stands in for ("malformed", "tooLarge"), or
 * undefined. The header is signed by the wrapper: a client cannot make a page claim it.
 */
export async function rejectedFormPost(): Promise<string | undefined> {
  return verifyPeer((await headers()).get(REJECTED_HEADER));
}
