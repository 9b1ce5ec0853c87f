export declare const MAX_FORM_BODY: number;
export declare const REJECTED_HEADER: "x-hukou-form-rejected";
export declare function formPostProblem(
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
): Promise<"malformed" | undefined>;
