'use strict';

/**
 * Jest 30, run directly (the gulp toolchain's Jest is too old).
 * - `components`: React components under jsdom.
 * - `node`: domain, schema, services, provisioning and workbench tests under node, against the emulator.
 * - `e2e`: browser tests (playwright-core + Debian Chromium) against the local workbench.
 * ESM-only @pnp/* v4 is transformed by SWC, so the real PnPjs code runs in the tests.
 */
const swc = ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript', tsx: true, decorators: true }, target: 'es2022', transform: { react: { runtime: 'classic' } } }, module: { type: 'commonjs' } }];

// Every SPFx resource module (config/config.json localizedResources: 'PmoHubStrings', 'ScoringStrings', …)
// resolves to one object holding the strings of all of them (keys are unique across modules).
const stringModules = Object.keys(require('./config/config.json').localizedResources);

const shared = {
  transform: {
    '^.+\\.(t|j|mj)sx?$': swc
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    [`^(${stringModules.join('|')})$`]: '<rootDir>/tools/jest/strings.js',
    '\\.(css|scss)$': 'identity-obj-proxy'
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json']
};

module.exports = {
  collectCoverageFrom: ['src/**/*.{ts,tsx}', 'workbench/emulator/**/*.ts', '!**/*.test.{ts,tsx}', '!src/**/*WebPart.ts', '!src/loc/**'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageDirectory: 'test-output/coverage',
  projects: [
    {
      ...shared,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.tsx']
    },
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/workbench/**/*.test.ts', '<rootDir>/tools/**/*.test.ts', '<rootDir>/teams/**/*.test.ts', '<rootDir>/bench/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts']
    }
  ]
};
