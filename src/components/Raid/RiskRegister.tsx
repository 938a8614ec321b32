import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { isOpenRisk, type RiskTrend } from '../../domain/governance';
import type { IRisk } from '../../services/RiskService';
import { Button, Checkbox, SR_ONLY } from '../controls';
import { bandLabel, choiceLabel, formatCount, responseLabel } from './labels';
import styles from './Raid.module.scss';

const TREND_MARK: Record<RiskTrend, string> = { up: '↑', down: '↓', same: '=', new: '•' };

/** Props of {@link RiskRegister}. */
export interface IRiskRegisterProps {
  /** The risks of the project (or of the heat map's selected cell), of any status. */
  risks: ReadonlyArray<IRisk>;
  locale: string;
  /** Edit and close buttons per open risk (the project's manager, deputy and the PMO). */
  onEdit?: (risk: IRisk) => void;
  onClose?: (risk: IRisk) => void;
  busy?: boolean;
}

/** A risk's trend: a mark for the eye, words for screen readers. */
function Trend(props: { trend: RiskTrend }): React.ReactElement {
  const words = raidStrings[`Raid_Trend_${props.trend}`];
  return <span title={words}><span aria-hidden="true">{TREND_MARK[props.trend]}</span><span className={SR_ONLY}>{words}</span></span>;
}

/**
 * The risk register: by default the open risks (Open, Being mitigated: the set the heat map counts,
 * `isOpenRisk`), with a checkbox "Show closed and occurred risks (n)" when there are others; the
 * others then follow the open ones, their status in words in the Status column.
 */
export function RiskRegister(props: IRiskRegisterProps): React.ReactElement {
  const [showOthers, setShowOthers] = React.useState(false);
  const open = props.risks.filter(r => isOpenRisk(r));
  const others = props.risks.filter(r => !isOpenRisk(r));
  const shown = showOthers ? [...open, ...others] : open;
  return (
    <>
      {others.length > 0 && (
        <Checkbox
          id="raid-show-others" label={formatString(raidStrings.Raid_Risks_ShowOthers, formatCount(others.length, props.locale))}
          checked={showOthers} onChange={setShowOthers} data-testid="raid-show-others"
        />
      )}
      {shown.length === 0 ? <p data-testid="raid-risks-none-open">{raidStrings.Raid_Risks_NoneOpen}</p> : <RiskTable {...props} risks={shown} />}
    </>
  );
}

/** The register's table: title, P, I, score, band, owner, proximity, response, status, trend since the last report. */
function RiskTable(props: IRiskRegisterProps): React.ReactElement {
  const { risks, locale, onEdit, onClose } = props;
  const editable = !!(onEdit || onClose);
  return (
    <table className={styles.table} data-testid="raid-risks">
      <caption className={SR_ONLY}>{raidStrings.Raid_Risks_Heading}</caption>
      <thead>
        <tr>
          <th scope="col">{raidStrings.Raid_Col_Risk}</th>
          <th scope="col" className={styles.number}><abbr title={raidStrings.Raid_HeatMap_Probability}>{raidStrings.Raid_Col_P}</abbr></th>
          <th scope="col" className={styles.number}><abbr title={raidStrings.Raid_HeatMap_Impact}>{raidStrings.Raid_Col_I}</abbr></th>
          <th scope="col" className={styles.number}>{raidStrings.Raid_Col_Score}</th>
          <th scope="col">{raidStrings.Raid_Col_Band}</th>
          <th scope="col">{raidStrings.Raid_Col_Owner}</th>
          <th scope="col">{raidStrings.Raid_Col_Proximity}</th>
          <th scope="col">{raidStrings.Raid_Col_Response}</th>
          <th scope="col">{raidStrings.Raid_Col_Status}</th>
          <th scope="col">{raidStrings.Raid_Col_Trend}</th>
          {editable && <th scope="col">{raidStrings.Raid_Col_Actions}</th>}
        </tr>
      </thead>
      <tbody>
        {risks.map(r => (
          <tr key={r.id} data-testid="raid-risk-row" data-status={r.status} className={isOpenRisk(r) ? undefined : styles.inactiveRow}>
            <th scope="row">{r.title}</th>
            <td className={styles.number}>{r.probability ?? '–'}</td>
            <td className={styles.number}>{r.impact ?? '–'}</td>
            <td className={styles.number}>{r.score !== undefined ? formatCount(r.score, locale) : '–'}</td>
            <td>{bandLabel(r.band)}</td>
            <td>{r.owner?.name ?? ''}</td>
            <td>{r.proximity ? formatDateOnly(r.proximity, locale) : ''}</td>
            <td>{responseLabel(r.response)}</td>
            <td>{choiceLabel('RiskStatus', r.status)}</td>
            <td>{r.trend && <Trend trend={r.trend} />}</td>
            {editable && (
              <td>
                <span className={styles.rowActions}>
                  {onEdit && <Button icon="edit" aria-label={formatString(raidStrings.Raid_EditRisk, r.title)} disabled={props.busy} onClick={() => onEdit(r)}>{raidStrings.Raid_Edit}</Button>}
                  {onClose && r.status !== 'Closed' && <Button icon="dismiss" aria-label={formatString(raidStrings.Raid_CloseRisk, r.title)} disabled={props.busy} onClick={() => onClose(r)}>{raidStrings.Raid_Close}</Button>}
                </span>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
