import type { IHomeService } from '../../services/HomeService';

export interface IPmoHomeProps {
  /** Reads the current user and the site's lists. */
  service: IHomeService;
  /** Absolute URL of the PMO site; tile links are built from it. */
  siteUrl: string;
  /** Welcome title set in the property pane; the localized default when empty. */
  title?: string;
  /** Introduction text set in the property pane; the localized default when empty. */
  intro?: string;
  /** On a site not set up yet, show the areas whose lists are missing (greyed out, not links). */
  showUnavailable: boolean;
  /**
   * Open the tiles' pages in a new window (and say so to screen readers): in a Teams tab, where a
   * SharePoint page would otherwise load inside the tab, leaving Teams' own navigation.
   */
  openInNewWindow?: boolean;
}
