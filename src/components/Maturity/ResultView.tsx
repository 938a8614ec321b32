import * as React from 'react';
import * as maturityStrings from 'MaturityStrings';
import * as strings from 'PmoHubStrings';
import { formatDayOfInstant } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IMaturityResult, MaturityLevel, Perspective } from '../../domain/maturity';
import type { IMaturityService, IQualificationLine, QualificationAvailability } from '../../services/MaturityService';
import { Link, Notice, Spinner, SR_ONLY } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { useLoad } from '../Raid/useLoad';
import { enrolUrl, levelText, perspectiveName } from './labels';
import { LevelsTable, Radar } from './Radar';
import styles from './Maturity.module.scss';

/**
 * Whether a recommended module can be enrolled in now, in words: its next session's day or "no session
 * planned", then the advice "first complete …" when an earlier step of its path is not completed.
 */
export function availabilityText(a: QualificationAvailability, locale: string): string {
  const when = a.kind === 'enrol' ? formatString(maturityStrings.Maturity_Plan_NextSession, formatDayOfInstant(a.nextStartUtc, locale, 'medium')) : maturityStrings.Maturity_Plan_NoSession;
  return a.firstComplete ? `${when} · ${formatString(maturityStrings.Maturity_Plan_FirstComplete, a.firstComplete.title || a.firstComplete.code)}` : when;
}

/**
 * The qualification plan: per perspective below its target, the modules that build towards it — those
 * whose earlier path steps are completed first, then those with a session to come — each with its next
 * session and "Enrol", or "no session planned"; "first complete …" advises an earlier step (Enrol stays).
 */
export function QualificationPlan(props: { lines: ReadonlyArray<IQualificationLine>; siteUrl: string; locale: string }): React.ReactElement {
  if (!props.lines.length) return <Notice kind="success">{maturityStrings.Maturity_Plan_None}</Notice>;
  return (
    <ul className={styles.plan} data-testid="maturity-plan">
      {props.lines.map(line => (
        <li key={line.perspective} data-testid={`maturity-plan-${line.perspective}`}>
          <strong>{formatString(maturityStrings.Maturity_Plan_Line, perspectiveName(line.perspective), levelText(line.current), levelText(line.target))}</strong>
          {line.modules.length === 0 ? <p className={styles.hint}>{maturityStrings.Maturity_Plan_NoModules}</p> : (
            <ul>
              {line.modules.map(m => {
                const name = m.code ? `${m.code} ${m.title}` : m.title;
                return (
                  <li key={m.id} data-testid="maturity-plan-module" data-availability={m.availability.kind}>
                    {formatString(maturityStrings.Maturity_Plan_Module, name, m.level)}
                    {' · '}<span className={m.availability.kind === 'enrol' ? undefined : styles.hint}>{availabilityText(m.availability, props.locale)}</span>
                    {m.availability.kind === 'enrol' && (
                      <Link className={styles.enrol} href={enrolUrl(props.siteUrl, m.id)} data-testid="maturity-enrol">
                        {maturityStrings.Maturity_Enrol}<span className={SR_ONLY}>{` (${name})`}</span>
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The person's last submitted result: the radar with its table, the overall level, the level rule in
 * words, and the qualification plan (gaps to the PMO's targets with the modules that close them).
 * Read from the service's plan, which holds the submitted result and the targets.
 * @param version Changes after a submission, to read the plan again.
 */
export function ResultView(props: { maturity: IMaturityService; siteUrl: string; locale: string; version: number }): React.ReactElement {
  const { load, reload } = useLoad(() => props.maturity.qualificationPlan(), String(props.version));
  if (load.status === 'loading') return <Spinner size="large" label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  const { result, targets, lines } = load.data;
  return (
    <div data-testid="maturity-result">
      <h2 className={styles.heading}>{maturityStrings.Maturity_Result_Heading}</h2>
      <p className={styles.rule} data-testid="maturity-rule">{maturityStrings.Maturity_Rule}</p>
      {!result ? <Notice kind="info">{maturityStrings.Maturity_Result_None}</Notice> : <Result result={result} targets={targets} />}
      {result && (
        <section aria-labelledby="maturity-plan-heading">
          <h2 id="maturity-plan-heading" className={styles.heading}>{maturityStrings.Maturity_Plan_Heading}</h2>
          <p className={styles.intro}>{maturityStrings.Maturity_Plan_Intro}</p>
          <QualificationPlan lines={lines} siteUrl={props.siteUrl} locale={props.locale} />
        </section>
      )}
    </div>
  );
}

/** The overall level, the radar and its table. */
function Result(props: { result: IMaturityResult; targets: Record<Perspective, MaturityLevel> }): React.ReactElement {
  return (
    <>
      <p className={styles.subheading} data-testid="maturity-overall">{formatString(maturityStrings.Maturity_Overall, levelText(props.result.overall))}</p>
      <div className={styles.result}>
        <Radar result={props.result} targets={props.targets} />
        <LevelsTable result={props.result} targets={props.targets} />
      </div>
    </>
  );
}
