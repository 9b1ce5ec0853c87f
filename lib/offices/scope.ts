import { OFFICES } from "@/lib/booking/offices";
import type { Db } from "@/lib/db/client";

/** Every office's id and district code: what staff scopes (city prefixes) are matched against. */
export async function allOfficeDistricts(_db: Db): Promise<{ id: string; districtCode: string }[]> {
  return OFFICES.map((o) => ({ id: o.id, districtCode: o.districtCode }));
}
