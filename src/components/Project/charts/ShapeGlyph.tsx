import * as React from 'react';

/** Props of {@link ShapeGlyph}. */
export interface IShapeGlyphProps {
  /** 0 circle, 1 square, 2 triangle (point down), 3 diamond, 4 pyramid (point up), 5 hexagon, 6 pentagon, 7 octagon — the chart library's order. */
  shape: number;
  cx: number;
  cy: number;
  /** The shape's width in px. */
  size: number;
  fill: string;
}

/** The corners of a regular polygon of `n` corners around (cx, cy), the first at `start` radians. */
function polygon(n: number, cx: number, cy: number, r: number, start: number): string {
  const corners: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = start + (2 * Math.PI * i) / n;
    corners.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return corners.join(' ');
}

/**
 * The point shape a chart line carries, drawn for its legend entry (SVG, inside an aria-hidden
 * swatch): the same shapes, in the same order, as @fluentui/react-charting's line chart draws with
 * `allowMultipleShapesForPoints`, so a line can be told apart without its colour.
 */
export function ShapeGlyph(props: IShapeGlyphProps): React.ReactElement {
  const { cx, cy, size, fill } = props;
  const r = size / 2;
  const up = -Math.PI / 2;
  switch (props.shape % 8) {
    case 1: return <rect x={cx - r} y={cy - r} width={size} height={size} fill={fill} />;
    case 2: return <polygon points={polygon(3, cx, cy, r, Math.PI / 2)} fill={fill} />;
    case 3: return <polygon points={polygon(4, cx, cy, r, up)} fill={fill} />;
    case 4: return <polygon points={polygon(3, cx, cy, r, up)} fill={fill} />;
    case 5: return <polygon points={polygon(6, cx, cy, r, 0)} fill={fill} />;
    case 6: return <polygon points={polygon(5, cx, cy, r, up)} fill={fill} />;
    case 7: return <polygon points={polygon(8, cx, cy, r, Math.PI / 8)} fill={fill} />;
    default: return <circle cx={cx} cy={cy} r={r} fill={fill} />;
  }
}
