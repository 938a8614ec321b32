import * as React from 'react';
import * as scoringStrings from 'ScoringStrings';
import { Button, SelectField } from '../controls';
import { LoadedView } from './LoadedView';
import { formatString } from '../../domain/text';
import { SCORING_METHODS, type ScoringMethod } from '../../domain/scoring';
import styles from './Scoring.module.scss';
import type { IPmoTabProps } from './pmoTabs';
import { formatNumber, text } from './labels';
import { useLoaded } from './useScoring';
import { ModelEditor } from './ModelEditor';
import type { ModelEditorStart } from './useModelEditor';

/**
 * The PMO's scoring models: the latest version of each with method, version, status and whether a
 * round locked it; edit one, or create a weighted, AHP or WSJF model.
 */
export function ModelsTab(props: IPmoTabProps): React.ReactElement {
  const { service, locale } = props;
  const [editing, setEditing] = React.useState<ModelEditorStart | undefined>(undefined);
  const [method, setMethod] = React.useState<ScoringMethod>('Weighted');
  const { state, reload } = useLoaded(() => service.listModels(), [service]);
  if (editing) return <ModelEditor service={service} locale={locale} start={editing} onBack={() => { setEditing(undefined); reload(); }} />;
  const list = (
    <LoadedView state={state} reload={reload} emptyText={scoringStrings.Scoring_Models_Empty}>
      {models => (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="models">
            <caption className={styles.caption}>{scoringStrings.Scoring_Models_Caption}</caption>
            <thead><tr><th scope="col">{scoringStrings.Scoring_ModelTitle}</th><th scope="col">{scoringStrings.Scoring_Method}</th><th scope="col" className={styles.numeric}>{scoringStrings.Scoring_Col_Version}</th><th scope="col">{scoringStrings.Scoring_Status}</th><th scope="col">{scoringStrings.Scoring_Col_Actions}</th></tr></thead>
            <tbody>
              {models.map(m => (
                <tr key={m.id}>
                  <th scope="row">{m.title}</th>
                  <td>{text(`Scoring_Method_${m.method}`)}</td>
                  <td className={styles.numeric}>{formatNumber(m.version, locale, 0)}</td>
                  <td>{text(`Scoring_ModelStatus_${m.status}`)}{m.locked && <div className={styles.subtle}>{scoringStrings.Scoring_LockedShort}</div>}</td>
                  <td><Button icon="edit" onClick={() => setEditing({ id: m.id })} aria-label={formatString(scoringStrings.Scoring_EditModelOf, m.title)}>{scoringStrings.Scoring_Edit}</Button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </LoadedView>
  );
  return (
    <div>
      <div className={styles.toolbar}>
        <SelectField label={scoringStrings.Scoring_Method} options={SCORING_METHODS.map(m => ({ key: m, text: text(`Scoring_Method_${m}`) }))} selectedKey={method} onChange={m => setMethod(m as ScoringMethod)} />
        <Button primary icon="add" onClick={() => setEditing({ method })} data-testid="new-model">{scoringStrings.Scoring_NewModel}</Button>
      </div>
      {list}
    </div>
  );
}
