/**
 * The demo data reads as one organisation's, in the site's language: titles used once, texts in the
 * site's language, amounts planned in round figures, objectives in code order, and no status report
 * after a project was closed or cancelled.
 */
import { generateSeed } from './generate';
import type { ILookupRef, ISeedData, ISeedRow } from './model';
import { MILESTONES, PROJECT_SUBJECTS, type Lang } from './text';

const rowsOf = (d: ISeedData, key: string): ISeedRow[] => {
  const l = d.lists.filter(x => x.key === key)[0];
  if (!l) throw new Error(`no list ${key}`);
  return l.rows;
};
const text = (r: ISeedRow, column: string): string => String(r.values[column] ?? '');

/**
 * Short function words that mark a language (none of them is a word of another of the five; words
 * with a hyphen count whole, so "E-Akte" has no "e"), so a sentence's language is the one with the most.
 */
const MARKERS: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: ['the', 'and', 'for', 'of', 'with', 'to', 'by', 'are', 'from'],
  de: ['der', 'die', 'das', 'und', 'für', 'mit', 'von', 'den', 'auf', 'sind', 'ist', 'eine', 'zum', 'zur', 'im'],
  fr: ['les', 'du', 'et', 'pour', 'une', 'au', 'aux', 'dans', 'sont', 'est', 'sur'],
  nl: ['het', 'een', 'voor', 'van', 'op', 'naar', 'zijn', 'bij', 'vóór'],
  it: ['il', 'gli', 'dei', 'delle', 'del', 'della', 'e', 'con', 'di', 'sono', 'nella', 'alla']
};
const LANGS: ReadonlyArray<Lang> = ['en', 'de', 'fr', 'nl', 'it'];

/** How many marker words of each language a text has. */
function markerCounts(t: string): Record<Lang, number> {
  // ß is a letter ("große" is one word, not "gro" and Italian "e").
  const words = t.toLowerCase().split(/[^a-zß-öø-ÿ-]+/).filter(w => w.length > 0);
  const out = { en: 0, de: 0, fr: 0, nl: 0, it: 0 };
  for (const l of LANGS) out[l] = words.filter(w => MARKERS[l].indexOf(w) >= 0).length;
  return out;
}

/** The texts of `rows` in `columns` that another language marks more than `lang` (with the counts). */
function foreignTexts(rows: ReadonlyArray<ISeedRow>, columns: ReadonlyArray<string>, lang: Lang): string[] {
  const out: string[] = [];
  for (const r of rows) {
    for (const c of columns) {
      const t = text(r, c);
      const n = markerCounts(t);
      const rival = LANGS.filter(l => l !== lang && n[l] >= Math.max(1, n[lang]))[0];
      if (rival && out.indexOf(`${c}: "${t}" reads ${rival} (${JSON.stringify(n)})`) < 0) out.push(`${c}: "${t}" reads ${rival} (${JSON.stringify(n)})`);
    }
  }
  return out;
}

/** The reference lists and their texts in the site's language (titles, summaries, guidance). */
const REFERENCE_TEXTS: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['Roles', ['Title', 'Summary']],
  ['Gates', ['Title', 'Summary']],
  ['GateChecklistItems', ['Title', 'Guidance']],
  ['KpiDefinitions', ['Title', 'KpiMeasure', 'Summary']],
  ['ScoringModels', ['Title', 'Summary']],
  ['ScoringCriteria', ['Title', 'Summary']],
  ['Communities', ['Title', 'Summary']],
  ['TrainingModules', ['Title', 'Summary']],
  // Schema 9: a question's title is its text in the site's language (the five languages are in QuestionTexts).
  ['MaturityQuestions', ['Title']]
];

/** Names that read the same in every language (certification titles). */
const SAME_IN_EVERY_LANGUAGE: ReadonlyArray<string> = ['PRINCE2 Foundation', 'PRINCE2 Practitioner'];

/**
 * Titles as a public-sector PMO of each language writes them, written out here rather than read from
 * the generator's tables: the business analyst role, the delivery stage boundary gate (the PRINCE2
 * process "Managing a stage boundary"), the milestone KPI and the first governance maturity question.
 */
