/**
 * Geometry of the maturity radar (PMO Hub's own SVG: @fluentui/react-charting has no radar chart).
 * Coordinates are SVG user units relative to the chart's centre: x to the right, y DOWN.
 */

/**
 * The polygon's corners: one axis per value, the first pointing straight up, the others following
 * clockwise at equal angles (360° / n). A value's distance from the centre is value / max × radius;
 * values are clamped to [0, max]; an undefined value (no level yet) sits at the centre.
 * Coordinates are rounded to 1/1000 of a unit. Pass `max` for every value to get the axes' ends.
 * @throws RangeError when max or radius is not a positive finite number.
 */
export function radarPoints(values: ReadonlyArray<number | undefined>, max: number, radius: number): Array<{ x: number; y: number }> {
  if (!(max > 0) || !isFinite(max)) throw new RangeError(`radarPoints: max must be a positive number, got ${max}`);
  if (!(radius > 0) || !isFinite(radius)) throw new RangeError(`radarPoints: radius must be a positive number, got ${radius}`);
  const n = values.length;
  return values.map((v, i) => {
    const value = v === undefined || isNaN(v) ? 0 : Math.min(max, Math.max(0, v));
    const r = (value / max) * radius;
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) };
  });
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000 + 0; // + 0 turns -0 into 0
}
