import type { Match } from './trie';
import { codeAt as code, isDigitCode, isLetterCode } from './normalize';
import { CURRENCY_PREFIX } from './units';
import { parseArabic } from './digits';
import { attachedScaleAt, enScaleAfter } from './scales';

// A currency written before its number: the signs, names and codes of units.ts's table (in any case),
// else any other ISO 4217 code in capitals (`PEN`, `GHS`, `COP`, `TRY`) — in lower case those are
// words (`try`, `pen`, `mad`, `cop`). A code glued to or one space before a bare number of one or two
// digits names something else: `COP28`, `COP 29` are the climate conferences, `RON 95` a petrol.

/**
 * ISO 4217's current codes (and the kuna, in reports of 2022) that units.ts's table does not hold,
 * less the funds, metals and test codes, the codes that are English words or a report's acronyms
 * in capitals (`ALL`, `TOP`, `CUP`, `SOS`, `KGS` kilograms, `IRR` a return, `SDG` a goal, `SSP` a
 * climate pathway, `SCR` a catalytic reduction, `CVE` a vulnerability, `TMT`, `SVC`), and the
 * Philippine peso's `PHP`, which letter-currency.ts reads with the peso's letters.
 */
export const ISO_CODES: ReadonlySet<string> = new Set(
  (
    'AFN AMD ANG AOA ARS AWG AZN BAM BBD BGN BIF BMD BND BOB BSD BTN BWP BYN BZD CDF COP CRC CUC DJF DOP DZD ERN ETB ' +
    'FJD FKP GEL GHS GIP GMD GNF GTQ GYD HNL HRK HTG IQD ISK JMD JOD KHR KMF KPW KYD LAK LBP LRD LSL LYD MAD MDL MGA ' +
    'MKD MMK MNT MRU MUR MVR MWK MZN NAD NIO NPR PAB PEN PGK PYG RON RSD RUB RWF SBD SHP SLE SLL SRD STN SYP SZL TJS ' +
    'TND TRY TTD TZS UAH UGX UYU UZS VED VES VUV WST XAF XCD XCG XOF XPF YER ZMW ZWG ZWL'
  ).split(' '),
);

const isCapitalCode = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** The ISO code in capitals filling `[start, start + 3)`, a word of its own, not before a bare number of one or two digits. */
function isoCodeAt(text: string, start: number): string | null {
  const end = start + 3;
  if (start < 0 || end > text.length || isLetterCode(code(text, start - 1)) || isLetterCode(code(text, end))) return null;
  for (let k = start; k < end; k++) if (!isCapitalCode(text.charCodeAt(k))) return null;
  const iso = text.slice(start, end);
  return ISO_CODES.has(iso) && !beforeBareSmallNumber(text, end) ? iso : null;
}

/** `COP28`, `COP 29`: one or two digits glued or one space after, with no decimal, separator or scale. */
function beforeBareSmallNumber(text: string, end: number): boolean {
  const at = code(text, end) === 0x20 ? end + 1 : end;
  if (!isDigitCode(code(text, at))) return false;
  const a = parseArabic(text, at);
  return a.intDigits <= 2 && !a.hasSeparator && !a.hasDecimal && attachedScaleAt(text, a.end, true) === null && enScaleAfter(text, a.end) === null;
}

/** The currency starting at `pos`. */
export function currencyForward(text: string, pos: number): Match<string> | null {
  const m = CURRENCY_PREFIX.matchForward(text, pos);
  if (m) return m;
  const iso = isoCodeAt(text, pos);
  return iso ? { end: pos + 3, value: iso } : null;
}

/** The currency ending just before `pos` (it covers `[end, pos)`). */
export function currencyBackward(text: string, pos: number): Match<string> | null {
  const m = CURRENCY_PREFIX.matchBackward(text, pos);
  if (m) return m;
  const iso = isoCodeAt(text, pos - 3);
  return iso ? { end: pos - 3, value: iso } : null;
}
