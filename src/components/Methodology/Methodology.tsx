import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as methodologyStrings from 'MethodologyStrings';
import { LIFECYCLE_CODES, type LifecycleCode } from '../../domain/governance/vocabulary';
import type { IGuideStage } from '../../services/MethodologyService';
import { Notice, RadioGroup, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { useLoad } from '../Raid/useLoad';
import type { IMethodologyProps } from './IMethodologyProps';
import { ProcessMap } from './ProcessMap';
import { StageDetail } from './StageDetail';
import { initialLifecycle, withLifecycle } from './lifecycleParam';
import { lifecycleLabel } from './labels';
import styles from './Methodology.module.scss';

const DETAIL_ID = 'pmo-methodology-stage';

/** The lifecycle shown, remembered in the address (`?lifecycle=`, replacing the history entry) so that a link or a reload shows the same. */
function useLifecycle(defaultLifecycle: LifecycleCode | undefined): [LifecycleCode, (l: LifecycleCode) => void] {
  const [lifecycle, setLifecycle] = React.useState<LifecycleCode>(() => initialLifecycle(window.location.search, defaultLifecycle));
  const choose = (l: LifecycleCode): void => {
    setLifecycle(l);
    try {
      window.history.replaceState(window.history.state, '', withLifecycle(window.location.href, l));
    } catch {
      // An address that cannot be rewritten (a sandboxed frame) keeps the choice in the page only.
    }
  };
  return [lifecycle, choose];
}

/** The guide of one lifecycle: the process map and the selected stage's detail. */
function Guide(props: IMethodologyProps & { lifecycle: LifecycleCode; stages: ReadonlyArray<IGuideStage> }): React.ReactElement {
  const { stages, lifecycle } = props;
  const [selected, setSelected] = React.useState<string>(stages[0]?.stage.code ?? '');
  const stage = stages.filter(s => s.stage.code === selected)[0] ?? stages[0];
  if (!stage) return <p className={styles.empty} data-testid="methodology-empty">{methodologyStrings.Methodology_NoContent}</p>;
  return (
    <>
      {stages.every(s => !s.content) && <Notice kind="info" data-testid="methodology-no-content">{methodologyStrings.Methodology_NoContent}</Notice>}
      <ProcessMap lifecycle={lifecycle} stages={stages} selected={stage.stage.code} onSelect={setSelected} detailId={DETAIL_ID} />
      <StageDetail id={DETAIL_ID} lifecycle={lifecycle} stage={stage} locale={props.locale} siteUrl={props.siteUrl} />
    </>
  );
}

/**
 * The "Methodology" web part: a lifecycle (PRINCE2, agile or hybrid; the property pane's first,
 * else PRINCE2; `?lifecycle=` remembers the choice) as a process map of its stages and gates, and the
 * selected stage's purpose, roles and gate criteria (the PMO's text in the user's language), the
 * domain's required products and the templates to use from the Templates library. States: loading,
 * error with "Try again", no content of the PMO, no templates.
 */
export function Methodology(props: IMethodologyProps): React.ReactElement {
  const [lifecycle, setLifecycle] = useLifecycle(props.defaultLifecycle);
  const { load, reload } = useLoad(() => props.methodology.getGuide(lifecycle), lifecycle);
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') body = <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  else body = <Guide key={lifecycle} {...props} lifecycle={lifecycle} stages={load.data} />;
  return (
    <section className={styles.methodology} aria-labelledby="pmo-methodology-heading" data-testid="methodology-page" data-theme={props.teamsTheme}>
      <h1 id="pmo-methodology-heading" className={styles.title}>{strings.Methodology_WebPartTitle}</h1>
      <RadioGroup
        id="methodology-lifecycle"
        label={methodologyStrings.Methodology_LifecycleLabel}
        options={LIFECYCLE_CODES.map(l => ({ key: l, text: lifecycleLabel(l) }))}
        selectedKey={lifecycle}
        onChange={k => setLifecycle(k as LifecycleCode)}
        inline
      />
      {body}
    </section>
  );
}
