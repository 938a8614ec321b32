/**
 * What the Dashboard's first view carries (README, "Bundle budget"). Its initial JavaScript had grown to
 * 93.4 KB gzip: the dashboard service imported the risk register's service and the status report's
 * rules only to read two settings, and its report panel's labels (a lazy chunk) named dimensions from
 * ProjectStrings, which SharePoint then loads before the first render, as every strings module the web
 * part's code names anywhere. The test bundles the web part with esbuild (code splitting, packages and
 * strings modules external, a metafile) and checks the modules of the entry's output and the strings
 * modules any output names.
 */
import path from 'node:path';
import { buildSync, type Metafile } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');

/** The web part bundled with code splitting: its dynamic imports become chunks of their own. */
function bundle(entry: string): Metafile {
  const result = buildSync({
    entryPoints: [path.join(ROOT, entry)], bundle: true, splitting: true, format: 'esm', outdir: path.join(ROOT, 'temp', 'first-view'),
    write: false, metafile: true, packages: 'external', external: ['*Strings'], loader: { '.scss': 'empty' }, logLevel: 'silent'
  });
  return result.metafile;
}

describe('the Dashboard\'s first view', () => {
  const ENTRY = 'src/webparts/dashboard/DashboardWebPart.ts';
  const meta = bundle(ENTRY);
  /** The source files of the entry's output and of the shared chunks it imports statically: what loads before the first render. */
  const initialInputs = (): string[] => {
    const outputs = meta.outputs;
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of outputs[file].imports) if (!i.external && i.kind === 'import-statement') visit(i.path);
    };
    visit(Object.keys(outputs).filter(f => outputs[f].entryPoint === ENTRY)[0]);
    return [...seen].flatMap(f => Object.keys(outputs[f].inputs));
  };

  it('reads its settings without the risk register\'s service or the status report\'s rules', () => {
    const initial = initialInputs();
    expect(initial).toContain('src/services/DashboardService.ts');
    expect(initial).toContain('src/services/configValues.ts');
    expect(initial.filter(f => /src\/services\/(RiskService|reportRules|controllingRows)\.ts$/.test(f))).toEqual([]);
  });

  it('names only its own strings modules, in its first view and its lazy chunks', () => {
    const named = new Set(Object.values(meta.outputs).flatMap(o => o.imports.filter(i => i.external && /Strings$/.test(i.path)).map(i => i.path)));
    expect([...named].sort()).toEqual(['DashboardStrings', 'PmoHubStrings', 'ReportStrings']);
  });
});
