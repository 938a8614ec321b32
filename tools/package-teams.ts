/**
 * Zips the Teams app package: `npx tsx tools/package-teams.ts` → sharepoint/solution/pmo-hub-teams.zip
 * with teams/manifest.json, the icons and the localization files it names, at the zip's root (a
 * top-level folder would make the package invalid in Teams). Upload it in the Teams admin centre;
 * or, for the app catalog's "Sync to Teams", save it as src/teams/TeamsSPFxApp.zip before
 * `gulp package-solution` (SharePoint then deploys this package instead of generating one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = path.resolve(__dirname, '..');
const teamsDir = path.join(root, 'teams');

/** The files of the package: the manifest and every file it references. */
export function teamsPackageFiles(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(teamsDir, 'manifest.json'), 'utf8')) as {
    icons: { color: string; outline: string };
    localizationInfo?: { additionalLanguages?: Array<{ file: string }> };
  };
  const files = ['manifest.json', manifest.icons.color, manifest.icons.outline, ...(manifest.localizationInfo?.additionalLanguages ?? []).map(l => l.file)];
  for (const f of files) if (!existsSync(path.join(teamsDir, f))) throw new Error(`teams/manifest.json names ${f}, which is not in teams/`);
  return files;
}

/** Builds the zip in memory (fixed timestamps, so the same input gives the same bytes). */
export function buildTeamsPackage(): Uint8Array {
  const entries: Zippable = {};
  for (const f of teamsPackageFiles()) entries[f] = [readFileSync(path.join(teamsDir, f)), { mtime: new Date('2026-01-01T00:00:00Z'), level: 9 }];
  return zipSync(entries);
}

if (require.main === module) {
  const out = path.join(root, 'sharepoint', 'solution', 'pmo-hub-teams.zip');
  mkdirSync(path.dirname(out), { recursive: true });
  const zip = buildTeamsPackage();
  writeFileSync(out, zip);
  process.stdout.write(`Wrote ${path.relative(root, out)} (${zip.length} bytes: ${teamsPackageFiles().join(', ')})\n`);
}
