/**
 * Project management training: LearningPaths ("New project manager": PM basics → PRINCE2 Foundation →
 * house standards; "Agile delivery": Scrum basics → agile project management), TrainingModules with
 * format, language, prerequisites, materials, path step and the P3M3 perspectives and level they build
 * towards, TrainingSessions over the past year and the next half year in the five languages and in the
 * time zones of their venues, Enrolments (each authored by its trainee; seats and waiting positions
 * follow their order) and TrainingAttendance of the sessions held (recorded by trainers and the PMO).
 * One upcoming session is full and has a waiting list.
 */
import { CommunitiesList, EnrolmentsList, LearningPathsList, TrainingAttendanceList, TrainingModulesList, TrainingSessionsList } from '../../../src/schema';
import { zonedToUtc } from '../../../src/domain/training';
import { demoUsers, type IDemoUser } from '../../directory';
import { choiceCodes } from '../choices';
import { workday } from '../dates';
import { ref, user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { PROJECT_MANAGERS, TRAINING_MODULES, usersOf, type IModuleDef } from '../reference';
import { MODULE_TEXTS, TRAINING_FEEDBACK } from '../referenceTexts';
import { row } from '../rows';
import { resourceTeamOf } from './resources';
import { REF_DAY, iso } from '../shared';
import { LANGS, type Lang } from '../text';

const T = TrainingModulesList.fields;
const P = LearningPathsList.fields;
const S = TrainingSessionsList.fields;
const E = EnrolmentsList.fields;
const A = TrainingAttendanceList.fields;
const audience = choiceCodes(TrainingModulesList.choices.Audience);
const moduleLevel = choiceCodes(TrainingModulesList.choices.ModuleLevel);
const format = choiceCodes(TrainingModulesList.choices.TrainingFormat);
const perspective = choiceCodes(TrainingModulesList.choices.MaturityPerspectives);
const sessionStatus = choiceCodes(TrainingSessionsList.choices.SessionStatus);
const enrolmentStatus = choiceCodes(EnrolmentsList.choices.EnrolmentStatus);
const language = choiceCodes(TrainingSessionsList.choices.Language);

/** The modules schema 9's learning paths add to the catalogue (after TRAINING_MODULES, in this order). */
/** A module of the catalogue: TRAINING_MODULES' and the path modules' (whose codes are the seed's own). */
type ICatalogueModule = Omit<IModuleDef, 'code'> & { code: string };

const PATH_MODULES: ReadonlyArray<ICatalogueModule> = [
  { code: 'TR-PMB', level: 'Foundation', hours: 14, audience: ['ProjectManager', 'Trainee', 'Requester'], community: 0 },
  { code: 'TR-STD', level: 'Foundation', hours: 7, audience: ['ProjectManager', 'PmoOfficer', 'Trainee'], community: 0 },
  { code: 'TR-SCRUM', level: 'Foundation', hours: 7, audience: ['ProjectManager', 'Trainee', 'Requester'], community: 1 }
];

/** Titles and summaries of PATH_MODULES per language. */
const PATH_MODULE_TEXTS: Readonly<Record<Lang, Readonly<Record<string, readonly [string, string]>>>> = {
  en: {
    'TR-PMB': ['Project management basics', 'Scope, plan, schedule, budget, risks and stakeholders: the craft of running a project.'],
    'TR-STD': ['Our project management standards', 'Our lifecycle, gates, templates and reporting rules, and how PMO Hub supports them.'],
    'TR-SCRUM': ['Scrum basics', 'Roles, events and artefacts of Scrum, and working in sprints.']
  },
  de: {
    'TR-PMB': ['Grundlagen des Projektmanagements', 'Umfang, Plan, Termine, Budget, Risiken und Stakeholder: das Handwerk der Projektleitung.'],
    'TR-STD': ['Unsere Projektmanagement-Standards', 'Unser Vorgehensmodell, Phasentore, Vorlagen und Berichtsregeln und wie PMO Hub sie unterstützt.'],
    'TR-SCRUM': ['Scrum-Grundlagen', 'Rollen, Ereignisse und Artefakte von Scrum und die Arbeit in Sprints.']
  },
  fr: {
    'TR-PMB': ['Les bases de la gestion de projet', 'Périmètre, plan, calendrier, budget, risques et parties prenantes : le métier de chef de projet.'],
    'TR-STD': ['Nos standards de gestion de projet', 'Notre cycle de vie, nos jalons de décision, nos modèles et nos règles de reporting, et comment PMO Hub les soutient.'],
    'TR-SCRUM': ['Les bases de Scrum', 'Rôles, événements et artefacts de Scrum, et le travail en sprints.']
  },
  nl: {
    'TR-PMB': ['Basis projectmanagement', 'Scope, planning, budget, risico’s en stakeholders: het vak van projectleider.'],
    'TR-STD': ['Onze projectmanagementstandaarden', 'Onze levenscyclus, fasepoorten, sjablonen en rapportageregels, en hoe PMO Hub ze ondersteunt.'],
    'TR-SCRUM': ['Basis Scrum', 'Rollen, events en artefacten van Scrum, en werken in sprints.']
  },
  it: {
    'TR-PMB': ['Fondamenti di project management', 'Ambito, piano, tempi, budget, rischi e stakeholder: il mestiere del project manager.'],
    'TR-STD': ['I nostri standard di project management', 'Il nostro ciclo di vita, i gate, i modelli e le regole di reporting, e come PMO Hub li supporta.'],
    'TR-SCRUM': ['Fondamenti di Scrum', 'Ruoli, eventi e artefatti di Scrum e il lavoro per sprint.']
  }
};

/** The learning paths (title, summary) per language, and their audience. */
const PATHS: ReadonlyArray<{ key: 'newPm' | 'agile'; audience: string[]; texts: Readonly<Record<Lang, readonly [string, string]>> }> = [
  {
    key: 'newPm', audience: ['ProjectManager', 'Trainee'], texts: {
      en: ['New project manager', 'The first year of a new project manager: the basics, PRINCE2 Foundation, then our house standards.'],
      de: ['Neue Projektleitung', 'Das erste Jahr einer neuen Projektleitung: die Grundlagen, PRINCE2 Foundation, dann unsere Hausstandards.'],
      fr: ['Nouveau chef de projet', 'La première année d’un nouveau chef de projet : les bases, PRINCE2 Foundation, puis nos standards maison.'],
      nl: ['Nieuwe projectleider', 'Het eerste jaar van een nieuwe projectleider: de basis, PRINCE2 Foundation en daarna onze huisstandaarden.'],
      it: ['Nuovo project manager', 'Il primo anno di un nuovo project manager: le basi, PRINCE2 Foundation, poi i nostri standard interni.']
    }
  },
  {
    key: 'agile', audience: ['ProjectManager', 'Trainee', 'Requester'], texts: {
      en: ['Agile delivery', 'Scrum basics, then agile and hybrid delivery in a PRINCE2 frame.'],
      de: ['Agile Umsetzung', 'Scrum-Grundlagen, dann agiles und hybrides Vorgehen im Rahmen von PRINCE2.'],
      fr: ['Livraison agile', 'Les bases de Scrum, puis l’agilité et l’approche hybride dans un cadre PRINCE2.'],
      nl: ['Agile opleveren', 'Basis Scrum en daarna agile en hybride werken binnen een PRINCE2-kader.'],
      it: ['Consegna agile', 'Fondamenti di Scrum, poi approccio agile e ibrido in un quadro PRINCE2.']
    }
  }
];

/** Per module code: format, language, path (index in PATHS) and step, perspectives and target level. */
const MODULE_PLAN: Readonly<Record<string, { format: string; language: Lang; path?: number; step?: number; perspectives: string[]; level: number; prerequisites?: Readonly<Record<Lang, string>> }>> = {
  'TR-PMB': { format: 'Classroom', language: 'en', path: 0, step: 1, perspectives: ['ManagementControl', 'RiskManagement', 'StakeholderManagement'], level: 2 },
  'TR-P2F': {
    format: 'Classroom', language: 'en', path: 0, step: 2, perspectives: ['OrganizationalGovernance', 'ManagementControl'], level: 2,
    prerequisites: { en: 'Project management basics, or a year in projects.', de: 'Grundlagen des Projektmanagements oder ein Jahr Projekterfahrung.', fr: 'Les bases de la gestion de projet, ou un an d’expérience en projet.', nl: 'Basis projectmanagement, of een jaar projectervaring.', it: 'Fondamenti di project management, o un anno di esperienza nei progetti.' }
  },
  'TR-STD': {
    format: 'Online', language: 'en', path: 0, step: 3, perspectives: ['OrganizationalGovernance', 'ManagementControl', 'ResourceManagement'], level: 3,
    prerequisites: { en: 'PRINCE2 Foundation.', de: 'PRINCE2 Foundation.', fr: 'PRINCE2 Foundation.', nl: 'PRINCE2 Foundation.', it: 'PRINCE2 Foundation.' }
  },
  'TR-SCRUM': { format: 'Online', language: 'en', path: 1, step: 1, perspectives: ['StakeholderManagement', 'ManagementControl'], level: 2 },
  'TR-AGILE': {
    format: 'Classroom', language: 'en', path: 1, step: 2, perspectives: ['ManagementControl', 'StakeholderManagement'], level: 3,
    prerequisites: { en: 'Scrum basics.', de: 'Scrum-Grundlagen.', fr: 'Les bases de Scrum.', nl: 'Basis Scrum.', it: 'Fondamenti di Scrum.' }
  },
  'TR-P2P': {
    format: 'Classroom', language: 'en', perspectives: ['OrganizationalGovernance', 'ManagementControl'], level: 3,
    prerequisites: { en: 'PRINCE2 Foundation certificate.', de: 'PRINCE2-Foundation-Zertifikat.', fr: 'Certification PRINCE2 Foundation.', nl: 'PRINCE2 Foundation-certificaat.', it: 'Certificazione PRINCE2 Foundation.' }
  },
  'TR-RISK': { format: 'Classroom', language: 'de', perspectives: ['RiskManagement'], level: 3 },
  'TR-BEN': { format: 'Online', language: 'en', perspectives: ['BenefitsManagement', 'FinanceManagement'], level: 3 },
  'TR-PROC': { format: 'Classroom', language: 'fr', perspectives: ['FinanceManagement'], level: 2 },
  'TR-SEC': { format: 'ELearning', language: 'en', perspectives: ['RiskManagement', 'OrganizationalGovernance'], level: 4 },
  'TR-HUB': { format: 'ELearning', language: 'en', perspectives: ['ManagementControl', 'ResourceManagement'], level: 2 }
};

/** Every module of the catalogue: TRAINING_MODULES, then PATH_MODULES (row order of TrainingModules). */
const ALL_MODULES: ReadonlyArray<ICatalogueModule> = [...TRAINING_MODULES, ...PATH_MODULES];

function moduleText(lang: Lang, code: string): readonly [string, string] {
  return (MODULE_TEXTS[lang] as Readonly<Record<string, readonly [string, string]>>)[code] ?? PATH_MODULE_TEXTS[lang][code];
}

/** The index of a module (row of TrainingModules) by code. */
export function moduleIndex(code: string): number {
  return ALL_MODULES.findIndex(m => m.code === code);
}

/** The rows of LearningPaths in `lang`. */
export function learningPathRows(lang: Lang): ISeedRow[] {
  return PATHS.map((p, i) => row(LearningPathsList, {
    [P.Title]: p.texts[lang][0], [P.Summary]: p.texts[lang][1], [P.Audience]: audience.many(p.audience), [P.SortOrder]: (i + 1) * 10
  }));
}

/** The rows of TrainingModules (TRAINING_MODULES then the path modules, titled in `lang`), each in its community. */
export function trainingModuleRows(lang: Lang): ISeedRow[] {
  return ALL_MODULES.map(m => {
    const [title, summary] = moduleText(lang, m.code);
    const plan = MODULE_PLAN[m.code];
    const slug = m.code.toLowerCase();
    return row(TrainingModulesList, {
      [T.Title]: title, [T.Code]: m.code, [T.Summary]: summary, [T.Audience]: audience.many(m.audience), [T.ModuleLevel]: moduleLevel(m.level), [T.DurationHours]: m.hours,
      [T.ContentUrl]: { url: `https://learning.pmohub.demo/modules/${slug}`, description: title },
      [T.Community]: ref(CommunitiesList, m.community), [T.IsActive]: true,
      [T.TrainingFormat]: format(plan.format), [T.Language]: language(plan.language), [T.Prerequisites]: plan.prerequisites?.[lang] ?? null,
      [T.Materials]: [`${title} – slides | https://learning.pmohub.demo/modules/${slug}/slides.pdf`, `${title} – workbook | https://learning.pmohub.demo/modules/${slug}/workbook.docx`, `PMO | mailto:pmo@pmohub.demo`].join('\n'),
      [T.LearningPath]: plan.path !== undefined ? ref(LearningPathsList, plan.path) : null, [T.PathStep]: plan.step ?? null,
      [T.MaturityPerspectives]: perspective.many(plan.perspectives), [T.TargetLevel]: plan.level
    });
  });
}

/** Training sessions, their enrolments and the attendance recorded. */
export interface ITrainings {
  sessions: ISeedRow[];
  enrolments: ISeedRow[];
  attendance: ISeedRow[];
}

/** Venues with the IANA zone they are in; online sessions take the zone of their language. */
const VENUES: ReadonlyArray<readonly [string, string | undefined]> = [
  ['Online (Microsoft Teams)', undefined], ['London – Training room 2', 'Europe/London'], ['Berlin – Schulungsraum A', 'Europe/Berlin'],
  ['Brussels – Salle Europa', 'Europe/Brussels'], ['Utrecht – Zaal 3', 'Europe/Amsterdam'], ['Milan – Sala Leonardo', 'Europe/Rome']
];
const ZONE_OF_LANG: Readonly<Record<Lang, string>> = { en: 'Europe/London', de: 'Europe/Berlin', fr: 'Europe/Paris', nl: 'Europe/Amsterdam', it: 'Europe/Rome' };

/** The UTC instant of a local time on a day in a zone. */
function at(day: number, hours: number, minutes: number, zone: string): string {
  const hh = String(hours).padStart(2, '0');
  const mm = String(minutes).padStart(2, '0');
  return zonedToUtc(`${iso(day).slice(0, 10)}T${hh}:${mm}`, zone);
}

interface ISessionPlan { module: string; day: number; days: number; held: Lang; venue: readonly [string, string | undefined]; max: number; status: string; trainer: string }

function sessionRow(p: ISessionPlan, lang: Lang, sessionId: number): ISeedRow {
  const mi = moduleIndex(p.module);
  const zone = p.venue[1] ?? ZONE_OF_LANG[p.held];
  const hours = ALL_MODULES[mi].hours;
  return row(TrainingSessionsList, {
    [S.Title]: `${moduleText(lang, p.module)[0]} (${p.held.toUpperCase()}) ${iso(p.day).slice(0, 10)}`,
    [S.TrainingModule]: ref(TrainingModulesList, mi),
    [S.SessionStart]: at(p.day, 9, 0, zone),
    [S.SessionEnd]: at(p.day + p.days - 1, hours < 7 ? 9 + hours : 17, 0, zone),
    [S.Venue]: p.venue[0],
    [S.OnlineUrl]: p.venue[1] ? null : { url: `https://teams.microsoft.com/l/meetup-join/pmohub-training-${sessionId}`, description: p.venue[0] },
    [S.SessionTimeZone]: zone,
    [S.Trainer]: user(p.trainer),
    [S.MaxParticipants]: p.max,
    [S.Language]: language(p.held),
    [S.SessionStatus]: sessionStatus(p.status)
  });
}

/**
 * Who may take part in a module's sessions: everyone but the owner, IT management (visitors read) and
 * the trainee (whose learning is the showcase's); board members only where they are its audience.
 */
function eligibleFor(m: ICatalogueModule): IDemoUser[] {
  const forBoard = m.audience.indexOf(audience('BoardMember')) >= 0;
  return demoUsers.filter(u => u.role !== 'owner' && u.role !== 'reader' && u.role !== 'trainee').filter(u => forBoard || u.role !== 'boardMember');
}

/**
 * One trainee's enrolment (authored by them: the trainee is the author) in session row `session`, written
 * in `round`. `seated`: it held its seat from the start, so its seat counts as seen (SeatConfirmedAt) and
 * no "a seat is yours now" notice greets its trainee; a waiting one that moves up later is told once.
 */
function enrolmentRow(rng: Rng, code: string, session: number, u: IDemoUser, st: 'Enrolled' | 'Cancelled', lang: Lang, rated: boolean, round: number, seated: boolean): ISeedRow {
  return row(EnrolmentsList, {
    [E.Title]: `${u.displayName} – ${code}`,
    [E.TrainingSession]: ref(TrainingSessionsList, session),
    [E.Participant]: user(u.userPrincipalName),
    [E.EnrolmentStatus]: enrolmentStatus(st),
    // The same team TrainingService writes for a live enrolment: the trainee's team in the resource pool.
    [E.Team]: resourceTeamOf(u, lang) ?? null,
    [E.CancelledAt]: st === 'Cancelled' ? iso(REF_DAY - 1) : null,
    [E.SeatConfirmedAt]: seated && st === 'Enrolled' ? iso(REF_DAY - 1) : null,
    [E.FeedbackRating]: rated ? Number(rng.weighted([['2', 1], ['3', 2], ['4', 5], ['5', 4]] as const)) : null,
    [E.Feedback]: rated && rng.chance(0.4) ? rng.pick(TRAINING_FEEDBACK[lang]) : null
  }, { author: u.userPrincipalName, round });
}

/** A trainee's attendance of a held session (recorded by the trainer): attended, mostly completed on its last day. */
function attendanceRow(code: string, session: number, moduleIdx: number, u: IDemoUser, attended: boolean, completed: boolean, lastDay: number): ISeedRow {
  return row(TrainingAttendanceList, {
    [A.Title]: `${u.displayName} – ${code}`,
    [A.TrainingSession]: ref(TrainingSessionsList, session),
    [A.TrainingModule]: ref(TrainingModulesList, moduleIdx),
    [A.Participant]: user(u.userPrincipalName),
    [A.Attended]: attended,
    [A.Completed]: completed,
    [A.CompletedOn]: completed ? iso(lastDay) : null
  });
}

/**
 * Sessions of every module (one per 40 projects, at least 2; none without projects), held in each of the
 * five languages in turn, with their enrolments and, for held ones, attendance; plus the showcase: a
 * held "Project management basics" the trainee completed, and a full upcoming one with two people waiting.
 */
export function sessionRows(rng: Rng, projects: number, lang: Lang): ITrainings {
  const out: ITrainings = { sessions: [], enrolments: [], attendance: [] };
  if (projects === 0) return out;
  const perModule = Math.max(2, Math.round(projects / 40));
  const trainers = [...usersOf('pmoOfficer'), ...PROJECT_MANAGERS.slice(0, 2)].map(u => u.userPrincipalName);
  ALL_MODULES.forEach((m, mi) => {
    for (let j = 0; j < perModule; j++) {
      const held = LANGS[(mi + j) % LANGS.length];
      const day = workday(REF_DAY - 365 + Math.floor(((j + rng.next()) / perModule) * 545));
      const days = Math.max(1, Math.ceil(m.hours / 7));
      const past = day + days - 1 < REF_DAY;
      const max = rng.int(8, 16);
      const cancelled = past && rng.chance(0.08);
      const venue = MODULE_PLAN[m.code].format === 'Classroom' ? rng.pick(VENUES.slice(1)) : VENUES[0];
      const status = cancelled ? 'Cancelled' : past ? 'Completed' : day - REF_DAY <= 60 ? 'Open' : 'Planned';
      const idx = out.sessions.push(sessionRow({ module: m.code, day, days, held, venue, max, status, trainer: rng.pick(trainers) }, lang, out.sessions.length + 1)) - 1;
      if (status === 'Planned') continue;
      const eligible = eligibleFor(m);
      const k = Math.min(eligible.length, rng.int(3, Math.min(10, max)));
      for (const u of rng.sample(eligible, k)) {
        const st = cancelled || (!past && rng.chance(0.08)) ? 'Cancelled' : 'Enrolled';
        const attended = past && !cancelled && st === 'Enrolled' && rng.chance(17 / 19);
        // At most `max` people enrol (k ≤ max), so every active enrolment holds a seat from the start.
        out.enrolments.push(enrolmentRow(rng, m.code, idx, u, st, lang, attended && rng.chance(0.7), 0, true));
        if (past && !cancelled && st === 'Enrolled') out.attendance.push(attendanceRow(m.code, idx, mi, u, attended, attended && rng.chance(0.9), day + days - 1));
      }
    }
  });
  showcase(rng, out, lang);
  return out;
}

/** The trainee of the demo, who follows the "New project manager" path. */
const TRAINEE = demoUsers.filter(u => u.role === 'trainee')[0];

/**
 * The demo's fixed sessions: a held PM basics course in Utrecht (Dutch) that the trainee and four others
 * completed, and a full online PM basics session in Brussels' zone (English, 6 seats) with 8 trainees
 * enrolled in order (round 1…8): 6 hold seats, 2 wait. The trainee is not among them (they can enrol and wait).
 */
function showcase(rng: Rng, out: ITrainings, lang: Lang): void {
  const mi = moduleIndex('TR-PMB');
  const heldDay = workday(REF_DAY - 75);
  const held = out.sessions.push(sessionRow({ module: 'TR-PMB', day: heldDay, days: 2, held: 'nl', venue: VENUES[4], max: 12, status: 'Completed', trainer: usersOf('pmoOfficer')[2].userPrincipalName }, lang, out.sessions.length + 1)) - 1;
  const heldBy = [TRAINEE, ...demoUsers.filter(u => u.role === 'requester').slice(0, 2), ...PROJECT_MANAGERS.slice(3, 5)];
  heldBy.forEach((u, i) => {
    out.enrolments.push(enrolmentRow(rng, 'TR-PMB', held, u, 'Enrolled', lang, i < 3, 0, true));
    out.attendance.push(attendanceRow('TR-PMB', held, mi, u, true, i !== 4, heldDay + 1));
  });
  const trainer = usersOf('pmoOfficer')[1];
  const fullDay = workday(REF_DAY + 45);
  const full = out.sessions.push(sessionRow({ module: 'TR-PMB', day: fullDay, days: 2, held: 'en', venue: [VENUES[0][0], 'Europe/Brussels'] as const, max: 6, status: 'Open', trainer: trainer.userPrincipalName }, lang, out.sessions.length + 1)) - 1;
  // The venue names a zone, so sessionRow leaves the online link out: the online session gets it here.
  out.sessions[full].values[S.OnlineUrl] = { url: 'https://teams.microsoft.com/l/meetup-join/pmohub-training-pm-basics', description: VENUES[0][0] };
  const wanting = demoUsers.filter(u => u.role === 'requester' || u.role === 'projectManager' || u.role === 'pmoOfficer').filter(u => heldBy.indexOf(u) < 0 && u !== trainer).slice(0, 8);
  wanting.forEach((u, i) => out.enrolments.push(enrolmentRow(rng, 'TR-PMB', full, u, 'Enrolled', lang, false, i + 1, i < 6)));
}
