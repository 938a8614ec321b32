/**
 * Folds the strings staged in src/loc/pending/*.json into the five SPFx locale files and deletes the
 * staged files. Existing keys keep their place; new keys are appended in the staged order.
 *   npx tsx tools/merge-pending-strings.ts
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, evaluateAmdStrings, pendingFiles } from '../workbench/locales';

const locDir = path.resolve(__dirname, '..', 'src', 'loc');

export function renderLocaleFile(strings: Record<string, string>): string {
  const lines = Object.keys(strings).map(k => `    ${JSON.stringify(k)}: ${JSON.stringify(strings[k])}`);
  return `define([], function () {\n  return {\n${lines.join(',\n')}\n  };\n});\n`;
}

function main(): void {
  const pending = pendingFiles();
  if (pending.length === 0) {
    console.log('No pending strings.');
    return;
  }
  for (const locale of LOCALES) {
    const file = path.join(locDir, `${locale}.js`);
    const merged = evaluateAmdStrings(readFileSync(file, 'utf8'));
    for (const p of pending) {
      const add = p.strings[locale];
      if (!add) throw new Error(`${p.file} has no ${locale} strings`);
      Object.assign(merged, add);
    }
    writeFileSync(file, renderLocaleFile(merged));
  }
  for (const p of pending) unlinkSync(path.join(locDir, 'pending', p.file));
  console.log(`Merged ${pending.map(p => p.file).join(', ')} into ${LOCALES.length} locale files.`);
}

if (require.main === module) main();
