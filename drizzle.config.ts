import { defineConfig } from "drizzle-kit";

// Migrations are generated once and applied by lib/db/client.ts at startup, for PGlite and Postgres alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./lib/db/migrations",
});
