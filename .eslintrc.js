require('@rushstack/eslint-config/patch/modern-module-resolution');

// ---------------------------------------------------------------------------------- import layers
// Dependencies point one way (DESIGN.md, "Layout"): webparts → components → services → domain;
// schema is read by services, provisioning and workbench/seed and imports none of theirs; platform
// (PnPjs setup) is the lowest layer of our own; the emulator is SharePoint, not our code. Paths are
// matched after resolution, relative to this folder. Test files get the same layers, but may use
// the local workbench and the Jest helpers in tools/jest (TEST_ZONES).
const SRC_OUTSIDE = ['./workbench', './tools', './bench', './e2e'];
const LAYER_ZONES = [
  { target: './src/domain', from: './src', except: ['./domain'], message: 'The domain is pure: it imports nothing else of PMO Hub (no schema, services, components, web parts, provisioning, platform or strings).' },
  { target: './src/services', from: ['./src/components', './src/webparts'], message: 'Services sit below components and web parts: they do not import them.' },
  { target: './src/components', from: './src/webparts', message: 'Components sit below web parts: they do not import them.' },
  { target: './src/schema', from: ['./src/services', './src/provisioning', './src/platform', './src/components', './src/webparts', './workbench'], message: 'The schema is data that services, provisioning and the seed read; it imports none of theirs (the domain\'s vocabulary is fine).' },
  { target: './src/platform', from: './src', except: ['./platform'], message: 'The platform layer (PnPjs setup) imports nothing of PMO Hub\'s own.' },
  { target: './workbench', from: './tools', message: 'tools/ uses the workbench, not the other way round (put what both need in the workbench).' }
];
const SRC_OUTSIDE_ZONE = { target: './src', from: SRC_OUTSIDE, message: 'The solution code (src) does not import the workbench, tools, benchmarks or browser tests.' };
const EMULATOR_ZONE = { target: './workbench/emulator', from: './src', message: 'The emulator stands for SharePoint and Graph: it imports nothing from src.' };
const TEST_ZONES = [
  ...LAYER_ZONES,
  { target: './src', from: ['./bench', './e2e'], message: 'Tests in src do not import benchmarks or browser tests.' },
  { target: './src', from: './tools', except: ['./jest'], message: 'Tests in src may use the Jest helpers in tools/jest, not the other tools.' }
];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/*.e2e.ts', 'src/**/test-utils/**/*.ts'];
const noRestrictedPaths = zones => ['error', { basePath: __dirname, zones }];

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  plugins: ['import'],
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } }
  },
  ignorePatterns: ['lib/', 'dist/', 'temp/', 'node_modules/', 'sharepoint/', 'src/loc/*.js', 'test-output/', '*.tmp.ts'],
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: { project: './tsconfig.lint.json', ecmaVersion: 2018, sourceType: 'module' },
      rules: {
        '@rushstack/no-new-null': 1,
        '@rushstack/hoist-jest-mock': 1,
        '@rushstack/import-requires-chunk-name': 1,
        '@rushstack/pair-react-dom-render-unmount': 1,
        '@rushstack/security/no-unsafe-regexp': 1,
        '@typescript-eslint/explicit-function-return-type': [1, { allowExpressions: true, allowTypedFunctionExpressions: true, allowHigherOrderFunctions: false }],
        '@typescript-eslint/no-explicit-any': 1,
        '@typescript-eslint/no-floating-promises': 2,
        '@typescript-eslint/no-for-in-array': 2,
        '@typescript-eslint/no-misused-new': 2,
        '@typescript-eslint/no-unused-vars': [1, { vars: 'all', args: 'none' }],
        'react-hooks/rules-of-hooks': 2,
        'react-hooks/exhaustive-deps': 1,
        'import/no-restricted-paths': noRestrictedPaths([...LAYER_ZONES, SRC_OUTSIDE_ZONE, EMULATOR_ZONE]),
        'max-lines-per-function': [2, { max: 150, skipBlankLines: true, skipComments: true }]
      }
    },
    {
      // The domain and the platform layer do not read PMO Hub's strings either (texts come in as arguments).
      files: ['src/domain/**/*.ts', 'src/platform/**/*.ts'],
      rules: {
        'no-restricted-imports': [2, { paths: [{ name: 'PmoHubStrings', message: 'Pass the localized texts in; this layer does not import the strings module.' }] }]
      }
    },
    {
      // Tests and their helpers: the same layers, the local workbench allowed; no length limit.
      files: TEST_FILES,
      rules: {
        'import/no-restricted-paths': noRestrictedPaths(TEST_ZONES),
        'max-lines-per-function': 0
      }
    },
    {
      // Node-side code: the local workbench, benchmarks, browser tests and tooling.
      files: ['workbench/**/*.ts', 'workbench/**/*.tsx', 'bench/**/*.ts', 'e2e/**/*.ts', 'tools/**/*.ts', 'teams/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
      rules: {
        '@rushstack/no-new-null': 0,
        '@rushstack/import-requires-chunk-name': 0
      }
    }
  ]
};
