import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as prioStrings from 'PrioritizationStrings';
import { Button, DateField, SelectField, Spinner, TextField, type ISelectOption } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import type { IsoDay } from '../../domain/dates';
import { DECISION_BODIES, type DecisionBody } from '../../domain/scoring';
import type { IDecisionLogQuery, IDecisionRecord, IDecisionService } from '../../services/DecisionService';
import type { ExportCell } from '../../domain/portfolio';
import styles from './Prioritization.module.scss';
import { DECISION_LOG_COLUMNS, decisionLogTable, screenCell } from './decisionLogColumns';

export { decisionLogTable } from './decisionLogColumns';

/** Props of {@link DecisionLog}. */
export interface IDecisionLogProps {
  decisions: IDecisionService;
  locale: string;
  /** Writes the Excel file (default: write-excel-file, loaded on first use in its own chunk). */
  writeWorkbook?: (table: ExportCell[][], fileName: string, sheetName: string) => Promise<void>;
}

const defaultWriter = (table: ExportCell[][], fileName: string, sheetName: string): Promise<void> =>
  import(/* webpackChunkName: 'decision-log-excel' */ '../Portfolio/exportExcel').then(m => m.writeWorkbook(table, fileName, sheetName));

/** The decision log: every decision, filtered by date, body and request/project (indexed columns), with an Excel export. */
export function DecisionLog(props: IDecisionLogProps): React.ReactElement {
  const { locale } = props;
  const [from, setFrom] = React.useState<IsoDay | undefined>(undefined);
  const [to, setTo] = React.useState<IsoDay | undefined>(undefined);
  const [body, setBody] = React.useState('');
  const [request, setRequest] = React.useState('');
  const [project, setProject] = React.useState('');
  const [rows, setRows] = React.useState<IDecisionRecord[] | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [query, setQuery] = React.useState<IDecisionLogQuery>({});
  const [exporting, setExporting] = React.useState(false);
  React.useEffect(() => {
    let active = true;
    setRows(undefined);
    setError(undefined);
    props.decisions.listDecisions(query).then(r => { if (active) setRows(r); }, (e: unknown) => { if (active) setError(e); });
    return () => { active = false; };
  }, [props.decisions, query]);
  const number = (t: string): number | undefined => (/^\d+$/.test(t.trim()) ? Number(t.trim()) : undefined);
  const apply = (): void => setQuery({ from, to, ...(body ? { body: body as DecisionBody } : {}), request: number(request), project: number(project) });
  const bodies: ISelectOption[] = [{ key: '', text: prioStrings.Prio_LogAllBodies }, ...DECISION_BODIES.map(b => ({ key: b, text: prioStrings[`Prio_Body_${b}`] }))];
  const exportExcel = (): void => {
    if (!rows) return;
    setExporting(true);
    (props.writeWorkbook ?? defaultWriter)(decisionLogTable(rows), 'Decision log.xlsx', prioStrings.Prio_TabLog).then(() => setExporting(false), (e: unknown) => { setExporting(false); setError(e); });
  };
  return (
    <div>
      <form className={styles.row} aria-label={prioStrings.Prio_LogFilters} onSubmit={e => { e.preventDefault(); apply(); }}>
        <DateField label={prioStrings.Prio_LogFrom} value={from} onChange={setFrom} locale={locale} invalidMessage={prioStrings.Prio_LogDateInvalid} />
        <DateField label={prioStrings.Prio_LogTo} value={to} onChange={setTo} locale={locale} invalidMessage={prioStrings.Prio_LogDateInvalid} />
        <SelectField label={prioStrings.Prio_LogBody} options={bodies} selectedKey={body} onChange={setBody} />
        <TextField label={prioStrings.Prio_LogRequest} value={request} onChange={setRequest} inputMode="numeric" errorMessage={request.trim() && number(request) === undefined ? prioStrings.Prio_LogNumberInvalid : undefined} />
        <TextField label={prioStrings.Prio_LogProject} value={project} onChange={setProject} inputMode="numeric" errorMessage={project.trim() && number(project) === undefined ? prioStrings.Prio_LogNumberInvalid : undefined} />
        <Button submit={true}>{prioStrings.Prio_LogApply}</Button>
        <Button disabled={!rows || !rows.length || exporting} onClick={exportExcel} icon="excel">{prioStrings.Prio_LogExport}</Button>
      </form>
      {error !== undefined ? <ErrorMessage error={error} onRetry={() => setQuery(q => ({ ...q }))} /> : !rows ? <Spinner label={strings.LoadingLabel} /> : !rows.length ? <p>{prioStrings.Prio_LogEmpty}</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-label={prioStrings.Prio_TabLog} data-testid="prio-log">
            <thead>
              <tr>{DECISION_LOG_COLUMNS.map(c => <th scope="col" key={c.key}>{c.header()}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map(d => (
                <tr key={d.id}>
                  {DECISION_LOG_COLUMNS.map(c => (c.rowHeader
                    ? <th scope="row" key={c.key}>{screenCell(c, d, locale)}</th>
                    : <td key={c.key}>{screenCell(c, d, locale)}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
