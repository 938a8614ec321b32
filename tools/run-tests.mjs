// `npm test`: runs Jest 30 once over every project (components, node, e2e) with coverage, then
// prints one plain line `N passed, M failed` computed from Jest's own JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'test-output');
const report = path.join(out, 'jest.json');
mkdirSync(out, { recursive: true });
rmSync(report, { force: true });

const require = createRequire(import.meta.url);
const jestBin = path.join(path.dirname(require.resolve('jest/package.json', { paths: [root] })), 'bin', 'jest.js');
const args = [jestBin, '--json', `--outputFile=${report}`, '--coverage', ...process.argv.slice(2)];
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`PMO Hub needs Node 22 (node:sqlite); this is ${process.version}. Run the tests through npm (npm test), which uses the Node pinned in node_modules.`);
}
// node:sqlite still prints an ExperimentalWarning on Node 22; it says nothing about our code.
const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --disable-warning=ExperimentalWarning`.trim();
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', NODE_OPTIONS: nodeOptions } });

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  // A suite that fails to load (syntax error, missing module) has no failed tests but must count.
  failed += r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && run.status === 0 ? 0 : 1);
