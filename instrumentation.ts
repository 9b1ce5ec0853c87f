/**
 * Runs once when the server starts: opens the database (creating ./data/pglite on the first start) and
 * applies the migrations, so the first resident to book does not wait for it — and a broken
 * DATABASE_URL shows in the log at start, not at the first booking.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/lib/db/client");
  try {
    const handle = await getDb();
    // Offices are data (issue 15): seed an empty database once, and load this server's copy.
    const { ensureOfficesFresh } = await import("@/lib/offices/registry");
    await ensureOfficesFresh(handle.db);
    // Notifications (issue 15, ADR 0013): every app server runs an outbox worker unless told not to.
    if (process.env.OUTBOX_WORKER !== "0") {
      const { startProcessOutbox } = await import("@/lib/outbox/worker");
      await startProcessOutbox(handle).catch((error) =>
        console.error(`outbox worker not started: ${(error as Error).message}`),
      );
    }
  } catch (error) {
    // No personal data here: only the driver's message. Requests will retry the connection.
    console.error(`database not ready at start: ${(error as Error).message}`);
  }
}
