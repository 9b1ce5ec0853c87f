import { getSlots } from "@/lib/booking/api";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => getSlots(req);
