/**
 * Debian's chromium, the only browser these machines can have (browser downloads are impossible), with
 * the flags that keep it off the closed network. Shared by Playwright and the Lighthouse benchmark.
 */
export const chromiumLaunch = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
