import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as projectStrings from 'ProjectStrings';
import type { IPortfolioRow } from '../../domain/portfolio';
import { formatDate, stageLabel, statusLabel } from '../Portfolio/labels';
import { money } from './labels';
import styles from './Project.module.scss';

/** Props of {@link Overview}. */
export interface IOverviewProps {
  /** The project as Projects holds it (the portfolio's row). */
  project: IPortfolioRow;
  /** The user's UI locale, e.g. 'en-us' (dates, amounts). */
  locale: string;
}

/** The project's key data from Projects: code, programme, manager, stage, lifecycle status, dates, budget, description. */
export function Overview(props: IOverviewProps): React.ReactElement {
  const { project: p, locale } = props;
  const rows: Array<[string, string | undefined]> = [
    [strings.Portfolio_Col_code, p.code],
    [strings.Portfolio_Col_programme, p.programme?.title],
    [strings.Portfolio_Col_department, p.department],
    [strings.Portfolio_Col_projectManager, p.projectManager?.name],
    [strings.Portfolio_Col_stage, p.stage ? stageLabel(p.stage) : undefined],
    [strings.Portfolio_Col_status, p.status ? statusLabel(p.status) : undefined],
    [strings.Portfolio_Col_startDate, p.startDate ? formatDate(p.startDate, locale) : undefined],
    [strings.Portfolio_Col_endDate, p.endDate ? formatDate(p.endDate, locale) : undefined],
    [strings.Portfolio_Col_budget, p.budget !== undefined ? money(p.budget, locale) : undefined]
  ];
  return (
    <section className={styles.section} aria-labelledby="pmo-project-overview" data-testid="project-overview">
      <h2 id="pmo-project-overview" className={styles.heading}>{projectStrings.Project_Overview}</h2>
      <dl className={styles.keyData}>
        {rows.filter(([, v]) => v !== undefined && v !== '').map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {p.summary && <p className={styles.summary}>{p.summary}</p>}
    </section>
  );
}
