/**
 * Writes the Teams icons of the Teams-enabled web parts (`npx tsx tools/make-teams-icons.ts`): a
 * 192×192 colour icon (white symbol on the PMO Hub blue) and a 32×32 outline icon (white on
 * transparent), as PNG. Deterministic: the same bytes every run.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng } from '../workbench/png';

export const PORTFOLIO_WEBPART_ID: string = 'f5211f3a-bb9a-4a57-b9cb-cc036a23f632';
export const PROJECT_REQUEST_WEBPART_ID: string = 'd0f31d87-8cfc-44b4-be65-66192185499d';
export const SCORING_WEBPART_ID: string = 'a161e740-767d-49d3-b09f-e9d0a6d009e3';
export const CAPACITY_WEBPART_ID: string = '2c333529-a8b0-4152-bc95-ab50a3655dcc';
export const DASHBOARD_WEBPART_ID: string = 'a46dcccb-1dc3-411d-8b41-ede87e1a396b';
export const TRAINING_WEBPART_ID: string = 'ce8084ed-76ef-45ce-a048-14144bf4d7da';
export const BENEFITS_WEBPART_ID: string = '5832bbb6-0a00-4dc3-bba4-5c3e886a6e0b';
export const GATES_WEBPART_ID: string = 'a720d78e-da6c-4c3d-93c1-0208a65ee95d';
export const MATURITY_WEBPART_ID: string = 'ebc0441e-a4d9-44f2-969a-7b5c05798082';
export const METHODOLOGY_WEBPART_ID: string = 'bbf68637-4df1-4660-bf0b-cb47d5ef34ee';
export const PRIORITIZATION_WEBPART_ID: string = 'defa4ba0-fb63-413c-aa83-260073e25011';
export const PROJECT_WEBPART_ID: string = '63c1f751-a4b1-43f5-945a-6ef81d436620';
export const RAID_WEBPART_ID: string = '101a9ab9-2868-4ef6-96fd-121c656be78e';

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

/** The request symbol: a sheet with a folded corner and three text lines. */
function onRequestSymbol(u: number, v: number, stroke: number): boolean {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= stroke / 2;
  const inSheet = u >= 0.26 && u <= 0.74 && v >= 0.18 && v <= 0.82;
  if (!inSheet) return false;
  const fold = u - 0.6 > v - 0.18 + 0.0; // the cut corner, top right
  if (fold && !(near(u - 0.6, v - 0.18))) return false;
  const edge = near(u, 0.26) || near(v, 0.82) || (near(v, 0.18) && u <= 0.6) || (near(u, 0.74) && v >= 0.32) || near(u - 0.6, v - 0.18);
  const lines = (near(v, 0.46) || near(v, 0.58) || near(v, 0.7)) && u >= 0.34 && u <= 0.66;
  return edge || lines;
}

/** The scoring symbol: a podium of three outlined steps (the middle one highest) on a base line. */
function onScoringSymbol(u: number, v: number, stroke: number): boolean {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= stroke / 2;
  const step = (left: number, right: number, top: number): boolean =>
    u >= left - stroke / 2 && u <= right + stroke / 2 && v >= top - stroke / 2 && v <= 0.78 + stroke / 2 && (near(u, left) || near(u, right) || near(v, top));
  return step(0.2, 0.4, 0.52) || step(0.4, 0.6, 0.26) || step(0.6, 0.8, 0.62) || (near(v, 0.78) && u >= 0.16 && u <= 0.84);
}

/** The capacity symbol: a heat map of 3 × 3 outlined cells, the top right one filled (over capacity). */
function onCapacitySymbol(u: number, v: number, stroke: number): boolean {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= stroke / 2;
  const edges = [0.18, 0.4, 0.6, 0.82];
  const inGrid = u >= 0.18 - stroke / 2 && u <= 0.82 + stroke / 2 && v >= 0.18 - stroke / 2 && v <= 0.82 + stroke / 2;
  if (!inGrid) return false;
  const filled = u >= 0.6 && u <= 0.82 && v >= 0.18 && v <= 0.4;
  return filled || edges.some(e => near(u, e)) || edges.some(e => near(v, e));
}

