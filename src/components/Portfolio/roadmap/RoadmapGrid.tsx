import * as React from 'react';
import * as strings from 'RoadmapStrings';
import styles from './Roadmap.module.scss';
import { SR_ONLY } from '../../controls/srOnly';
import { useFieldId } from '../../controls/useFieldId';
import { inWindow, xOf, type IRoadmapLane, type IRoadmapRow, type IRoadmapTick, type IRoadmapWindow } from '../../../domain/roadmap';
import { formatString } from '../../../domain/text';
import { RoadmapRow } from './RoadmapRow';
import { dayText, windowRange } from './roadmapText';

/** The props of the roadmap grid: the lanes on the window, its ticks, today and how to address a project. */
export interface IRoadmapGridProps {
  lanes: IRoadmapLane[];
  window: IRoadmapWindow;
  ticks: IRoadmapTick[];
  /** Today, 'YYYY-MM-DD'. */
  today: string;
  locale: string;
  /** A project's page (Project.aspx?projectId=…). */
  projectUrl: (id: number) => string;
}

/** Where the keyboard is: a project row (`milestone` −1) or one of its milestones in the window. */
interface IGridFocus {
  row: number;
  milestone: number;
}

/** The next focus for a key, or undefined when the key is not the grid's. */
function nextFocus(key: string, at: IGridFocus, rows: ReadonlyArray<IRoadmapRow>): IGridFocus | undefined {
  const last = rows.length - 1;
  const milestones = rows[at.row]?.visible.length ?? 0;
  switch (key) {
    case 'ArrowDown': return { row: Math.min(last, at.row + 1), milestone: -1 };
    case 'ArrowUp': return { row: Math.max(0, at.row - 1), milestone: -1 };
    case 'Home': return { row: 0, milestone: -1 };
    case 'End': return { row: last, milestone: -1 };
    case 'ArrowRight': return { row: at.row, milestone: Math.min(milestones - 1, at.milestone + 1) };
    case 'ArrowLeft': return { row: at.row, milestone: Math.max(-1, at.milestone - 1) };
    default: return undefined;
  }
}

/**
 * The keyboard of the roadmap's grid (roving tabindex: one tab stop): Up/Down/Home/End between
 * projects, Right/Left between a project's milestones (Left from the first returns to the row),
 * Enter opens the project's page. A click or focus on a row or milestone moves the tab stop there.
 */
function useRoadmapKeyboard(rows: ReadonlyArray<IRoadmapRow>): { focus: IGridFocus; onKeyDown: (e: React.KeyboardEvent<HTMLElement>) => void; onFocus: (e: React.FocusEvent<HTMLElement>) => void; gridRef: React.RefObject<HTMLDivElement> } {
  const [focus, setFocus] = React.useState<IGridFocus>({ row: 0, milestone: -1 });
  const gridRef = React.useRef<HTMLDivElement>(null);
  const moved = React.useRef(false);
  // Rows or the window changed: keep the tab stop on a row and milestone that exist.
  const row = Math.min(focus.row, Math.max(0, rows.length - 1));
  const current: IGridFocus = { row, milestone: Math.min(focus.milestone, (rows[row]?.visible.length ?? 0) - 1) };
  React.useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const rowEl = gridRef.current?.querySelector<HTMLElement>(`[data-row="${current.row}"]`);
    const target = current.milestone < 0 ? rowEl : rowEl?.querySelector<HTMLElement>(`[data-milestone="${current.milestone}"]`);
    target?.focus();
  });
  const onKeyDown = (e: React.KeyboardEvent<HTMLElement>): void => {
    if (rows.length === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter') {
      if ((e.target as HTMLElement).tagName === 'A') return; // a link opens itself
      e.preventDefault();
      gridRef.current?.querySelector<HTMLAnchorElement>(`[data-row="${current.row}"] a`)?.click();
      return;
    }
    const next = nextFocus(e.key, current, rows);
    if (!next) return;
    e.preventDefault();
    moved.current = true;
    setFocus(next);
  };
  const onFocus = (e: React.FocusEvent<HTMLElement>): void => {
    const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!rowEl) return;
    const ms = (e.target as HTMLElement).getAttribute('data-milestone');
    const at = { row: Number(rowEl.getAttribute('data-row')), milestone: ms === null ? -1 : Number(ms) };
    if (at.row !== current.row || at.milestone !== current.milestone) setFocus(at);
  };
  return { focus: current, onKeyDown, onFocus, gridRef };
}

