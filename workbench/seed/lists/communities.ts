/** Communities of practice and networks of project people (fixed). */
import { CommunitiesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { user, type ISeedRow } from '../model';
import { COMMUNITIES } from '../reference';
import { row } from '../rows';

const C = CommunitiesList.fields;
const communityType = choiceCodes(CommunitiesList.choices.CommunityType);

/** The rows of Communities, in the order of COMMUNITIES (training modules point at them by that order). */
export function communityRows(): ISeedRow[] {
  return COMMUNITIES.map(c =>
    row(CommunitiesList, {
      [C.Title]: c.title,
      [C.CommunityType]: communityType(c.type),
      [C.CommunityOwner]: user(c.owner),
      [C.TeamsLink]: c.teamsGroupId ? { url: `https://teams.microsoft.com/l/team/?groupId=${c.teamsGroupId}`, description: c.title } : null,
      [C.Summary]: c.summary,
      [C.IsActive]: c.active
    })
  );
}
