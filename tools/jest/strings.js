'use strict';
// Under Jest, `import * as strings from 'PmoHubStrings'` resolves here: the English strings (with
// any staged in src/loc/pending) in one mutable object, so a test can switch the locale with
// `useTestLocale('de-de')` (tools/jest/locale.ts). Marked as an ES module so that `import * as`
// binds this very object instead of a copy.
const { pendingStrings } = require('../pending-strings');
const strings = Object.assign({}, require('../../src/loc/en-us.js'), pendingStrings('en-us'));
Object.defineProperty(strings, '__esModule', { value: true });
module.exports = strings;
