/**
 * The faults figure's journeys of the PMO's, the board's and the trainees' web parts: Scoring,
 * Prioritization, Gates, Capacity, Dashboard and reports, Portfolio views, Training, Maturity,
 * Communities and PMO Setup (see faultJourneys.ts for the shape).
 */
import type { ICriterion } from '../../src/domain/scoring';
import { defaultView } from '../../src/domain/portfolio';
import { selectionFigures } from '../../src/domain/prioritization';
import { DEFAULT_CAPACITY_SETTINGS } from '../../src/domain/capacity';
import { fileReadyRequests } from '../../src/services/test-utils/readyRequests';
import { byId, dayOf, expectValue, journey, type IFaultJourney, type IJourneyContext } from './faultJourneyKit';

const criterion = (title: string): ICriterion => ({ id: 0, title, weight: 50, direction: 'Benefit', scaleMin: 0, scaleMax: 5, levels: [{ value: 0, description: 'None' }, { value: 5, description: 'Decisive' }], role: 'None' });

/** An open round on a new ready request for the board member (prepared with the faults off). */
async function openRoundFor(ctx: IJourneyContext, i: number, title: string): Promise<{ roundId: number; request: number; criteria: number[] }> {
  const pmo = ctx.as(ctx.pmo);
  const model = await pmo.scoring.createModel({ title: `${title} model #${i}`, method: 'Weighted', status: 'Active', criteria: [criterion('Fit'), criterion('Value')] });
  const [request] = await fileReadyRequests(ctx.as(ctx.member).requests, pmo.requests, [`${title} request #${i}`]);
  const me = (await ctx.as(ctx.board).scoring.getCurrentUser()).id;
  const round = await pmo.scoring.openRound({ title: `${title} round #${i}`, modelId: model.id, requests: [request], members: [me], deadline: '2027-12-01' });
  return { roundId: round.id, request, criteria: model.criteria.map(c => c.id) };
}

const scoringJourneys: IFaultJourney[] = [
  journey('scoring: model create and save', 'Scoring', 'pmo', async (s, _c, i) => {
    const m = await s.scoring.createModel({ title: `Faults model #${i}`, method: 'Weighted', status: 'Draft', criteria: [criterion('Fit'), criterion('Value')] });
    const saved = await s.scoring.saveModel(m.id, { title: `Faults model #${i}`, method: 'Weighted', status: 'Draft', criteria: m.criteria.map(c => ({ ...c, weight: 60 })) });
    return saved.model ? [] : ['the model was not saved'];
  }),
  journey('scoring: AHP matrix', 'Scoring', 'pmo', async (s, _c, i) => {
    const m = await s.scoring.createModel({ title: `Faults AHP #${i}`, method: 'Ahp', status: 'Draft', criteria: [criterion('A'), criterion('B'), criterion('C')].map(c => ({ ...c, weight: 0 })), ahpMatrix: [[1, 1, 1], [1, 1, 1], [1, 1, 1]] });
    await s.scoring.saveAhpMatrix(m.id, [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]);
  }),
  {
    name: 'scoring: open round', webPart: 'Scoring', role: 'pmo',
    plan: async (ctx, i) => {
      const pmo = ctx.as(ctx.pmo);
      const model = await pmo.scoring.createModel({ title: `Faults open model #${i}`, method: 'Weighted', status: 'Active', criteria: [criterion('Fit')] });
      const [request] = await fileReadyRequests(ctx.as(ctx.member).requests, pmo.requests, [`Faults open request #${i}`]);
      const me = (await ctx.as(ctx.board).scoring.getCurrentUser()).id;
      return { run: async () => { await ctx.as(ctx.pmo).scoring.openRound({ title: `Faults open round #${i}`, modelId: model.id, requests: [request], members: [me], deadline: '2027-12-01' }); } };
    }
  },
  {
    name: 'scoring: draft scores, submit', webPart: 'Scoring', role: 'board',
    plan: async (ctx, i) => {
      const r = await openRoundFor(ctx, i, 'Faults scores');
      return {
        run: async () => {
          const s = ctx.as(ctx.board).scoring;
          const seen = (await s.getMyScores(r.roundId)).versions;
          const draft = await s.saveDraftScores(r.roundId, [{ request: r.request, criterion: r.criteria[0], value: 3, comment: `Faults #${i}` }], seen);
          await s.submitScores(r.roundId, r.criteria.map(c => ({ request: r.request, criterion: c, value: 4 })), draft.versions);
        },
        verify: async () => {
          const mine = await ctx.as(ctx.board).scoring.getMyScores(r.roundId);
          return expectValue('scores', mine.entries.filter(e => e.value === 4).length, r.criteria.length);
        }
      };
    }
  },
  {
    name: 'scoring: close round, board decision', webPart: 'Scoring', role: 'pmo',
    plan: async (ctx, i) => {
      const r = await openRoundFor(ctx, i, 'Faults decision');
      await ctx.as(ctx.board).scoring.submitScores(r.roundId, r.criteria.map(c => ({ request: r.request, criterion: c, value: 4 })));
      return {
        run: async () => {
          const pmo = ctx.as(ctx.pmo);
          await pmo.scoring.closeRound(r.roundId);
          const etag = (await pmo.requests.get(r.request)).request.etag;
          await pmo.decisions.recordDecision({ request: r.request, outcome: 'Approved', rationale: `Faults rationale #${i}`, roundId: r.roundId, etag });
        },
        verify: async () => expectValue('state', (await ctx.as(ctx.pmo).requests.get(r.request)).request.state, 'Approved')
      };
    }
  },
  {
    name: 'scoring: cancel round', webPart: 'Scoring', role: 'pmo',
    plan: async (ctx, i) => {
      const r = await openRoundFor(ctx, i, 'Faults cancel');
      return {
        run: async () => { await ctx.as(ctx.pmo).scoring.cancelRound(r.roundId); },
        verify: async () => expectValue('round', (await ctx.as(ctx.pmo).scoring.getRound(r.roundId)).status, 'Cancelled')
      };
    }
  }
];

