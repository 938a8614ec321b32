/** The project page's words for its assignments (ProjectStrings), with the capacity figures' formats. */
import * as projectStrings from 'ProjectStrings';
import { formatPlural, formatString } from '../../../domain/text';
import type { IPoolPerson, IPoolRole, MonthKey } from '../../../domain/capacity';
import { monthLong } from '../../Capacity/format';
import type { AssignmentState, IAssignmentLine } from './assignmentGrid';

/** Who the assignments can go to: the roles and people of the pool, by id. */
export interface IAssignmentNames {
  roles: ReadonlyArray<IPoolRole>;
  people: ReadonlyArray<IPoolPerson>;
}

/** A state's name: "Committed", "Proposed". */
export function assignmentStateLabel(state: AssignmentState): string {
  return projectStrings[`Project_Assign_State_${state}`] ?? state;
}

/** A role's title ("Role 7" when it is no longer an active role). */
export function roleName(names: IAssignmentNames, roleId: number): string {
  return names.roles.filter(r => r.id === roleId)[0]?.title ?? formatString(projectStrings.Project_Assign_RoleUnknown, roleId);
}

/** A person's name, "no one named" without one ("Person 7" when unknown). */
export function personName(names: IAssignmentNames, personId: number | undefined): string {
  if (personId === undefined) return projectStrings.Project_Assign_NoPersonInLine;
  return names.people.filter(p => p.id === personId)[0]?.title ?? formatString(projectStrings.Project_Assign_PersonUnknown, personId);
}

/** A line's name: "Analyst, Ana Alves, Committed". */
export function lineName(names: IAssignmentNames, line: Pick<IAssignmentLine, 'roleId' | 'personId' | 'state'>): string {
  return formatString(projectStrings.Project_Assign_Line, roleName(names, line.roleId), personName(names, line.personId), assignmentStateLabel(line.state));
}

/** A cell's name: "Analyst, Ana Alves, Committed, March 2027". */
export function cellName(names: IAssignmentNames, line: IAssignmentLine, month: MonthKey, locale: string): string {
  return formatString(projectStrings.Project_Assign_CellLabel, lineName(names, line), monthLong(month, locale));
}

/** A move by whole months as a phrase: "2 months later", "1 month earlier". */
export function movePhrase(months: number, locale: string): string {
  const n = Math.abs(months);
  return months >= 0
    ? formatPlural({ one: projectStrings.Project_Move_Later_one, other: projectStrings.Project_Move_Later }, n, locale, n)
    : formatPlural({ one: projectStrings.Project_Move_Earlier_one, other: projectStrings.Project_Move_Earlier }, n, locale, n);
}
