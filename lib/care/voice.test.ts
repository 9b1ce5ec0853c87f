import { describe, expect, it } from "vitest";
import { pickVoice } from "./voice";

const v = (lang: string, name = lang, localService = true) => ({ lang, name, localService });

describe("pickVoice: a Chinese voice of the page's script, or none", () => {
  it("returns null without a Chinese voice", () => {
    expect(pickVoice([v("en-US"), v("ja-JP"), v("ko-KR")], "zh-Hans")).toBeNull();
    expect(pickVoice([], "zh-Hant")).toBeNull();
  });

  it("prefers a mainland voice for Simplified, a Taiwan or Hong Kong one for Traditional", () => {
    const voices = [v("en-US"), v("zh-HK"), v("zh-TW"), v("zh-CN")];
    expect(pickVoice(voices, "zh-Hans")?.lang).toBe("zh-CN");
    expect(pickVoice(voices, "zh-Hant")?.lang).toBe("zh-TW");
    expect(pickVoice([v("zh-HK"), v("zh-CN")], "zh-Hant")?.lang).toBe("zh-HK");
  });

  it("takes any Chinese voice before none, in the spellings engines use", () => {
    expect(pickVoice([v("en-GB"), v("zh_CN")], "zh-Hant")?.lang).toBe("zh_CN");
    expect(pickVoice([v("cmn-Hans-CN")], "zh-Hans")?.lang).toBe("cmn-Hans-CN");
    expect(pickVoice([v("yue-HK")], "zh-Hans")?.lang).toBe("yue-HK");
    expect(pickVoice([v("zh")], "zh-Hans")?.lang).toBe("zh");
  });

  it("prefers a voice on the device to a network voice of the same region", () => {
    const picked = pickVoice([v("zh-CN", "Google 普通话", false), v("zh-CN", "Local", true)], "zh-Hans");
    expect(picked?.name).toBe("Local");
  });
});