const prioritizationJourneys: IFaultJourney[] = [
  journey('prioritization: budgets', 'Prioritization', 'pmo', async (s, _c, i) => {
    await s.prioritization.saveBudgets([{ year: 2027, amount: 1_000_000 + i }, { year: 2028, amount: 900_000 }]);
    return expectValue('budget 2027', (await s.prioritization.load()).budgets.filter(b => b.year === 2027)[0]?.amount, 1_000_000 + i);
  }),
  journey('prioritization: scenario', 'Prioritization', 'pmo', async (s, _c, i) => {
    const data = await s.prioritization.load();
    const selection = data.candidates.slice(0, 1).map(c => c.id);
    await s.prioritization.saveScenario({
      title: `Faults scenario #${i}`, summary: 'Within budget',
      content: {
        format: 1, parameters: { budgets: data.budgets, forceIn: [], forceOut: [], dependencies: [], exclusions: [], includeProjects: false }, selection, titles: {},
        figures: { ...selectionFigures(data.candidates, selection, data.years, data.roles), bound: 10, gap: 0 }, rounds: []
      }
    });
  })
];

const gateJourneys: IFaultJourney[] = [
  journey('gate review: draft, request, decide', 'Project', 'manager', async (s, c, i) => {
    const draft = (await s.gates.getDraft(c.projectId)) ?? await s.gates.startDraft(c.projectId);
    const itemId = draft.answers[0]?.itemId ?? 1;
    const saved = await s.gates.saveDraft(draft.id, [{ itemId, comment: `Faults evidence #${i}` }], draft.etag);
    const { review } = await s.gates.requestReview(saved.id, saved.etag);
    const decided = await c.as(c.board).gates.decide(review.id, 'Recycle', `Faults rationale #${i}`);
    return decided.decisionId ? [] : ['no decision'];
  })
];

