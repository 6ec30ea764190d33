/**
 * Numbers, percentages and times as the UI's language writes them (Intl), so a Chinese UI says
 * `2026年11月29日 14:02` where the English one says `29 Nov 2026, 14:02`. What is recorded (event
 * details, CSV) passes a fixed locale instead of the UI's.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

function cached(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(id, format);
  }
  return format;
}

/** A count or a measured value with the locale's grouping: `1,671`; scientific beyond 10^15. */
export function formatNumber(value: number, locale: string): string {
  return Math.abs(value) >= 1e15
    ? cached(locale, 'sci', { notation: 'scientific', maximumSignificantDigits: 6 }).format(value)
    : cached(locale, 'plain', { maximumFractionDigits: 6 }).format(value);
}

/** `18,800,000,000`, or `30,000–40,000` for a range. */
export function formatFigureValue(figure: { value: number; valueMax?: number }, locale: string): string {
  const low = formatNumber(figure.value, locale);
  return figure.valueMax === undefined ? low : `${low}–${formatNumber(figure.valueMax, locale)}`;
}

/** A share (0.42) as the locale writes a percentage: `42%`, at most one decimal. */
export function formatPercent(share: number, locale: string): string {
  return cached(locale, 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as a work paper writes it, in local time unless `timeZone`. */
export function formatDateTime(at: string | Date, locale: string, timeZone?: string): string {
  const id = `${locale}|${timeZone ?? ''}`;
  let format = dateTimeFormats.get(id);
  if (!format) {
    // English work papers write the day first (29 Nov 2026), as the trail's readers expect.
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone });
    dateTimeFormats.set(id, format);
  }
  return format.format(typeof at === 'string' ? new Date(at) : at);
}
