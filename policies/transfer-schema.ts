// zod schema for the transfer check's input, kept apart so the transfer logic stays zod-free.
import { z } from "zod";
import { TRANSFER_KINDS, type TransferInput } from "./hu-zhe-transfer";

const code = z.string().regex(/^\d{6}$/);

export const transferInputSchema = z.strictObject({
  originProvince: code,
  originCity: code.optional(),
  destProvince: code,
  destCity: code.optional(),
  kind: z.enum(TRANSFER_KINDS),
}) satisfies z.ZodType<TransferInput>;