/** A new project of the demo manager at its first gate (a request converted, with the faults off). */
async function newProject(ctx: IJourneyContext, title: string): Promise<number> {
  const pmo = ctx.as(ctx.pmo).requests;
  const [id] = await fileReadyRequests(ctx.as(ctx.member).requests, pmo, [title]);
  await pmo.transition(id, 'Approved', 'Fits the plan', 'Fits the plan');
  return (await pmo.convertToProject(id, { projectManager: { login: ctx.manager, displayName: 'Camille Dubois' } })).projectId;
}

gateJourneys.push({
  name: 'gate: waiver, go with conditions, met', webPart: 'Project', role: 'board',
  plan: async (ctx, i) => {
    const projectId = await newProject(ctx, `Faults gate project #${i}`);
    return {
      run: async () => {
        const pm = ctx.as(ctx.manager).gates;
        const draft = await pm.startDraft(projectId);
        const { review } = await pm.requestReview(draft.id, draft.etag);
        const blocking = (await ctx.as(ctx.pmo).gates.getReview(review.id)).readiness.blocking;
        for (const item of blocking) await ctx.as(ctx.pmo).gates.recordWaiver(review.id, item.id, `Faults waiver #${i}`);
        const owner = (await pm.getAccess(projectId)).userId;
        await ctx.as(ctx.board).gates.decide(review.id, 'GoWithConditions', `Faults rationale #${i}`, [{ text: `Faults condition #${i}`, ownerId: owner, due: dayOf(i) }, { text: `Faults second condition #${i}`, ownerId: owner, due: dayOf(i + 1) }]);
        const [first] = await pm.listConditions(projectId);
        await pm.markConditionMet(first.id, first.etag);
      },
      verify: async () => {
        const conditions = await ctx.as(ctx.pmo).gates.listConditions(projectId);
        return expectValue('conditions', conditions.length, 2);
      }
    };
  }
});

const capacityJourneys: IFaultJourney[] = [
  journey('capacity: settings', 'Capacity', 'pmo', async (s, _c, i) => {
    await s.capacity.saveSettings({ ...DEFAULT_CAPACITY_SETTINGS, hoursPerWeek: 36 + (i % 5) });
    return expectValue('hours', (await s.capacity.getCapacityData('2027-01', 1)).settings.hoursPerWeek, 36 + (i % 5));
  }),
  journey('capacity: person', 'Capacity', 'pmo', async (s, _c, i) => {
    const { people } = await s.capacity.getRolesAndPeople();
    const fte = [0.5, 0.6, 0.8, 1][i % 4];
    await s.capacity.savePerson(people[0].id, { fte });
    return expectValue('fte', byId((await s.capacity.getRolesAndPeople()).people, people[0].id, 'person').fte, fte);
  }),
  journey('capacity: role capacity', 'Capacity', 'pmo', async (s, _c, i) => {
    const { roles } = await s.capacity.getRolesAndPeople();
    await s.capacity.saveRoleCapacity(roles[0].id, { monthlyDays: 40 + (i % 10), byMonth: [] });
  }),
  journey('capacity: absence add, delete', 'Capacity', 'pmo', async (s, _c, i) => {
    const { people } = await s.capacity.getRolesAndPeople();
    const a = await s.capacity.addAbsence({ personId: people[1 % people.length].id, start: dayOf(i), end: dayOf(i + 2), type: 'Leave', title: `Faults leave #${i}` });
    await s.capacity.addAbsence({ personId: people[0].id, start: dayOf(i + 10), end: dayOf(i + 11), type: 'Leave', title: `Faults leave kept #${i}` });
    await s.capacity.deleteAbsence(a.id);
  }),
  journey('capacity: what-if', 'Capacity', 'pmo', async (s, _c, i) => {
    await s.capacity.saveWhatIf({ title: `Faults what-if #${i}`, whatIf: { shifts: [], leaveOut: [] }, includeProposed: true, months: ['2027-02', '2027-03'] });
  }),
  {
    name: 'capacity: commit request demand', webPart: 'Capacity', role: 'pmo',
    plan: async (ctx, i) => {
      const pmo = ctx.as(ctx.pmo).requests;
      const [id] = await fileReadyRequests(ctx.as(ctx.member).requests, pmo, [`Faults demand #${i}`]);
      await pmo.transition(id, 'Approved', 'Fits the plan', 'Fits the plan');
      return { run: async () => { await ctx.as(ctx.pmo).capacity.commitRequestDemand(id); } };
    }
  },
  journey('capacity: shift assignments', 'Project', 'manager', async (s, c, i) => {
    await s.capacity.shiftProjectAssignments(c.projectId, i % 2 ? 1 : -1);
  })
];

