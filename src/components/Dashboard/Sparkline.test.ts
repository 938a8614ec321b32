import { sparklineGeometry } from './Sparkline';

describe('the KPI sparkline', () => {
  it('draws a line through the values, lowest at the bottom and highest at the top', () => {
    const { paths, dots } = sparklineGeometry([0, 50, 100], 100, 40, 0);
    expect(paths).toEqual(['M0 40 L50 20 L100 0']);
    expect(dots).toEqual([[0, 40], [50, 20], [100, 0]]);
  });

  it('leaves a gap for a period without data (no line through it) and draws a lone value as a dot', () => {
    const { paths, dots } = sparklineGeometry([1, 2, undefined, 3, undefined, 2], 100, 20, 0);
    expect(paths).toEqual(['M0 20 L20 10']);
    expect(dots.map(d => d[0])).toEqual([0, 20, 60, 100]);
  });

  it('draws a flat series in the middle, and nothing without values', () => {
    expect(sparklineGeometry([5, 5, 5], 20, 10, 0).dots).toEqual([[0, 5], [10, 5], [20, 5]]);
    expect(sparklineGeometry([undefined, undefined], 20, 10)).toEqual({ paths: [], dots: [] });
  });
});
