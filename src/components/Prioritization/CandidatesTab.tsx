import * as React from 'react';
import * as prioStrings from 'PrioritizationStrings';
import { Button, Checkbox, SelectField, type ISelectOption } from '../controls';
import { formatAmountFor } from '../../domain/numbers';
import { formatString } from '../../domain/text';
import type { IPrioritizationItem } from '../../services/PrioritizationService';
import styles from './Prioritization.module.scss';
import type { ICandidatesState, Force, IRankedItem } from './usePrioritization';
import { lazyCharts } from './lazyCharts';
import type { IChartPoint } from './charts';
import { modelText } from './modelText';

/** Props of {@link CandidatesTab}. */
export interface ICandidatesTabProps {
  state: ICandidatesState;
  locale: string;
}

function demandText(c: IPrioritizationItem, roles: ReadonlyMap<number, string>, locale: string): string {
  const days = new Map<number, number>();
  for (const d of c.demand) days.set(d.role, (days.get(d.role) ?? 0) + d.days);
  return Array.from(days.entries()).map(([role, d]) => `${roles.get(role) ?? role}: ${formatString(prioStrings.Prio_Days, formatAmountFor(d, locale, 1))}`).join(', ');
}

function costOf(c: IPrioritizationItem, year: number): number {
  return c.costPlan.filter(y => y.year === year).reduce((t, y) => t + Math.max(0, y.capex) + Math.max(0, y.opex), 0);
}

function totalDays(c: IPrioritizationItem): number {
  return c.demand.reduce((t, d) => t + Math.max(0, d.days), 0);
}

/**
 * The bubble chart's points: each scored candidate at its total cost (x) and score (y), its area its
 * total demand in days, its rank written under it (as in the table); a candidate without a score
 * has no place on the score axis and is only in the table.
 */
export function bubblePoints(candidates: ReadonlyArray<IRankedItem>, years: ReadonlyArray<number>, locale: string): IChartPoint[] {
  const points: IChartPoint[] = [];
  candidates.forEach((c, i) => {
    if (c.score === undefined) return;
    const cost = years.reduce((t, y) => t + costOf(c, y), 0);
    const days = totalDays(c);
    points.push({
      id: c.id, label: c.title, x: cost, y: c.score, size: days, text: String(i + 1),
      description: formatString(prioStrings.Prio_ChartBubblePoint, i + 1, c.title, formatAmountFor(c.score, locale, 1), formatAmountFor(cost, locale, 0), formatAmountFor(days, locale, 1))
    });
  });
  return points;
}

/** A candidate's score cell: the score, or "Not scored" (naming the model version when it was scored with another one). */
function scoreText(c: IRankedItem, locale: string): string {
  if (c.score !== undefined) return formatAmountFor(c.score, locale, 1);
  return c.otherModel ? formatString(prioStrings.Prio_ScoredWithOther, modelText(c.otherModel)) : prioStrings.Prio_NotScored;
}

