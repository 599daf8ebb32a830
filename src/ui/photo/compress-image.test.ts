import { describe, expect, it } from 'vitest';
import { compressionPlan, DEFAULT_COMPRESS_OPTIONS, fitLongEdge, sha256Hex } from './compress-image';

describe('fitLongEdge', () => {
  it('brings a 12 MP phone photo down to 1600 px on the long edge, keeping the aspect ratio', () => {
    expect(fitLongEdge({ width: 4000, height: 3000 }, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitLongEdge({ width: 3000, height: 4000 }, 1600)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small image', () => {
    expect(fitLongEdge({ width: 800, height: 600 }, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('keeps at least one pixel on a very thin image and answers 0×0 for an empty one', () => {
    expect(fitLongEdge({ width: 10_000, height: 2 }, 1600)).toEqual({ width: 1600, height: 1 });
    expect(fitLongEdge({ width: 0, height: 100 }, 1600)).toEqual({ width: 0, height: 0 });
  });
});

describe('compressionPlan', () => {
  it('tries every quality at 1600 px first, then shrinks by 20 % down to 1000 px', () => {
    const plan = compressionPlan({ width: 4000, height: 3000 });
    const qualities = DEFAULT_COMPRESS_OPTIONS.qualities;
    expect(plan.slice(0, qualities.length)).toEqual(
      qualities.map((quality) => ({ width: 1600, height: 1200, quality })),
    );
    const longEdges = [...new Set(plan.map((a) => Math.max(a.width, a.height)))];
    expect(longEdges).toEqual([1600, 1280, 1024, 1000]);
    expect(plan.length).toBe(longEdges.length * qualities.length);
  });

  it('qualities step down within each size', () => {
    const plan = compressionPlan({ width: 2000, height: 1000 });
    for (let i = 1; i < plan.length; i += 1) {
      const previous = plan[i - 1];
      const current = plan[i];
      if (previous && current && previous.width === current.width) {
        expect(current.quality).toBeLessThan(previous.quality);
      }
    }
  });

  it('a small source is tried at its own size only', () => {
    const plan = compressionPlan({ width: 640, height: 480 });
    expect(new Set(plan.map((a) => `${a.width}x${a.height}`))).toEqual(new Set(['640x480']));
  });
});

describe('sha256Hex', () => {
  it('hashes the bytes of a Blob as 64 lower-case hex characters', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
