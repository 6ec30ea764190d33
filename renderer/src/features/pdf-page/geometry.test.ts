import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  boxToCssRect,
  canvasSize,
  clampPage,
  clampZoom,
  cssToCanvasRect,
  fitWidthZoom,
  scrollToCenter,
  stepZoom,
} from './geometry';

const A4 = { width: 594.96, height: 841.92 };

describe('boxToCssRect', () => {
  it('scales a box by the zoom, keeping the top-left origin', () => {
    expect(boxToCssRect({ x: 100, y: 200, width: 30, height: 10 }, 1.5)).toEqual({ left: 150, top: 300, width: 45, height: 15 });
  });

  it('grows the rectangle by the padding on every side, in CSS pixels whatever the zoom', () => {
    expect(boxToCssRect({ x: 100, y: 200, width: 30, height: 10 }, 2, 3)).toEqual({ left: 197, top: 397, width: 66, height: 26 });
  });

  it('is the identity at zoom 1 without padding', () => {
    const box = { x: 12.5, y: 7.25, width: 3, height: 4 };
    expect(boxToCssRect(box, 1)).toEqual({ left: 12.5, top: 7.25, width: 3, height: 4 });
  });
});

describe('cssToCanvasRect', () => {
  it('multiplies by the device pixel ratio', () => {
    expect(cssToCanvasRect({ left: 10, top: 20, width: 30, height: 40 }, 2, 2)).toEqual({ left: 20, top: 40, width: 60, height: 80 });
  });

  it('rounds outwards so a fractional rectangle keeps every pixel it touches', () => {
    expect(cssToCanvasRect({ left: 10.3, top: 20.6, width: 5.2, height: 1.1 }, 1.5, 1.5)).toEqual({ left: 15, top: 30, width: 9, height: 3 });
  });
});

describe('canvasSize', () => {
  it('sizes the backing store at the device pixel ratio', () => {
    const size = canvasSize(A4.width, A4.height, 1, 2);
    expect(size.cssWidth).toBeCloseTo(594.96);
    expect(size.pixelWidth).toBe(1189);
    expect(size.pixelHeight).toBe(1683);
    expect(size.scaleX).toBeCloseTo(2, 2);
  });

  it('caps the pixel area and reports the smaller scale it used', () => {
    const size = canvasSize(A4.width, A4.height, 5, 3, 2 ** 25);
    expect(size.pixelWidth * size.pixelHeight).toBeLessThanOrEqual(2 ** 25);
    expect(size.scaleX).toBeLessThan(3);
    expect(size.pixelWidth / size.cssWidth).toBeCloseTo(size.scaleX, 10);
    expect(size.pixelHeight / size.cssHeight).toBeCloseTo(size.scaleY, 10);
  });

  it('treats a missing device pixel ratio as 1', () => {
    expect(canvasSize(100, 50, 1, 0).pixelWidth).toBe(100);
  });

  // Flooring the backing store loses under a pixel across the page, rounding outwards under one more.
  it('maps a box to within two device pixels of zoom × ratio', () => {
    const zoom = 1.37;
    const dpr = 1.25;
    const size = canvasSize(A4.width, A4.height, zoom, dpr);
    const box = { x: 72, y: 500, width: 40, height: 11 };
    const rect = cssToCanvasRect(boxToCssRect(box, zoom), size.scaleX, size.scaleY);
    expect(Math.abs(rect.left - box.x * zoom * dpr)).toBeLessThan(2);
    expect(Math.abs(rect.top - box.y * zoom * dpr)).toBeLessThan(2);
  });
});

describe('zoom', () => {
  it('clamps to the supported range and treats nonsense as 100 %', () => {
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0)).toBe(MIN_ZOOM);
    expect(clampZoom(Number.NaN)).toBe(1);
  });

  it('fits the page width inside the gutters', () => {
    expect(fitWidthZoom(620, 600, 10)).toBe(1);
    expect(fitWidthZoom(1210, 600, 5)).toBe(2);
  });

  it('falls back to 100 % while the container has no width yet', () => {
    expect(fitWidthZoom(0, 600, 8)).toBe(1);
  });

  it('steps to the next preset in either direction, from a preset or from between two', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.03, 1)).toBe(1.1);
    expect(stepZoom(1.03, -1)).toBe(1);
  });

  it('stays at the ends', () => {
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });
});

describe('scrollToCenter', () => {
  it('centres the target in the viewport', () => {
    expect(scrollToCenter({ left: 500, top: 1000, width: 100, height: 20 }, 400, 300)).toEqual({ left: 350, top: 860 });
  });

  it('never scrolls to a negative offset', () => {
    expect(scrollToCenter({ left: 5, top: 5, width: 10, height: 10 }, 400, 300)).toEqual({ left: 0, top: 0 });
  });
});

describe('clampPage', () => {
  it('keeps a page number inside the document', () => {
    expect(clampPage(0, 4)).toBe(1);
    expect(clampPage(9, 4)).toBe(4);
    expect(clampPage(2.6, 4)).toBe(3);
    expect(clampPage(Number.NaN, 4)).toBe(1);
  });
});
