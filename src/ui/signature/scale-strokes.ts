/** Scales signature_pad strokes (kept in CSS pixels) when the pad changes width, e.g. on rotation. */
import type { PointGroup } from 'signature_pad';

export function scaleStrokes(strokes: readonly PointGroup[], factor: number): PointGroup[] {
  if (factor === 1 || !Number.isFinite(factor) || factor <= 0) return strokes.map((group) => ({ ...group }));
  return strokes.map((group) => ({
    ...group,
    minWidth: group.minWidth * factor,
    maxWidth: group.maxWidth * factor,
    dotSize: group.dotSize * factor,
    points: group.points.map((point) => ({ ...point, x: point.x * factor, y: point.y * factor })),
  }));
}
