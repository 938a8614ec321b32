import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as pcStrings from 'PortfolioControllingStrings';
import { Notice } from '../../controls/Notice';
import { Spinner } from '../../controls/Spinner';
import { ErrorMessage } from '../../ErrorMessage';
import type { IPortfolioControlling } from '../../../services/ControllingService';
import type { IPortfolioControllingProps } from './IPortfolioControllingProps';
import { EarnedValueTotals } from './EarnedValueTotals';
import { ProgrammeEarnedValue } from './ProgrammeEarnedValue';
import { RagDistribution } from './RagDistribution';
import styles from './PortfolioControlling.module.scss';

type Load = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: IPortfolioControlling };

/** Loads the roll-up when mounted; `reload` reads it again (a result that arrives after unmount or a newer load is dropped). */
function usePortfolioControlling(controlling: IPortfolioControllingProps['controlling']): { load: Load; reload: () => void } {
  const [load, setLoad] = React.useState<Load>({ status: 'loading' });
  const current = React.useRef(0);
  const fetch = React.useCallback(async (): Promise<void> => {
    const call = ++current.current;
    setLoad({ status: 'loading' });
    try {
      const data = await controlling.getPortfolioControlling();
      if (call === current.current) setLoad({ status: 'ready', data });
    } catch (error) {
      if (call === current.current) setLoad({ status: 'error', error });
    }
  }, [controlling]);
  React.useEffect(() => {
    void fetch();
    const calls = current;
    return () => { calls.current++; };
  }, [fetch]);
  return { load, reload: () => void fetch() };
}

/**
 * The Portfolio's controlling view: earned value of the portfolio (ΣPV, ΣEV, ΣAC, ΣBAC, SPI and CPI
 * as ratios of sums, who is left out and why), earned value per programme, and the RAG distribution
 * per dimension ("no report" apart, never green). Reads `controlling.getPortfolioControlling()` itself
 * when mounted: a spinner meanwhile, the error with "Try again", "No running projects" when there are none.
 */
export function PortfolioControlling(props: IPortfolioControllingProps): React.ReactElement {
  const { programmes, locale } = props;
  const { load, reload } = usePortfolioControlling(props.controlling);
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') body = <ErrorMessage error={load.error} onRetry={reload} />;
  else if (load.data.projects === 0) body = <Notice kind="info" data-testid="controlling-empty">{pcStrings.PortfolioControlling_NoRunningProjects}</Notice>;
  else {
    const d = load.data;
    body = (
      <>
        <p className={styles.muted}>{pcStrings.PortfolioControlling_Intro}</p>
        <EarnedValueTotals rollup={d.portfolio} marks={d.portfolioMarks} running={d.projects} locale={locale} />
        <ProgrammeEarnedValue rows={d.programmes} programmes={programmes} locale={locale} />
        <RagDistribution rows={d.ragDistribution} uncounted={d.uncountedDimensions} locale={locale} />
      </>
    );
  }
  return (
    <section className={styles.controlling} aria-labelledby="pmo-pfc-heading" data-testid="portfolio-controlling">
      <h2 id="pmo-pfc-heading" className={styles.title}>{pcStrings.PortfolioControlling_Heading}</h2>
      {body}
    </section>
  );
}
