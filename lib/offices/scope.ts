import { OFFICES } from "@/lib/booking/offices";
import type { Db } from "@/lib/db/client";
import { ensureOfficesFresh } from "./registry";

/** Every office's id and district code: what staff scopes (city prefixes) are matched against. */
export async function allOfficeDistricts(db: Db): Promise<{ id: string; districtCode: string }[]> {
  await ensureOfficesFresh(db);
  return OFFICES.map((o) => ({ id: o.id, districtCode: o.districtCode }));
}
