/** Strategic objectives and programmes: what the portfolio contributes to and how projects are grouped. */
import { BusinessUnitsList, ProgrammesList, StrategicObjectivesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { monthEndDay, monthStartDay } from '../dates';
import { user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { BOARD, DEPARTMENTS, OBJECTIVES, PROGRAMMES, PROGRAMME_THEMES, PROJECT_MANAGERS } from '../reference';
import { row } from '../rows';
import { REF_MONTH, iso } from '../shared';
import { PROJECT_SUBJECTS, PROJECT_SUMMARY } from '../text';

const O = StrategicObjectivesList.fields;
const G = ProgrammesList.fields;
const objectiveStatus = choiceCodes(StrategicObjectivesList.choices.ObjectiveStatus);
const programmeStatus = choiceCodes(ProgrammesList.choices.ProgrammeStatus);

/** The rows of StrategicObjectives (fixed). */
export function objectiveRows(): ISeedRow[] {
  return OBJECTIVES.map(o =>
    row(StrategicObjectivesList, { [O.Title]: o.title, [O.Code]: o.code, [O.Summary]: o.summary, [O.Weight]: o.weight, [O.ObjectiveOwner]: user(o.owner), [O.ObjectiveStatus]: objectiveStatus(o.status) })
  );
}

/**
 * The rows of BusinessUnits (fixed): the departments that file requests and run projects, each
 * with a code (BU-DIG, …), all active, plus one unit the organisation merged away (inactive).
 */
export function businessUnitRows(): ISeedRow[] {
  const B = BusinessUnitsList.fields;
  const units = DEPARTMENTS.map(d => ({ title: d.name, active: true }));
  return [...units, { title: 'Records Office', active: false }].map((u, i) =>
    row(BusinessUnitsList, { [B.Title]: u.title, [B.Code]: `BU-${String(i + 1).padStart(2, '0')}`, [B.IsActive]: u.active })
  );
}

/** The row of the objective with a code. @throws Error for an unknown code (a programming error). */
export function objectiveIndex(code: string): number {
  const i = OBJECTIVES.findIndex(o => o.code === code);
  if (i < 0) throw new Error(`No strategic objective ${code}`);
  return i;
}

/** The rows of the objectives that are active (the ones requests and projects contribute to). */
export function activeObjectiveIndexes(): number[] {
  const active = objectiveStatus('Active');
  return OBJECTIVES.filter(o => o.status === active).map(o => objectiveIndex(o.code));
}

/** Programmes, and the Teams group of each programme that has a team (by row). */
export interface IProgrammes {
  rows: ISeedRow[];
  teamsGroupIds: Array<string | undefined>;
}

/** The named programmes, and more at scale (one per 12 projects); none without projects. */
export function programmeRows(rng: Rng, projects: number): IProgrammes {
  const count = projects === 0 ? 0 : Math.max(PROGRAMMES.length, Math.round(projects / 12));
  const rows: ISeedRow[] = [];
  const teamsGroupIds: Array<string | undefined> = [];
  for (let i = 0; i < count; i++) {
    const named = PROGRAMMES[i];
    const startMonth = REF_MONTH - rng.int(6, 30);
    const status = named ? programmeStatus('Active') : rng.weighted(programmeStatus.weights([['Active', 7], ['Planned', 2], ['Closed', 1]]));
    const theme = PROGRAMME_THEMES[(i - PROGRAMMES.length) % PROGRAMME_THEMES.length];
    const cycle = Math.floor((i - PROGRAMMES.length) / PROGRAMME_THEMES.length) + 1;
    const title = named ? named.title : `${theme[1]}${cycle > 1 ? ` ${cycle}` : ''}`;
    const actualStart = status === programmeStatus('Planned') ? REF_MONTH + rng.int(1, 6) : startMonth;
    const end = status === programmeStatus('Closed') ? REF_MONTH - rng.int(1, 6) : actualStart + rng.int(24, 48);
    rows.push(row(ProgrammesList, {
      [G.Title]: title,
      [G.Code]: named ? named.code : `PGM-${String(i + 1).padStart(3, '0')}`,
      [G.Summary]: named ? named.summary : `${title}: ${PROJECT_SUMMARY[theme[0]](PROJECT_SUBJECTS[theme[0]][i % 20], DEPARTMENTS[i % DEPARTMENTS.length].name)}`,
      [G.ProgrammeManager]: user(named ? named.manager : rng.pick(PROJECT_MANAGERS).userPrincipalName),
      [G.Sponsor]: user(named ? named.sponsor : rng.pick(BOARD).userPrincipalName),
      [G.ProgrammeStatus]: status,
      [G.StartDate]: iso(monthStartDay(Math.min(actualStart, end - 12))),
      [G.EndDate]: iso(monthEndDay(end)),
      // The programme's team in Teams (the Teams tab opens the portfolio filtered to it).
      [G.TeamsGroupId]: named?.teamsGroupId ?? null
    }));
    teamsGroupIds.push(named ? named.teamsGroupId : undefined);
  }
  return { rows, teamsGroupIds };
}