const dashboardJourneys: IFaultJourney[] = [
  journey('dashboard: configuration', 'Dashboard', 'pmo', async (s, _c, i) => {
    const codes = (await s.dashboard.getDashboard()).definitions.map(d => d.input.code ?? '').filter(Boolean);
    await s.dashboard.saveConfiguration({ kpiCodes: codes.slice(0, 1 + (i % Math.max(1, codes.length))) });
  }),
  journey('dashboard: KPI definition', 'Dashboard', 'pmo', async (s, _c, i) => {
    const first = (await s.dashboard.getDashboard()).definitions[0];
    const saved = await s.dashboard.saveKpiDefinition({ ...first.input, description: `Faults description #${i}` }, { id: first.id, etag: first.etag });
    return expectValue('description', saved.input.description, `Faults description #${i}`);
  }),
  journey('dashboard: new KPI definition', 'Dashboard', 'pmo', async (s, _c, i) => {
    const first = (await s.dashboard.getDashboard()).definitions[0];
    await s.dashboard.saveKpiDefinition({ ...first.input, code: `KPI-FLT-${i}`, name: `Faults KPI #${i}`, active: false });
  }),
  journey('dashboard: refresh figures', 'Dashboard', 'pmo', async s => {
    await s.dashboard.refreshFigures();
  }),
  journey('reports: store a report', 'Dashboard', 'pmo', async (s, _c, i) => {
    const content = new TextEncoder().encode(`PK report ${i}`).buffer as ArrayBuffer;
    await s.dashboard.storeReport(content, { kind: 'PortfolioReport', fileName: `Portfolio report – Faults ${i} – 2026-11-30.pptx`, viewName: `Faults ${i}`, date: '2026-11-30' });
  }),
  journey('portfolio: save and delete a view', 'Portfolio', 'pmo', async (s, _c, i) => {
    const kept = await s.portfolio.saveView({ ...defaultView(`Faults view #${i}`), groupBy: 'programme' }, 'shared');
    const gone = await s.portfolio.saveView(defaultView(`Faults view to delete #${i}`), 'personal');
    await s.portfolio.deleteView('personal', gone.id, gone.etag);
    return kept.id ? [] : ['no view'];
  })
];

const trainingJourneys: IFaultJourney[] = [
  journey('training: path and module', 'Training', 'pmo', async (s, _c, i) => {
    const pathId = await s.training.savePath({ title: `Faults path #${i}` });
    await s.training.saveModule({ code: `TR-FLT-${i}`, title: `Faults module #${i}`, level: 'Foundation', format: 'Classroom', durationHours: 4, language: 'en', pathId, pathStep: 1 });
  }),
  journey('training: session', 'Training', 'pmo', async (s, _c, i) => {
    const moduleId = (await s.training.catalogue()).modules[0].id;
    await s.training.saveSession({ moduleId, title: `Faults session #${i}`, localStart: `${dayOf(i)}T09:00`, localEnd: `${dayOf(i)}T12:00`, timeZone: 'Europe/Brussels', capacity: 5, status: 'Open', venue: 'Room 1' });
  }),
  {
    name: 'training: enrol, confirm seat, cancel', webPart: 'Training', role: 'trainee',
    plan: async (ctx, i) => {
      const moduleId = (await ctx.as(ctx.pmo).training.catalogue()).modules[0].id;
      const sessionId = await ctx.as(ctx.pmo).training.saveSession({ moduleId, title: `Faults seat #${i}`, localStart: `${dayOf(i)}T13:00`, localEnd: `${dayOf(i)}T15:00`, timeZone: 'Europe/Brussels', capacity: 1, status: 'Open', venue: 'Room 2' });
      return {
        run: async () => {
          const first = await ctx.as(ctx.member).training.enrol(sessionId);
          const mine = await ctx.as(ctx.trainee).training.enrol(sessionId);
          await ctx.as(ctx.member).training.cancel(first.enrolmentId);
          await ctx.as(ctx.trainee).training.confirmSeat(mine.enrolmentId);
        },
        verify: async () => {
          const mine = (await ctx.as(ctx.trainee).training.mySessions()).filter(e => e.session.id === sessionId);
          return expectValue('seat', mine.map(e => e.status.kind).join(), 'enrolled');
        }
      };
    }
  },
  {
    name: 'training: attendance', webPart: 'Training', role: 'trainer',
    plan: async ctx => {
      const held = (await ctx.as(ctx.trainer).training.catalogue()).heldSessions;
      const session = held[0];
      if (!session) throw new Error('the demo seed has no held session');
      const { lines } = await ctx.as(ctx.trainer).training.roster(session.id);
      return { run: async () => { await ctx.as(ctx.trainer).training.recordAttendance(session.id, lines.slice(0, 3).map(l => ({ personId: l.person.id, attended: true, completed: true }))); } };
    }
  }
];

