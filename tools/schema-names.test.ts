/**
 * The schema is the single source of list URLs: services, components, web parts and the demo-data
 * generator take them from its typed references (`ProjectsList.url`, `listPath(webPath, ProjectsList)`),
 * never from a literal such as 'Lists/Projects' or `${webUrl}/Lists/Projects`. The files are read
 * with the TypeScript scanner, so a URL in a comment does not count and one inside a template does.
 * Test files are not scanned (they address lists as a user would).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');

/** The folders whose non-test code must take list URLs from src/schema. */
const GUARDED = ['src/services', 'src/components', 'src/webparts', 'workbench/seed'];

/** A list URL inside a literal: at its start or after a slash ('Lists/Projects', '/sites/pmo/Lists/Projects'). */
const LIST_URL = /(^|\/)Lists\//;

function isTestFile(file: string): boolean {
  return /\.(test|e2e)\.tsx?$/.test(file) || file.split(path.sep).indexOf('test-utils') >= 0;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) && !isTestFile(full) ? [full] : [];
  });
}

/** `file:line: text` of every string or template literal of a file that holds a list URL. */
function literalListUrls(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (LIST_URL.test(node.text)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push(`${fileName}:${line}: ${node.getText(source)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('list URLs come from the schema', () => {
  it('finds list URLs in strings and templates, not in comments', () => {
    const sample = [
      '// Lists/Projects in a comment',
      '/** `Lists/Projects` in a docstring */',
      "const a = 'Lists/Projects';",
      'const b = "Lists/Risks";',
      'const c = `${web}/Lists/Issues`;',
      'const d = `Lists/${key}`;',
      "const e = ProjectsList.url + '/AllItems.aspx';",
      "const f = '/_api/web/lists/getbytitle';"
    ].join('\n');
    expect(literalListUrls('sample.ts', sample)).toEqual([
      "sample.ts:3: 'Lists/Projects'",
      'sample.ts:4: "Lists/Risks"',
      'sample.ts:5: }/Lists/Issues`',
      'sample.ts:6: `Lists/${'
    ]);
  });

  for (const dir of GUARDED) {
    it(`${dir} has no literal list URL (outside src/schema, non-test files)`, () => {
      const found = sourceFiles(path.join(ROOT, dir)).flatMap(f => literalListUrls(path.relative(ROOT, f).split(path.sep).join('/'), readFileSync(f, 'utf8')));
      expect(found).toEqual([]);
    });
  }
});
