import { z } from "zod";
import { parseBody } from "@/lib/api/body";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
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
  const parsed = await parseBody(req, bodySchema);
  if (!parsed.ok) return parsed.response;
  const { asOf = shanghaiToday(), approvalDate, ...input } = parsed.data;
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
