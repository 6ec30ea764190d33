/**
 * The shapes OCR works in. Coordinates are the page image's pixels, origin at the top left; a
 * line is a quadrilateral because scans are seldom straight.
 */

/** One byte of lightness per pixel (0 black, 255 white), row after row. */
export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export type Point = readonly [x: number, y: number];

/** A text line's corners: top left, top right, bottom right, bottom left. */
export type Quad = readonly [Point, Point, Point, Point];

/** A word of a recognised line; `from` and `to` are where it starts and ends along the line, as shares of its length. */
export interface OcrWord {
  text: string;
  from: number;
  to: number;
  /** The recogniser's mean probability for the word's characters, 0–1. */
  confidence: number;
}

/** One recognised line of text: where it stands and its words, in reading order within the line. */
export interface OcrLine {
  quad: Quad;
  words: OcrWord[];
  confidence: number;
}

/** A character as recognised, before words are made: its place along the line as shares of the line's length. */
export interface OcrChar {
  char: string;
  from: number;
  to: number;
  confidence: number;
}
