import * as strings from 'PmoHubStrings';
import type { ISelectOption } from '../controls';
import { GROUP_BY_OPTIONS } from '../../domain/portfolio';
import type { ISavedPortfolioView } from '../../services/PortfolioService';
import { groupByLabel } from './labels';
import { DEFAULT_VIEW_KEY, savedViewKey } from './usePortfolio';

/** The view picker's options: the built-in view, then the shared views and the user's own, each under its heading. */
export function viewOptions(views: ReadonlyArray<ISavedPortfolioView> | undefined): ISelectOption[] {
  const options: ISelectOption[] = [{ key: DEFAULT_VIEW_KEY, text: strings.Portfolio_DefaultViewName }];
  if (!views) return options;
  for (const v of views.filter(x => x.scope === 'shared')) options.push({ key: savedViewKey(v), text: v.view.name, group: strings.Portfolio_SharedViews });
  for (const v of views.filter(x => x.scope === 'personal')) options.push({ key: savedViewKey(v), text: v.view.name, group: strings.Portfolio_MyViews });
  return options;
}

/** The group-by picker's options: none, then every grouping. */
export function groupOptions(): ISelectOption[] {
  return [{ key: 'none', text: groupByLabel('none') }, ...GROUP_BY_OPTIONS.map(g => ({ key: g, text: groupByLabel(g) }))];
}
