/**
 * The PMO's dashboard configuration, in the lazily loaded 'dashboard-config' chunk: which KPIs the
 * dashboard (and the multi-project report's summary) shows and in which order, and the KPI
 * definitions (added and edited with problems named at their fields). SharePoint refuses anyone
 * else's writes anyway; the dashboard offers this only to those who may make them.
 */
import * as React from 'react';
import * as dashboardStrings from 'DashboardStrings';
import { formatPlural, formatString } from '../../../domain/text';
import type { IDashboardConfiguration, IDashboardService, IKpiDefinitionRow } from '../../../services/DashboardService';
import { Button, Checkbox, Notice, SR_ONLY } from '../../controls';
import { errorText } from '../../ErrorMessage/errorText';
import { thresholdText } from '../kpiText';
import { formulaLabel, kpiProblemText } from './kpiForm';
import { KpiDefinitionForm } from './KpiDefinitionForm';
import styles from './config.module.scss';
import tables from '../../Reports/tables.module.scss';

/** Props of {@link KpiConfig}. */
export interface IKpiConfigProps {
  /** Saves the choice and the definitions (the PMO; SharePoint refuses anyone else). */
  service: Pick<IDashboardService, 'saveConfiguration' | 'saveKpiDefinition'>;
  /** Every KpiDefinitions item, valid or not. */
  definitions: ReadonlyArray<IKpiDefinitionRow>;
  /** The saved choice and order of the KPIs. */
  configuration: IDashboardConfiguration;
  /** The user's locale: thresholds are typed and shown in it. */
  locale: string;
  /** Reads the dashboard again (after a save). */
  onChanged: () => Promise<void>;
  /** Closes the configuration. */
  onClose: () => void;
}

/** The KPIs the chooser offers (valid and active), in the order shown: the chosen ones in their order, then the others by name. */
export function chooserOrder(definitions: ReadonlyArray<IKpiDefinitionRow>, chosen: ReadonlyArray<string>): IKpiDefinitionRow[] {
  const usable = definitions.filter(d => d.definition?.active);
  const byCode = new Map(usable.map(d => [(d.definition?.code ?? '').toLowerCase(), d] as const));
  const first = chosen.map(c => byCode.get(c.toLowerCase())).filter((d): d is IKpiDefinitionRow => !!d);
  return [...first, ...usable.filter(d => first.indexOf(d) < 0)];
}

/** The codes chosen at first: the saved configuration's (those still usable), else every usable KPI. */
export function initialChoice(definitions: ReadonlyArray<IKpiDefinitionRow>, configuration: IDashboardConfiguration): string[] {
  const usable = definitions.filter(d => d.definition?.active).map(d => d.definition?.code ?? '');
  const saved = configuration.kpiCodes;
  if (!saved || saved.length === 0) return usable;
  return saved.filter(c => usable.some(u => u.toLowerCase() === c.toLowerCase()));
}

