/** A staff form body: bounded before parsing (a review form of 60 lines with notes is a few kilobytes). */
export async function boundedFormData(request: Request, max = 64 * 1024): Promise<FormData | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data"))
    return null;
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (!Number.isFinite(declared) || declared > max) return null;
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

export const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
