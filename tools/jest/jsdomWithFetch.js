'use strict';

/**
 * Jest environment for component tests that run the real services against the local emulator: jsdom
 * (for React Testing Library) plus Node's own fetch, with its Request, Response, Headers, AbortController
 * and streams (jsdom has no fetch; PnPjs and the Graph client need it). Opt in per test file with the
 * docblock `@jest-environment ./tools/jest/jsdomWithFetch.js`.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['fetch', 'Request', 'Response', 'Headers', 'FormData', 'AbortController', 'AbortSignal', 'ReadableStream', 'TextEncoder', 'TextDecoder', 'structuredClone', 'setImmediate', 'clearImmediate']) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetch;