/** Adds "B needs A" or "A excludes B" pairs, and lists those made. */
function LinksEditor(props: { state: ICandidatesState }): React.ReactElement {
  const { state } = props;
  const options: ISelectOption[] = [{ key: '', text: prioStrings.Prio_ChooseCandidate }, ...state.candidates.map(c => ({ key: c.id, text: c.title }))];
  const [a, setA] = React.useState('');
  const [b, setB] = React.useState('');
  const [kind, setKind] = React.useState('needs');
  return (
    <section className={styles.links} aria-labelledby="prio-links-heading">
      <h2 id="prio-links-heading" className={styles.subheading}>{prioStrings.Prio_LinksHeading}</h2>
      <div className={styles.row}>
        <SelectField label={prioStrings.Prio_LinkFirst} options={options} selectedKey={a} onChange={setA} />
        <SelectField label={prioStrings.Prio_LinkKind} options={[{ key: 'needs', text: prioStrings.Prio_LinkNeeds }, { key: 'excludes', text: prioStrings.Prio_LinkExcludes }]} selectedKey={kind} onChange={setKind} />
        <SelectField label={prioStrings.Prio_LinkSecond} options={options} selectedKey={b} onChange={setB} />
        <Button disabled={!a || !b || a === b} onClick={() => (kind === 'needs' ? state.addDependency(a, b) : state.addExclusion(a, b))}>{prioStrings.Prio_LinkAdd}</Button>
      </div>
      <ul className={styles.plainList}>
        {state.parameters.dependencies.map((d, i) => (
          <li key={`d${i}`}>
            {formatString(prioStrings.Prio_Row_Requires, state.titleOf(d.dependent), state.titleOf(d.prerequisite))}{' '}
            <Button aria-label={formatString(prioStrings.Prio_LinkRemoveLabel, formatString(prioStrings.Prio_Row_Requires, state.titleOf(d.dependent), state.titleOf(d.prerequisite)))} onClick={() => state.removeDependency(i)}>{prioStrings.Prio_LinkRemove}</Button>
          </li>
        ))}
        {state.parameters.exclusions.map(([x, y], i) => (
          <li key={`e${i}`}>
            {formatString(prioStrings.Prio_Row_Excludes, state.titleOf(x), state.titleOf(y))}{' '}
            <Button aria-label={formatString(prioStrings.Prio_LinkRemoveLabel, formatString(prioStrings.Prio_Row_Excludes, state.titleOf(x), state.titleOf(y)))} onClick={() => state.removeExclusion(i)}>{prioStrings.Prio_LinkRemove}</Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The ranked candidates: score, cost per fiscal year, demand per role and objectives, with force
 * in / out per candidate, the dependencies and exclusions, and the score-versus-cost bubble chart
 * (its own lazy chunk); the table is the chart's accessible alternative.
 */
export function CandidatesTab(props: ICandidatesTabProps): React.ReactElement {
  const { state, locale } = props;
  const data = state.data;
  const [showChart, setShowChart] = React.useState(false);
  if (!data) return <></>;
  const roles = new Map(data.roles.map(r => [r.role, r.title]));
  const objectives = new Map(data.objectives.map(o => [o.id, o.title]));
  const forceOptions: ISelectOption[] = [{ key: 'auto', text: prioStrings.Prio_ForceAuto }, { key: 'in', text: prioStrings.Prio_ForceIn }, { key: 'out', text: prioStrings.Prio_ForceOut }];
  // Without a score the optimizer has nothing to weigh: the PMO keeps it in or takes it out.
  const unscoredOptions = forceOptions.slice(1);
  const candidates = state.candidates;
  const Charts = lazyCharts.Component;
  return (
    <div>
      <div className={styles.row}>
        <Checkbox label={prioStrings.Prio_IncludeProjects} checked={state.includeProjects} onChange={state.setIncludeProjects} />
        <Button onClick={() => setShowChart(s => !s)} aria-expanded={showChart}>{showChart ? prioStrings.Prio_HideChart : prioStrings.Prio_ShowChart}</Button>
      </div>
      {showChart && (
        <Charts kind="bubble" locale={locale} title={prioStrings.Prio_ChartBubbleTitle} points={bubblePoints(candidates, data.years, locale)}
          xLabel={prioStrings.Prio_ChartCost} yLabel={prioStrings.Prio_ColScore} sizeLabel={prioStrings.Prio_ChartBubbleSize} />
      )}
      {!candidates.length ? <p>{prioStrings.Prio_NoCandidates}</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-label={prioStrings.Prio_CandidatesTable}>
            <thead>
              <tr>
                <th scope="col">{prioStrings.Prio_ColRank}</th>
                <th scope="col">{prioStrings.Prio_ColCandidate}</th>
                <th scope="col">{prioStrings.Prio_ColScore}</th>
                {data.years.map(y => <th scope="col" key={y}>{formatString(prioStrings.Prio_ColCostYear, y)}</th>)}
                <th scope="col">{prioStrings.Prio_ColDemand}</th>
                <th scope="col">{prioStrings.Prio_ColObjectives}</th>
                <th scope="col">{prioStrings.Prio_ColForce}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c, i) => (
                <tr key={c.id} data-testid={`prio-candidate-${c.id}`}>
                  <td>{c.score === undefined ? '' : i + 1}</td>
                  <th scope="row">{c.title}<span className={styles.meta}>{c.kind === 'request' ? formatString(prioStrings.Prio_RequestMeta, c.itemId, c.roundTitle ?? '') : prioStrings.Prio_ProjectMeta}</span></th>
                  <td className={c.score === undefined ? undefined : styles.num} data-testid={`prio-score-${c.id}`}>{scoreText(c, locale)}</td>
                  {data.years.map(y => <td className={styles.num} key={y}>{formatAmountFor(costOf(c, y), locale, 0)}</td>)}
                  <td>{demandText(c, roles, locale)}</td>
                  <td>{c.objectiveIds.map(id => objectives.get(id) ?? '').filter(Boolean).join(', ')}</td>
                  <td>
                    <SelectField label={formatString(prioStrings.Prio_ForceLabel, c.title)} hideLabel={true} className={styles.forceSelect} options={c.score === undefined ? unscoredOptions : forceOptions}
                      selectedKey={state.forceOf(c.id)} onChange={k => state.setForce(c.id, k as Force)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LinksEditor state={state} />
    </div>
  );
}