/** The dashboard symbol: three outlined bars rising from a base line, the tallest filled (a KPI on target). */
function onDashboardSymbol(u: number, v: number, stroke: number): boolean {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= stroke / 2;
  const bar = (left: number, right: number, top: number, filled: boolean): boolean => {
    const inside = u >= left - stroke / 2 && u <= right + stroke / 2 && v >= top - stroke / 2 && v <= 0.8;
    return inside && (filled || near(u, left) || near(u, right) || near(v, top));
  };
  return bar(0.2, 0.34, 0.56, false) || bar(0.43, 0.57, 0.4, false) || bar(0.66, 0.8, 0.2, true) || (near(v, 0.8) && u >= 0.14 && u <= 0.86);
}

/** The training symbol: a graduation cap (a diamond board over a band) with its tassel on the right. */
function onTrainingSymbol(u: number, v: number, stroke: number): boolean {
  const board = Math.abs(u - 0.5) / 0.36 + Math.abs(v - 0.4) / 0.18 <= 1;
  const band = u >= 0.3 && u <= 0.7 && v >= 0.48 && v <= 0.7;
  const tassel = Math.abs(u - 0.8) <= stroke / 2 && v >= 0.4 && v <= 0.72;
  return board || band || tassel;
}

/** Distance from (u, v) to the segment (x1, y1)–(x2, y2), in the unit square. */
function segmentDistance(u: number, v: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(u - (x1 + t * dx), v - (y1 + t * dy));
}

/** The benefits symbol: a rising trend line over two axes. */
function onBenefitsSymbol(u: number, v: number, stroke: number): boolean {
  const on = (x1: number, y1: number, x2: number, y2: number): boolean => segmentDistance(u, v, x1, y1, x2, y2) <= stroke / 2;
  return on(0.2, 0.2, 0.2, 0.8) || on(0.2, 0.8, 0.82, 0.8) || on(0.28, 0.66, 0.46, 0.5) || on(0.46, 0.5, 0.58, 0.58) || on(0.58, 0.58, 0.8, 0.28);
}

/** The stage-gate symbol: two posts joined by two rails. */
function onGatesSymbol(u: number, v: number, stroke: number): boolean {
  const on = (x1: number, y1: number, x2: number, y2: number): boolean => segmentDistance(u, v, x1, y1, x2, y2) <= stroke / 2;
  return on(0.24, 0.2, 0.24, 0.82) || on(0.76, 0.2, 0.76, 0.82) || on(0.24, 0.4, 0.76, 0.4) || on(0.24, 0.58, 0.76, 0.58) || on(0.24, 0.4, 0.76, 0.58);
}

/** The maturity symbol: a staircase of five steps. */
function onMaturitySymbol(u: number, v: number, stroke: number): boolean {
  const on = (x1: number, y1: number, x2: number, y2: number): boolean => segmentDistance(u, v, x1, y1, x2, y2) <= stroke / 2;
  let hit = on(0.18, 0.8, 0.82, 0.8);
  for (let i = 0; i < 5; i++) {
    const x = 0.18 + i * 0.128;
    const top = 0.8 - (i + 1) * 0.12;
    hit = hit || on(x, top, x + 0.128, top) || on(x, top, x, top + 0.12);
  }
  return hit;
}

/** The methodology symbol: three stages (circles) on a process line. */
function onMethodologySymbol(u: number, v: number, stroke: number): boolean {
  const ring = (cx: number): boolean => Math.abs(Math.hypot(u - cx, v - 0.5) - 0.1) <= stroke / 2;
  const line = Math.abs(v - 0.5) <= stroke / 2 && u >= 0.12 && u <= 0.88 && [0.25, 0.5, 0.75].every(cx => Math.abs(u - cx) >= 0.1);
  return ring(0.25) || ring(0.5) || ring(0.75) || line;
}

