import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as trainingStrings from 'TrainingStrings';
import type { ITrainingCatalogue, ITrainingService } from '../../../services/TrainingService';
import { SelectField, Spinner } from '../../controls';
import { ErrorMessage } from '../../ErrorMessage';
import { useLoad } from '../../Raid/useLoad';
import { languageLabel, rateText } from '../labels';
import styles from '../Training.module.scss';

type By = 'module' | 'team' | 'language';

/** Completion rates of the seats in sessions held, by module, team or language, as a table. */
export function CompletionRates(props: { training: ITrainingService; catalogue: ITrainingCatalogue; locale: string }): React.ReactElement {
  const [by, setBy] = React.useState<By>('module');
  const { load, reload } = useLoad(() => props.training.completionRates(by), by);
  const titles = new Map(props.catalogue.modules.map(m => [String(m.id), m.title] as const));
  const keyText = (key: string): string => (by === 'module' ? titles.get(key) ?? key : by === 'language' ? languageLabel(key) || trainingStrings.Training_NotGiven : key || trainingStrings.Training_NotGiven);
  const nf = new Intl.NumberFormat(props.locale);
  const head = by === 'module' ? trainingStrings.Training_By_Module : by === 'team' ? trainingStrings.Training_By_Team : trainingStrings.Training_By_Language;
  return (
    <section aria-labelledby="training-rates">
      <h2 id="training-rates" className={styles.heading}>{trainingStrings.Training_CompletionRates}</h2>
      <SelectField label={trainingStrings.Training_RatesBy} selectedKey={by} onChange={k => setBy(k as By)} id="training-rates-by"
        options={[{ key: 'module', text: trainingStrings.Training_By_Module }, { key: 'team', text: trainingStrings.Training_By_Team }, { key: 'language', text: trainingStrings.Training_By_Language }]} />
      {load.status === 'loading' && <Spinner label={strings.LoadingLabel} />}
      {load.status === 'error' && <ErrorMessage error={load.error} onRetry={() => void reload()} />}
      {load.status === 'ready' && (load.data.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_NoRates}</p> : (
        <table className={styles.table} data-testid="training-rates">
          <caption className={styles.meta}>{trainingStrings.Training_RatesCaption}</caption>
          <thead><tr><th scope="col">{head}</th><th scope="col">{trainingStrings.Training_Col_Seats}</th><th scope="col">{trainingStrings.Training_Col_Completed}</th><th scope="col">{trainingStrings.Training_Col_Rate}</th></tr></thead>
          <tbody>
            {load.data.map(r => (
              <tr key={r.key}><th scope="row">{keyText(r.key)}</th><td>{nf.format(r.enrolled)}</td><td>{nf.format(r.completed)}</td><td>{rateText(r.rate, props.locale)}</td></tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
