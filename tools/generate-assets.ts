/**
 * Writes sharepoint/assets from src/schema: `npx tsx tools/generate-assets.ts`.
 * With `--check`, writes nothing and exits 1 when a file is stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateAssets } from '../src/schema/assets';
import { pmoSchema } from '../src/schema/pmoSchema';
import { loadLocale } from '../workbench/locales';

/** The folder of the generated assets. */
export const ASSETS_DIR: string = path.resolve(__dirname, '..', 'sharepoint', 'assets');

/** The files as they should be (English strings). */
export function expectedAssets(): Record<string, string> {
  return generateAssets(pmoSchema, loadLocale('en-us'));
}

function main(): void {
  const check = process.argv.indexOf('--check') >= 0;
  const files = expectedAssets();
  mkdirSync(ASSETS_DIR, { recursive: true });
  const stale: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(ASSETS_DIR, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(name);
    if (!check) writeFileSync(file, content, 'utf8');
  }
  for (const name of readdirSync(ASSETS_DIR)) {
    if (files[name] !== undefined) continue;
    stale.push(name);
    if (!check) rmSync(path.join(ASSETS_DIR, name));
  }
  if (check && stale.length > 0) {
    console.error(`sharepoint/assets is stale: ${stale.join(', ')}. Run npx tsx tools/generate-assets.ts`);
    process.exit(1);
  }
  console.log(`${check ? 'Checked' : 'Wrote'} ${Object.keys(files).length} files in sharepoint/assets (${stale.length} ${check ? 'stale' : 'changed'}).`);
}

if (require.main === module) main();
