/**
 * Who is signed in to the local PMO site, and in which language: the workbench's user and language
 * switchers. `?user=` and `?lang=` in the URL win (handy for links and browser tests); otherwise the
 * last choice, kept in localStorage.
 */
import { demoUsers, siteOwner, findDemoUser, type IDemoUser } from '../directory';

export const LOCALE_NAMES: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'en-us', name: 'English' },
  { id: 'de-de', name: 'Deutsch' },
  { id: 'fr-fr', name: 'Français' },
  { id: 'nl-nl', name: 'Nederlands' },
  { id: 'it-it', name: 'Italiano' }
];

const USER_KEY = 'pmo.workbench.user';
const LOCALE_KEY = 'pmo.workbench.locale';

declare global {
  interface Window { __PMO_LOCALE__?: string }
}

export function currentUser(): IDemoUser {
  const q = new URLSearchParams(location.search).get('user');
  const chosen = q ?? localStorage.getItem(USER_KEY);
  return (chosen && findDemoUser(chosen)) || siteOwner;
}

export function currentLocale(): string {
  return window.__PMO_LOCALE__ ?? 'en-us';
}

function reloadWithout(param: string): void {
  const url = new URL(location.href);
  url.searchParams.delete(param);
  location.assign(url.toString());
}

/** Signs in as another demo user: the page reloads, so every service is created anew for that user. */
export function switchUser(upn: string): void {
  localStorage.setItem(USER_KEY, upn);
  reloadWithout('user');
}

/** Switches the UI language: the page reloads with the other resource file, as SharePoint does. */
export function switchLocale(locale: string): void {
  localStorage.setItem(LOCALE_KEY, locale);
  reloadWithout('lang');
}

export { demoUsers };
