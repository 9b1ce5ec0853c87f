import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createFileStore, type FileStore } from "../store";
import { startLocalS3 } from "./s3-server";

/** The same tests run on both back ends: the data folder, and an S3-protocol server. */
export interface TestStore {
  label: string;
  store: FileStore;
  env: Record<string, string>;
  /** Where the sealed bytes can be read raw (folder path), to check nothing readable lands there. */
  dir?: string;
  dispose(): Promise<void>;
}

export const STORE_FACTORIES: { label: string; create(): Promise<TestStore> }[] = [
  {
    label: "embedded folder",
    async create() {
      const dir = await mkdtemp(path.join(tmpdir(), "hukou-files-"));
      const env = { FILES_DIR: path.join(dir, "files") };
      const store = await createFileStore(env);
      return {
        label: "embedded folder",
        store,
        env,
        dir,
        async dispose() {
          await store.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    label: "S3 (s3rver)",
    async create() {
      const s3 = await startLocalS3();
      const env = { ...s3.env, FILES_KEY: randomBytes(32).toString("hex") };
      const store = await createFileStore(env);
      return {
        label: "S3 (s3rver)",
        store,
        env,
        async dispose() {
          await store.close();
          await s3.stop();
        },
      };
    },
  },
];
