/** Text search over the portfolio: folding of case and diacritics, and the words a row must contain. */
import type { IPortfolioRow } from './row';
import { cleanSearchInput } from '../text';

/** Lower case without diacritics ("Müller" → "muller", "Lefèvre" → "lefevre", "Straße" → "strasse"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ø/g, 'o').toLowerCase();
}

function searchText(row: IPortfolioRow): string {
  return foldText([
    row.title, row.code, row.programme?.title, row.department, row.projectManager?.name, row.summary,
    row.nextMilestone?.title, row.objectives.map(o => o.title).join(' ')
  ].filter(Boolean).join('\n')); // a search word never holds whitespace, so it never spans two fields
}

/**
 * Whether a row matches a search text: every word of the text (diacritics and case ignored) occurs
 * in the title, code, programme, department, project manager, description, next milestone or
 * objectives. An empty text matches everything; a text of control characters only matches nothing.
 * The text is cleaned and bounded first (cleanSearchInput: at most MAX_SEARCH_LENGTH characters).
 */
export function matchesSearch(row: IPortfolioRow, text: string): boolean {
  const input = cleanSearchInput(text);
  if (input.unsearchable) return false;
  const words = foldText(input.text).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const hay = searchText(row);
  return words.every(w => hay.indexOf(w) >= 0);
}