const EXPECTED_TITLES: Readonly<Record<Lang, { role: string; gate: string; kpi: string; question: string }>> = {
  en: { role: 'Business Analyst', gate: 'Gate 2 – Delivery stage boundary', kpi: 'Milestones on time', question: 'In your organisation, how are projects and programmes started, approved and stopped?' },
  de: { role: 'Anforderungsmanagement', gate: 'Phasentor 2 – Phasenübergang', kpi: 'Meilensteintermintreue', question: 'Wie werden Projekte und Programme in Ihrer Organisation gestartet, freigegeben und gegebenenfalls abgebrochen?' },
  fr: { role: 'Analyste métier', gate: 'Jalon 2 – Limite de séquence', kpi: 'Jalons tenus', question: 'Dans votre organisation, comment les projets et programmes sont-ils lancés, approuvés et, le cas échéant, arrêtés\u00a0?' },
  nl: { role: 'Informatieanalist', gate: 'Fasepoort 2 – Faseovergang', kpi: 'Mijlpalen op tijd', question: 'Hoe worden projecten en programma’s in uw organisatie gestart, goedgekeurd en zo nodig gestopt?' },
  it: { role: 'Analista funzionale', gate: 'Gate 2 – Limite di fase', kpi: 'Milestone rispettate', question: 'Nella Sua organizzazione, come vengono avviati, approvati ed eventualmente interrotti i progetti e i programmi?' }
};

/** The row of a list whose Code is `code`. */
const byCode = (d: ISeedData, key: string, code: string): ISeedRow => {
  const r = rowsOf(d, key).filter(x => x.values.Code === code)[0];
  if (!r) throw new Error(`no ${key} ${code}`);
  return r;
};

