/**
 * TEMPORARY stand-in for src/domain/training and src/domain/maturity (written in parallel on branch
 * trdom), with the contract's signatures; deleted when that branch is merged.
 */
export type Perspective =
  | 'OrganizationalGovernance' | 'ManagementControl' | 'BenefitsManagement' | 'RiskManagement' | 'StakeholderManagement' | 'FinanceManagement' | 'ResourceManagement';
export const PERSPECTIVES: ReadonlyArray<Perspective> = [
  'OrganizationalGovernance', 'ManagementControl', 'BenefitsManagement', 'RiskManagement', 'StakeholderManagement', 'FinanceManagement', 'ResourceManagement'
];
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;
export interface IMaturityQuestion { key: string; perspective: Perspective; order: number }
export interface IMaturityResult {
  perspectives: Record<Perspective, MaturityLevel | undefined>;
  overall: MaturityLevel | undefined;
  answered: Record<Perspective, { answered: number; total: number }>;
}
/** Lowest answer per perspective; overall the lowest perspective when all have one. */
export function maturityResult(questions: ReadonlyArray<IMaturityQuestion>, answers: Readonly<Record<string, number>>): IMaturityResult {
  const perspectives = {} as Record<Perspective, MaturityLevel | undefined>;
  const answered = {} as Record<Perspective, { answered: number; total: number }>;
  for (const p of PERSPECTIVES) {
    const qs = questions.filter(q => q.perspective === p);
    const vals = qs.map(q => answers[q.key]).filter(v => typeof v === 'number' && v >= 1 && v <= 5);
    answered[p] = { answered: vals.length, total: qs.length };
    perspectives[p] = qs.length > 0 && vals.length === qs.length ? (Math.min(...vals) as MaturityLevel) : undefined;
  }
  const levels = PERSPECTIVES.map(p => perspectives[p]);
  const overall = levels.every(l => l !== undefined) ? (Math.min(...(levels as number[])) as MaturityLevel) : undefined;
  return { perspectives, overall, answered };
}
export const MIN_GROUP_SIZE = 5;
export interface IGroupAggregate { respondents: number; levelSums: Record<Perspective | 'overall', number>; overallCounts: [number, number, number, number, number] }
export function addContribution(a: IGroupAggregate, r: IMaturityResult, sign: 1 | -1): IGroupAggregate {
  if (r.overall === undefined) throw new Error('incomplete result');
  const levelSums = { ...a.levelSums };
  for (const p of PERSPECTIVES) levelSums[p] = (levelSums[p] ?? 0) + sign * (r.perspectives[p] as number);
  levelSums.overall = (levelSums.overall ?? 0) + sign * r.overall;
  const overallCounts = a.overallCounts.slice() as IGroupAggregate['overallCounts'];
  overallCounts[r.overall - 1] += sign;
  return { respondents: a.respondents + sign, levelSums, overallCounts };
}
export function groupView(a: IGroupAggregate): { shown: false; respondents: number } | { shown: true; respondents: number; averages: Record<Perspective | 'overall', number> } {
  if (a.respondents < MIN_GROUP_SIZE) return { shown: false, respondents: a.respondents };
  const averages = {} as Record<Perspective | 'overall', number>;
  for (const k of [...PERSPECTIVES, 'overall' as const]) averages[k] = (a.levelSums[k] ?? 0) / a.respondents;
  return { shown: true, respondents: a.respondents, averages };
}
export function qualificationPlan(
  result: IMaturityResult, targets: Record<Perspective, MaturityLevel>, modules: ReadonlyArray<{ id: number; perspectives: Perspective[]; level: number; active: boolean }>
): Array<{ perspective: Perspective; current: MaturityLevel | undefined; target: MaturityLevel; gap: number; moduleIds: number[] }> {
  return PERSPECTIVES.map(p => {
    const current = result.perspectives[p];
    const target = targets[p];
    const gap = target - (current ?? 0);
    const moduleIds = modules.filter(m => m.active && m.perspectives.indexOf(p) >= 0 && m.level > (current ?? 0) && m.level <= target)
      .sort((a, b) => a.level - b.level || a.id - b.id).map(m => m.id);
    return { perspective: p, current, target, gap, moduleIds };
  }).filter(x => x.gap > 0);
}
export function quarterOf(isoDay: string): string {
  return `${isoDay.slice(0, 4)}-Q${Math.floor((Number(isoDay.slice(5, 7)) - 1) / 3) + 1}`;
}

