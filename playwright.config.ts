import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunch } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunch,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "phone",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      },
    },
    // Tests tagged @phone set their own phone-sized contexts (or are too heavy to repeat): run them once.
    {
      name: "desktop",
      grepInvert: /@phone/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  // Tests run against the production build (npm test builds first); a throwaway database folder per run.
  webServer: {
    // serve-e2e.sh creates the first staff accounts, then starts scripts/server.mjs (the socket-address stamp).
    command: `bash e2e/support/serve-e2e.sh ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    // `npm run staff -- add` runs (each opens and migrates the embedded database) before the server starts.
    timeout: 240_000,
    env: {
      PGLITE_DIR: `.reports/pglite-e2e`,
      FILES_DIR: `.reports/files-e2e/files`,
      NEXT_TELEMETRY_DISABLED: "1",
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      // Every browser test comes from 127.0.0.1: the per-address limits (ADR 0010) are tested in the unit
      // tests and by bench:hoard, not here, where they would refuse the fourth booking at an office.
      RATE_LIMIT_SCALE: "1000",
    },
  },
});
