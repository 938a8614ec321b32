'use strict';
// Under Jest, `import * as strings from 'PmoHubStrings'` resolves here: the English strings in one
// mutable object, so a test can switch the locale with `useTestLocale('de-de')` (tools/jest/locale.ts).
module.exports = Object.assign({}, require('../../src/loc/en-us.js'));