/** The header row: "Project" and the timeline's ticks, with the today mark's label. */
function HeaderRow(props: { window: IRoadmapWindow; ticks: IRoadmapTick[]; today: string; locale: string }): React.ReactElement {
  const todayShown = inWindow(props.today, props.window);
  const todayLabel = formatString(strings.Roadmap_TodayLine, dayText(props.today, props.locale));
  return (
    <div role="rowgroup">
      <div role="row" className={styles.headerRow}>
        <div role="columnheader" className={styles.nameHeader}>{strings.Roadmap_ColProject}</div>
        <div role="columnheader" className={styles.timeHeader}>
          <span className={SR_ONLY}>{formatString(strings.Roadmap_ColTimeline, windowRange(props.window, props.locale))}{todayShown ? `; ${todayLabel}` : ''}</span>
          {props.ticks.map(t => (
            <span key={t.day} className={styles.tick} style={{ left: `${t.x * 100}%` }} aria-hidden="true" data-testid="roadmap-tick">{t.label}</span>
          ))}
          {todayShown && (
            <span className={styles.todayLabel} style={{ left: `${xOf(props.today, props.window) * 100}%` }} title={todayLabel} aria-hidden="true" data-testid="roadmap-today-label">
              {strings.Roadmap_Today}
            </span>
          )}
        </div>
      </div>
    </div>
  );
}

/** The tick lines and the today line over the timeline column (one layer for every row: nothing to lay out per row). */
function Overlay(props: { window: IRoadmapWindow; ticks: IRoadmapTick[]; today: string }): React.ReactElement {
  return (
    <div className={styles.overlay} aria-hidden="true">
      {props.ticks.map(t => <span key={t.day} className={styles.tickLine} style={{ left: `${t.x * 100}%` }} />)}
      {inWindow(props.today, props.window) && (
        <span className={styles.todayLine} style={{ left: `${(xOf(props.today, props.window) + 0.5 / props.window.days) * 100}%` }} data-testid="roadmap-today" />
      )}
    </div>
  );
}

/**
 * The roadmap as a WAI-ARIA grid: a header row, then per programme a heading row and one row per
 * project (see RoadmapRow). Drawn with positioned HTML (no charting library: react-charting has no
 * Gantt chart), positions in percent, so 60 or 600 rows cost no layout work while scrolling.
 */
export function RoadmapGrid(props: IRoadmapGridProps): React.ReactElement {
  const flat = React.useMemo(() => {
    const out: IRoadmapRow[] = [];
    for (const lane of props.lanes) for (const r of lane.rows) out.push(r);
    return out;
  }, [props.lanes]);
  const { focus, onKeyDown, onFocus, gridRef } = useRoadmapKeyboard(flat);
  const hintId = useFieldId('roadmap-hint');
  let index = 0;
  return (
    <div className={styles.gridWrap}>
      <p id={hintId} className={SR_ONLY}>{strings.Roadmap_KeyboardHint}</p>
      <div role="grid" aria-label={strings.Roadmap_Label} aria-describedby={hintId} ref={gridRef} className={styles.grid} onKeyDown={onKeyDown} onFocus={onFocus} data-testid="roadmap-grid">
        <HeaderRow window={props.window} ticks={props.ticks} today={props.today} locale={props.locale} />
        {props.lanes.map(lane => (
          <div role="rowgroup" key={lane.key}>
            <div role="row" className={styles.laneRow}>
              <div role="rowheader" aria-colspan={2} className={styles.laneHeader} data-testid="roadmap-lane">
                {lane.programme ? lane.programme.title : strings.Roadmap_NoProgramme}
              </div>
            </div>
            {lane.rows.map(item => {
              const i = index++;
              return (
                <RoadmapRow
                  key={item.row.id} item={item} index={i} href={props.projectUrl(item.row.id)} locale={props.locale} windowStart={props.window.start}
                  focusMilestone={focus.row === i ? focus.milestone : undefined}
                />
              );
            })}
          </div>
        ))}
      </div>
      <Overlay window={props.window} ticks={props.ticks} today={props.today} />
    </div>
  );
}
