/**
 * Communities of practice and networks of project people (fixed), in the site's language, with their
 * topic and next events; CommunityMembers (each authored by its member: join adds one's own item).
 */
import { CommunitiesList, CommunityMembersList } from '../../../src/schema';
import { demoUsers } from '../../directory';
import { choiceCodes } from '../choices';
import { ref, user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { COMMUNITIES } from '../reference';
import { COMMUNITY_TEXTS } from '../referenceTexts';
import { row } from '../rows';
import { REF_DAY, iso } from '../shared';
import type { Lang } from '../text';

const C = CommunitiesList.fields;
const M = CommunityMembersList.fields;
const communityType = choiceCodes(CommunitiesList.choices.CommunityType);
const communityTopic = choiceCodes(CommunitiesList.choices.CommunityTopic);

/** The topic of each community of COMMUNITIES, in its order. */
const TOPICS: ReadonlyArray<string> = ['Classic', 'Agile', 'Risk', 'Other', 'PRINCE2'];

/** Each community's next events: days after the reference date, UTC time, title per language, whether it has a link. */
const EVENTS: ReadonlyArray<ReadonlyArray<{ day: number; time: string; link: boolean; title: Readonly<Record<Lang, string>> }>> = [
  [
    { day: 10, time: '15:00', link: true, title: { en: 'Monthly meetup: lessons from this year’s gate reviews', de: 'Monatstreffen: Lehren aus den Phasentoren dieses Jahres', fr: 'Rencontre mensuelle : les leçons des jalons de cette année', nl: 'Maandelijkse bijeenkomst: lessen uit de fasepoorten van dit jaar', it: 'Incontro mensile: lezioni dai gate di quest’anno' } },
    { day: 38, time: '15:00', link: true, title: { en: 'Monthly meetup: planning the portfolio for next year', de: 'Monatstreffen: das Portfolio für das nächste Jahr planen', fr: 'Rencontre mensuelle : planifier le portefeuille de l’année prochaine', nl: 'Maandelijkse bijeenkomst: het portfolio voor volgend jaar plannen', it: 'Incontro mensile: pianificare il portafoglio del prossimo anno' } }
  ],
  [
    { day: 17, time: '12:00', link: true, title: { en: 'Lunch talk: Scrum in a PRINCE2 project', de: 'Mittagsvortrag: Scrum in einem PRINCE2-Projekt', fr: 'Conférence midi : Scrum dans un projet PRINCE2', nl: 'Lunchlezing: Scrum in een PRINCE2-project', it: 'Incontro a pranzo: Scrum in un progetto PRINCE2' } },
    { day: 45, time: '09:00', link: false, title: { en: 'Retrospective workshop (Utrecht office)', de: 'Workshop Retrospektiven (Büro Utrecht)', fr: 'Atelier rétrospectives (bureau d’Utrecht)', nl: 'Workshop retrospectives (kantoor Utrecht)', it: 'Workshop sulle retrospettive (ufficio di Utrecht)' } }
  ],
  [
    { day: 24, time: '14:00', link: true, title: { en: 'NIS2 incident reporting in projects', de: 'NIS2-Meldepflichten in Projekten', fr: 'Notification des incidents NIS2 dans les projets', nl: 'NIS2-meldplicht in projecten', it: 'Notifica degli incidenti NIS2 nei progetti' } }
  ],
  [
    { day: 31, time: '10:00', link: true, title: { en: 'New EU thresholds: what changes for tenders', de: 'Neue EU-Schwellenwerte: was sich für Ausschreibungen ändert', fr: 'Nouveaux seuils européens : ce qui change pour les appels d’offres', nl: 'Nieuwe Europese drempelwaarden: wat verandert er bij aanbestedingen', it: 'Nuove soglie UE: cosa cambia per le gare' } }
  ],
  []
];

/** The NextEvents text of community `i`: one line per event, `YYYY-MM-DDTHH:mmZ | title | https://…`. */
function nextEvents(i: number, lang: Lang): string | null {
  const lines = EVENTS[i].map((e, k) => `${iso(REF_DAY + e.day).slice(0, 10)}T${e.time}Z | ${e.title[lang]}${e.link ? ` | https://teams.microsoft.com/l/meetup-join/pmohub-community-${i + 1}-${k + 1}` : ''}`);
  return lines.length ? lines.join('\n') : null;
}

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
      [C.IsActive]: c.active,
      [C.CommunityTopic]: communityTopic(TOPICS[i]),
      [C.NextEvents]: nextEvents(i, lang)
    });
  });
}

/**
 * The rows of CommunityMembers: each active community's owner, and every demo user in one to three
 * active communities (project managers and PMO officers always in the first, the project management
 * community); each authored by its member.
 */
export function communityMemberRows(rng: Rng): ISeedRow[] {
  const active = COMMUNITIES.map((c, i) => ({ c, i })).filter(x => x.c.active);
  const rows: ISeedRow[] = [];
  for (const u of demoUsers) {
    const chosen = new Set<number>(active.filter(x => x.c.owner === u.userPrincipalName).map(x => x.i));
    if (u.role === 'projectManager' || u.role === 'pmoOfficer' || u.role === 'owner') chosen.add(0);
    for (const x of rng.sample(active, rng.int(1, 2))) chosen.add(x.i);
    for (const i of Array.from(chosen).sort((a, b) => a - b)) {
      rows.push(row(CommunityMembersList, { [M.Title]: u.displayName, [M.Community]: ref(CommunitiesList, i), [M.Member]: user(u.userPrincipalName) }, { author: u.userPrincipalName }));
    }
  }
  return rows;
}
