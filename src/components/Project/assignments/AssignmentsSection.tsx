import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { Button } from '../../controls';
import { lazySurface } from '../../Portfolio/lazySurface';
import type { IProjectAssignmentsProps } from './ProjectAssignments';
import styles from '../Project.module.scss';

// The assignments load with their own chunk ('project-assignments') when the user opens the section.
const Assignments = lazySurface<IProjectAssignmentsProps>(() => import(/* webpackChunkName: 'project-assignments' */ './ProjectAssignments').then(m => m.ProjectAssignments));

/**
 * The project page's "Resources" section: the project's assignments (days per role and month,
 * committed and proposed), which its manager, deputy and the PMO edit here, and moving the project's
 * start with its assignments. Closed at first — "Show the assignments" reads them (with the table and
 * the editor from their own chunk) — so that the page itself stays one SharePoint round trip.
 */
export function AssignmentsSection(props: IProjectAssignmentsProps): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  return (
    <section className={styles.section} aria-labelledby="project-assignments-heading" data-testid="project-assignments">
      <h2 id="project-assignments-heading" className={styles.heading}>{projectStrings.Project_Assign_Heading}</h2>
      <p className={styles.meta}>{projectStrings.Project_Assign_Intro}</p>
      <Button
        icon={open ? 'chevronUp' : 'chevronDown'} aria-expanded={open} aria-controls="project-assignments-body" onClick={() => setOpen(o => !o)}
        data-testid="assignments-toggle"
      >
        {open ? projectStrings.Project_Assign_Hide : projectStrings.Project_Assign_Show}
      </Button>
      <div id="project-assignments-body">{open && <Assignments.Component {...props} />}</div>
    </section>
  );
}