describe.each([
  ['en-us', 'en'],
  ['de-de', 'de'],
  ['fr-fr', 'fr'],
  ['nl-nl', 'nl'],
  ['it-it', 'it']
] as ReadonlyArray<[string, Lang]>)('demo data of a %s site', (locale, lang) => {
  const d = generateSeed({ projects: 60, locale });

  it('gives every project its own title, and a request that did not become a project a title of its own', () => {
    const projects = rowsOf(d, 'Projects').map(r => text(r, 'Title'));
    expect(projects.filter((t, i) => projects.indexOf(t) !== i)).toEqual([]);
    const requests = rowsOf(d, 'ProjectRequests');
    const unlinked = requests.filter(r => r.values.Project === null).map(r => text(r, 'Title'));
    expect(unlinked.filter(t => projects.indexOf(t) >= 0)).toEqual([]);
    expect(unlinked.filter((t, i) => unlinked.indexOf(t) !== i)).toEqual([]);
  });

  it('titles projects and requests in the site language', () => {
    const subjects = PROJECT_SUBJECTS[lang];
    const titles = [...rowsOf(d, 'Projects'), ...rowsOf(d, 'ProjectRequests')].map(r => text(r, 'Title'));
    expect(titles.filter(t => !subjects.some(s => t === s || t.indexOf(`${s} – `) === 0))).toEqual([]);
    expect(rowsOf(d, 'Milestones').map(r => text(r, 'Title')).filter(t => MILESTONES[lang].indexOf(t) < 0)).toEqual([]);
  });

  it('writes descriptions, objectives, programmes and reports in the site language (word list)', () => {
    expect(foreignTexts(rowsOf(d, 'Projects'), ['Title', 'Summary'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'ProjectRequests'), ['Title', 'ProblemStatement', 'Goals', 'ExpectedBenefits', 'ComplianceNotes', 'DecisionReason'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'StrategicObjectives'), ['Title', 'Summary'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'Programmes'), ['Title', 'Summary'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'StatusReports'), ['Highlights', 'NextSteps', 'Escalations'], lang)).toEqual([]);
    const comments = rowsOf(d, 'StatusReports').flatMap(r => (JSON.parse(text(r, 'RagDetailsJson') || '[]') as Array<{ comment?: string }>).map(x => x.comment ?? ''));
    expect(foreignTexts(comments.filter(c => c).map(c => ({ values: { Comment: c } }) as unknown as ISeedRow), ['Comment'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'Risks'), ['Title'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'RequestHistory'), ['TransitionComment'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'Decisions'), ['Title', 'Rationale'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'Lessons'), ['Title', 'Summary'], lang)).toEqual([]);
  });

  it('writes the reference data in the site language: roles, gates, checklists, KPIs, scoring models, communities, trainings, maturity (word list)', () => {
    expect(REFERENCE_TEXTS.flatMap(([key, columns]) => foreignTexts(rowsOf(d, key), columns, lang).map(x => `${key}.${x}`))).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'GateReviews'), ['Conditions'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'GateConditions'), ['Title'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'GateWaivers'), ['Title', 'WaiverReason'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'GateReviews'), ['Title'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'MaturityAssessments'), ['Title'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'TrainingSessions'), ['Title'], lang)).toEqual([]);
    expect(foreignTexts(rowsOf(d, 'Enrolments'), ['Feedback'], lang)).toEqual([]);
  });

  it('writes the methodology guide of every language in that language, the same on every site', () => {
    const rows = rowsOf(d, 'MethodologyStages');
    expect(rows.length).toBe(60);
    for (const l of LANGS) expect(foreignTexts(rows.filter(r => r.values.Language === l), ['Title', 'Purpose', 'GateCriteria'], l)).toEqual([]);
  });

  it('describes each criterion\'s levels in the site language, as fits its meaning and direction (a cost or risk criterion\'s levels describe the cost or risk)', () => {
    const criteria = rowsOf(d, 'ScoringCriteria');
    const levels = (r: ISeedRow): string[] => ((r.values.ScaleLevelsJson as { json: Array<{ description: string }> }).json).map(l => l.description);
    // The marker check, on every level description.
    const described = criteria.flatMap(r => levels(r).map((description): ISeedRow => ({ values: { Level: description } })));
    expect(described.length).toBeGreaterThan(criteria.length * 3);
    expect(foreignTexts(described, ['Level'], lang)).toEqual([]);
    // No description serves both directions: "Clear contribution" is no level of "Delivery risk".
    const of = (direction: string): Set<string> => new Set(criteria.filter(r => r.values.CriterionDirection === direction).flatMap(levels));
    const [benefit, cost] = [of('Benefit'), of('Cost')];
    expect(cost.size).toBeGreaterThan(0);
    expect(Array.from(cost).filter(x => benefit.has(x))).toEqual([]);
    // Levels go from the best to the worst end the criterion's own way: distinct descriptions, one per level.
    for (const r of criteria) expect(new Set(levels(r)).size).toBe(levels(r).length);
  });

  it('titles the reference data as a PMO of the site language does, with the same codes on every site', () => {
    const t = EXPECTED_TITLES[lang];
    expect(text(byCode(d, 'Roles', 'BA'), 'Title')).toBe(t.role);
    expect(text(byCode(d, 'Gates', 'G2'), 'Title')).toBe(t.gate);
    expect(text(byCode(d, 'KpiDefinitions', 'KPI-MS'), 'Title')).toBe(t.kpi);
    expect(text(byCode(d, 'MaturityQuestions', 'OG1'), 'Title')).toBe(t.question);
    // The short titles and texts have few marker words: none may be the English site's (but names).
    const english = generateSeed({ projects: 0 });
    for (const [key, columns] of REFERENCE_TEXTS) {
      const codes = (x: ISeedData): string[] => rowsOf(x, key).map(r => text(r, 'Code'));
      expect(codes(d)).toEqual(codes(english));
      if (lang === 'en') continue;
      const theirs = rowsOf(english, key);
      const same = rowsOf(d, key).flatMap((r, i) => columns.filter(c => c !== 'KpiMeasure').map(c => text(r, c)).filter((x, ci) => x === text(theirs[i], columns.filter(c => c !== 'KpiMeasure')[ci])));
      expect(same.filter(x => SAME_IN_EVERY_LANGUAGE.indexOf(x) < 0)).toEqual([]);
    }
  });

  it('names business units and project departments alike, in the site language', () => {
    const units = rowsOf(d, 'BusinessUnits').map(r => text(r, 'Title'));
    const english = generateSeed({ projects: 0 });
    const englishUnits = rowsOf(english, 'BusinessUnits').map(r => text(r, 'Title'));
    expect(units.length).toBe(englishUnits.length);
    if (lang !== 'en') expect(units.filter(u => englishUnits.indexOf(u) >= 0)).toEqual([]);
    const departments = [...rowsOf(d, 'Projects').map(r => text(r, 'Department')), ...rowsOf(d, 'ProjectRequests').map(r => text(r, 'BusinessUnit'))];
    expect(departments.filter(x => units.indexOf(x) < 0)).toEqual([]);
  });
});

