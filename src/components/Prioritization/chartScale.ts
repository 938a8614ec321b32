/**
 * The bubble chart's scale, worked out before the chart library draws it (pure, no library code, so
 * it is tested in Node): the axis ticks with compact labels in the user's locale ("1.2M", "1,2 Mio.")
 * that fit the plot's edge, and the lower end of the score axis.
 *
 * Why the lower end matters: @fluentui/react-charting (5.25) draws a bubble's radius as its marker
 * size × the pixels of the 10 % padding it adds around the data ÷ the largest marker size. With the
 * score axis from 0, a few candidates scored 40–46 get a padding of 0.6 points: about 3 px, so
 * every bubble looked like one small dot. Starting the axis just below the padded data makes that
 * padding (and so the largest bubble) about 15 px at the screen's height.
 */

/** The step of about `span / count` rounded to 1, 2 or 5 × a power of ten. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** The padded extent the library gives markers: the data's min and max, 10 % of the range beyond each. */
export function paddedExtent(values: ReadonlyArray<number>): { min: number; max: number } | undefined {
  if (!values.length) return undefined;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1;
  return { min: lo - pad, max: hi + pad };
}

/** Ticks at multiples of a nice step strictly within the padded extent (so within the axis the library draws). */
export function ticksWithin(values: ReadonlyArray<number>, count: number = 5): number[] {
  const e = paddedExtent(values);
  if (!e || !(e.max > e.min)) return values.length ? [values[0]] : [];
  const step = niceStep(e.max - e.min, count);
  const out: number[] = [];
  for (let t = Math.ceil(e.min / step) * step; t <= e.max + step * 1e-9; t += step) out.push(Math.round(t / step) * step);
  return out;
}

/** A number in the locale's compact notation ("1.2M" in English, "1,2 Mio." in German). */
export function compactNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/**
 * The lower end of the score axis of a bubble chart: a multiple of a nice step at or below the
 * padded data's minimum (so the library keeps it: it falls back to 0 only when the data reach
 * below), never below 0 for scores of 0 or more. Undefined without a spread of values.
 */
export function bubbleAxisMin(values: ReadonlyArray<number>): number | undefined {
  const e = paddedExtent(values);
  if (!e || !(e.max > e.min)) return undefined;
  const step = niceStep(e.max - e.min, 4);
  const min = Math.floor(e.min / step) * step;
  return Math.min(values.every(v => v >= 0) ? Math.max(0, min) : min, e.min);
}
