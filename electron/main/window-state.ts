/**
 * The main window opens where the auditor left it: size, position and whether it was maximised,
 * kept in the data folder. A saved position that no display shows any more (a monitor unplugged)
 * is dropped, so the window never opens off-screen. Pure, with file access and displays injected.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

/** How much of the window's title bar must be on a display for the saved position to be kept. */
const VISIBLE_MARGIN = 48;

const overlaps = (a: Rect, b: Rect) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) >= VISIBLE_MARGIN &&
  Math.min(a.y + VISIBLE_MARGIN, b.y + b.height) - Math.max(a.y, b.y) > 0;

/**
 * Where to open the window: the saved bounds when they parse and a display still shows their top,
 * the saved size centred by the OS otherwise, the default size when nothing usable was saved.
 */
export function restoreWindowState(saved: string | null, displays: readonly Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  let parsed: WindowState | undefined;
  try {
    const result = WindowStateSchema.safeParse(saved === null ? undefined : JSON.parse(saved));
    if (result.success) parsed = result.data;
  } catch {
    // A torn or hand-edited file: open as on a first start.
  }
  if (!parsed) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const width = Math.max(MIN_SIZE.width, parsed.width);
  const height = Math.max(MIN_SIZE.height, parsed.height);
  const placed = { x: parsed.x, y: parsed.y, width, height };
  const visible = displays.some((display) => overlaps(placed, display));
  return { bounds: visible ? placed : { width, height }, maximized: parsed.maximized };
}

/** What to save when the window closes: its normal (unmaximised) bounds, and whether it was maximised. */
export function windowStateToSave(normalBounds: Rect, maximized: boolean): string {
  const state: WindowState = {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
  return `${JSON.stringify(state)}\n`;
}
