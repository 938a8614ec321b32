import * as React from 'react';
import { NO_WHAT_IF, type HeatDimension, type IWhatIf, type MonthKey } from '../../domain/capacity';
import type { ICellRef } from './HeatMap';
import type { CapacityUnit } from './labels';

/** What the user chose on the Capacity page (the data aside). */
export interface ICapacityState {
  /** The first month shown. */
  first: MonthKey;
  dimension: HeatDimension;
  includeProposed: boolean;
  unit: CapacityUnit;
  whatIf: IWhatIf;
  /** The saved what-if on screen (opened or just saved) and whether it was changed since. */
  opened?: { id: number; title: string; changed: boolean };
  /** The cell whose drill-down is shown. */
  selected?: ICellRef;
  /** The project or request chosen in the what-if picker ('' none). */
  chosen: string;
}

/** What changes the state. */
export type CapacityAction =
  | { type: 'months'; first: MonthKey }
  | { type: 'dimension'; dimension: HeatDimension }
  | { type: 'proposed'; includeProposed: boolean }
  | { type: 'unit'; unit: CapacityUnit }
  | { type: 'whatIf'; whatIf: IWhatIf }
  | { type: 'reset' }
  | { type: 'choose'; key: string }
  | { type: 'select'; cell?: ICellRef }
  | { type: 'saved'; id: number; title: string }
  | { type: 'open'; id: number; title: string; whatIf: IWhatIf; includeProposed: boolean; first?: MonthKey };

/**
 * The Capacity page's state: the months, rows (role, team, person), proposed demand counted or not,
 * the unit, the what-if and the saved what-if it started from, the selected cell and the picker's
 * choice. Another dimension clears the selection (its rows are others); the what-if stays across months.
 */
export function capacityReducer(state: ICapacityState, action: CapacityAction): ICapacityState {
  switch (action.type) {
    case 'months': return { ...state, first: action.first, selected: undefined };
    case 'dimension': return { ...state, dimension: action.dimension, selected: undefined };
    case 'proposed': return { ...state, includeProposed: action.includeProposed, opened: state.opened && { ...state.opened, changed: true } };
    case 'unit': return { ...state, unit: action.unit };
    case 'whatIf': return { ...state, whatIf: action.whatIf, opened: state.opened && { ...state.opened, changed: true } };
    case 'reset': return { ...state, whatIf: NO_WHAT_IF, opened: undefined, chosen: '' };
    case 'choose': return { ...state, chosen: action.key };
    case 'select': return { ...state, selected: action.cell };
    case 'saved': return { ...state, opened: { id: action.id, title: action.title, changed: false } };
    case 'open': return {
      ...state, whatIf: action.whatIf, includeProposed: action.includeProposed, first: action.first ?? state.first,
      opened: { id: action.id, title: action.title, changed: false }, selected: undefined, chosen: ''
    };
    default: return state;
  }
}

/** The state of the Capacity page, starting at `first` with rows by role and committed + proposed demand. */
export function useCapacityState(first: MonthKey): [ICapacityState, React.Dispatch<CapacityAction>] {
  return React.useReducer(capacityReducer, undefined, () => ({
    first, dimension: 'role' as const, includeProposed: true, unit: 'days' as const, whatIf: NO_WHAT_IF, chosen: ''
  }));
}
