import { toPortfolioTeamsContext } from './teamsContext';

describe('toPortfolioTeamsContext', () => {
  it('maps a team tab\'s TeamsJS context to plain props, and nothing outside a team', () => {
    expect(toPortfolioTeamsContext({ team: { groupId: 'g1', displayName: 'Digital Transformation Programme' }, app: { theme: 'dark' } }))
      .toEqual({ groupId: 'g1', teamName: 'Digital Transformation Programme', theme: 'dark' });
    expect(toPortfolioTeamsContext({ team: { groupId: 'g1' }, app: { theme: 'somethingNew' } })).toEqual({ groupId: 'g1', teamName: '', theme: 'default' });
    expect(toPortfolioTeamsContext({ app: { theme: 'contrast' } })).toBeUndefined();
    expect(toPortfolioTeamsContext(undefined)).toBeUndefined();
  });
});
