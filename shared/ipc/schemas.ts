import { z } from 'zod';
import { WARNING_CODES } from '../domain/document-warning';
import { MAX_DESCRIPTION_LENGTH, QUALIFIERS } from '../domain/figure';
import type { LocatedFigure, ParsedReport } from '../domain/report';
import { REPORT_FORMATS } from '../domain/report';
import { hasControlCharacters } from '../text/control-characters';
import { ReasonSchema } from './reason-schemas';

export { MAX_REPORT_BYTES } from './report-size-limit';
/** The largest CSV the renderer may ask main to write. */
export const MAX_EXPORT_CHARS = 512 * 1024 * 1024;

export const JobId = z.string().min(1).max(64).regex(/^[\w-]+$/);
export const FileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/\0]/.test(name), 'a file name, not a path')
  .refine((name) => !hasControlCharacters(name), 'a file name without control characters (terminal escapes, line breaks, bidi overrides)');

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const PageBoxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

export const LocatedFigureSchema = z.object({
  ...span,
  text: z.string(),
  value: z.number(),
  valueMax: z.number().optional(),
  unit: z.string(),
  qualifier: z.enum(QUALIFIERS),
  sentence: z.object(span),
  page: z.number().int().positive().optional(),
  boxes: z.array(PageBoxSchema).optional(),
  ocr: z.object({ confidence: z.number().min(0).max(1) }).optional(),
  metric: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  period: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  scope: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
}) satisfies z.ZodType<LocatedFigure>;

/** A workbook's or CSV file's cell (SheetCell), as evidence points at it. */
const SheetCellSchema = z.object({
  ...span,
  sheet: z.string(),
  row: z.number().int().positive(),
  column: z.number().int().positive(),
  address: z.string(),
  value: z.number().optional(),
  percent: z.boolean().optional(),
  rowLabel: z.string().optional(),
  columnHeader: z.string().optional(),
  merged: z.string().optional(),
});

/** The most cells a workbook or CSV file brings (the readers stop at 500,000 filled cells). */
export const MAX_SHEET_CELLS = 500_000;

/** A parsed report without its figures: what a stored document keeps of it. */
export const ReportFieldsSchema = z.object({
  fileName: z.string(),
  format: z.enum(REPORT_FORMATS),
  encoding: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().nonnegative(),
  text: z.string(),
  pages: z.array(
    z.object({
      ...span,
      number: z.number().int().positive(),
      hasText: z.boolean(),
      ocr: z.object({ confidence: z.number().min(0).max(1) }).optional(),
      size: z.object({ width: z.number().positive(), height: z.number().positive() }).optional(),
    }),
  ),
  cells: z.array(SheetCellSchema).max(MAX_SHEET_CELLS).optional(),
  // Old records and journals hold plain English strings; new ones a code beside the English.
  warnings: z.array(z.union([z.string(), z.object({ code: z.enum(WARNING_CODES), params: z.object({ page: z.number().int().optional(), percent: z.number().optional() }).strict(), text: z.string().max(4_000) }).strict()])),
}) satisfies z.ZodType<Omit<ParsedReport, 'figures'>>;

export const ParsedReportSchema: z.ZodType<ParsedReport> = ReportFieldsSchema.extend({ figures: z.array(LocatedFigureSchema) });

export const IMPORT_ERROR_CODES = [
  'empty',
  'too-large',
  'unsupported-format',
  'not-text',
  'unreadable',
  'corrupt',
  'password-required',
  'password-wrong',
  'cancelled',
  'internal',
  /** Its original could not be kept beside the journal (`reason` says why), so it was not imported. */
  'not-kept',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Why a file was not imported, in words the auditor can act on; `message` names the file. */
export const ImportErrorSchema = z.object({
  code: z.enum(IMPORT_ERROR_CODES),
  fileName: z.string(),
  message: z.string(),
  /** Where the Node side knows why in a form the UI can say in its own language. */
  reason: ReasonSchema.optional(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

export const resultSchema = <T extends z.ZodType, E extends z.ZodType>(value: T, error: E) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error }),
  ]);

export const IMPORT_PHASES = ['reading', 'parsing', 'extracting', 'done'] as const;
export const ImportProgressSchema = z.object({
  jobId: JobId,
  fileName: z.string(),
  phase: z.enum(IMPORT_PHASES),
  /** Units done and in all: pages for PDFs, characters for text. */
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  /** While parsing: the page OCR is reading (a scanned page, or an image), of `total`. */
  ocrPage: z.number().int().positive().optional(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

/** The UI languages with a catalogue; the renderer tells the Node side which one it speaks, for the native menu. */
export { LANGUAGES as UI_LANGUAGES, type Language as UiLanguage } from '../i18n/ui-language';

/** What the application menu can ask the renderer to do: the same command ids as its keyboard shortcuts. */
export const MENU_COMMANDS = [
  'engagement.new',
  'reports.import',
  'evidence.import',
  'archive.import',
  'trail.export',
  'summary.export',
  'archive.export',
  'decision.undo',
  'selection.all',
  'trail.show',
  'find.open',
  'overview.show',
  'help.toggle',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MenuCommandSchema = z.object({ command: z.enum(MENU_COMMANDS) });

/** The installation's signing key as the renderer may see it: never the private half. */
export const SigningKeySchema = z.object({
  fingerprint: z.string(),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  protection: z.enum(['os-keystore', 'file-permissions']),
});
export type SigningKeyInfo = z.infer<typeof SigningKeySchema>;
