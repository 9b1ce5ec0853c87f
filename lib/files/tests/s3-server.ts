import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/** A local S3-protocol server (s3rver) on a free port, with one bucket: started by the tests themselves. */
export interface LocalS3 {
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startLocalS3(bucket = "hukou-files"): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = (await server.run()) as unknown as AddressInfo;
  return {
    env: {
      S3_URL: `http://127.0.0.1:${address.port}/${bucket}`,
      // s3rver's fixed development credentials.
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
