/** The PMO's key performance indicators: each on a formula of the catalogue, with its thresholds (fixed), in the site's language. */
import { kpiFormula } from '../../../src/domain/kpi';
import { KpiDefinitionsList } from '../../../src/schema';
import type { ISeedRow } from '../model';
import { KPIS } from '../reference';
import { KPI_TEXTS } from '../referenceTexts';
import { row } from '../rows';
import type { Lang } from '../text';

const K = KpiDefinitionsList.fields;

/**
 * The KPIs whose rules suggest a status report dimension's RAG, and the figure PMO Hub computes for
 * them (schema 6): SPI suggests schedule, CPI suggests cost. The other KPIs are portfolio measures.
 */
const SUGGESTS: Readonly<Record<string, { dimension: string; metric: string }>> = {
  'KPI-SPI': { dimension: 'schedule', metric: 'Spi' },
  'KPI-CPI': { dimension: 'cost', metric: 'Cpi' }
};

/** The rows of KpiDefinitions, titled and described in `lang`. */
export function kpiRows(lang: Lang): ISeedRow[] {
  return KPIS.map(k => {
    const t = KPI_TEXTS[lang][k.code];
    const formula = kpiFormula(k.formula);
    return row(KpiDefinitionsList, {
      [K.Title]: t.title, [K.Code]: k.code, [K.KpiMeasure]: t.measure, [K.KpiFormula]: k.formula, [K.Unit]: formula.unit, [K.GreenThreshold]: k.green, [K.AmberThreshold]: k.amber,
      [K.HigherIsBetter]: formula.higherIsBetter, [K.IsActive]: true, [K.Summary]: t.summary,
      [K.ReportDimension]: SUGGESTS[k.code]?.dimension ?? null, [K.KpiMetric]: SUGGESTS[k.code]?.metric ?? null
    });
  });
}
