import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { lazySurface } from '../../Portfolio/lazySurface';
import type { IProjectAssignmentsProps } from './ProjectAssignments';
import styles from '../Project.module.scss';

// The assignments load with their own chunk ('project-assignments') once the page is on screen.
const Assignments = lazySurface<IProjectAssignmentsProps>(() => import(/* webpackChunkName: 'project-assignments' */ './ProjectAssignments').then(m => m.ProjectAssignments));

/**
 * The project page's "Resources" section: the project's assignments (days per role and month,
 * committed and proposed), which its manager, deputy and the PMO edit here, and moving the project's
 * start with its assignments. The table and the editor come from their own chunk.
 */
export function AssignmentsSection(props: IProjectAssignmentsProps): React.ReactElement {
  return (
    <section className={styles.section} aria-labelledby="project-assignments-heading" data-testid="project-assignments">
      <h2 id="project-assignments-heading" className={styles.heading}>{projectStrings.Project_Assign_Heading}</h2>
      <p className={styles.meta}>{projectStrings.Project_Assign_Intro}</p>
      <Assignments.Component {...props} />
    </section>
  );
}
