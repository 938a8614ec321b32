import * as React from 'react';
import * as strings from 'RoadmapStrings';
import * as pmoStrings from 'PmoHubStrings';
import styles from './Roadmap.module.scss';
import { RagBadge } from '../RagBadge';
import type { IRoadmapMarker, IRoadmapRow } from '../../../domain/roadmap';
import { milestoneName, rowName } from './roadmapText';

/** The classes of a bar's state: a colour AND a pattern, so colour is never the only cue. */
const BAR_CLASS: Record<IRoadmapRow['state'], string> = {
  Green: styles.barGreen, Amber: styles.barAmber, Red: styles.barRed, None: styles.barNone, Ended: styles.barEnded
};

/** The props of one project row. */
export interface IRoadmapRowProps {
  item: IRoadmapRow;
  /** Position in the grid's project order (the keyboard's row index). */
  index: number;
  /** The project's page (Project.aspx?projectId=…). */
  href: string;
  locale: string;
  /** Which milestone holds the tab stop in this row: -1 for the row itself, undefined when another row holds it. */
  focusMilestone?: number;
}

const pct = (x: number): string => `${(x * 100).toFixed(3)}%`;

/** A milestone's diamond: filled once reached, hollow while forecast; named and titled by its date. */
function Diamond(props: { m: IRoadmapMarker; index: number; tabStop: boolean; locale: string }): React.ReactElement {
  const name = milestoneName(props.m, props.locale);
  return (
    <span
      role="img"
      aria-label={name}
      title={name}
      tabIndex={props.tabStop ? 0 : -1}
      data-milestone={props.index}
      className={`${styles.diamond} ${props.m.reached ? styles.reached : styles.open}`}
      style={{ left: pct(props.m.x) }}
    />
  );
}

/** Where the project is when it has no bar in this window: no dates, or before or after it. */
function NoBar(props: { item: IRoadmapRow; windowStart: string }): React.ReactElement {
  const { item } = props;
  const before = item.dated && (item.row.endDate as string) < props.windowStart;
  const after = item.dated && !before;
  const text = !item.dated ? strings.Roadmap_Undated : before ? strings.Roadmap_BeforeWindow : strings.Roadmap_AfterWindow;
  return <span className={`${styles.noBar} ${after ? styles.noBarAfter : ''}`} aria-hidden="true">{text}</span>;
}

/**
 * One project on the roadmap, a grid row named "Project, start to end, overall RAG, n milestones":
 * its name (a link to its page) with its RAG in words, and on the timeline its bar (clipped at the
 * window's edges, with a mark where it continues) and its milestones.
 */
function RoadmapRowView(props: IRoadmapRowProps & { windowStart: string }): React.ReactElement {
  const { item, focusMilestone } = props;
  const bar = item.bar;
  return (
    <div
      role="row"
      aria-label={rowName(item, props.locale)}
      tabIndex={focusMilestone === -1 ? 0 : -1}
      data-row={props.index}
      data-testid="roadmap-row"
      data-project-id={item.row.id}
      className={styles.row}
    >
      <div role="gridcell" className={styles.nameCell}>
        <a href={props.href} target="_blank" rel="noopener noreferrer" tabIndex={-1} className={styles.projectLink} data-testid="roadmap-link">{item.row.title}</a>
        {item.state === 'Ended' ? <span className={styles.muted}>{pmoStrings.Portfolio_RagNoCurrent}</span> : <RagBadge value={item.state} />}
      </div>
      <div role="gridcell" className={styles.timeCell}>
        {bar ? (
          <span
            className={`${styles.bar} ${BAR_CLASS[item.state]} ${bar.continuesBefore ? styles.cutStart : ''} ${bar.continuesAfter ? styles.cutEnd : ''}`}
            style={{ left: pct(bar.left), width: pct(bar.width) }}
            data-testid="roadmap-bar"
            data-state={item.state}
            aria-hidden="true"
          >
            {bar.continuesBefore && <span className={styles.continuesBefore} title={strings.Roadmap_StartsEarlier} />}
            {bar.continuesAfter && <span className={styles.continuesAfter} title={strings.Roadmap_EndsLater} />}
          </span>
        ) : <NoBar item={item} windowStart={props.windowStart} />}
        {item.visible.map((m, i) => <Diamond key={m.milestone.id} m={m} index={i} tabStop={focusMilestone === i} locale={props.locale} />)}
      </div>
    </div>
  );
}

/** {@link RoadmapRowView}, rendered again only when its own props change (moving the keyboard re-renders two rows). */
export const RoadmapRow: React.NamedExoticComponent<IRoadmapRowProps & { windowStart: string }> = React.memo(RoadmapRowView);
