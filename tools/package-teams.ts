/**
 * Zips the Teams app packages: `npx tsx tools/package-teams.ts` → one zip per Teams-enabled web
 * part in sharepoint/solution/ (see {@link TEAMS_APPS}: pmo-hub-teams.zip for the Portfolio tab,
 * teams/manifest.json; pmo-hub-<area>-teams.zip for the others, teams/<area>.manifest.json), each
 * with its manifest as manifest.json, the icons and the localization files it names, at the zip's
 * root (a top-level folder would make the package invalid in Teams). `npm run deploy -- --teams`
 * publishes them to the organisation's app catalog, or upload them in the Teams admin centre; for
 * the app catalog's "Sync to Teams", save one as src/teams/TeamsSPFxApp.zip before
 * `gulp package-solution` (SharePoint then deploys this package instead of generating one).
 * tools/teams-manifest.test.ts checks that every web part with a Teams host has its app here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = path.resolve(__dirname, '..');
const teamsDir = path.join(root, 'teams');

/**
 * Each Teams app: its manifest in teams/, the zip it is packaged into (sharepoint/solution/) and the
 * web part it hosts (its folder under src/webparts/).
 */
export const TEAMS_APPS: ReadonlyArray<{ manifest: string; zip: string; webPart: string }> = [
  { manifest: 'manifest.json', zip: 'pmo-hub-teams.zip', webPart: 'portfolio' },
  { manifest: 'scoring.manifest.json', zip: 'pmo-hub-scoring-teams.zip', webPart: 'scoring' },
  { manifest: 'capacity.manifest.json', zip: 'pmo-hub-capacity-teams.zip', webPart: 'capacity' },
  { manifest: 'dashboard.manifest.json', zip: 'pmo-hub-dashboard-teams.zip', webPart: 'dashboard' },
  { manifest: 'training.manifest.json', zip: 'pmo-hub-training-teams.zip', webPart: 'training' },
  { manifest: 'pmo-home.manifest.json', zip: 'pmo-hub-pmo-home-teams.zip', webPart: 'pmoHome' },
  { manifest: 'project-request.manifest.json', zip: 'pmo-hub-project-request-teams.zip', webPart: 'projectRequest' },
  { manifest: 'project.manifest.json', zip: 'pmo-hub-project-teams.zip', webPart: 'project' },
  { manifest: 'prioritization.manifest.json', zip: 'pmo-hub-prioritization-teams.zip', webPart: 'prioritization' },
  { manifest: 'raid.manifest.json', zip: 'pmo-hub-raid-teams.zip', webPart: 'raid' },
  { manifest: 'gates.manifest.json', zip: 'pmo-hub-gates-teams.zip', webPart: 'gates' },
  { manifest: 'benefits.manifest.json', zip: 'pmo-hub-benefits-teams.zip', webPart: 'benefits' },
  { manifest: 'methodology.manifest.json', zip: 'pmo-hub-methodology-teams.zip', webPart: 'methodology' },
  { manifest: 'maturity.manifest.json', zip: 'pmo-hub-maturity-teams.zip', webPart: 'maturity' }
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
