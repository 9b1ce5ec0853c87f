import { postBooking } from "@/lib/booking/api";

export const dynamic = "force-dynamic";

/** Create a booking; send an Idempotency-Key header so a retry cannot book twice. */
export const POST = (req: Request) => postBooking(req);
