'use strict';
// Under Jest, `import * as strings from 'PmoHubStrings'` (and from every other resource module,
// such as 'ScoringStrings') resolves here: the English strings of all modules (with any staged in
// src/loc/pending), loaded as the workbench loads them, in one mutable object, so a
// test can switch the locale with `useTestLocale('de-de')` (tools/jest/locale.ts). Marked as an ES
// module so that `import * as` binds this very object instead of a copy.
const { loadLocale } = require('../../workbench/locales');
const strings = Object.assign({}, loadLocale('en-us'));
Object.defineProperty(strings, '__esModule', { value: true });
module.exports = strings;
