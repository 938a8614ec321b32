import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Button, Notice, ProgressBar, Spinner } from '../controls';
import styles from './PmoSetup.module.scss';
import type { IPmoSetupProps } from './IPmoSetupProps';
import type { IPlannedChange } from '../../services/SetupService';
import { usePmoSetup } from './usePmoSetup';
import { formatPlural, formatString } from '../../domain/text';
import { ErrorMessage } from '../ErrorMessage';

const MAX_MISSING_SHOWN = 12;

/** The distinct things a run would change ("Column: Projects.LifecycleStatus"), in the run's order. */
function changeLines(changes: ReadonlyArray<IPlannedChange>): string[] {
  const table = strings as unknown as Record<string, string | undefined>;
  const lines: string[] = [];
  for (const c of changes) {
    const line = `${table[`Setup_Area_${c.area}`] ?? c.area}: ${c.target}`;
    if (lines.indexOf(line) < 0) lines.push(line);
  }
  return lines;
}

/** What set-up would change: "Missing on this site" on a new site, "Differs from PMO Hub's schema" on a set-up one. */
function ChangeList(props: { changes: ReadonlyArray<IPlannedChange>; neverSetUp: boolean }): React.ReactElement {
  const lines = changeLines(props.changes);
  return (
    <section aria-labelledby="pmo-setup-missing" data-testid="setup-changes">
      <h2 id="pmo-setup-missing" className={styles.subtitle}>{formatString(props.neverSetUp ? strings.Setup_MissingTitle : strings.Setup_DriftTitle, lines.length)}</h2>
      {!props.neverSetUp && <p className={styles.intro}>{strings.Setup_DriftIntro}</p>}
      <ul className={styles.missing}>
        {lines.slice(0, MAX_MISSING_SHOWN).map(m => <li key={m}>{m}</li>)}
        {lines.length > MAX_MISSING_SHOWN && <li>{formatString(strings.Setup_MoreMissing, lines.length - MAX_MISSING_SHOWN)}</li>}
      </ul>
    </section>
  );
}

/** PMO Setup: the site's schema version against the solution's, what a run would change, and Set up / Upgrade / Repair with progress. */
export function PmoSetup(props: IPmoSetupProps): React.ReactElement {
  const { state, run, reload } = usePmoSetup(props.service);

  let body: React.ReactNode;
  if (state.status === 'loading') {
    body = <Spinner size="large" label={strings.LoadingLabel} />;
  } else if (state.status === 'error') {
    body = (
      <>
        <p className={styles.failed}>{strings.Setup_Failed}</p>
        <ErrorMessage error={state.error} onRetry={reload} />
      </>
    );
  } else {
    const { setup } = state;
    const running = state.status === 'running';
    const neverSetUp = setup.siteVersion === undefined;
    body = !setup.canManage
      // What a user without rights can read of the site is not a fair picture of it: say only who can act.
      ? <Notice kind="warning">{strings.Setup_OwnersOnly}</Notice>
      : (
        <>
          <dl className={styles.versions}>
            <dt>{strings.Setup_SiteVersion}</dt>
            <dd data-testid="site-version">{neverSetUp ? strings.Setup_NotSetUp : setup.siteVersion}</dd>
            <dt>{strings.Setup_SolutionVersion}</dt>
            <dd data-testid="solution-version">{setup.solutionVersion}</dd>
          </dl>
          {setup.upToDate && !running && (
            <Notice kind="success" data-testid="setup-uptodate">
              {strings.Setup_UpToDate}
              {state.status === 'ready' && state.lastChanges !== undefined && ` ${formatPlural({ one: strings.Setup_ChangesMade_one, other: strings.Setup_ChangesMade }, state.lastChanges, props.locale, state.lastChanges)}`}
            </Notice>
          )}
          {!setup.upToDate && setup.changes.length > 0 && <ChangeList changes={setup.changes} neverSetUp={neverSetUp} />}
          {!setup.upToDate && (
            <Button primary={true} onClick={run} disabled={running} data-testid="setup-run">
              {neverSetUp ? strings.Setup_SetUpButton : setup.siteVersion !== setup.solutionVersion ? strings.Setup_UpgradeButton : strings.Setup_RepairButton}
            </Button>
          )}
          {running && (
            <ProgressBar
              className={styles.progress}
              label={strings.Setup_Running}
              description={state.progress.total ? formatString(strings.Setup_Progress, state.progress.done, state.progress.total, state.progress.step) : strings.LoadingLabel}
              percentComplete={state.progress.total ? state.progress.done / state.progress.total : undefined}
              valueText={formatString(strings.Setup_Progress, state.progress.done, state.progress.total, state.progress.step)}
              data-testid="setup-progress"
            />
          )}
        </>
      );
  }

  return (
    <section className={styles.pmoSetup} aria-labelledby="pmo-setup-title">
      <h1 id="pmo-setup-title" className={styles.title}>{strings.Setup_Title}</h1>
      <p className={styles.intro}>{strings.Setup_Intro}</p>
      {body}
    </section>
  );
}
