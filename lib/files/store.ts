import { randomBytes } from "node:crypto";
import { loadFilesKey } from "./key";
import { seal, unseal } from "./seal";

export interface StoredObject {
  key: string;
  modified: Date;
}

/** Where sealed bytes live: a folder in the data directory, or an S3-compatible bucket. */
export interface BlobStore {
  readonly kind: "embedded" | "s3";
  put(key: string, bytes: Buffer): Promise<void>;
  /** Null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /** Deleting what is not there is not an error (retention and withdrawals may race). */
  delete(key: string): Promise<void>;
  /** Every object with its last change, for the orphan sweep. */
  keys(): AsyncIterable<StoredObject>;
  close?(): Promise<void>;
}

/** The store the app uses: plain bytes in, sealed bytes stored, plain bytes out. */
export interface FileStore {
  readonly kind: BlobStore["kind"];
  /** Stores the bytes under a new random key and returns it. */
  save(bytes: Buffer): Promise<string>;
  read(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
  keys(): AsyncIterable<StoredObject>;
  close(): Promise<void>;
}

/** Keys are ours, random, and the only thing a path or object name is built from. */
export const OBJECT_KEY = /^[a-f0-9]{32}$/;
export const isObjectKey = (k: string) => OBJECT_KEY.test(k);

export function sealedStore(blobs: BlobStore, key: Buffer): FileStore {
  return {
    kind: blobs.kind,
    async save(bytes) {
      const k = randomBytes(16).toString("hex");
      await blobs.put(k, seal(key, k, bytes));
      return k;
    },
    async read(k) {
      if (!isObjectKey(k)) return null;
      const sealed = await blobs.get(k);
      return sealed ? unseal(key, k, sealed) : null;
    },
    async remove(k) {
      if (isObjectKey(k)) await blobs.delete(k);
    },
    keys: () => blobs.keys(),
    close: async () => {
      await blobs.close?.();
    },
  };
}

type Env = Record<string, string | undefined>;

export async function createFileStore(env: Env = process.env): Promise<FileStore> {
  const key = loadFilesKey(env);
  if (env.S3_URL) {
    const { s3BlobStore } = await import("./s3-store");
    return sealedStore(await s3BlobStore(env), key);
  }
  const { folderBlobStore } = await import("./folder-store");
  return sealedStore(await folderBlobStore(env), key);
}

const globalKey = Symbol.for("hukou.files");
type G = typeof globalThis & { [globalKey]?: Promise<FileStore> };

/** The process-wide store, created on first use (kept on globalThis for Next's dev reloads). */
export function getFileStore(): Promise<FileStore> {
  const g = globalThis as G;
  if (!g[globalKey]) {
    g[globalKey] = createFileStore().catch((err) => {
      g[globalKey] = undefined;
      throw err;
    });
  }
  return g[globalKey];
}

export function setFileStoreForTesting(store: Promise<FileStore> | undefined): void {
  (globalThis as G)[globalKey] = store;
}
