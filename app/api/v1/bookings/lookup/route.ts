import { postLookup } from "@/lib/booking/api";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => postLookup(req);
