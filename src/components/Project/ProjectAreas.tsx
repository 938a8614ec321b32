import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { Link } from '../controls';
import type { IProjectAreaLink } from './areas';
import { text } from './labels';
import styles from './Project.module.scss';

/**
 * Links to the project's areas (RAID, gates, benefits) whose pages exist, as a navigation landmark
 * named "The project's areas" placed right below the page's title; nothing at all while none does,
 * so the page never offers a link that leads nowhere.
 */
export function ProjectAreas(props: { links: ReadonlyArray<IProjectAreaLink>; siteUrl: string }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  if (props.links.length === 0) return null;
  return (
    <nav className={styles.areas} aria-label={projectStrings.Project_Areas} data-testid="project-areas">
      <ul className={styles.areaList}>
        {props.links.map(l => <li key={l.pageKey}><Link href={`${props.siteUrl.replace(/\/$/, '')}/${l.url}`}>{text(l.titleKey)}</Link></li>)}
      </ul>
    </nav>
  );
}
