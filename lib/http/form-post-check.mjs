/**
 * Form posts (server actions) are checked before Next decodes them: Next answers a malformed one —
 * a multipart body without its boundary or cut short, an action state that is not JSON — with a 500
 * and a stack trace in the log. scripts/server.mjs runs formPostProblem() on every POST to a page and,
 * for a bad one, has the page rendered again (GET) with status 400 and a notice (lib/http/form-rejected),
 * so the resident gets the form back, never an error page.
 * Plain JavaScript because the wrapper runs under node before any TypeScript is compiled.
 */
export const MAX_FORM_BODY = 1024 * 1024; // Next's own serverActions.bodySizeLimit default
export const REJECTED_HEADER = "x-hukou-form-rejected";

const isJson = (text) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A reason the post is malformed, or undefined when Next can decode it. */
export async function formPostProblem(headers, body) {
  const type = String(headers["content-type"] ?? "");
  const action = headers["next-action"];
  if (/^text\/plain/i.test(type)) {
    // The JavaScript path of an action without files: its arguments as one JSON array.
    if (!action) return undefined; // not an action: Next answers it itself
    const text = body.toString("utf8");
    if (!isJson(text) || !Array.isArray(JSON.parse(text))) return "malformed";
    return undefined;
  }
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type))
    return action ? "malformed" : undefined;
  let form;
  try {
    form = await new Request("http://form.invalid/", {
      method: "POST",
      headers: { "content-type": type },
      body,
    }).formData();
  } catch {
    return "malformed";
  }
  for (const [name, value] of form.entries()) {
    // The no-JavaScript path: "$ACTION_1:0" is {id, bound}, "$ACTION_1:1" the bound arguments, as JSON.
    if (/^\$ACTION_\d+:\d+$/.test(name)) {
      if (typeof value !== "string" || !isJson(value)) return "malformed";
      const parsed = JSON.parse(value);
      if (
        name.endsWith(":0") &&
        (typeof parsed !== "object" || parsed === null || typeof parsed.id !== "string")
      )
        return "malformed";
    }
  }
  return undefined;
}
