import * as React from 'react';
import * as prioStrings from 'PrioritizationStrings';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import type { IPortfolioScenario, IPrioritizationService } from '../../services/PrioritizationService';
import type { ICandidatesState } from './usePrioritization';
import type { IOptimizerState } from './useOptimizer';

/** The page address's query parameter naming the scenario on screen (`?scenario=12`). */
export const SCENARIO_PARAMETER: string = 'scenario';

/** The scenario the page address names: its text as written, undefined when there is none. */
export function scenarioInAddress(): string | undefined {
  return new URLSearchParams(window.location.search).get(SCENARIO_PARAMETER) ?? undefined;
}

/** Puts the scenario into the page address (replacing the history entry, keeping the other parameters), so a reload reopens it. */
export function writeScenarioToAddress(id: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set(SCENARIO_PARAMETER, String(id));
  window.history.replaceState(window.history.state, '', url.toString());
}

/** The scenario on screen and how one is opened. */
export interface IScenarioOpening {
  /** The scenario the decisions rest on: the one last saved or opened. */
  scenarioId?: number;
  /** Why the scenario the page address names was not opened (unknown or not a number); undefined otherwise. */
  addressProblem?: string;
  /** Any other failure reading that scenario (shown with a retry by the screen). */
  addressError?: unknown;
  /** Opens a scenario: its parameters (projects included or not, model, budgets, force, links) and its selection, analysed against the problem they make. */
  open: (scenario: IPortfolioScenario) => void;
  /** Remembers a scenario just saved (screen and page address). */
  remember: (id: number) => void;
}

/**
 * Opening a scenario, also from the page address: `?scenario=<id>` is read once on load and
 * written whenever a scenario is saved or opened, so a reload shows the same scenario. A scenario
 * saved with the active projects switches them on first and is applied once they are loaded.
 */
export function useScenarioOpening(service: IPrioritizationService, state: ICandidatesState, optimizer: IOptimizerState, onOpened: () => void): IScenarioOpening {
  const [scenarioId, setScenarioId] = React.useState<number | undefined>(undefined);
  const [pending, setPending] = React.useState<IPortfolioScenario | undefined>(undefined);
  const [addressProblem, setAddressProblem] = React.useState<string | undefined>(undefined);
  const [addressError, setAddressError] = React.useState<unknown>(undefined);
  const remember = (id: number): void => {
    setScenarioId(id);
    writeScenarioToAddress(id);
  };
  const open = (scenario: IPortfolioScenario): void => {
    setAddressProblem(undefined);
    if (scenario.content.parameters.includeProjects !== state.includeProjects) state.setIncludeProjects(scenario.content.parameters.includeProjects);
    setPending(scenario);
  };
  React.useEffect(() => {
    const text = scenarioInAddress();
    if (text === undefined) return undefined;
    const unknown = formatString(prioStrings.Prio_ScenarioAddressUnknown, text);
    if (!/^\d{1,9}$/.test(text.trim())) {
      setAddressProblem(unknown);
      return undefined;
    }
    let active = true;
    service.getScenario(Number(text.trim())).then(s => { if (active) open(s); }, (e: unknown) => {
      if (!active) return;
      if (describeError(e).kind === 'notFound') setAddressProblem(unknown);
      else setAddressError(e);
    });
    return () => { active = false; };
  }, [service]); // eslint-disable-line react-hooks/exhaustive-deps -- read once per service: the screen writes the address afterwards
  React.useEffect(() => {
    if (!pending || !state.data || state.loading || state.loadedWithProjects !== pending.content.parameters.includeProjects) return;
    const problem = state.problemFor(pending.content.parameters);
    if (!problem) return;
    state.applyParameters(pending.content.parameters);
    optimizer.showSelection(pending.content.selection, pending.title, problem);
    remember(pending.id);
    setPending(undefined);
    onOpened();
  }, [pending, state, optimizer, onOpened]);
  return { scenarioId, addressProblem, addressError, open, remember };
}
