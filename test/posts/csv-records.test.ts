import { describe, expect, it } from "vitest";
import { csvRecords, type CsvItem } from "../../src/posts/import/csv-records";

async function read(text: string): Promise<CsvItem[]> {
  async function* lines() {
    for (const l of text.split("\n")) yield l;
  }
  const out: CsvItem[] = [];
  for await (const item of csvRecords(lines())) out.push(item);
  return out;
}

const summary = (items: CsvItem[]) =>
  items.map((i) =>
    i.kind === "record" ? `${i.line}:${i.fields.join("|")}` : `${i.line}!${i.error.split(":")[0]}`,
  );

describe("CSV records", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", async () => {
    const items = await read('a,b,c\n1,"x, y",3\n2,"say ""hi""",4\n3,"line1\nline2",5\n');
    expect(summary(items)).toEqual(["1:a|b|c", "2:1|x, y|3", '3:2|say "hi"|4', "4:3|line1\nline2|5"]);
  });

  it("refuses a row with the wrong number of fields by its line and keeps the rest", async () => {
    const items = await read("a,b,c\n1,2,3\n4,5\n6,7,8\n");
    expect(summary(items)).toEqual(["1:a|b|c", "2:1|2|3", "3!wrong number of fields", "4:6|7|8"]);
  });

  it("refuses a quote inside an unquoted field and a character after a closing quote", async () => {
    const items = await read('a,b,c\n1,2"x,3\n4,"5"x,6\n7,8,9\n');
    expect(summary(items)).toEqual(["1:a|b|c", "2!broken quote", "3!broken quote", "4:7|8|9"]);
  });

  it("recovers from a quote that is never closed without losing the good rows after it", async () => {
    const items = await read('a,b,c\n1,"open,3\n4,5,6\n7,"multi\nline",9\n10,11,12\n');
    expect(summary(items)).toEqual([
      "1:a|b|c",
      "2!broken quote",
      "3:4|5|6",
      "4:7|multi\nline|9",
      "6:10|11|12",
    ]);
  });

  it("absorbs the continuation lines of a broken multi-line record into one reject", async () => {
    const items = await read('a,b,c\n1,"desc\nmore text, and more\nend"x,3\n4,5,6\n');
    expect(summary(items)).toEqual(["1:a|b|c", "2!broken quote", "5:4|5|6"]);
    const broken = items[1]!;
    expect(broken.raw).toContain("more text");
  });
});
