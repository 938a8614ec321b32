/** The PMO's key performance indicators and their thresholds (fixed). */
import { KpiDefinitionsList } from '../../../src/schema';
import type { ISeedRow } from '../model';
import { KPIS } from '../reference';
import { row } from '../rows';

const K = KpiDefinitionsList.fields;

/** The rows of KpiDefinitions. */
export function kpiRows(): ISeedRow[] {
  return KPIS.map(k =>
    row(KpiDefinitionsList, {
      [K.Title]: k.title, [K.Code]: k.code, [K.KpiMeasure]: k.measure, [K.Unit]: k.unit, [K.GreenThreshold]: k.green, [K.AmberThreshold]: k.amber,
      [K.HigherIsBetter]: k.higherIsBetter, [K.IsActive]: true, [K.Summary]: k.summary
    })
  );
}
