/**
 * The largest report file Tickmark imports: larger files are refused with this limit in the message.
 * A module of its own, without schemas.ts's zod, for the code that checks a file before reading it
 * (the CLI's main thread, the import worker), which would otherwise load zod for one number.
 */
export const MAX_REPORT_BYTES = 200 * 1024 * 1024;
