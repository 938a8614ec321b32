/**
 * Test support (service and browser tests): requests "Ready for scoring" that no open round holds,
 * filed by a requester and moved through intake by a PMO officer, with a cost plan and resource
 * demand. The demo data's own ready requests are in its open round, and a request is in one open
 * round at a time.
 */
import { emptyRequest } from '../../domain/intake';
import type { IRequestService } from '../RequestService';

/**
 * Files `titles.length` requests as `requester` and moves each to ReadyForScoring as `pmo`.
 * @returns the request ids, in the order of `titles`
 */
export async function fileReadyRequests(requester: IRequestService, pmo: IRequestService, titles: ReadonlyArray<string>): Promise<number[]> {
  const ref = await requester.getReferenceData();
  const ids: number[] = [];
  for (const [i, title] of titles.entries()) {
    const { request } = await requester.submit({
      ...emptyRequest(), title, businessUnit: ref.businessUnits[0].title, problemStatement: 'Paper forms slow down case handling.',
      goals: 'Handle 80 % of cases online.', objectiveIds: [ref.objectives[0].id], expectedBenefits: 'Shorter handling times.',
      costPlan: [{ year: 2027, capex: 150000 + 10000 * i, opex: 20000 }], desiredStart: '2027-03-01', desiredEnd: '2027-12-31', urgency: 'High',
      sponsor: { login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' },
      compliance: { personalData: false, iso27001Scope: true, nis2Relevant: false, procurementNeeded: false },
      resourceDemand: ref.roles.length ? [{ role: ref.roles[0].id, month: '2027-03', days: 5 + i }, { role: ref.roles[0].id, month: '2027-04', days: 3 }] : []
    });
    for (const to of ['InReview', 'ReadyForScoring'] as const) await pmo.transition(request.id, to);
    ids.push(request.id);
  }
  return ids;
}
