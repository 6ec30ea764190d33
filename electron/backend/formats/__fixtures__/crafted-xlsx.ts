import { zipSync } from 'fflate';

// A workbook written as Excel writes one, XML part by XML part, so a test can say exactly what a
// sheet holds: merged headers, a formula with its cached result, a percentage format, a date.

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const NS = 'http://schemas.openxmlformats.org';

/** One sheet's `<sheetData>` rows and `<mergeCells>`, as raw XML. */
export interface CraftedSheet {
  name: string;
  rows: string;
  merges?: string[];
}

/** An .xlsx whose shared strings are inline (`t="inlineStr"`) and whose style 1 is `0.0%`, style 2 a date. */
export function craftXlsx(sheets: readonly CraftedSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': utf8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        `</Types>`,
    ),
    '_rels/.rels': utf8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': utf8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets>` +
        sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        `</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': utf8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${NS}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': utf8(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}/spreadsheetml/2006/main">` +
        `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
        `<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
        `<cellStyleXfs count="1"><xf/></cellStyleXfs>` +
        `<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = utf8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>${sheet.rows}</sheetData>${merges}</worksheet>`,
    );
  });
  return zipSync(files);
}

/** `<c>` of inline text. */
export const text = (ref: string, value: string): string => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
/** `<c>` of a number, with a style (1: `0.0%`, 2: a date) and a formula whose cached result it is. */
export const number = (ref: string, value: number, options: { style?: 1 | 2; formula?: string } = {}): string =>
  `<c r="${ref}"${options.style ? ` s="${options.style}"` : ''}>${options.formula ? `<f>${options.formula}</f>` : ''}<v>${value}</v></c>`;
export const row = (n: number, ...cells: string[]): string => `<row r="${n}">${cells.join('')}</row>`;
