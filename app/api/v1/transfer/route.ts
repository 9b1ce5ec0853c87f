import { z } from "zod";
import { badRequest, fieldErrors, readJsonObject } from "@/lib/api/errors";
import { apiLocale } from "@/lib/api/locale";
import { todayInChina } from "@/lib/api/today";
import { isApprovalDate, transferTimeline } from "@/lib/transfer/timeline";
import { evaluateTransfer } from "@/policies";
import { parseDate } from "@/policies/legal";
import { transferInputSchema } from "@/policies/transfer-schema";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({
  ...transferInputSchema.shape,
  asOf: z
    .string()
    .refine((v) => parseDate(v) !== undefined, { params: { key: "invalidDate" } })
    .optional(),
  approvalDate: z
    .string()
    .refine(isApprovalDate, { params: { key: "invalidDate" } })
    .optional(),
});

/**
 * POST {originProvince, originCity?, destProvince, destCity?, kind, asOf?, approvalDate?} → whether the
 * 沪浙 electronic transfer applies, with reasons, both processes, visits and materials; with
 * approvalDate, the latest date of each step.
 */
export async function POST(req: Request): Promise<Response> {
  const locale = apiLocale(req);
  const body = await readJsonObject(req, locale);
  if (!body.ok) return body.response;
  const parsed = bodySchema.safeParse(body.value);
  if (!parsed.success)
    return badRequest(locale, "invalid", fieldErrors(parsed.error.issues, body.value, locale));
  const { asOf = todayInChina(), approvalDate, ...input } = parsed.data;
  const result = evaluateTransfer(input, { asOf });
  return Response.json(
    {
      asOf,
      ...result,
      timeline: approvalDate && result.applies ? transferTimeline(approvalDate) : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