/** The prioritization symbol: three ranked bars, longest on top. */
function onPrioritizationSymbol(u: number, v: number, stroke: number): boolean {
  const bar = (top: number, right: number): boolean => u >= 0.2 && u <= right && v >= top && v <= top + 0.12;
  return bar(0.22, 0.8) || bar(0.44, 0.64) || bar(0.66, 0.46) || (Math.abs(u - 0.2) <= stroke / 2 && v >= 0.18 && v <= 0.82);
}

/** The project symbol: a briefcase (an outlined case with a handle and a clasp line). */
function onProjectSymbol(u: number, v: number, stroke: number): boolean {
  const on = (x1: number, y1: number, x2: number, y2: number): boolean => segmentDistance(u, v, x1, y1, x2, y2) <= stroke / 2;
  const box = on(0.18, 0.34, 0.82, 0.34) || on(0.82, 0.34, 0.82, 0.78) || on(0.82, 0.78, 0.18, 0.78) || on(0.18, 0.78, 0.18, 0.34);
  const handle = on(0.4, 0.34, 0.4, 0.22) || on(0.4, 0.22, 0.6, 0.22) || on(0.6, 0.22, 0.6, 0.34);
  return box || handle || on(0.18, 0.52, 0.82, 0.52);
}

/** The RAID symbol: a warning triangle with an exclamation mark. */
function onRaidSymbol(u: number, v: number, stroke: number): boolean {
  const on = (x1: number, y1: number, x2: number, y2: number): boolean => segmentDistance(u, v, x1, y1, x2, y2) <= stroke / 2;
  const triangle = on(0.5, 0.18, 0.84, 0.8) || on(0.84, 0.8, 0.16, 0.8) || on(0.16, 0.8, 0.5, 0.18);
  return triangle || on(0.5, 0.4, 0.5, 0.6) || Math.hypot(u - 0.5, v - 0.7) <= stroke * 0.6;
}

const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const BLUE: Rgba = [0x0f, 0x6c, 0xbd, 255];

type IconSymbol = (u: number, v: number, stroke: number) => boolean;

export function colorIcon(symbol: IconSymbol = onSymbol): Buffer {
  return png(192, (x, y) => (symbol((x + 0.5) / 192, (y + 0.5) / 192, 0.045) ? WHITE : BLUE));
}

export function outlineIcon(symbol: IconSymbol = onSymbol): Buffer {
  return png(32, (x, y) => (symbol((x + 0.5) / 32, (y + 0.5) / 32, 0.07) ? WHITE : CLEAR));
}

/** Web part id → its symbol. (PMO Home's icons predate this tool and are kept as they are.) */
export const ICONS: ReadonlyArray<{ id: string; symbol: IconSymbol }> = [
  { id: PORTFOLIO_WEBPART_ID, symbol: onSymbol },
  { id: PROJECT_REQUEST_WEBPART_ID, symbol: onRequestSymbol },
  { id: SCORING_WEBPART_ID, symbol: onScoringSymbol },
  { id: CAPACITY_WEBPART_ID, symbol: onCapacitySymbol },
  { id: DASHBOARD_WEBPART_ID, symbol: onDashboardSymbol },
  { id: TRAINING_WEBPART_ID, symbol: onTrainingSymbol },
  { id: BENEFITS_WEBPART_ID, symbol: onBenefitsSymbol },
  { id: GATES_WEBPART_ID, symbol: onGatesSymbol },
  { id: MATURITY_WEBPART_ID, symbol: onMaturitySymbol },
  { id: METHODOLOGY_WEBPART_ID, symbol: onMethodologySymbol },
  { id: PRIORITIZATION_WEBPART_ID, symbol: onPrioritizationSymbol },
  { id: PROJECT_WEBPART_ID, symbol: onProjectSymbol },
  { id: RAID_WEBPART_ID, symbol: onRaidSymbol }
];

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'teams');
  for (const icon of ICONS) {
    writeFileSync(path.join(dir, `${icon.id}_color.png`), colorIcon(icon.symbol));
    writeFileSync(path.join(dir, `${icon.id}_outline.png`), outlineIcon(icon.symbol));
    process.stdout.write(`Wrote teams/${icon.id}_color.png and _outline.png\n`);
  }
}
