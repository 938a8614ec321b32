import type { IDecisionService } from '../../services/DecisionService';
import type { IPrioritizationService } from '../../services/PrioritizationService';
import type { OptimizerModule } from '../../optimizer/load';

/** Props of the Prioritization web part's root component. */
export interface IPrioritizationProps {
  /** Candidates, budgets and scenarios. */
  service: IPrioritizationService;
  /** The board's decisions and the decision log. */
  decisions: IDecisionService;
  /** The user's locale (amounts, dates), e.g. 'en-us'. */
  locale: string;
  /** Heading of the web part; the default title when empty. */
  title?: string;
  /** Loads the optimizer (default `loadOptimizer()`: HiGHS from the 'optimizer' chunk, on first use). */
  loadOptimizer?: () => Promise<OptimizerModule>;
}
