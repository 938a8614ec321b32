import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import * as reportStrings from 'ReportStrings';
import { formatString } from '../../domain/text';
import { formatDateOnly } from '../../domain/dates';
import { OVERALL_DIMENSION, type RagTrend } from '../../domain/rag';
import type { IProjectPage } from '../../services/ControllingService';
import { inConfiguredOrder } from '../../services/reportDimensions';
import { Glyph, Notice } from '../controls';
import { RagMark } from './RagMark';
import { dimensionName, publishedText, ragName, trendName } from './labels';
import styles from './Project.module.scss';

/** Props of {@link LatestStatus}. */
export interface ILatestStatusProps {
  page: Pick<IProjectPage, 'latestReport' | 'trend' | 'trendByDimension' | 'rules'>;
  /** The user's UI locale (dates). */
  locale: string;
}

/** A trend as an arrow glyph and words: better (up), worse (down), the same. */
function Trend(props: { trend: RagTrend | undefined }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  if (!props.trend) return null;
  const glyph = props.trend === 'better' ? 'sortUp' : props.trend === 'worse' ? 'sortDown' : 'chevronRight';
  return <span className={styles.trend} data-trend={props.trend}><Glyph name={glyph} /> {trendName(props.trend)}</span>;
}

/**
 * The latest published status report: the RAG per dimension (text, colour and shape, never colour
 * alone) with its move since the report before, the comments and the justification of an
 * overridden suggestion, achievements, next steps and escalations; and the ratings of the last
 * reports as a table. Without a published report it says so, and the overall RAG reads "No report"
 * (never green).
 */
export function LatestStatus(props: ILatestStatusProps): React.ReactElement {
  const { page, locale } = props;
  const report = page.latestReport;
  const name = (d: string): string => dimensionName(d, page.rules);
  const dimensions = report ? inConfiguredOrder(report.dimensions, page.rules.dimensions) : [];
  return (
    <section className={styles.section} aria-labelledby="pmo-project-status" data-testid="project-status">
      <h2 id="pmo-project-status" className={styles.heading}>{projectStrings.Project_LatestStatus}</h2>
      {!report ? (
        <>
          <p><RagMark rag={undefined} none="noReport" dimension={name(OVERALL_DIMENSION)} /></p>
          <Notice kind="info" data-testid="project-no-report">{projectStrings.Project_NoReport}</Notice>
        </>
      ) : (
        <>
          <p className={styles.meta} data-testid="project-report-date">
            {formatString(projectStrings.Project_ReportOf, formatDateOnly(report.reportDate, locale))}
            {report.publishedDate && ` · ${formatString(projectStrings.Project_PublishedOn, publishedText(report.publishedDate, locale))}`}
          </p>
          <table className={styles.table} data-testid="project-rag">
            <caption className={styles.caption}>{projectStrings.Project_RagCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{projectStrings.Project_Col_Dimension}</th>
                <th scope="col">{projectStrings.Project_Col_Rag}</th>
                <th scope="col">{projectStrings.Project_Col_Trend}</th>
                <th scope="col">{projectStrings.Project_Col_Comment}</th>
              </tr>
            </thead>
            <tbody>
              {dimensions.map(d => (
                <tr key={d.dimension} data-dimension={d.dimension}>
                  <th scope="row">{name(d.dimension)}</th>
                  <td><RagMark rag={d.rag} /></td>
                  <td><Trend trend={page.trendByDimension[d.dimension]} /></td>
                  <td>
                    {d.comment}
                    {d.justification && (
                      <span className={styles.justification}>
                        {formatString(projectStrings.Project_OverrideNote, ragName(d.suggested), d.justification)}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ReportTexts achievements={report.achievements} nextSteps={report.nextSteps} escalations={report.escalations} />
          {page.trend.length > 1 && <TrendTable page={page} locale={locale} name={name} dimensions={dimensions.map(d => d.dimension)} />}
        </>
      )}
    </section>
  );
}

/** Achievements, next steps and escalations of a report (only those it has). */
function ReportTexts(props: { achievements?: string; nextSteps?: string; escalations?: string }): React.ReactElement {
  const parts: Array<[string, string | undefined]> = [
    [reportStrings.Report_Achievements, props.achievements],
    [reportStrings.Report_NextSteps, props.nextSteps],
    [projectStrings.Project_Escalations, props.escalations]
  ];
  return (
    <dl className={styles.texts}>
      {parts.filter(([, v]) => !!v).map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The trend table's column headings: each report's date, numbered where several reports share a
 * date ("30 Nov 2026 (1)", "30 Nov 2026 (2)") so that no two columns read the same.
 */
export function trendHeadings(trend: ReadonlyArray<{ reportDate?: string }>, locale: string): string[] {
  const total = new Map<string, number>();
  for (const t of trend) total.set(t.reportDate ?? '', (total.get(t.reportDate ?? '') ?? 0) + 1);
  const seen = new Map<string, number>();
  return trend.map(t => {
    const key = t.reportDate ?? '';
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const date = formatDateOnly(t.reportDate, locale);
    return (total.get(key) ?? 0) > 1 ? formatString(projectStrings.Project_TrendSameDate, date, n) : date;
  });
}

/** The ratings of the last reports, oldest first: a row per dimension (in the PMO's order), a column per report. */
function TrendTable(props: { page: ILatestStatusProps['page']; locale: string; name: (d: string) => string; dimensions: string[] }): React.ReactElement {
  const { page, locale, name, dimensions } = props;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="project-trend">
        <caption className={styles.caption}>{formatString(projectStrings.Project_TrendCaption, page.trend.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{projectStrings.Project_Col_Dimension}</th>
            {trendHeadings(page.trend, locale).map((h, i) => <th scope="col" key={page.trend[i].reportId}>{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {dimensions.map(d => (
            <tr key={d}>
              <th scope="row">{name(d)}</th>
              {page.trend.map(t => <td key={t.reportId}><RagMark rag={t.rag[d]} /></td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
