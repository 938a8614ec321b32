import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as maturityStrings from 'MaturityStrings';
import { describeError } from '../../services/errors';
import type { IMyAssessment, IQuestionView } from '../../services/MaturityService';
import { Spinner, Tabs } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { useLoad } from '../Raid/useLoad';
import { Assessment } from './Assessment';
import { lazySurface } from '../Portfolio/lazySurface';
import { ResultView } from './ResultView';
import type { IMaturityProps } from './IMaturityProps';
import styles from './Maturity.module.scss';

/** The PMO's organisation view and targets, in their own chunk: most people never open them. */
const LazyOrganisation = lazySurface(() => import(/* webpackChunkName: 'maturity-organisation' */ './OrganisationView').then(m => m.OrganisationView));

/** The tabs of the web part: the organisation view only for the PMO. */
export type MaturityTab = 'assessment' | 'result' | 'organisation';

interface IMaturityData {
  questions: IQuestionView[];
  my: IMyAssessment;
  canManage: boolean;
}

/** The loaded page: the tabs and the selected tab's panel. */
function MaturityTabs(props: IMaturityProps & { data: IMaturityData }): React.ReactElement {
  const [my, setMy] = React.useState(props.data.my);
  const [tab, setTab] = React.useState<MaturityTab>(props.data.my.state === 'Submitted' ? 'result' : 'assessment');
  const [version, setVersion] = React.useState(0);
  const tabs = [
    { key: 'assessment', text: maturityStrings.Maturity_Tab_Assessment },
    { key: 'result', text: maturityStrings.Maturity_Tab_Result },
    ...(props.data.canManage ? [{ key: 'organisation', text: maturityStrings.Maturity_Tab_Organisation }] : [])
  ];
  let panel: React.ReactElement;
  if (tab === 'assessment') {
    panel = (
      <Assessment
        questions={props.data.questions}
        my={my}
        maturity={props.maturity}
        locale={props.locale}
        onChanged={(next, submitted) => { setMy(next); if (submitted) setVersion(v => v + 1); }}
        onShowResult={() => setTab('result')}
      />
    );
  } else if (tab === 'result') {
    panel = <ResultView maturity={props.maturity} siteUrl={props.siteUrl} locale={props.locale} version={version} />;
  } else {
    panel = <LazyOrganisation.Component maturity={props.maturity} locale={props.locale} onTargetsSaved={() => setVersion(v => v + 1)} />;
  }
  return <Tabs label={maturityStrings.Maturity_Tabs} tabs={tabs} selectedKey={tab} onSelect={key => setTab(key as MaturityTab)} id="maturity-tabs">{panel}</Tabs>;
}

/**
 * The "Maturity" web part: the P3M3 self-assessment (one perspective at a time with each one's progress,
 * save and resume, submit), the result (radar chart with its table, levels per perspective and overall,
 * the level rule in words) with the qualification plan and its "Enrol" links to the Training page, and
 * for the PMO the organisation view (departments × quarters, groups under 5 hidden) and the targets.
 * States: loading, no access, error with "Try again", no questionnaire yet.
 */
export function Maturity(props: IMaturityProps): React.ReactElement {
  const { load, reload } = useLoad(async (): Promise<IMaturityData> => {
    const [questions, my, canManage] = await Promise.all([props.maturity.questionnaire(props.locale), props.maturity.myAssessment(), props.maturity.canManage()]);
    return { questions, my, canManage };
  }, props.locale);
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') {
    if (describeError(load.error).kind === 'forbidden') return <NoAccess pageTitle={strings.Home_Tile_Maturity_Title} />;
    body = <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  } else body = <MaturityTabs {...props} data={load.data} />;
  return (
    <section className={styles.maturity} aria-labelledby="pmo-maturity-heading" data-testid="maturity-page" data-theme={props.teamsTheme}>
      <h1 id="pmo-maturity-heading" className={styles.title}>{strings.Home_Tile_Maturity_Title}</h1>
      <p className={styles.intro}>{maturityStrings.Maturity_Intro}</p>
      {body}
    </section>
  );
}
