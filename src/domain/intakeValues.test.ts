import { checkRequestValues } from './intakeValues';
import { emptyRequest, type IRequestInput } from './intake';

const choices = { objectiveIds: [1], roleIds: [7], businessUnits: ['Facilities', 'Finance'] };
const request = (businessUnit: string): IRequestInput => ({ ...emptyRequest(), title: 'T', businessUnit, urgency: 'Medium', objectiveIds: [1] });

describe('intake values: business unit (issue 9, item 20)', () => {
  it('a submitted request names a unit of the PMO\'s list; a draft may keep one retired since', () => {
    expect(checkRequestValues(request('Facilities'), choices, 'submit')).toEqual([]);
    expect(checkRequestValues(request('Made-up unit'), choices, 'submit')).toEqual([{ field: 'businessUnit', code: 'choiceInvalid', params: ['Made-up unit'] }]);
    expect(checkRequestValues(request('Made-up unit'), choices, 'draft')).toEqual([]);
    // An empty unit is the form's "required" rule, not a choice problem.
    expect(checkRequestValues(request(''), choices, 'submit')).toEqual([]);
  });
});
