import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, restoreWindowState, windowStateToSave } from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
const external = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('reopens the window where it was closed, maximised or not', () => {
    const saved = windowStateToSave({ x: 2100.4, y: 80, width: 1400, height: 900 }, true);
    expect(restoreWindowState(saved, [laptop, external])).toEqual({ bounds: { x: 2100, y: 80, width: 1400, height: 900 }, maximized: true });
  });

  it('keeps the size but lets the OS place the window when its display is gone', () => {
    const saved = windowStateToSave({ x: 2100, y: 80, width: 1400, height: 900 }, false);
    expect(restoreWindowState(saved, [laptop])).toEqual({ bounds: { width: 1400, height: 900 }, maximized: false });
  });

  it('drops a position whose title bar is above every display', () => {
    const saved = windowStateToSave({ x: 100, y: -2000, width: 1000, height: 700 }, false);
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({ width: 1000, height: 700 });
  });

  it('opens at the default size on a first start, or when the file is torn or edited out of shape', () => {
    for (const saved of [null, '{"x":1,', '{"x":"left","y":0,"width":10,"height":10,"maximized":false}', '[]']) {
      expect(restoreWindowState(saved, [laptop])).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
    }
  });

  it('never restores a window smaller than the minimum size', () => {
    const saved = windowStateToSave({ x: 10, y: 10, width: 200, height: 100 }, false);
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 800, height: 560 });
  });
});
