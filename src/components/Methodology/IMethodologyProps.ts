import type { IMethodologyService } from '../../services/MethodologyService';
import type { LifecycleCode } from '../../domain/governance/vocabulary';

/** Props of the "Methodology" web part's root component. */
export interface IMethodologyProps {
  /** The guide's data: stages, the PMO's text in the user's language, templates per stage. */
  methodology: IMethodologyService;
  /** The user's UI locale, e.g. 'it-it' (template language names). */
  locale: string;
  /** The lifecycle the property pane chose to show first; PRINCE2 when unset. `?lifecycle=` of the address wins. */
  defaultLifecycle?: LifecycleCode;
  /** Absolute URL of the PMO site (the templates' links are made absolute on its host). */
  siteUrl: string;
  /** The Teams theme when the web part runs as a Teams tab (`data-theme`, as the Portfolio). */
  teamsTheme?: 'default' | 'dark' | 'contrast';
}
