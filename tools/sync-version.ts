/**
 * `tsx tools/sync-version.ts` (the first step of `npm run package`): writes package.json's version
 * (x.y.z) into the files that state the release's version on the tenant: the solution and the
 * "PMO Hub" feature of config/package-solution.json (x.y.z.0) and every Teams manifest (x.y.z).
 * `npm run deploy` compares the solution's version with the one deployed, so a release that
 * forgets one of them would be skipped as "already deployed". Prints what it changed; the feature
 * of the information architecture keeps its own version (the schema's).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEAMS_APPS } from './package-teams';

const root = path.resolve(__dirname, '..');

/** Replaces the value of `"version": "…"` occurrences chosen by `pick` (index among them) in JSON text, keeping the file's layout. */
function setVersions(text: string, version: string, pick: (index: number, before: string) => boolean): string {
  let index = 0;
  return text.replace(/("version"\s*:\s*")([^"]*)(")/g, (whole, open: string, _old: string, close: string, offset: number) => (pick(index++, text.slice(0, offset)) ? `${open}${version}${close}` : whole));
}

/** Writes package.json's version into package-solution.json and the Teams manifests of `projectDir`. Returns the files it changed (paths relative to it). Throws when package.json's version is not x.y.z. */
export function syncVersion(projectDir: string = root): string[] {
  const release = (JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { version: string }).version;
  if (!/^\d+\.\d+\.\d+$/.test(release)) throw new Error(`package.json's version must be x.y.z, got "${release}"`);
  const changed: string[] = [];
  const write = (file: string, next: (text: string) => string): void => {
    const full = path.join(projectDir, file);
    const text = readFileSync(full, 'utf8');
    const out = next(text);
    if (out !== text) {
      writeFileSync(full, out);
      changed.push(file);
    }
  };
  // The solution's version, and the version of the feature titled "PMO Hub" (the one right after its title).
  write('config/package-solution.json', text =>
    setVersions(text, `${release}.0`, (i, before) => i === 0 || /"title"\s*:\s*"PMO Hub"[^{}]*$/.test(before)));
  for (const app of TEAMS_APPS) write(`teams/${app.manifest}`, text => setVersions(text, release, i => i === 0));
  return changed;
}

if (require.main === module) {
  const changed = syncVersion();
  console.log(changed.length > 0 ? `Version written to ${changed.join(', ')}.` : 'Versions agree with package.json.');
}
