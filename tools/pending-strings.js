'use strict';
// Strings staged in src/loc/pending/*.json (see the README there), merged over a locale's strings.
const fs = require('fs');
const path = require('path');

const dir = path.resolve(__dirname, '..', 'src', 'loc', 'pending');

/** @returns {Array<{ file: string, strings: Record<string, Record<string, string>> }>} */
function pendingFiles() {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort().map(f => ({
    file: f,
    strings: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))
  }));
}

/** The pending strings of one locale (later files win). */
function pendingStrings(locale) {
  const out = {};
  for (const p of pendingFiles()) Object.assign(out, p.strings[locale] || {});
  return out;
}

module.exports = { pendingFiles, pendingStrings };
