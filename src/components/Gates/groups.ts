import { CHECKLIST_CATEGORIES, type ChecklistCategory } from '../../domain/governance/vocabulary';

/**
 * Checklist items grouped by category, in the checklist's category order (Quality, ISO 27001, NIS2,
 * public procurement, governance, then the Closing gate's handover), each group in the items' order;
 * empty categories are left out.
 */
export function byCategory<T extends { category: ChecklistCategory }>(items: ReadonlyArray<T>): Array<{ category: ChecklistCategory; items: T[] }> {
  return CHECKLIST_CATEGORIES.map(category => ({ category, items: items.filter(i => i.category === category) })).filter(g => g.items.length > 0);
}
