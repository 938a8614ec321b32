/**
 * A demo enrolment names its trainee's team as TrainingService does for a live one: the trainee's team
 * in the resource pool (Resources.Team), so completion rates by team never mix the directory's
 * departments with the pool's teams (a trial found "Change and Procurement" beside "Human Resources").
 */
import { generateSeed } from './generate';
import type { ISeedData, ISeedRow, IUserRef } from './model';

const rowsOf = (d: ISeedData, key: string): ISeedRow[] => d.lists.filter(x => x.key === key)[0]?.rows ?? [];

describe('demo enrolments', () => {
  it.each(['en-us', 'de-de'])('carry the participant\'s resource pool team (%s)', locale => {
    const d = generateSeed({ projects: 12, locale });
    const teamOf = new Map(rowsOf(d, 'Resources').map(r => [(r.values.ResourceUser as IUserRef).user, r.values.Team]));
    const enrolments = rowsOf(d, 'Enrolments');
    expect(enrolments.length).toBeGreaterThan(20);
    const wrong = enrolments
      .map(e => ({ who: (e.values.Participant as IUserRef).user, team: e.values.Team ?? undefined }))
      .filter(e => e.team !== teamOf.get(e.who));
    expect(wrong).toEqual([]);
  });
});
