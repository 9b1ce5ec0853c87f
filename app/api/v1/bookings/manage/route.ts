import { deleteManaged, getManaged, patchManaged } from "@/lib/booking/api";

export const dynamic = "force-dynamic";

/** Authorization: Bearer <manage token>. GET view, DELETE cancel, PATCH {date, time} reschedule. */
export const GET = (req: Request) => getManaged(req);
export const DELETE = (req: Request) => deleteManaged(req);
export const PATCH = (req: Request) => patchManaged(req);