const maturityJourneys: IFaultJourney[] = [
  journey('maturity: answers and submit', 'Maturity', 'trainee', async (s, _c, i) => {
    const questions = await s.maturity.questionnaire('en-us');
    const answers = Object.fromEntries(questions.map(q => [q.key, 1 + ((i + q.order) % 5)]));
    await s.maturity.saveDraft(answers);
    await s.maturity.submit();
  }),
  journey('maturity: targets', 'Maturity', 'pmo', async (s, _c, i) => {
    const targets = await s.maturity.targets();
    const next = Object.fromEntries(Object.keys(targets).map(k => [k, 2 + (i % 3)]));
    await s.maturity.saveTargets(next);
  }),
  journey('maturity: question', 'Maturity', 'pmo', async (s, _c, i) => {
    const id = await s.maturity.saveQuestion({ code: `FQ${i}`, perspective: 'RiskManagement', order: 100 + i, texts: { en: { q: `Faults question #${i}?`, a: ['1', '2', '3', '4', '5'] } }, active: false });
    await s.maturity.saveQuestion({ id, code: `FQ${i}`, perspective: 'RiskManagement', order: 100 + i, texts: { en: { q: `Faults question #${i}, changed?`, a: ['1', '2', '3', '4', '5'] } }, active: false });
  })
];

const communityJourneys: IFaultJourney[] = [
  journey('communities: create and archive', 'Training', 'pmo', async (s, _c, i) => {
    const kept = await s.communities.save({ title: `Faults circle #${i}`, topic: 'Benefits', summary: 'Benefit owners meet.' });
    const gone = await s.communities.save({ title: `Faults circle to archive #${i}`, topic: 'Benefits' });
    await s.communities.archive(gone);
    return kept ? [] : ['no community'];
  }),
  {
    name: 'communities: join and leave', webPart: 'Training', role: 'member',
    plan: async (ctx, i) => {
      const pmo = ctx.as(ctx.pmo).communities;
      const a = await pmo.save({ title: `Faults circle to join #${i}`, topic: 'Benefits' });
      const b = await pmo.save({ title: `Faults circle to leave #${i}`, topic: 'Benefits' });
      return {
        run: async () => {
          const s = ctx.as(ctx.member).communities;
          await s.join(a);
          await s.join(b);
          await s.leave(b);
        }
      };
    }
  }
];

const setupJourneys: IFaultJourney[] = [
  journey('setup: run again', 'PMO Setup', 'siteOwner', async s => {
    await s.setup.run(() => undefined);
  })
];

/** The journeys of the PMO's, the board's and the trainees' web parts. */
export const PMO_JOURNEYS: ReadonlyArray<IFaultJourney> = [
  ...scoringJourneys, ...prioritizationJourneys, ...gateJourneys, ...capacityJourneys, ...dashboardJourneys, ...trainingJourneys, ...maturityJourneys, ...communityJourneys, ...setupJourneys
];
