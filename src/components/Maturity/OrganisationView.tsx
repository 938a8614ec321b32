import * as React from 'react';
import * as maturityStrings from 'MaturityStrings';
import * as strings from 'PmoHubStrings';
import { formatPlural, formatString } from '../../domain/text';
import { MATURITY_LEVELS, PERSPECTIVES, quarterLabel, type MaturityLevel, type Perspective } from '../../domain/maturity';
import type { IMaturityGroup, IMaturityService, IOrganisationView } from '../../services/MaturityService';
import { Button, Notice, SelectField, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { useLoad } from '../Raid/useLoad';
import { averageText, levelText, perspectiveName } from './labels';
import { refusalText } from './problems';
import { QuestionEditor } from './QuestionEditor';
import { useFocusAfterBusy } from '../Training/focus';
import styles from './Maturity.module.scss';

/** The group of a department and quarter, when the service returned it (5 or more respondents). */
function groupOf(view: IOrganisationView, department: string, quarter: string): IMaturityGroup | undefined {
  return view.groups.filter(g => g.department === department && g.quarter === quarter)[0];
}

/**
 * Departments × quarters: each shown group's average overall level and its respondents; a cell without a
 * group says "fewer than 5 respondents — hidden, or none" (the service never returns a smaller group, so
 * the page cannot tell the two apart and never shows a count below 5).
 */
function QuarterTable(props: { view: IOrganisationView; locale: string }): React.ReactElement {
  const { view } = props;
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table} data-testid="maturity-org-table">
        <caption>{maturityStrings.Maturity_Org_Caption}</caption>
        <thead>
          <tr>
            <th scope="col">{maturityStrings.Maturity_Org_Department}</th>
            {view.quarters.map(q => <th key={q} scope="col">{quarterLabel(q, props.locale)}</th>)}
          </tr>
        </thead>
        <tbody>
          {view.departments.map(d => (
            <tr key={d}>
              <th scope="row">{d}</th>
              {view.quarters.map(q => {
                const g = groupOf(view, d, q);
                return (
                  <td key={q} data-testid="maturity-org-cell">
                    {g ? formatString(maturityStrings.Maturity_Org_Cell, averageText(g.averages.overall, props.locale), g.respondents) : maturityStrings.Maturity_Org_NotShown}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One quarter's shown groups: the average level per perspective and overall. */
function PerspectiveTable(props: { view: IOrganisationView; quarter: string; locale: string }): React.ReactElement {
  const groups = props.view.groups.filter(g => g.quarter === props.quarter);
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table} data-testid="maturity-org-perspectives">
        <caption>{formatString(maturityStrings.Maturity_Org_PerspectiveCaption, quarterLabel(props.quarter, props.locale))}</caption>
        <thead>
          <tr>
            <th scope="col">{maturityStrings.Maturity_Org_Department}</th>
            <th scope="col">{maturityStrings.Maturity_Org_Respondents}</th>
            {PERSPECTIVES.map(p => <th key={p} scope="col">{perspectiveName(p)}</th>)}
            <th scope="col">{maturityStrings.Maturity_Org_Overall}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(g => (
            <tr key={g.department}>
              <th scope="row">{g.department}</th>
              <td>{g.respondents}</td>
              {PERSPECTIVES.map(p => <td key={p}>{averageText(g.averages[p], props.locale)}</td>)}
              <td>{averageText(g.averages.overall, props.locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The PMO's target level per perspective (1–5), saved together. */
export function TargetsForm(props: { maturity: IMaturityService; targets: Record<Perspective, MaturityLevel>; onSaved: () => void }): React.ReactElement {
  const [values, setValues] = React.useState<Record<Perspective, MaturityLevel>>(props.targets);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ kind: 'saved' } | { kind: 'refused'; text: string } | { kind: 'error'; error: unknown } | undefined>(undefined);
  const options = MATURITY_LEVELS.map(l => ({ key: String(l), text: levelText(l) }));
  // Save (and the fields) are disabled while saving: the focus they lose goes back to Save.
  const actions = React.useRef<HTMLDivElement>(null);
  useFocusAfterBusy(busy, () => actions.current?.querySelector<HTMLElement>('[data-testid="maturity-targets-save"]'));
  const save = async (): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      await props.maturity.saveTargets(values);
      setOutcome({ kind: 'saved' });
      props.onSaved();
    } catch (error) {
      const text = refusalText(error, []);
      setOutcome(text ? { kind: 'refused', text } : { kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="maturity-targets-heading" data-testid="maturity-targets">
      <h2 id="maturity-targets-heading" className={styles.heading}>{maturityStrings.Maturity_Targets_Heading}</h2>
      <p className={styles.intro}>{maturityStrings.Maturity_Targets_Intro}</p>
      <div className={styles.targets}>
        {PERSPECTIVES.map(p => (
          <SelectField
            key={p}
            label={formatString(maturityStrings.Maturity_Targets_Field, perspectiveName(p))}
            options={options}
            selectedKey={String(values[p])}
            onChange={key => setValues(v => ({ ...v, [p]: Number(key) as MaturityLevel }))}
            disabled={busy}
          />
        ))}
      </div>
      <div className={styles.actions} ref={actions}>
        <Button primary={true} disabled={busy} onClick={() => void save()} data-testid="maturity-targets-save">{maturityStrings.Maturity_Targets_Save}</Button>
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'saved' && <Notice kind="success">{maturityStrings.Maturity_Targets_Saved}</Notice>}
        {outcome?.kind === 'refused' && <Notice kind="error">{outcome.text}</Notice>}
        {outcome?.kind === 'error' && <ErrorMessage error={outcome.error} onRetry={() => void save()} />}
      </div>
    </section>
  );
}

/**
 * The PMO's organisation view: departments × quarters (groups of 5 or more respondents only, the count
 * of hidden groups said in words), a quarter's averages per perspective, the target levels and the
 * maintenance of the questionnaire.
 */
export function OrganisationView(props: { maturity: IMaturityService; locale: string; onTargetsSaved: () => void }): React.ReactElement {
  const { load, reload } = useLoad(() => Promise.all([props.maturity.organisationView(), props.maturity.targets()]), 'organisation');
  const [quarter, setQuarter] = React.useState<string | undefined>(undefined);
  if (load.status === 'loading') return <Spinner size="large" label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  const [view, targets] = load.data;
  const shownQuarter = quarter ?? view.quarters[view.quarters.length - 1];
  const hidden = { one: maturityStrings.Maturity_Org_Hidden_one, other: maturityStrings.Maturity_Org_Hidden };
  return (
    <div data-testid="maturity-organisation">
      <h2 className={styles.heading}>{maturityStrings.Maturity_Org_Heading}</h2>
      <p className={styles.intro}>{maturityStrings.Maturity_Org_Intro}</p>
      {view.hiddenGroups > 0 && <p data-testid="maturity-org-hidden">{formatPlural(hidden, view.hiddenGroups, props.locale, view.hiddenGroups)}</p>}
      {view.groups.length === 0 ? <Notice kind="info">{maturityStrings.Maturity_Org_None}</Notice> : (
        <>
          <QuarterTable view={view} locale={props.locale} />
          <SelectField
            label={maturityStrings.Maturity_Org_Quarter}
            className={styles.quarter}
            options={view.quarters.map(q => ({ key: q, text: quarterLabel(q, props.locale) }))}
            selectedKey={shownQuarter}
            onChange={setQuarter}
          />
          <PerspectiveTable view={view} quarter={shownQuarter} locale={props.locale} />
        </>
      )}
      <TargetsForm maturity={props.maturity} targets={targets} onSaved={props.onTargetsSaved} />
      <QuestionEditor maturity={props.maturity} locale={props.locale} />
    </div>
  );
}
