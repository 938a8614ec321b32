/**
 * The methodology guide's content (MethodologyStages): for every stage of every built-in lifecycle,
 * in each of the five languages, the stage's title and purpose, its roles (the domain's
 * lifecycleDefinitions.ts, by their names in that language) and its gate criteria (the gate's summary
 * and the required items of its checklist). Reference data: the same on every site.
 */
import { lifecycleOf } from '../../../src/domain/governance';
import { MethodologyStagesList } from '../../../src/schema';
import { gateOfStage } from '../governance';
import { GATE_CRITERIA_LEAD, GUIDE_LIFECYCLES, LIFECYCLE_ROLE_NAMES, STAGE_TEXTS, type GuideStageKey } from '../governanceTexts';
import type { ISeedRow } from '../model';
import { row } from '../rows';
import type { Lang } from '../text';
import { CHECKLIST_DEFS, checklistText, gateText } from './gates';

const M = MethodologyStagesList.fields;

/** The languages of the guide's content. */
export const GUIDE_LANGS: ReadonlyArray<Lang> = ['en', 'de', 'fr', 'nl', 'it'];

/** The titles of a gate's required checklist items in `lang`. */
function requiredItems(lang: Lang, gate: string): string[] {
  return CHECKLIST_DEFS.filter(d => d.gate === gate && d.mandatory).map(d => checklistText(lang, d.text)[0]);
}

/** The rows of MethodologyStages: lifecycle by lifecycle, stage by stage, one per language. */
export function methodologyRows(): ISeedRow[] {
  const rows: ISeedRow[] = [];
  for (const lifecycle of GUIDE_LIFECYCLES) {
    for (const stage of lifecycleOf(lifecycle).stages) {
      const gate = gateOfStage(lifecycle, stage.code);
      for (const lang of GUIDE_LANGS) {
        const [title, purpose] = STAGE_TEXTS[lang][`${lifecycle}.${stage.code}` as GuideStageKey];
        const criteria = gate ? [GATE_CRITERIA_LEAD[lang](gateText(lang, gate.code)[1].replace(/\.$/, '')), ...requiredItems(lang, gate.code).map(t => `– ${t}`)].join('\n') : null;
        rows.push(row(MethodologyStagesList, {
          [M.Title]: title, [M.Lifecycle]: lifecycle, [M.StageCode]: stage.code, [M.Language]: lang, [M.Purpose]: purpose,
          [M.StageRoles]: stage.roles.map(r => LIFECYCLE_ROLE_NAMES[lang][r]).join(', '), [M.GateCriteria]: criteria, [M.SortOrder]: stage.order * 10
        }));
      }
    }
  }
  return rows;
}
