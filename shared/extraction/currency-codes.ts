import { ISO_CODES } from './currency-prefix';
import { LETTER_CURRENCY_CODES } from './letter-currency';
import { TABLE_CURRENCY_CODES } from './units';

// Every currency code extraction gives a figure as its unit: the codes of units.ts's tables, the other ISO 4217
// codes it reads in capitals (currency-prefix.ts) and the letter currencies' (letter-currency.ts). What reads a
// unit as money (the checks' dimension.ts) asks this list, so a currency extraction learns is money there too, and
// a unit of three capitals that is not a currency (`LPA` litres of pure alcohol, `FTE`, `TEU`) is not.

/** The currency codes a figure's unit can be. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([...TABLE_CURRENCY_CODES, ...ISO_CODES, ...LETTER_CURRENCY_CODES]);
