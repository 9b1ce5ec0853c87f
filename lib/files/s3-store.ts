import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { BlobStore } from "./store";
import { isObjectKey } from "./store";

type Env = Record<string, string | undefined>;

export interface S3Settings {
  endpoint: string;
  bucket: string;
  prefix: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * S3_URL = <endpoint>/<bucket>[/<prefix>], e.g. https://oss.example.cn/hukou-files or
 * http://127.0.0.1:4568/hukou-files/prereview; credentials from S3_ACCESS_KEY_ID and
 * S3_SECRET_ACCESS_KEY (region S3_REGION, default us-east-1). Path-style addressing, which every
 * S3-compatible server (MinIO, Ceph, OSS, COS, s3rver) accepts.
 */
export function s3Settings(env: Env): S3Settings {
  const u = new URL(env.S3_URL!);
  const [bucket, ...rest] = u.pathname.split("/").filter(Boolean);
  if (!bucket) throw new Error("S3_URL must name a bucket: <endpoint>/<bucket>");
  const accessKeyId = env.S3_ACCESS_KEY_ID ?? decodeURIComponent(u.username);
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY ?? decodeURIComponent(u.password);
  if (!accessKeyId || !secretAccessKey) {
    throw new Error("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required with S3_URL");
  }
  return {
    endpoint: u.origin,
    bucket,
    prefix: rest.length ? `${rest.join("/")}/` : "",
    region: env.S3_REGION ?? "us-east-1",
    accessKeyId,
    secretAccessKey,
  };
}

export async function s3BlobStore(env: Env): Promise<BlobStore> {
  const s = s3Settings(env);
  const client = new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    // The SDK's default checksums (CRC32 trailers) are not understood by every S3-compatible server.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const name = (key: string) => {
    if (!isObjectKey(key)) throw new Error("bad object key");
    return `${s.prefix}${key}`;
  };
  return {
    kind: "s3",
    async put(key, bytes) {
      await client.send(
        new PutObjectCommand({
          Bucket: s.bucket,
          Key: name(key),
          Body: bytes,
          ContentType: "application/octet-stream",
        }),
      );
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: s.bucket, Key: name(key) }));
        return out.Body ? Buffer.from(await out.Body.transformToByteArray()) : null;
      } catch (err) {
        if (err instanceof NoSuchKey || (err as { name?: string }).name === "NoSuchKey") return null;
        throw err;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: s.bucket, Key: name(key) }));
    },
    async *keys() {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: s.bucket, Prefix: s.prefix, ContinuationToken: token }),
        );
        for (const o of page.Contents ?? []) {
          const k = o.Key?.slice(s.prefix.length) ?? "";
          if (isObjectKey(k)) yield { key: k, modified: o.LastModified ?? new Date(0) };
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    close: async () => client.destroy(),
  };
}
