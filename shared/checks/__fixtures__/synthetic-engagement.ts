// A synthetic engagement of many documents for timing the checks: English and Chinese sentences of
// the shapes the checks read (shares of a stated whole, scoped sums, restatements in a KPI table),
// over thousands of distinct metrics, some words shared by very many of them (`users`, `排放`).

const WORDS = 'mobile online rural urban merchant partner student senior credit travel health retail cloud green donor farmer driver seller buyer member'.split(' ');
const PLACES = ['杭州', '北京', '上海', '深圳', '成都', '武汉', '西安', '南京', '重庆', '天津', '苏州', '长沙'];

/** `count` documents' texts with about `figuresPerDoc` figures each. */
export function syntheticEngagement(count: number, figuresPerDoc: number): Array<{ name: string; text: string }> {
  const docs: Array<{ name: string; text: string }> = [];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  for (let d = 0; d < count; d++) {
    const parts: string[] = [];
    const table: string[] = ['Indicator\tValue\tUnit'];
    let figures = 0;
    for (let i = 0; figures < figuresPerDoc; i++) {
      const a = WORDS[next() % WORDS.length]!;
      const b = WORDS[next() % WORDS.length]!;
      const id = `${a} ${b} segment${i}`;
      const whole = 500 + (next() % 400);
      const part = Math.round(whole * (0.2 + (next() % 60) / 100));
      parts.push(
        `In FY2022, the number of ${id} users reached ${whole} million. Among them, ${part} million ${id} buyers, or ${((part / whole) * 100).toFixed(1)}% of the ${id} users, shopped online.`,
      );
      const s1 = 10 + (next() % 90);
      const s2 = 100 + (next() % 400);
      const s3 = 200 + (next() % 700);
      const place = `${PLACES[next() % PLACES.length]}第${i % 997}园区`;
      parts.push(`2022财年，${place}温室气体总排放量为 ${s1 + s2 + s3}.5 万吨。其中，${place}直接排放（即范围 1）为 ${s1}.5 万吨，${place}外购电力排放（即范围 2）为 ${s2} 万吨，${place}价值链排放（即范围 3）为 ${s3} 万吨。`);
      table.push(`Users who are ${id}\t${whole}\tmillion`);
      figures += 8;
    }
    docs.push({ name: `synthetic-${d + 1}.txt`, text: `${parts.join('\n\n')}\n\n${table.join('\n')}\n` });
  }
  return docs;
}

/**
 * One plain report of `lines` sentences alike, three figures a line (a site number, tonnes, a percentage): one document of
 * thousands of figures of one metric, where a check may hold them all (e2e's large queue imports it; the bench times it).
 */
export function siteLinesReport(lines: number): string {
  const out: string[] = [];
  for (let i = 1; i <= lines; i++) out.push(`Site ${i} recycled ${((i * 137) % 9000) + 100} tonnes of waste in the year, and ${(i % 90) + 5}.5% of its power was renewable.`);
  return out.join('\n');
}
