import type { IControllingService } from '../../../services/ControllingService';
import type { IPortfolioRef } from '../../../domain/portfolio';

/** Props of the Portfolio's controlling view (earned value per programme and portfolio, RAG distribution). */
export interface IPortfolioControllingProps {
  /** Reads the roll-up (`getPortfolioControlling`), once when the view mounts and again on "Try again". */
  controlling: IControllingService;
  /** The programmes by id, to name the roll-up's groups (the Portfolio's data has them); an id not listed shows as "Programme <id>". */
  programmes: ReadonlyArray<IPortfolioRef>;
  /** UI locale (en-us, de-de, …): amounts and ratios are formatted for it. */
  locale: string;
}
