import * as prioStrings from 'PrioritizationStrings';
import { formatString } from '../../domain/text';
import type { IScoringModelRef } from '../../domain/prioritization';

/** A scoring model version's name on the Prioritization screen: "Board model, version 2". */
export function modelText(m: IScoringModelRef): string {
  return formatString(prioStrings.Prio_ModelVersion, m.title, m.version);
}