/** Moves `code` by `by` places among the chosen codes. */
export function moveCode(chosen: ReadonlyArray<string>, code: string, by: number): string[] {
  const out = chosen.slice();
  const i = out.indexOf(code);
  const j = i + by;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** Which KPIs show and in which order: a checkbox per KPI, "Move up" / "Move down" for the chosen ones, Save. */
function KpiChooser(props: IKpiConfigProps): React.ReactElement {
  const { definitions } = props;
  const [chosen, setChosen] = React.useState<string[]>(() => initialChoice(definitions, props.configuration));
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ kind: 'success' | 'error'; text: string } | undefined>(undefined);
  const [focus, setFocus] = React.useState<{ row: number; up: boolean } | undefined>(undefined);
  React.useEffect(() => {
    if (!focus) return;
    // The focus stays on the button pressed; once the KPI is first (last), that button is off and the other one takes it.
    const same = document.getElementById(`kpi-${focus.up ? 'up' : 'down'}-${focus.row}`) as HTMLButtonElement | null;
    const other = document.getElementById(`kpi-${focus.up ? 'down' : 'up'}-${focus.row}`) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  }, [focus, chosen]);
  const rows = chooserOrder(definitions, chosen);
  const move = (code: string, by: number, row: number): void => { setChosen(c => moveCode(c, code, by)); setFocus({ row, up: by < 0 }); };
  const save = async (): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      await props.service.saveConfiguration({ kpiCodes: chosen, version: props.configuration.version });
      setNotice({ kind: 'success', text: formatPlural({ one: dashboardStrings.Dashboard_Config_Saved_one, other: dashboardStrings.Dashboard_Config_Saved }, chosen.length, props.locale, chosen.length) });
      await props.onChanged();
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.part} aria-labelledby="kpi-config-heading" data-testid="kpi-config">
      <h3 id="kpi-config-heading" className={styles.heading}>{dashboardStrings.Dashboard_Config_Heading}</h3>
      <p className={styles.hint}>{dashboardStrings.Dashboard_Config_Intro}</p>
      <ol className={styles.chooser}>
        {rows.map(r => {
          const d = r.definition;
          if (!d) return null;
          const position = chosen.indexOf(d.code);
          return (
            <li key={r.id} className={styles.choice} data-testid="kpi-config-row" data-code={d.code}>
              <Checkbox id={`kpi-config-${r.id}`} label={d.name} checked={position >= 0} onChange={c => setChosen(old => (c ? [...old, d.code] : old.filter(x => x !== d.code)))} />
              {position >= 0 && (
                <span className={styles.moves}>
                  <Button id={`kpi-up-${r.id}`} icon="chevronUp" disabled={position === 0} aria-label={formatString(dashboardStrings.Dashboard_Config_MoveUp, d.name)} onClick={() => move(d.code, -1, r.id)} data-testid="kpi-config-up" />
                  <Button id={`kpi-down-${r.id}`} icon="chevronDown" disabled={position === chosen.length - 1} aria-label={formatString(dashboardStrings.Dashboard_Config_MoveDown, d.name)} onClick={() => move(d.code, 1, r.id)} data-testid="kpi-config-down" />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {chosen.length === 0 && <p className={styles.hint}>{dashboardStrings.Dashboard_Config_NoneChosen}</p>}
      {notice && <Notice kind={notice.kind} data-testid="kpi-config-notice">{notice.text}</Notice>}
      <div className={styles.actions}>
        <Button primary icon="save" disabled={busy} onClick={() => void save()} data-testid="kpi-config-save">{dashboardStrings.Dashboard_Config_Save}</Button>
        <Button icon="dismiss" onClick={props.onClose} data-testid="kpi-config-close">{dashboardStrings.Dashboard_Config_Close}</Button>
      </div>
    </section>
  );
}

/** The KPI definitions: a table (name, code, formula, thresholds, active, problems) with "Edit" per row and "Add a KPI". */
function KpiDefinitions(props: IKpiConfigProps): React.ReactElement {
  const [editing, setEditing] = React.useState<{ row?: IKpiDefinitionRow } | undefined>(undefined);
  const [message, setMessage] = React.useState<string | undefined>(undefined);
  const done = (text: string): void => {
    setEditing(undefined);
    setMessage(text);
    void props.onChanged();
  };
  return (
    <section className={styles.part} aria-labelledby="kpi-defs-heading" data-testid="kpi-definitions">
      <h3 id="kpi-defs-heading" className={styles.heading}>{dashboardStrings.Dashboard_Def_Heading}</h3>
      {message && <Notice kind="success" data-testid="kpi-def-saved">{message}</Notice>}
      <table className={tables.table}>
        <thead>
          <tr>
            <th scope="col">{dashboardStrings.Dashboard_Def_name}</th>
            <th scope="col">{dashboardStrings.Dashboard_Def_code}</th>
            <th scope="col">{dashboardStrings.Dashboard_Def_formula}</th>
            <th scope="col">{dashboardStrings.Dashboard_Def_Thresholds}</th>
            <th scope="col">{dashboardStrings.Dashboard_Def_active}</th>
            <th scope="col"><span className={SR_ONLY}>{dashboardStrings.Dashboard_Def_Actions}</span></th>
          </tr>
        </thead>
        <tbody>
          {props.definitions.map(r => (
            <tr key={r.id} data-testid="kpi-def-row" data-code={r.input.code ?? ''}>
              <th scope="row">
                {r.input.name || r.input.code}
                {r.problems.length > 0 && <ul className={styles.problems} data-testid="kpi-def-row-problems">{r.problems.map(p => <li key={`${p.code}-${p.field ?? ''}`}>{kpiProblemText(p)}</li>)}</ul>}
              </th>
              <td>{r.input.code}</td>
              <td>{r.input.formula ? formulaLabel(r.input.formula) : ''}</td>
              <td>{r.definition ? thresholdText(r.definition, props.locale) : ''}</td>
              <td>{r.definition?.active === false || r.input.active === false ? dashboardStrings.Dashboard_Def_No : dashboardStrings.Dashboard_Def_Yes}</td>
              <td><Button icon="edit" onClick={() => { setMessage(undefined); setEditing({ row: r }); }} data-testid="kpi-def-edit">{formatString(dashboardStrings.Dashboard_Def_Edit, r.input.name || r.input.code || '')}</Button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        // The row as read last: after a conflict the dashboard reads the definitions again, with the new ETag.
        <KpiDefinitionForm key={editing.row?.id ?? 'new'} row={editing.row ? props.definitions.filter(d => d.id === editing.row?.id)[0] ?? editing.row : undefined} service={props.service} locale={props.locale} onDone={done} onReload={props.onChanged} onClose={() => setEditing(undefined)} />
      ) : (
        <Button icon="add" onClick={() => { setMessage(undefined); setEditing({}); }} data-testid="kpi-def-add">{dashboardStrings.Dashboard_Def_Add}</Button>
      )}
    </section>
  );
}

/** The PMO's configuration of the dashboard: the KPIs shown and their order, and the KPI definitions. */
export function KpiConfig(props: IKpiConfigProps): React.ReactElement {
  return (
    <div className={styles.config} data-testid="dashboard-config">
      <KpiChooser {...props} />
      <KpiDefinitions {...props} />
    </div>
  );
}
