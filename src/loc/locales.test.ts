import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { LOCALES } from '../../tools/jest/locale';
import { loadModuleStrings, pendingFiles, stringModules } from '../../workbench/locales';

describe('PMO Hub strings', () => {
  const modules = stringModules();

  it('has the shared module first and each module in its own folder', () => {
    expect(modules[0].name).toBe('PmoHubStrings');
    expect(new Set(modules.map(m => m.dir)).size).toBe(modules.length);
  });

  describe.each(modules.map(m => [m.name, m] as const))('%s', (name, mod) => {
    const english = loadModuleStrings(name, 'en-us');
    const englishKeys = Object.keys(english).sort();

    it('has a healthy English baseline', () => {
      expect(englishKeys.length).toBeGreaterThan(name === 'PmoHubStrings' ? 30 : 0);
      for (const key of englishKeys) expect(english[key].trim()).not.toBe('');
    });

    it.each(LOCALES.filter(l => l !== 'en-us'))('%s has exactly the English keys, none empty', locale => {
      const strings = loadModuleStrings(name, locale);
      const keys = Object.keys(strings).sort();
      expect(keys.filter(k => englishKeys.indexOf(k) < 0)).toEqual([]); // extra keys
      expect(englishKeys.filter(k => keys.indexOf(k) < 0)).toEqual([]); // missing keys
      for (const key of keys) expect(strings[key].trim()).not.toBe('');
    });

    it.each(LOCALES)('%s keeps every {n} placeholder of the English text', locale => {
      const strings = loadModuleStrings(name, locale);
      for (const key of englishKeys) {
        const placeholders = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
        expect({ key, p: placeholders(strings[key]) }).toEqual({ key, p: placeholders(english[key]) });
      }
    });

    it(`declares every English key in ${name}.d.ts (the shared module may use a documented prefix)`, () => {
      const declFile = path.join(mod.dir, `${name}.d.ts`);
      expect(existsSync(declFile)).toBe(true);
      const decl = readFileSync(declFile, 'utf8');
      expect(decl).toContain(`declare module '${name}'`);
      const prefixes = name === 'PmoHubStrings' ? /^(Choice|Validation|Error|Setup|Portfolio|Request|Intake|Teams|Scoring)_/ : name === 'SchemaStrings' ? /^(List|Field|Group|View)_/ : /^$/;
      const undeclared = englishKeys.filter(k => decl.indexOf(`${k}:`) < 0 && !prefixes.test(k));
      expect(undeclared).toEqual([]);
    });
  });

  it('gives every key to one module only (Jest and Node callers merge them)', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const m of modules) {
      for (const key of Object.keys(loadModuleStrings(m.name, 'en-us'))) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${m.name}`);
        else owner.set(key, m.name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('has no strings left in src/loc/pending (the SPFx build reads only the five locale files)', () => {
    expect(pendingFiles().map(p => `${p.file}: run npx tsx tools/merge-pending-strings.ts`)).toEqual([]);
  });
});
