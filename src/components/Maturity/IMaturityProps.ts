import type { IMaturityService } from '../../services/MaturityService';

/** Props of the "Maturity" web part's root component. */
export interface IMaturityProps {
  /** The questionnaire, the person's assessment, their plan and, for the PMO, the organisation view and targets. */
  maturity: IMaturityService;
  /** The user's UI locale, e.g. 'nl-nl' (the questionnaire's language and the numbers). */
  locale: string;
  /** Absolute URL of the PMO site (the plan's "Enrol" links go to its Training page). */
  siteUrl: string;
  /** The Teams theme when the web part runs as a Teams tab (`data-theme`, as the other web parts). */
  teamsTheme?: 'default' | 'dark' | 'contrast';
}
