import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/shared/random";
import { describeUtf8Fault, findUtf8Fault } from "../../src/posts/import/utf8";

const fault = (...b: number[]) => {
  const f = findUtf8Fault(Uint8Array.from(b));
  return f ? describeUtf8Fault(f) : null;
};

describe("UTF-8 checking", () => {
  it("accepts every valid encoding and names the first bad byte with its column", () => {
    expect(findUtf8Fault(Buffer.from("caf\u00e9 \u20ac \u{1f600} \u{10ffff}", "utf8"))).toBeNull();
    expect(fault(0x63, 0x61, 0x66, 0xe9, 0x20)).toBe("invalid UTF-8 (byte 0xe9 at column 4)");
    expect(fault(0x61, 0xff)).toBe("invalid UTF-8 (byte 0xff at column 2)");
    expect(fault(0x61, 0x80)).toBe("invalid UTF-8 (byte 0x80 at column 2)");
    expect(fault(0xc0, 0xaf)).toBe("invalid UTF-8 (byte 0xc0 at column 1)"); // overlong "/"
    expect(fault(0xe0, 0x80, 0xaf)).toBe("invalid UTF-8 (byte 0xe0 at column 1)"); // overlong
    expect(fault(0xed, 0xa0, 0x80)).toBe("invalid UTF-8 (byte 0xed at column 1)"); // a surrogate
    expect(fault(0xf4, 0x90, 0x80, 0x80)).toBe("invalid UTF-8 (byte 0xf4 at column 1)"); // past U+10FFFF
    expect(fault(0xc3, 0xa9, 0xe2, 0x82)).toBe("invalid UTF-8 (byte 0xe2 at column 2)"); // cut short
  });

  it("agrees with a fatal TextDecoder on random bytes", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const random = mulberry32(7);
    for (let n = 0; n < 5000; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const r = random();
        return r < 0.3 ? Math.floor(random() * 0x80) : 0x80 + Math.floor(random() * 0x80);
      });
      let valid = true;
      try {
        decoder.decode(bytes);
      } catch {
        valid = false;
      }
      expect(findUtf8Fault(bytes) === null, Buffer.from(bytes).toString("hex")).toBe(valid);
    }
  });
});
