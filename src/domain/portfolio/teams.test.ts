import { teamDefaultFilters } from './teams';
import { DTP, PSM, rows } from './fixtures';

describe('portfolio: Teams default filter', () => {
  it('uses the programme linked to the team group', () => {
    expect(teamDefaultFilters({ groupId: 'g-psm', name: 'Whatever' }, [{ ...DTP }, { ...PSM, teamsGroupId: 'G-PSM' }], rows)).toEqual({ programmeIds: [2] });
  });

  it('falls back to the programme most of the team\'s projects belong to', () => {
    expect(teamDefaultFilters({ groupId: 'G-DTP', name: 'Digital' }, [DTP, PSM], rows)).toEqual({ programmeIds: [1] });
  });

  it('falls back to a department named like the team, else no filter', () => {
    expect(teamDefaultFilters({ groupId: 'G-FIN', name: 'Finance Department' }, [DTP, PSM], rows)).toEqual({ departments: ['Finance'] });
    expect(teamDefaultFilters({ groupId: 'G-X', name: 'Public services' }, [DTP, PSM], rows)).toEqual({ departments: ['Public Services'] });
    expect(teamDefaultFilters({ groupId: 'G-X', name: 'PMO Team' }, [DTP, PSM], rows)).toEqual({});
  });
});
