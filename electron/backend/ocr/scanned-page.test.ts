import { describe, expect, it } from 'vitest';
import { greyOf, imageToUser, multiply } from './scanned-page';

describe('the page images of a scanned PDF', () => {
  it('maps an image\'s pixels to user space as its CTM draws it, its top row at the top', () => {
    // An A4 page filled by a 1654 × 2339 image: the CTM scales the unit square to the page.
    const toUser = imageToUser([595, 0, 0, 842, 0, 0], 1654, 2339);
    const apply = ([x, y]: [number, number]) => [toUser[0] * x + toUser[2] * y + toUser[4], toUser[1] * x + toUser[3] * y + toUser[5]];
    expect(apply([0, 0])).toEqual([0, 842]);
    expect(apply([1654, 2339])[0]).toBeCloseTo(595);
    expect(apply([1654, 2339])[1]).toBeCloseTo(0);
    // Then pdf.js's viewport (y down from the top) puts the image's top row at the page's top.
    const viewport = [1, 0, 0, -1, 0, 842] as const;
    expect(multiply(viewport, toUser)[5]).toBeCloseTo(0);
  });

  it('turns pdf.js\'s decoded images into grey pixels', () => {
    expect(greyOf({ width: 2, height: 1, kind: 2, data: new Uint8Array([255, 255, 255, 0, 0, 0]) })?.data).toEqual(new Uint8Array([255, 0]));
    expect(greyOf({ width: 1, height: 1, kind: 3, data: new Uint8Array([100, 100, 100, 255]) })?.data).toEqual(new Uint8Array([100]));
    // One bit per pixel, rows padded to a byte; a set bit is white.
    expect(greyOf({ width: 9, height: 1, kind: 1, data: new Uint8Array([0b10100000, 0b10000000]) })?.data).toEqual(new Uint8Array([255, 0, 255, 0, 0, 0, 0, 0, 255]));
    expect(greyOf({ width: 2, height: 2, kind: 2, data: new Uint8Array(3) })).toBeUndefined();
    expect(greyOf(null)).toBeUndefined();
  });
});
