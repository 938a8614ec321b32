/** Communities of practice and networks of project people (fixed), in the site's language. */
import { CommunitiesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { user, type ISeedRow } from '../model';
import { COMMUNITIES } from '../reference';
import { COMMUNITY_TEXTS } from '../referenceTexts';
import { row } from '../rows';
import type { Lang } from '../text';

const C = CommunitiesList.fields;
const communityType = choiceCodes(CommunitiesList.choices.CommunityType);

/** The rows of Communities in `lang`, in the order of COMMUNITIES (training modules point at them by that order). */
export function communityRows(lang: Lang): ISeedRow[] {
  return COMMUNITIES.map((c, i) => {
    const [title, summary] = COMMUNITY_TEXTS[lang][i];
    return row(CommunitiesList, {
      [C.Title]: title,
      [C.CommunityType]: communityType(c.type),
      [C.CommunityOwner]: user(c.owner),
      [C.TeamsLink]: c.teamsGroupId ? { url: `https://teams.microsoft.com/l/team/?groupId=${c.teamsGroupId}`, description: title } : null,
      [C.Summary]: summary,
      [C.IsActive]: c.active
    });
  });
}
