type Env = Record<string, string | undefined>;
export declare const MIN_KEY_LENGTH: number;
export declare function idHashKeyFile(env?: Env): string;
export declare function ensureIdHashKey(
  env?: Env,
): "configured" | "development" | "ephemeral" | "file" | "generated";
