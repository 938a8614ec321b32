import * as strings from 'PmoHubStrings';
import { DropdownMenuItemType, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { GROUP_BY_OPTIONS } from '../../domain/portfolio';
import type { ISavedPortfolioView } from '../../services/PortfolioService';
import { groupByLabel } from './labels';
import { DEFAULT_VIEW_KEY, savedViewKey } from './usePortfolio';

/** The view picker's options: the built-in view, then the shared views and the user's own, each under a header. */
export function viewOptions(views: ReadonlyArray<ISavedPortfolioView> | undefined): IDropdownOption[] {
  const options: IDropdownOption[] = [{ key: DEFAULT_VIEW_KEY, text: strings.Portfolio_DefaultViewName }];
  if (!views) return options;
  const shared = views.filter(v => v.scope === 'shared');
  const mine = views.filter(v => v.scope === 'personal');
  if (shared.length) {
    options.push({ key: 'h-shared', text: strings.Portfolio_SharedViews, itemType: DropdownMenuItemType.Header });
    for (const v of shared) options.push({ key: savedViewKey(v), text: v.view.name });
  }
  if (mine.length) {
    options.push({ key: 'h-mine', text: strings.Portfolio_MyViews, itemType: DropdownMenuItemType.Header });
    for (const v of mine) options.push({ key: savedViewKey(v), text: v.view.name });
  }
  return options;
}

/** The group-by picker's options: none, then every grouping. */
export function groupOptions(): IDropdownOption[] {
  return [{ key: 'none', text: groupByLabel('none') }, ...GROUP_BY_OPTIONS.map(g => ({ key: g, text: groupByLabel(g) }))];
}
