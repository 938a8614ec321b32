/** Planned and realised Benefits of a project: financial ones scale with its budget; closed projects mostly realised theirs. */
import { BenefitsList, StrategicObjectivesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { workday } from '../dates';
import { ref, user, type ISeedRow } from '../model';
import { freshIndex, type Rng } from '../prng';
import { row } from '../rows';
import { iso, round2 } from '../shared';
import { BENEFITS } from '../text';
import type { IProjectScope } from './scope';

const B = BenefitsList.fields;
const benefitStatus = choiceCodes(BenefitsList.choices.BenefitStatus);
const benefitType = choiceCodes(BenefitsList.choices.BenefitType);

/** How far a benefit of a status has come from its baseline to its target (0–1). */
function progressOf(rng: Rng, status: string): number {
  return status === benefitStatus('Realised') ? 1 : status === benefitStatus('OnTrack') ? rng.range(0.3, 0.8) : status === benefitStatus('AtRisk') ? rng.range(0.05, 0.35) : status === benefitStatus('NotRealised') ? rng.range(0, 0.3) : 0;
}

/** The project's benefits (none when cancelled, at most one when proposed). */
export function benefitRows(rng: Rng, p: IProjectScope, activeObjectives: number[]): ISeedRow[] {
  const { s } = p;
  const rows: ISeedRow[] = [];
  const used = new Set<number>();
  for (let i = s.lifecycle === 'Proposed' ? rng.int(0, 1) : s.lifecycle === 'Cancelled' ? 0 : rng.int(1, 3); i > 0; i--) {
    const texts = BENEFITS[p.lang];
    const drawn = rng.int(0, texts.length - 1);
    // The saving's share of the budget is drawn when the drawn benefit is a saving, as it always was (the
    // demo's later draws stay the same); a project's second benefit of a kind becomes the next unused one.
    const share = texts[drawn][1] === 'EUR' ? rng.range(0.05, 0.25) : 0.15;
    const [title, unit, base, target] = texts[freshIndex(drawn, texts.length, used)];
    const scaledTarget = unit === 'EUR' ? Math.round((s.budget * share) / 1000) * 1000 : target;
    const status = s.lifecycle === 'Closed'
      ? rng.weighted(benefitStatus.weights([['Realised', 6], ['AtRisk', 2], ['NotRealised', 1], ['OnTrack', 2]]))
      : rng.weighted(benefitStatus.weights([['Planned', 4], ['OnTrack', 4], ['AtRisk', 2]]));
    const progress = progressOf(rng, status);
    rows.push(row(BenefitsList, {
      [B.Title]: title, [B.Project]: p.project,
      [B.BenefitType]: benefitType(unit === 'EUR' ? 'Financial' : /audit|Prüfung|audit|Rilievi|Constats|Openstaande/i.test(title) ? 'Compliance' : 'NonFinancial'),
      [B.BenefitStatus]: status, [B.BenefitOwner]: user(rng.chance(0.6) ? s.sponsor.userPrincipalName : rng.pick(p.requesters).userPrincipalName),
      [B.BaselineValue]: base, [B.TargetValue]: scaledTarget, [B.ActualValue]: status === benefitStatus('Planned') ? null : round2(base + (scaledTarget - base) * progress), [B.Unit]: unit,
      [B.DueDate]: iso(workday(p.plannedEndDay + rng.int(90, 365))), [B.StrategicObjective]: ref(StrategicObjectivesList, rng.pick(activeObjectives))
    }));
  }
  return rows;
}
