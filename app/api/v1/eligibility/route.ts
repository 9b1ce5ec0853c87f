import { z } from "zod";
import { parseBody } from "@/lib/api/body";
import { badRequest, fieldErrors } from "@/lib/api/errors";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { evaluate, relevantFields } from "@/policies";
import { answersSchema } from "@/policies/answers";
import { parseDate } from "@/policies/legal";
import { CITY_IDS } from "@/policies/types";

export const dynamic = "force-dynamic";

const bodySchema = z
  .strictObject({
    city: z.enum(CITY_IDS),
    answers: z.record(z.string(), z.unknown()).optional(),
    asOf: z
      .string()
      .refine((v) => parseDate(v) !== undefined, { params: { key: "invalidDate" } })
      .optional(),
  })
  .superRefine((b, ctx) => {
    if (b.answers?.city !== undefined && b.answers.city !== b.city)
      ctx.addIssue({ code: "custom", path: ["answers", "city"], params: { key: "cityMismatch" } });
  });

/** POST {city, answers, asOf?} → verdicts per route of the city, with reasons, materials and next questions. */
export async function POST(req: Request): Promise<Response> {
  const parsed = await parseBody(req, bodySchema);
  if (!parsed.ok) return parsed.response;
  const { locale } = parsed;
  const { city, answers = {}, asOf = shanghaiToday() } = parsed.data;
  const input = { ...answers, city };
  const a = answersSchema.safeParse(input);
  if (!a.success)
    return badRequest(locale, "invalid", fieldErrors(a.error.issues, input, locale, ["answers"]));
  const result = evaluate(a.data, { asOf });
  return Response.json(
    { ...result, nextFields: relevantFields(a.data, { asOf }) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
