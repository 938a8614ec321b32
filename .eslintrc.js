require('@rushstack/eslint-config/patch/modern-module-resolution');
module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
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
        'react-hooks/exhaustive-deps': 1
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
