import * as React from 'react';
import * as benefitsStrings from 'BenefitsStrings';
import * as governanceStrings from 'GovernanceStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IBenefit } from '../../services/BenefitService';
import { Button, SR_ONLY } from '../controls';
import { fieldLabel, statusLabel, valueText } from './labels';
import styles from './Benefits.module.scss';

/** Props of {@link BenefitRegister}. */
export interface IBenefitRegisterProps {
  benefits: ReadonlyArray<IBenefit>;
  locale: string;
  /** Editors only: opens the benefit form / the measurement form. */
  onEdit?: (b: IBenefit) => void;
  onRecord?: (b: IBenefit) => void;
  busy?: boolean;
}

/**
 * The progress from baseline to target in words, the percentage formatted for the user's locale
 * ("40% of the way to the target", "40 % des Wegs zum Zielwert"), or why there is none.
 */
export function progressText(b: Pick<IBenefit, 'realisation'>, locale: string): string {
  const r = b.realisation;
  if (r.progressPercent !== undefined) return formatString(benefitsStrings.Benefits_Progress, new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(r.progressPercent / 100));
  return r.reason ? governanceStrings[`Benefit_Reason_${r.reason}`] ?? '' : '';
}

/** A benefit's measurements, oldest first: day, value, comment. */
function History(props: { benefit: IBenefit; locale: string; id: string }): React.ReactElement {
  const { benefit: b, locale } = props;
  if (b.measurements.length === 0) return <p id={props.id} className={styles.empty}>{benefitsStrings.Benefits_HistoryEmpty}</p>;
  return (
    <table id={props.id} className={styles.history} data-testid="benefit-history">
      <caption className={styles.caption}>{formatString(benefitsStrings.Benefits_HistoryOf, b.title)}</caption>
      <thead><tr><th scope="col">{benefitsStrings.Benefits_Col_MeasuredOn}</th><th scope="col">{governanceStrings.EndReport_Column_Value}</th><th scope="col">{benefitsStrings.Benefits_Field_comment}</th></tr></thead>
      <tbody>
        {b.measurements.map(m => (
          <tr key={m.id}><td>{formatDateOnly(m.on, locale)}</td><td className={styles.number}>{valueText(m.value, locale, b.unit)}</td><td>{m.comment ?? ''}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The register: benefit (with its measure), owner, baseline, target, planned realisation (headed by
 * the benefit form's labels, so that the page uses one term for each), the latest
 * realised value and its day (with the progress toward the target), status; per benefit its
 * measurements on demand, and for editors Edit and "Record a measurement".
 */
export function BenefitRegister(props: IBenefitRegisterProps): React.ReactElement {
  const { benefits, locale, onEdit, onRecord } = props;
  const [open, setOpen] = React.useState<number | undefined>(undefined);
  return (
    <table className={styles.table} data-testid="benefits-register">
      <caption className={SR_ONLY}>{benefitsStrings.Benefits_Heading}</caption>
      <thead>
        <tr>
          <th scope="col">{fieldLabel('title')}</th>
          <th scope="col">{fieldLabel('owner')}</th>
          <th scope="col">{fieldLabel('baseline')}</th>
          <th scope="col">{fieldLabel('target')}</th>
          <th scope="col">{fieldLabel('plannedDate')}</th>
          <th scope="col">{benefitsStrings.Benefits_Col_Realised}</th>
          <th scope="col">{benefitsStrings.Benefits_Col_MeasuredOn}</th>
          <th scope="col">{fieldLabel('status')}</th>
          <th scope="col">{benefitsStrings.Benefits_Col_Actions}</th>
        </tr>
      </thead>
      <tbody>
        {benefits.map(b => {
          const latest = b.realisation.latest;
          const shown = open === b.id;
          const historyId = `benefit-history-${b.id}`;
          return (
            <React.Fragment key={b.id}>
              <tr data-testid="benefit-row" data-benefit-id={b.id}>
                <th scope="row">{b.title}{b.measure && <span className={styles.meta}>{b.measure}</span>}</th>
                <td>{b.ownerName ?? ''}</td>
                <td className={styles.number}>{valueText(b.baseline, locale, b.unit)}</td>
                <td className={styles.number}>{valueText(b.target, locale, b.unit)}</td>
                <td>{b.plannedDate ? formatDateOnly(b.plannedDate, locale) : ''}</td>
                <td className={styles.number} data-testid="benefit-realised">{valueText(latest?.value, locale, b.unit)}<span className={styles.meta}>{progressText(b, locale)}</span></td>
                <td data-testid="benefit-realised-on">{latest ? formatDateOnly(latest.on, locale) : ''}</td>
                <td>{statusLabel(b.status)}</td>
                <td>
                  <span className={styles.rowActions}>
                    <Button aria-expanded={shown} aria-controls={shown ? historyId : undefined} aria-label={formatString(shown ? benefitsStrings.Benefits_HideHistory : benefitsStrings.Benefits_ShowHistory, b.title)} onClick={() => setOpen(shown ? undefined : b.id)} data-testid="benefit-history-toggle">
                      {benefitsStrings.Benefits_History}
                    </Button>
                    {onRecord && <Button icon="add" aria-label={formatString(benefitsStrings.Benefits_RecordFor, b.title)} disabled={props.busy} onClick={() => onRecord(b)} data-testid="benefit-record">{benefitsStrings.Benefits_Record}</Button>}
                    {onEdit && <Button icon="edit" aria-label={formatString(benefitsStrings.Benefits_EditBenefit, b.title)} disabled={props.busy} onClick={() => onEdit(b)} data-testid="benefit-edit">{benefitsStrings.Benefits_Edit}</Button>}
                  </span>
                </td>
              </tr>
              {shown && <tr><td colSpan={9}><History benefit={b} locale={locale} id={historyId} /></td></tr>}
            </React.Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
