/**
 * Project management training: TrainingModules, their TrainingSessions over the past year and the
 * next half year (in the five languages), and Enrolments (authored by the participants; readers'
 * and board members' by a PMO officer).
 */
import { CommunitiesList, EnrolmentsList, TrainingModulesList, TrainingSessionsList } from '../../../src/schema';
import { demoUsers, type IDemoUser } from '../../directory';
import { choiceCodes } from '../choices';
import { isoOfDayTime, workday } from '../dates';
import { ref, user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { OFFICERS, PROJECT_MANAGERS, TRAINING_MODULES, usersOf, type IModuleDef } from '../reference';
import { MODULE_TEXTS, TRAINING_FEEDBACK } from '../referenceTexts';
import { row } from '../rows';
import { REF_DAY, iso } from '../shared';
import { LANGS, type Lang } from '../text';

const T = TrainingModulesList.fields;
const S = TrainingSessionsList.fields;
const E = EnrolmentsList.fields;
const audience = choiceCodes(TrainingModulesList.choices.Audience);
const moduleLevel = choiceCodes(TrainingModulesList.choices.ModuleLevel);
const sessionStatus = choiceCodes(TrainingSessionsList.choices.SessionStatus);
const enrolmentStatus = choiceCodes(EnrolmentsList.choices.EnrolmentStatus);
const language = choiceCodes(TrainingSessionsList.choices.Language);

const VENUES: ReadonlyArray<string> = ['Online (Microsoft Teams)', 'London – Training room 2', 'Berlin – Schulungsraum A', 'Brussels – Salle Europa', 'Utrecht – Zaal 3', 'Milan – Sala Leonardo'];

/** The rows of TrainingModules (in the order of TRAINING_MODULES, titled in `lang`), each in its community. */
export function trainingModuleRows(lang: Lang): ISeedRow[] {
  return TRAINING_MODULES.map(m => {
    const [title, summary] = MODULE_TEXTS[lang][m.code];
    return row(TrainingModulesList, {
      [T.Title]: title, [T.Code]: m.code, [T.Summary]: summary, [T.Audience]: audience.many(m.audience), [T.ModuleLevel]: moduleLevel(m.level), [T.DurationHours]: m.hours,
      [T.ContentUrl]: { url: `https://learning.pmohub.demo/modules/${m.code.toLowerCase()}`, description: title },
      [T.Community]: ref(CommunitiesList, m.community), [T.IsActive]: true
    });
  });
}

/** Training sessions and their enrolments. */
export interface ITrainings {
  sessions: ISeedRow[];
  enrolments: ISeedRow[];
}

/**
 * Sessions of every module (one per 40 projects, at least 2; none without projects), held in each of
 * the five languages in turn, and their enrolments; titles and feedback in the site's language `lang`.
 */
export function sessionRows(rng: Rng, projects: number, lang: Lang): ITrainings {
  const perModule = projects === 0 ? 0 : Math.max(2, Math.round(projects / 40));
  const trainers = [...usersOf('owner', 'pmoOfficer'), ...PROJECT_MANAGERS.slice(0, 2)];
  const out: ITrainings = { sessions: [], enrolments: [] };
  TRAINING_MODULES.forEach((m, mi) => {
    for (let j = 0; j < perModule; j++) {
      const held = LANGS[(mi + j) % LANGS.length];
      const day = workday(REF_DAY - 365 + Math.floor(((j + rng.next()) / perModule) * 545));
      const days = Math.max(1, Math.ceil(m.hours / 7));
      const past = day + days - 1 < REF_DAY;
      const max = rng.int(8, 16);
      const cancelled = past && rng.chance(0.08);
      const eligible = eligibleFor(m);
      const k = Math.min(eligible.length, rng.int(3, Math.min(10, max)));
      const full = !past && k >= max;
      const status = sessionStatus(cancelled ? 'Cancelled' : past ? 'Completed' : full ? 'Full' : day - REF_DAY <= 60 ? 'Open' : 'Planned');
      const sessionIdx = out.sessions.push(row(TrainingSessionsList, {
        [S.Title]: `${MODULE_TEXTS[lang][m.code][0]} (${held.toUpperCase()}) ${iso(day).slice(0, 10)}`,
        [S.TrainingModule]: ref(TrainingModulesList, mi),
        [S.SessionStart]: isoOfDayTime(day, 8),
        [S.SessionEnd]: isoOfDayTime(day + days - 1, m.hours < 7 ? 8 + m.hours : 16),
        [S.Venue]: rng.pick(VENUES),
        [S.Trainer]: user(rng.pick(trainers).userPrincipalName),
        [S.MaxParticipants]: max,
        [S.Language]: language(held),
        [S.SessionStatus]: status
      })) - 1;
      if (status === sessionStatus('Planned')) continue;
      for (const u of rng.sample(eligible, k)) out.enrolments.push(enrolmentRow(rng, m, sessionIdx, u, { past, cancelled, lang }));
    }
  });
  return out;
}

/** Who may take part in a module's sessions: everyone but the owner; board members only where they are its audience. */
function eligibleFor(m: IModuleDef): IDemoUser[] {
  const forBoard = m.audience.indexOf(audience('BoardMember')) >= 0;
  return demoUsers.filter(u => u.role !== 'owner').filter(u => forBoard || u.role !== 'boardMember');
}

/** One participant's enrolment in a session, with feedback (in `when.lang`) from most who attended. */
function enrolmentRow(rng: Rng, m: IModuleDef, session: number, u: IDemoUser, when: { past: boolean; cancelled: boolean; lang: Lang }): ISeedRow {
  const st = when.cancelled
    ? enrolmentStatus('Cancelled')
    : when.past ? rng.weighted(enrolmentStatus.weights([['Attended', 17], ['NoShow', 2], ['Cancelled', 1]])) : enrolmentStatus(rng.chance(0.1) ? 'Waitlisted' : 'Enrolled');
  const rated = st === enrolmentStatus('Attended') && rng.chance(0.7);
  return row(EnrolmentsList, {
    [E.Title]: `${u.displayName} – ${m.code}`,
    [E.TrainingSession]: ref(TrainingSessionsList, session),
    [E.Participant]: user(u.userPrincipalName),
    [E.EnrolmentStatus]: st,
    [E.FeedbackRating]: rated ? Number(rng.weighted([['2', 1], ['3', 2], ['4', 5], ['5', 4]] as const)) : null,
    [E.Feedback]: rated && rng.chance(0.4) ? rng.pick(TRAINING_FEEDBACK[when.lang]) : null
  }, { author: u.role === 'reader' || u.role === 'boardMember' ? rng.pick(OFFICERS).userPrincipalName : u.userPrincipalName });
}
