import { describe, expect, it } from 'vitest';
import type { PointGroup } from 'signature_pad';
import { scaleStrokes } from './scale-strokes';

const stroke: PointGroup = {
  dotSize: 0,
  minWidth: 1,
  maxWidth: 3,
  penColor: '#111',
  velocityFilterWeight: 0.7,
  compositeOperation: 'source-over',
  points: [
    { x: 100, y: 50, pressure: 0.5, time: 1 },
    { x: 200, y: 80, pressure: 0.5, time: 2 },
  ],
};

describe('scaleStrokes', () => {
  it('scales points and pen widths to a new pad width (landscape 800 px → portrait 600 px)', () => {
    const [scaled] = scaleStrokes([stroke], 0.75);
    expect(scaled?.points.map(({ x, y }) => [x, y])).toEqual([
      [75, 37.5],
      [150, 60],
    ]);
    expect(scaled?.maxWidth).toBe(2.25);
  });

  it('leaves strokes alone for a factor of 1 or a nonsensical one', () => {
    expect(scaleStrokes([stroke], 1)).toEqual([stroke]);
    expect(scaleStrokes([stroke], 0)).toEqual([stroke]);
    expect(scaleStrokes([stroke], Number.NaN)).toEqual([stroke]);
  });
});
