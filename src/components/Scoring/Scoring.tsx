import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as scoringStrings from 'ScoringStrings';
import { Spinner, Tabs, type ITab } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { describeError } from '../../services/errors';
import { dayOfLocalDate } from '../../domain/dates';
import { lazySurface } from '../Portfolio/lazySurface';
import styles from './Scoring.module.scss';
import type { IScoringProps, ScoringTab } from './IScoringProps';
import type { IPmoTabProps } from './pmoTabs';
import { useScoring } from './useScoring';
import { MyRounds } from './MyRounds';

// The PMO's tabs (model editor, rounds and results) load in their own chunk: a board member's first
// view holds only the score sheet.
const ModelsTab = lazySurface<IPmoTabProps>(() => import(/* webpackChunkName: 'scoring-pmo' */ './pmoTabs').then(m => m.ModelsTab));
const RoundsTab = lazySurface<IPmoTabProps>(() => import(/* webpackChunkName: 'scoring-pmo' */ './pmoTabs').then(m => m.RoundsTab));
// The closed rounds' results (board and PMO) load with them, when the tab is opened.
const ClosedRounds = lazySurface<IPmoTabProps>(() => import(/* webpackChunkName: 'scoring-pmo' */ './pmoTabs').then(m => m.ClosedRounds));

/**
 * Scoring: the board member's open rounds with their score sheets ("My rounds"); for the PMO also
 * the scoring models (weighted, AHP, WSJF) and the rounds (open, follow, close with results, cancel).
 * Works on a page and as a Teams tab.
 */
export function Scoring(props: IScoringProps): React.ReactElement {
  const { service, locale } = props;
  const today = props.today ?? dayOfLocalDate(new Date());
  const { load, tab, setTab, reload } = useScoring(service);

  let body: React.ReactNode;
  if (load.status === 'loading') {
    body = <Spinner size="large" label={strings.LoadingLabel} />;
  } else if (load.status === 'error') {
    const kind = describeError(load.error).kind;
    if (kind === 'forbidden' || kind === 'notFound') return <NoAccess pageTitle={strings.Scoring_WebPartTitle} />;
    body = <ErrorMessage error={load.error} onRetry={reload} />;
  } else {
    const { user } = load;
    const shown: ScoringTab = user.isPmo || tab === 'mine' || tab === 'results' ? tab : 'mine';
    const tabs: ITab[] = [
      { key: 'mine', text: scoringStrings.Scoring_Tab_Mine },
      { key: 'results', text: scoringStrings.Scoring_Tab_Results },
      ...(user.isPmo ? [{ key: 'rounds', text: scoringStrings.Scoring_Tab_Rounds }, { key: 'models', text: scoringStrings.Scoring_Tab_Models }] : [])
    ];
    const pmo: IPmoTabProps = { service, locale, today };
    body = (
      <Tabs label={scoringStrings.Scoring_TabsLabel} tabs={tabs} selectedKey={shown} onSelect={key => setTab(key as ScoringTab)} className={styles.tabs}>
        <React.Fragment key={shown}>
          {shown === 'mine' && <MyRounds service={service} locale={locale} user={user} />}
          {shown === 'results' && <ClosedRounds.Component {...pmo} />}
          {shown === 'models' && <ModelsTab.Component {...pmo} />}
          {shown === 'rounds' && <RoundsTab.Component {...pmo} />}
        </React.Fragment>
      </Tabs>
    );
  }

  return (
    <section className={styles.scoring} aria-labelledby="pmo-scoring-heading">
      <h1 id="pmo-scoring-heading" className={styles.title}>{strings.Scoring_WebPartTitle}</h1>
      {!props.teams && <p className={styles.intro}>{scoringStrings.Scoring_Intro}</p>}
      {body}
    </section>
  );
}