describe('demo amounts and dates', () => {
  const d = generateSeed({ projects: 240 });

  it('plans budgets in round amounts: projects in 5,000s, capex and opex in whole thousands that add up', () => {
    const odd = (n: unknown, step: number): boolean => typeof n !== 'number' || n <= 0 || n % step !== 0;
    expect(rowsOf(d, 'Projects').map(r => r.values.Budget).filter(b => odd(b, 5000))).toEqual([]);
    for (const r of rowsOf(d, 'ProjectRequests')) {
      const { CapexTotal: capex, OpexTotal: opex } = r.values as { CapexTotal: number; OpexTotal: number };
      const years = (r.values.CostPlanJson as { json: Array<{ capex: number; opex: number }> }).json;
      expect([capex, opex, ...years.map(y => y.capex), ...years.map(y => y.opex)].filter(n => n % 1000 !== 0)).toEqual([]);
      expect(years.reduce((s, y) => s + y.capex, 0)).toBe(capex);
      expect(years.reduce((s, y) => s + y.opex, 0)).toBe(opex);
      expect((capex + opex) % 5000).toBe(0);
      expect(years.every(y => y.capex >= 0 && y.opex >= 0)).toBe(true);
    }
    expect(rowsOf(d, 'BudgetLines').map(r => r.values.PlannedAmount).filter(n => (n as number) % 1000 !== 0)).toEqual([]);
  });

  it('lists strategic objectives in code order', () => {
    const codes = rowsOf(d, 'StrategicObjectives').map(r => text(r, 'Code'));
    expect(codes).toEqual([...codes].sort());
    expect(codes[0]).toBe('SO-01');
  });

  it('ends the status reports of a closed or cancelled project with its end', () => {
    const projects = rowsOf(d, 'Projects');
    const late: string[] = [];
    let finished = 0;
    for (const r of rowsOf(d, 'StatusReports')) {
      const p = projects[(r.values.Project as ILookupRef).index].values;
      if (p.LifecycleStatus !== 'Closed' && p.LifecycleStatus !== 'Cancelled') continue;
      finished++;
      const end = String(p.EndDate);
      if (String(r.values.ReportDate) > end || String(r.values.PeriodEnd) > end) late.push(`${String(p.Title)} (${String(p.LifecycleStatus)}, ends ${end}): report of ${String(r.values.ReportDate)}`);
    }
    expect(finished).toBeGreaterThan(100);
    expect(late).toEqual([]);
  });

  it('dates every request\'s intake log within its own timeline, not on the reference day', () => {
    for (const r of rowsOf(d, 'ProjectRequests')) {
      const log = (r.values.IntakeLogJson as { json: Array<{ at: string }> } | null)?.json ?? [];
      const times = log.map(x => x.at);
      expect(times).toEqual([...times].sort());
      for (const t of times) expect(t < d.referenceDate).toBe(true);
      if (r.values.SubmittedDate) expect(times[0]).toBe(r.values.SubmittedDate);
    }
  });

  it('stamps every request as created before its first step and last changed at its last step, never on the reference day', () => {
    const modified: string[] = [];
    for (const r of rowsOf(d, 'ProjectRequests')) {
      const log = (r.values.IntakeLogJson as { json: Array<{ at: string }> } | null)?.json ?? [];
      const stamp = r.stamp;
      expect(stamp?.created && stamp.modified && stamp.editor).toBeTruthy();
      if (!stamp?.created || !stamp.modified) continue;
      expect(stamp.created < stamp.modified).toBe(true);
      expect(stamp.modified < d.referenceDate).toBe(true);
      if (log.length) {
        expect(stamp.created < log[0].at).toBe(true);
        expect(stamp.modified).toBe(log[log.length - 1].at);
      }
      modified.push(stamp.modified.slice(0, 10));
    }
    // Spread over the requests' own timelines, not one day.
    expect(new Set(modified).size).toBeGreaterThan(modified.length / 3);
  });
});
