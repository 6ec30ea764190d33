import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredCharset, readHtml, visibleText } from './html';

const SHARED = new URL('../../../../shared/', import.meta.url);
const GB18030_EXCERPT = new Uint8Array(readFileSync(new URL('fixtures/text/alibaba-esg-2022-excerpt.gb18030.txt', SHARED)));
const EXCERPT = readFileSync(new URL('eval/dev/text/002_9968-16057.txt', SHARED), 'utf8');

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

const REPORT = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>ESG Report 1999</title>
  <style>.kpi::after { content: "12345 tonnes"; }</style>
  <script>window.figures = ["RMB 777 million"]; if (a < b && c > d) {}</script>
  <link rel="stylesheet" href="report-2021-03.css">
</head>
<body data-year="2020">
  <!-- a comment with 888 trees -->
  <h1 id="sec-2021-03">Sustainability   Report
     2022</h1>
  <p class="lead">We   planted <b>1亿</b>
  棵树 &amp; saved&nbsp;RMB&nbsp;460,000 &lt;net&gt; &#x4E07; &euro;5.</p>
  <p>Figure <img id="img-2021-03" src="chart-2021-03.png" alt="4,500 users" title="99%">shows it.<br>Next line<br></p>
  <div hidden>Draft: 999 tonnes</div>
  <span style="color: red; display:none">666</span>
  <input type="hidden" name="token" value="555"><input value="444">
  <noscript>Enable JavaScript to see 333 figures</noscript>
  <template><p>Template 222</p></template>
  <table>
    <caption>Key figures</caption>
    <thead><tr><th>Indicator</th><th> 2021 </th><th>2022</th></tr></thead>
    <tbody>
      <tr><td><p>Users</p><p>(million)</p></td><td>389</td><td>398<br>(restated)</td></tr>
      <tr><td>Empty</td><td></td><td>0.5%</td></tr>
    </tbody>
  </table>
  <ul><li>one <em>hundred</em></li><li>two</li></ul>
  <pre>  kept    as
 written</pre>
  <svg viewBox="0 0 10 10"><title>Chart title 111</title><desc>desc 000</desc><rect width="12"/><text x="1" y="2">50% <tspan>of sales</tspan></text></svg>
  <script type="module">console.log("4242")</script>
</body>
</html>`;

describe('visibleText', () => {
  const text = visibleText(REPORT);

  it('lays out the visible text: blocks on lines, paragraphs apart, cells separated by tabs', () => {
    expect(text).toBe(
      [
        'Sustainability Report 2022',
        '',
        'We planted 1亿 棵树 & saved\u00a0RMB\u00a0460,000 <net> 万 €5.',
        '',
        'Figure shows it.',
        'Next line',
        '',
        'Key figures',
        'Indicator\t2021\t2022',
        'Users (million)\t389\t398 (restated)',
        'Empty\t\t0.5%',
        'one hundred',
        'two',
        '  kept    as',
        ' written',
        '50% of sales',
      ].join('\n'),
    );
  });

  it('never turns attribute values, the head, scripts, styles, comments or hidden content into text', () => {
    for (const absent of ['1999', '12345', '777', 'img-2021-03', 'sec-2021-03', '4,500', '99%', '2020', '888', '999', '666', '555', '444', '333', '222', '111', 'desc', '4242', 'chart']) {
      expect(text).not.toContain(absent);
    }
  });

  it('collapses white space the way a browser does', () => {
    expect(visibleText('<p>  a \n\t b<span> c </span> d  </p><p> </p><div>\ne</div>')).toBe('a b c d\n\ne');
    expect(visibleText('<span>x</span>   <span>y</span>')).toBe('x y');
    expect(visibleText('')).toBe('');
  });

  it('reads text outside any block element as one line', () => {
    expect(visibleText('Revenue rose <i>39%</i> to RMB 188亿')).toBe('Revenue rose 39% to RMB 188亿');
  });
});

describe('declaredCharset', () => {
  it('finds <meta charset> and the http-equiv form', () => {
    expect(declaredCharset(utf8('<html><head><meta charset="GB18030"></head>'))).toBe('GB18030');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312');
    expect(declaredCharset(utf8('<p>no declaration</p>'))).toBeUndefined();
  });

  it('ignores a charset mentioned outside a meta element', () => {
    expect(declaredCharset(utf8('<p data-charset="big5">charset=big5</p>'))).toBeUndefined();
  });
});

describe('readHtml', () => {
  it('decodes by <meta charset> (GB18030)', async () => {
    const bytes = concat(utf8('<html><head><meta charset="gb18030"><title>x</title></head><body><pre>'), GB18030_EXCERPT, utf8('</pre></body></html>'));
    const read = await readHtml(bytes, {});
    expect(read.encoding).toBe('gb18030');
    expect(read.text).toContain('我们带动超过220万个商家和约5亿用户');
    expect(read.text).toBe(visibleText(`<pre>${EXCERPT}</pre>`));
  });

  it('defaults to UTF-8, and lets a byte-order mark win over the declaration', async () => {
    expect(await readHtml(utf8('<p>约5亿用户</p>'), {})).toMatchObject({ text: '约5亿用户', encoding: 'utf-8' });
    const bom = concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('<meta charset="windows-1252"><p>约5亿用户</p>'));
    expect(await readHtml(bom, {})).toMatchObject({ text: '约5亿用户', encoding: 'utf-8' });
  });

  it('honours a legacy declaration (windows-1252 smart quotes and euro sign)', async () => {
    const bytes = concat(utf8('<meta charset="windows-1252"><p>'), Uint8Array.from([0x93, 0x80, 0x35, 0x94]), utf8('</p>'));
    expect(await readHtml(bytes, {})).toMatchObject({ text: '“€5”', encoding: 'windows-1252' });
  });

  it('gives the text as one page and reports progress', async () => {
    const progress: number[][] = [];
    const bytes = utf8(REPORT);
    const read = await readHtml(bytes, { onProgress: (done, total) => progress.push([done, total]) });
    expect(read.pages).toEqual([{ start: 0, end: read.text.length, number: 1, hasText: true }]);
    expect(progress.at(-1)).toEqual([bytes.byteLength, bytes.byteLength]);
  });
});

describe('HTML nested without end', () => {
  const nested = (depth: number, open: string, close: string, inner: string) => open.repeat(depth) + inner + close.repeat(depth);

  it('reads text 100 000 elements deep: the walk keeps its place on the heap, not the call stack', () => {
    const text = visibleText(nested(100_000, '<div><span>', '</span></div>', 'Water use fell 12%'));
    expect(text).toBe('Water use fell 12%');
  });

  it('keeps a table nested 20 000 deep in its outer cell, on one line', () => {
    const text = visibleText(nested(20_000, '<table><tr><td>a</td><td>', '</td></tr></table>', '12 万吨'));
    expect(text).toBe(`a\t${'a '.repeat(19_999)}12 万吨`);
  });

  it('finds a declared charset behind deep nesting', () => {
    const head = '<div>'.repeat(700) + '<meta charset="gb18030">';
    expect(declaredCharset(new TextEncoder().encode(head))).toBe('gb18030');
  });
});

describe('control characters in HTML', () => {
  it('come out of character references shown, not acting', async () => {
    const read = await readHtml(utf8('<p>Revenue &#x202e;RMB 5 million&#x202c;&#x1b;[2J</p>'), {});
    expect(read.text).toBe('Revenue \ufffdRMB 5 million\ufffd␛[2J');
  });
});
