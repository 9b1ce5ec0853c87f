import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A detached shell that outlives this process and, if this process dies without cleaning up
 * (tsx SIGKILLs a child whose event loop is too busy to acknowledge Ctrl-C within 30 ms, which
 * Lighthouse's trace processing easily is), stops the process groups and deletes the folder it
 * was told about. The list lives in a file in `workDir` that `track`/`untrack` rewrite.
 */
export type Reaper = {
  track: (pgid: number) => void;
  untrack: (pgid: number) => void;
  /** Normal end: the caller has cleaned up; stop the watcher and delete `workDir`. */
  dismiss: () => void;
};

export function startReaper(workDir: string): Reaper {
  const list = join(workDir, "reaper.pgids");
  const groups = new Set<number>();
  const save = () => writeFileSync(list, [...groups].map((g) => `${g}\n`).join(""));
  save();
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done`,
    `for g in $(cat "$1" 2>/dev/null); do kill -TERM "-$g" 2>/dev/null; done`,
    "sleep 5",
    `for g in $(cat "$1" 2>/dev/null); do kill -KILL "-$g" 2>/dev/null; done`,
    `rm -rf -- "$2"`,
  ].join("\n");
  const watcher = spawn("sh", ["-c", script, "reaper", list, workDir], { detached: true, stdio: "ignore" });
  watcher.unref();
  return {
    track(pgid) {
      groups.add(pgid);
      save();
    },
    untrack(pgid) {
      groups.delete(pgid);
      save();
    },
    dismiss() {
      groups.clear();
      try {
        if (watcher.pid !== undefined) process.kill(watcher.pid, "SIGTERM");
      } catch {
        // already gone
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
