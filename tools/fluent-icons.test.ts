/**
 * Every icon that a Fluent UI component PMO Hub uses can ask for is registered (issue 9, item 13):
 * SharePoint pages register Fluent's icon font, a Teams tab and the local site do not, so an
 * unregistered name renders blank and without a name (the calendar's month arrows, a panel's close
 * button). The test bundles the Fluent modules that src imports (esbuild, with a metafile), reads
 * every file they pull in, and takes each string literal that is a Fluent MDL2 icon name: the
 * names the components can ask for. Each must be in FLUENT_ICON_GLYPHS, or in NOT_ICONS with a
 * reason. A second test makes sure that the code which renders Fluent components imports the
 * module that registers them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { FLUENT_ICON_GLYPHS } from '../src/components/controls/fluentIcons';

const ROOT = path.resolve(__dirname, '..');

/** String literals in Fluent's code that are MDL2 icon names but not used as icons there. */
const NOT_ICONS: Readonly<Record<string, string>> = {
  Checkbox: 'a component and class name (ms-Checkbox)',
  Dropdown: 'a component and class name (ms-Dropdown)',
  Header: 'a Dropdown/ContextualMenu item type name',
  Label: 'a component name',
  Link: 'a component name',
  TextField: 'a component name',
  Section: 'a ContextualMenu item type name',
  Highlight: 'a class-name fragment',
  SelectAll: 'a key of Selection',
  None: 'an enum member name'
};

/** Fluent modules that draw no icon themselves and may be imported anywhere. */
const ICONLESS = new Set(['Styling', 'Utilities', 'Theme', 'List', 'Layer', 'DateTimeUtilities', 'FocusZone']);

function isTestFile(file: string): boolean {
  return /\.(test|e2e)\.tsx?$/.test(file);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) && !isTestFile(full) ? [full] : [];
  });
}

/** The Fluent modules (`@fluentui/react/lib/<Module>`) each source file imports, by file. */
function fluentImports(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const mods = Array.from(text.matchAll(/from '@fluentui\/react\/lib\/([A-Za-z]+)'/g)).map(m => m[1]);
    if (mods.length) out.set(path.relative(ROOT, file), mods);
  }
  return out;
}

/** Every MDL2 icon name (the icon font's name list). */
function mdl2Names(): Set<string> {
  const file = path.join(ROOT, 'node_modules/@fluentui/font-icons-mdl2/lib/data/AllIconNames.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Array<{ name?: string }>;
  return new Set(entries.map(e => e.name).filter((n): n is string => !!n));
}

/** The MDL2 icon names that appear as string literals in the code of the given Fluent modules. */
function iconNamesIn(modules: string[]): string[] {
  const result = buildSync({
    stdin: { contents: modules.map(m => `export * as ${m} from '@fluentui/react/lib/${m}';`).join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true, write: false, metafile: true, format: 'esm', external: ['react', 'react-dom'], logLevel: 'silent'
  });
  const names = mdl2Names();
  const found = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.indexOf('node_modules/@fluentui/') < 0) continue;
    const text = readFileSync(path.join(ROOT, input), 'utf8');
    for (const m of text.matchAll(/['"]([A-Za-z0-9]+)['"]/g)) if (names.has(m[1])) found.add(m[1]);
  }
  return Array.from(found).sort();
}

describe('Fluent UI icons', () => {
  it('registers every icon name the Fluent components PMO Hub uses can ask for', () => {
    const modules = Array.from(new Set(Array.from(fluentImports().values()).flat())).sort();
    expect(modules.length).toBeGreaterThan(0);
    const names = iconNamesIn(modules);
    // The scan must find the icons it is known to: the panel's close button, the dropdown's chevron.
    expect(names).toEqual(expect.arrayContaining(['Cancel', 'ChevronDown']));
    const missing = names.filter(n => !FLUENT_ICON_GLYPHS[n] && !NOT_ICONS[n]);
    expect(missing).toEqual([]);
  });

  it('registers every iconName PMO Hub passes to a Fluent component', () => {
    const asked = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/iconName: '([A-Za-z0-9]+)'/g)) asked.add(m[1]);
    }
    expect(asked.size).toBeGreaterThan(0);
    expect(Array.from(asked).filter(n => !FLUENT_ICON_GLYPHS[n]).sort()).toEqual([]);
  });

  it('imports the icon registration wherever a Fluent component with icons is rendered', () => {
    const unguarded: string[] = [];
    for (const [file, modules] of fluentImports()) {
      if (modules.every(m => ICONLESS.has(m))) continue;
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      // A named import that the module uses (themed, useHostLayerProps, ensureFluentIcons): a bare
      // import of a side-effect-free control module would be dropped by the build.
      const host = /import \{[^}]*\b(themed|useHostLayerProps)\b[^}]*\} from '(\.\.?\/)+(controls\/)?FluentHost'/.test(text);
      const icons = /import \{[^}]*\bensureFluentIcons\b[^}]*\} from '(\.\.?\/)+(controls\/)?fluentIcons'/.test(text) && /^ensureFluentIcons\(\);$/m.test(text);
      if (!host && !icons) unguarded.push(`${file} (${modules.join(', ')})`);
    }
    expect(unguarded).toEqual([]);
  });
});