export type EnrolmentState = 'Active' | 'Cancelled';
export interface IEnrolmentRecord { id: number; sessionId: number; traineeId: number; state: EnrolmentState; seatConfirmedAt?: string }
export type SeatStatus = { kind: 'enrolled'; seat: number } | { kind: 'waiting'; position: number } | { kind: 'cancelled' };
export function seatStatuses(capacity: number, enrolments: ReadonlyArray<IEnrolmentRecord>): Map<number, SeatStatus> {
  const out = new Map<number, SeatStatus>();
  let n = 0;
  for (const e of enrolments.slice().sort((a, b) => a.id - b.id)) {
    if (e.state === 'Cancelled') { out.set(e.id, { kind: 'cancelled' }); continue; }
    n++;
    out.set(e.id, n <= capacity ? { kind: 'enrolled', seat: n } : { kind: 'waiting', position: n - capacity });
  }
  return out;
}
export function sessionCounts(capacity: number, enrolments: ReadonlyArray<IEnrolmentRecord>): { enrolled: number; waiting: number; free: number } {
  const active = enrolments.filter(e => e.state === 'Active').length;
  const enrolled = Math.min(active, capacity);
  return { enrolled, waiting: active - enrolled, free: capacity - enrolled };
}
export function needsSeatConfirmation(status: SeatStatus, record: IEnrolmentRecord): boolean {
  return status.kind === 'enrolled' && !record.seatConfirmedAt;
}
export function isValidTimeZone(zone: string): boolean {
  try { new Intl.DateTimeFormat('en', { timeZone: zone }); return zone.length > 0; } catch { return false; }
}
export function zonedToUtc(localIsoMinute: string, zone: string): string {
  const guess = Date.parse(`${localIsoMinute}:00Z`);
  const offset = (t: number): number => {
    const p = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(t));
    const g = (k: string): number => Number(p.filter(x => x.type === k)[0].value);
    return Date.UTC(g('year'), g('month') - 1, g('day'), g('hour'), g('minute')) - t;
  };
  const t = guess - offset(guess - offset(guess));
  if (new Date(t + offset(t)).toISOString().slice(0, 16) !== localIsoMinute) throw new RangeError(`${localIsoMinute} does not exist in ${zone}`);
  return new Date(t).toISOString().replace('.000', '');
}
export interface ICalendarInvite {
  uid: string; title: string; description?: string; startUtc: string; endUtc: string; location?: string; url?: string;
  organizer?: { name: string; email: string }; attendee?: { name: string; email: string };
}
export function buildIcs(invite: ICalendarInvite): string {
  const d = (s: string): string => s.replace(/[-:]/g, '').replace(/\.\d+/, '');
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:PUBLISH', 'BEGIN:VEVENT', `UID:${invite.uid}`, `SUMMARY:${invite.title}`, `DTSTART:${d(invite.startUtc)}`, `DTEND:${d(invite.endUtc)}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
}
export function completionRates(
  rows: ReadonlyArray<{ moduleId: number; team?: string; language?: string; enrolled: boolean; completed: boolean }>, by: 'module' | 'team' | 'language'
): Array<{ key: string; enrolled: number; completed: number; rate: number | undefined }> {
  const m = new Map<string, { enrolled: number; completed: number }>();
  for (const r of rows) {
    const key = by === 'module' ? String(r.moduleId) : by === 'team' ? r.team ?? '' : r.language ?? '';
    const c = m.get(key) ?? { enrolled: 0, completed: 0 };
    if (r.enrolled) c.enrolled++;
    if (r.completed) c.completed++;
    m.set(key, c);
  }
  return Array.from(m.entries()).map(([key, c]) => ({ key, ...c, rate: c.enrolled > 0 ? c.completed / c.enrolled : undefined }));
}
export interface ILearningPathStep { moduleId: number; step: number }
export function pathProgress(steps: ReadonlyArray<ILearningPathStep>, completedModuleIds: ReadonlySet<number>): { done: number; total: number; next?: number } {
  const ordered = steps.slice().sort((a, b) => a.step - b.step);
  const next = ordered.filter(s => !completedModuleIds.has(s.moduleId))[0];
  return { done: ordered.filter(s => completedModuleIds.has(s.moduleId)).length, total: ordered.length, next: next?.moduleId };
}
export function parseMaterials(text: string): Array<{ title: string; url: string }> {
  return text.split(/\r?\n/).map(l => l.split('|').map(x => x.trim())).filter(p => p.length >= 2 && /^(https?:|mailto:)/i.test(p[1])).map(p => ({ title: p[0], url: p[1] }));
}
