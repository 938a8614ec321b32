/**
 * Zips the Teams app packages: `npx tsx tools/package-teams.ts` → sharepoint/solution/pmo-hub-teams.zip
 * (the Portfolio tab, teams/manifest.json), pmo-hub-scoring-teams.zip (the Scoring tab,
 * teams/scoring.manifest.json), pmo-hub-capacity-teams.zip (the Capacity tab, teams/capacity.manifest.json), pmo-hub-dashboard-teams.zip (the Dashboard tab, teams/dashboard.manifest.json) and pmo-hub-training-teams.zip (the Training tab, teams/training.manifest.json), each with its manifest as manifest.json, the icons and the
 * localization files it names, at the zip's root (a top-level folder would make the package invalid in Teams). Upload it in the Teams admin centre;
 * or, for the app catalog's "Sync to Teams", save it as src/teams/TeamsSPFxApp.zip before
 * `gulp package-solution` (SharePoint then deploys this package instead of generating one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = path.resolve(__dirname, '..');
const teamsDir = path.join(root, 'teams');

/** Each Teams app: its manifest in teams/ and the zip it is packaged into (sharepoint/solution/). */
export const TEAMS_APPS: ReadonlyArray<{ manifest: string; zip: string }> = [
  { manifest: 'manifest.json', zip: 'pmo-hub-teams.zip' },
  { manifest: 'scoring.manifest.json', zip: 'pmo-hub-scoring-teams.zip' },
  { manifest: 'capacity.manifest.json', zip: 'pmo-hub-capacity-teams.zip' },
  { manifest: 'dashboard.manifest.json', zip: 'pmo-hub-dashboard-teams.zip' },
  { manifest: 'training.manifest.json', zip: 'pmo-hub-training-teams.zip' }
];

/** The files of a package: the manifest (as teams/ holds it) and every file it references. */
export function teamsPackageFiles(manifestFile: string = 'manifest.json'): string[] {
  const manifest = JSON.parse(readFileSync(path.join(teamsDir, manifestFile), 'utf8')) as {
    icons: { color: string; outline: string };
    localizationInfo?: { additionalLanguages?: Array<{ file: string }> };
  };
  const files = [manifestFile, manifest.icons.color, manifest.icons.outline, ...(manifest.localizationInfo?.additionalLanguages ?? []).map(l => l.file)];
  for (const f of files) if (!existsSync(path.join(teamsDir, f))) throw new Error(`teams/${manifestFile} names ${f}, which is not in teams/`);
  return files;
}

/** Builds a zip in memory, the manifest named manifest.json (fixed timestamps, so the same input gives the same bytes). */
export function buildTeamsPackage(manifestFile: string = 'manifest.json'): Uint8Array {
  const entries: Zippable = {};
  for (const f of teamsPackageFiles(manifestFile)) entries[f === manifestFile ? 'manifest.json' : f] = [readFileSync(path.join(teamsDir, f)), { mtime: new Date('2026-01-01T00:00:00Z'), level: 9 }];
  return zipSync(entries);
}

if (require.main === module) {
  for (const app of TEAMS_APPS) {
    const out = path.join(root, 'sharepoint', 'solution', app.zip);
    mkdirSync(path.dirname(out), { recursive: true });
    const zip = buildTeamsPackage(app.manifest);
    writeFileSync(out, zip);
    process.stdout.write(`Wrote ${path.relative(root, out)} (${zip.length} bytes: ${teamsPackageFiles(app.manifest).map(f => (f === app.manifest ? 'manifest.json' : f)).join(', ')})\n`);
  }
}
