/**
 * What PMO Hub's screens tell a user about an error (components/ErrorMessage/errorText), in a chosen
 * locale, outside SharePoint: the SPFx resource module 'PmoHubStrings' resolves to the same mutable
 * strings object Jest uses (tools/jest/strings.js), whose strings are switched per call.
 */
import Module from 'node:module';
import path from 'node:path';
import { loadLocale, type Locale } from '../../workbench/locales';

const ROOT = path.resolve(__dirname, '..', '..');
const STRINGS_MODULE = path.join(ROOT, 'tools', 'jest', 'strings.js');

interface IResolver { _resolveFilename(request: string, ...rest: unknown[]): string }

/**
 * Outside Jest, resolves every SPFx resource module (config/config.json's localizedResources:
 * 'PmoHubStrings', 'RaidStrings', …) to the strings object, and a component's `.scss` module to
 * identity-obj-proxy, as Jest's moduleNameMapper does: the forms' own checks then load in Node.
 */
export function hookResources(): void {
  if (process.env.JEST_WORKER_ID !== undefined) return;
  const m = Module as unknown as IResolver;
  const original = m._resolveFilename.bind(m);
  if ((m._resolveFilename as { pmoHubStrings?: boolean }).pmoHubStrings) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SPFx configuration, read as Jest's configuration reads it
  const names = Object.keys((require(path.join(ROOT, 'config', 'config.json')) as { localizedResources: Record<string, string> }).localizedResources);
  const proxy = original('identity-obj-proxy', module);
  const hooked = (request: string, ...rest: unknown[]): string =>
    (names.indexOf(request) >= 0 ? STRINGS_MODULE : /\.s?css$/.test(request) ? proxy : original(request, ...rest));
  (hooked as { pmoHubStrings?: boolean }).pmoHubStrings = true;
  m._resolveFilename = hooked;
}

type ErrorTextModule = typeof import('../../src/components/ErrorMessage/errorText');

let loaded: { errorText: ErrorTextModule['errorText']; strings: Record<string, string> } | undefined;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  hookResources();
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the resource module's resolution is in place */
  const strings = require('PmoHubStrings') as Record<string, string>;
  const { errorText } = require('../../src/components/ErrorMessage/errorText') as ErrorTextModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  loaded = { errorText, strings };
  return loaded;
}

/** Runs `fn` with the strings of `locale` in place (every resource module's), then puts the previous ones back. */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  const { strings } = load();
  const before = { ...strings };
  Object.assign(strings, loadLocale(locale));
  try {
    return fn();
  } finally {
    for (const k of Object.keys(strings)) delete strings[k];
    Object.assign(strings, before);
  }
}

/** The text PMO Hub shows for `error` in `locale` (errorText with that locale's strings). */
export function userMessage(error: unknown, locale: Locale): string {
  const { errorText } = load();
  return inLocale(locale, () => errorText(error));
}

/**
 * Whether a message is one a user can read: not empty and not a raw technical text (an HTTP status
 * line, PnPjs' request dump, a stack, a JSON body, an exception type name).
 */
export function isUserMessage(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  return !/HttpClient|queryable|odata\.error|Microsoft\.SharePoint|System\.\w+Exception|\bat \w+ \(|^\{|\[\d{3}\]|Precondition Failed|ETag/i.test(t);
}
