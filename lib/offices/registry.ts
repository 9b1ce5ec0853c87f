import { asc, eq, sql } from "drizzle-orm";
import type { BusinessType } from "@/lib/booking/business";
import { SAMPLE_OFFICES } from "@/lib/booking/data/offices";
import {
  type OfficeData,
  type OfficeSchedule,
  replaceOffices,
  type WeeklyHours,
} from "@/lib/booking/offices";
import type { Db } from "@/lib/db/client";
import {
  officeClosures,
  officeSchedules,
  offices,
  officesRevision,
  type WeeklyHoursJson,
} from "@/lib/db/schema";

/** The date the seeded rules start from: before any booking this portal took. */
const SEED_FROM = "2000-01-01";

/**
 * The sample offices become rows once (requirement 2): on the first start against an empty database,
 * under the revision row's lock so two app servers starting together seed once.
 */
export async function seedOfficesOnce(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.insert(officesRevision).values({ id: 1, revision: 0 }).onConflictDoNothing();
    await tx.execute(sql`select revision from offices_revision where id = 1 for update`);
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(offices);
    if (n > 0) return false;
    for (const o of SAMPLE_OFFICES) {
      await tx.insert(offices).values({
        id: o.id,
        districtCode: o.districtCode,
        kind: o.kind,
        city: o.city,
        district: o.district,
        name: o.name,
        address: o.address,
        businesses: [...o.businesses],
      });
      await tx.insert(officeSchedules).values({
        officeId: o.id,
        validFrom: SEED_FROM,
        hours: o.hours as WeeklyHoursJson,
        slotMinutes: o.slotMinutes,
        counters: o.counters,
      });
      for (const c of o.closures) {
        await tx.insert(officeClosures).values({
          officeId: o.id,
          date: c.date,
          part: c.part ?? "day",
          reason: c.reason ?? { "zh-Hans": "", "zh-Hant": "" },
        });
      }
    }
    await tx
      .update(officesRevision)
      .set({ revision: sql`${officesRevision.revision} + 1` })
      .where(eq(officesRevision.id, 1));
    return true;
  });
}

/** Every office as the booking code knows it, from the database. */
export async function loadOffices(db: Db): Promise<OfficeData[]> {
  const [rows, schedules, closures] = await Promise.all([
    db.select().from(offices).orderBy(asc(offices.id)),
    db.select().from(officeSchedules).orderBy(asc(officeSchedules.validFrom)),
    db.select().from(officeClosures).orderBy(asc(officeClosures.date)),
  ]);
  const seedOrder = new Map(SAMPLE_OFFICES.map((o, i) => [o.id, i]));
  return rows
    .map((o) => {
      const own: OfficeSchedule[] = schedules
        .filter((s) => s.officeId === o.id)
        .map((s) => ({
          from: s.validFrom,
          hours: s.hours as WeeklyHours,
          slotMinutes: s.slotMinutes,
          counters: s.counters,
        }));
      const first = own[0] ?? { from: SEED_FROM, hours: {}, slotMinutes: 30, counters: 0 };
      return {
        id: o.id,
        districtCode: o.districtCode,
        kind: o.kind as OfficeData["kind"],
        city: o.city,
        district: o.district,
        name: o.name,
        address: o.address,
        businesses: o.businesses as BusinessType[],
        hours: first.hours,
        slotMinutes: first.slotMinutes,
        counters: first.counters,
        schedules: own.slice(1),
        closures: closures
          .filter((c) => c.officeId === o.id)
          .map((c) => ({ date: c.date, part: c.part, reason: c.reason })),
      } satisfies OfficeData;
    })
    .sort((a, b) => (seedOrder.get(a.id) ?? 999) - (seedOrder.get(b.id) ?? 999));
}

let loadedFrom: Db | null = null;
let loadedRevision = -1;
let checkedAt = 0;
let inFlight: Promise<void> | null = null;
/** How stale one app server's copy may be: one cheap query per second at most. */
const CHECK_MS = 1_000;

/**
 * Brings this process's office data up to the database's revision (seeding an empty database first).
 * Called where the booking code already awaits the database, so its synchronous API stays.
 */
export async function ensureOfficesFresh(db: Db, force = false): Promise<void> {
  if (!force && loadedFrom === db && Date.now() - checkedAt < CHECK_MS) return;
  inFlight ??= (async () => {
    try {
      if (loadedFrom !== db) await seedOfficesOnce(db);
      const [row] = await db.select().from(officesRevision).where(eq(officesRevision.id, 1));
      const revision = row?.revision ?? 0;
      if (loadedFrom !== db || revision !== loadedRevision) {
        replaceOffices(await loadOffices(db));
        loadedRevision = revision;
        loadedFrom = db;
      }
      checkedAt = Date.now();
    } finally {
      inFlight = null;
    }
  })();
  await inFlight;
}

/** Inside the transaction of every office change. */
export async function bumpOfficesRevision(tx: Db): Promise<void> {
  await tx
    .update(officesRevision)
    .set({ revision: sql`${officesRevision.revision} + 1` })
    .where(eq(officesRevision.id, 1));
}
