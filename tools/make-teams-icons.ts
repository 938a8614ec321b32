/**
 * Writes the Portfolio web part's Teams icons (`npx tsx tools/make-teams-icons.ts`): a 192×192
 * colour icon (white register on the PMO Hub blue) and a 32×32 outline icon (white on transparent),
 * as PNG with node:zlib. Deterministic: the same bytes every run.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng } from '../workbench/png';

export const PORTFOLIO_WEBPART_ID: string = 'f5211f3a-bb9a-4a57-b9cb-cc036a23f632';

type Rgba = [number, number, number, number];

/** An RGBA PNG of size×size whose pixels come from `pixel(x, y)`. */
export function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) pixels.set(pixel(x, y), (y * size + x) * 4);
  }
  return encodePng(size, size, pixels, 4);
}

/** The register symbol in a unit square: a frame, a header rule, two row rules and a column rule. */
function onSymbol(u: number, v: number, stroke: number): boolean {
  const inBox = u >= 0.18 && u <= 0.82 && v >= 0.22 && v <= 0.78;
  if (!inBox) return false;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= stroke / 2;
  return near(u, 0.18) || near(u, 0.82) || near(v, 0.22) || near(v, 0.78) || near(v, 0.38) || near(v, 0.53) || near(v, 0.66) || near(u, 0.4);
}

const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const BLUE: Rgba = [0x0f, 0x6c, 0xbd, 255];

export function colorIcon(): Buffer {
  return png(192, (x, y) => (onSymbol((x + 0.5) / 192, (y + 0.5) / 192, 0.045) ? WHITE : BLUE));
}

export function outlineIcon(): Buffer {
  return png(32, (x, y) => (onSymbol((x + 0.5) / 32, (y + 0.5) / 32, 0.07) ? WHITE : CLEAR));
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'teams');
  writeFileSync(path.join(dir, `${PORTFOLIO_WEBPART_ID}_color.png`), colorIcon());
  writeFileSync(path.join(dir, `${PORTFOLIO_WEBPART_ID}_outline.png`), outlineIcon());
  process.stdout.write(`Wrote teams/${PORTFOLIO_WEBPART_ID}_color.png and _outline.png\n`);
}
