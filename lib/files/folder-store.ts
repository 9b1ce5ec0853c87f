import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { filesDir } from "./key";
import type { BlobStore } from "./store";
import { isObjectKey } from "./store";

/**
 * The embedded store: <data>/files/ab/abcdef… (two-character fan-out keeps folders small). Written
 * to a temporary name and renamed, so a crash never leaves half a file under a real key.
 */
export async function folderBlobStore(
  env: Record<string, string | undefined> = process.env,
): Promise<BlobStore> {
  const root = filesDir(env);
  await mkdir(root, { recursive: true, mode: 0o700 });
  const where = (key: string) => {
    if (!isObjectKey(key)) throw new Error("bad object key");
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    kind: "embedded",
    async put(key, bytes) {
      const file = where(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, bytes, { mode: 0o600 });
      await rename(tmp, file);
    },
    async get(key) {
      try {
        return await readFile(where(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(where(key), { force: true });
    },
    async *keys() {
      for (const dir of await readdir(root).catch(() => [] as string[])) {
        if (!/^[a-f0-9]{2}$/.test(dir)) continue;
        for (const name of await readdir(path.join(root, dir)).catch(() => [] as string[])) {
          if (!isObjectKey(name)) continue;
          const st = await stat(path.join(root, dir, name)).catch(() => null);
          if (st) yield { key: name, modified: st.mtime };
        }
      }
    },
  };
}
