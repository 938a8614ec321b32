'use strict';
// Under Jest, `import * as strings from 'PmoHubStrings'` resolves here: the English strings in one
// mutable object, so a test can switch the locale with `useTestLocale('de-de')` (tools/jest/locale.ts).
// Marked as an ES module so that `import * as` binds this very object instead of a copy.
const strings = Object.assign({}, require('../../src/loc/en-us.js'));
Object.defineProperty(strings, '__esModule', { value: true });
module.exports = strings;
