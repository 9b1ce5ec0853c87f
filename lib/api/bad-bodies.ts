/** Request bodies every JSON endpoint must refuse with 400 and this error code (tests' shared table). */
export const BAD_BODIES: [name: string, raw: string, code: "malformedJson" | "invalidBody"][] = [
  ["malformed JSON", "{not json", "malformedJson"],
  ["empty body", "", "malformedJson"],
  ["an array", "[1,2]", "invalidBody"],
  ["null", "null", "invalidBody"],
];
