import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { num, text } from './itemValues';
import { listOn } from './lists';
import type { ISiteAddress } from './site';
import type { ISiteTimeZoneSource } from './siteTimeZone';
import type { IBenefitService } from './BenefitService';
import { BUDGET_SELECT, budgetLineOf, MILESTONE_SELECT, milestoneOf } from './controllingRows';
import { amountsOf } from './BudgetService';
import { STAGE_SELECT, stageStateOf } from './ProjectService';
import { GateRefusedError } from './gateRecords';
import { dayAt, readDateOnly, type ISiteTimeZone } from '../domain/dates';
import { endProjectReport, type IEndReport, type IEndReportInput } from '../domain/governance';
import {
  BudgetLinesList, IssuesList, LessonsList, lookupId, MilestonesList, ProjectDocumentsList, ProjectsList, projected, RisksList
} from '../schema/refs';

/** A generated end project report: the content, and where its document is stored. */
export interface IEndReportResult {
  report: IEndReport;
  /** The .docx file's server-relative URL in ProjectDocuments. */
  fileUrl: string;
  /** The file's list item (Project and DocumentType EndProjectReport set). */
  itemId: number;
}

/**
 * The end project report at the Closing gate (issue 12): the project's data (objectives, budget totals,
 * milestones baseline vs actual, benefits, open risks and issues handed over, lessons — each list read by
 * the project's indexed lookup) → the domain's `endProjectReport` → a Word document in the user's
 * locale, stored in the project's library (ProjectDocuments, DocumentType EndProjectReport) for the
 * project manager to edit. The document code (docx, the files API) loads lazily.
 */
export interface IEndReportService {
  /** The report's content from the project's data, without storing anything. */
  compose(projectId: number): Promise<IEndReport>;
  /**
   * Composes the report, renders it with `strings` (GovernanceStrings of the user's locale) and stores it
   * as a new file (never over one the PM edited). Refused ('stageNotDecidable', field 'stage') before the
   * Closing stage (a closed or cancelled project may have its report too).
   */
  generate(projectId: number, strings: Readonly<Record<string, string>>): Promise<IEndReportResult>;
}

/** What the end report service receives from the other services and its environment. */
export interface IEndReportServiceDeps {
  benefits: IBenefitService;
  siteTimeZone: ISiteTimeZoneSource;
  /** The user's locale (numbers, amounts and days in the document). */
  locale: string;
}

const P = ProjectsList.fields;
const R = RisksList.fields;
const I = IssuesList.fields;
const L = LessonsList.fields;
const PAGE: number = 5000;

/** {@link IEndReportService} over PnPjs. */
export class EndReportService implements IEndReportService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  private readonly deps: IEndReportServiceDeps;

  public constructor(sp: SPFI, site: ISiteAddress, deps: IEndReportServiceDeps) {
    this.sp = sp;
    this.site = site;
    this.deps = deps;
  }

  /** The project and its lists in one $batch (each filtered on its indexed Project lookup), the benefits through the register. */
  private async gather(projectId: number): Promise<{ input: IEndReportInput; project: Record<string, unknown> }> {
    const [b, execute] = this.sp.batched();
    const at = <T>(q: { top(n: number): () => Promise<T> }): Promise<T> => q.top(PAGE)();
    const projectP = listOn(b, this.site, ProjectsList).items.getById(projectId)
      .select(P.Title, ...STAGE_SELECT, projected(P.StrategicObjectives, 'Title')).expand(P.StrategicObjectives)<Record<string, unknown>>();
    const linesP = at<Array<Record<string, unknown>>>(listOn(b, this.site, BudgetLinesList).items.select(...BUDGET_SELECT).filter(odataEq(lookupId(BudgetLinesList.fields.Project), projectId)));
    const milestonesP = at<Array<Record<string, unknown>>>(listOn(b, this.site, MilestonesList).items.select(...MILESTONE_SELECT).filter(odataEq(lookupId(MilestonesList.fields.Project), projectId)).orderBy(MilestonesList.fields.SortOrder));
    const risksP = at<Array<Record<string, unknown>>>(listOn(b, this.site, RisksList).items
      .select(R.Id, R.Title, R.RiskStatus, R.Probability, R.Impact, R.Proximity, projected(R.RiskOwner, 'Title')).expand(R.RiskOwner).filter(odataEq(lookupId(R.Project), projectId)));
    const issuesP = at<Array<Record<string, unknown>>>(listOn(b, this.site, IssuesList).items
      .select(I.Id, I.Title, I.IssueStatus, I.Priority, I.DueDate, I.Created, projected(I.IssueOwner, 'Title')).expand(I.IssueOwner).filter(odataEq(lookupId(I.Project), projectId)));
    const lessonsP = at<Array<Record<string, unknown>>>(listOn(b, this.site, LessonsList).items
      .select(L.Id, L.Title, L.LessonCategory, L.LessonType, L.Recommendation).filter(odataEq(lookupId(L.Project), projectId)));
    const zoneP = this.deps.siteTimeZone.get(b.web);
    await execute();
    const [project, lines, milestones, risks, issues, lessons, zone] = await Promise.all([projectP, linesP, milestonesP, risksP, issuesP, lessonsP, zoneP]);
    const benefits = await this.deps.benefits.listBenefits(projectId);
    const input: IEndReportInput = {
      projectTitle: text(project[P.Title]) ?? '',
      today: dayAt(Date.now(), zone.iana),
      objectives: titlesOf(project[P.StrategicObjectives]).map(t => ({ text: t })),
      budgetLines: amountsOf(lines.map(budgetLineOf)),
      milestones: milestones.map(m => milestoneOf(m, zone)),
      benefits: benefits.map(x => ({ title: x.title, unit: x.unit, baseline: x.baseline, target: x.target, plannedDate: x.plannedDate, measurements: x.measurements })),
      risks: risks.map(r => ({
        id: r[R.Id] as number, title: text(r[R.Title]) ?? '', status: text(r[R.RiskStatus]) ?? '', probability: num(r[R.Probability]), impact: num(r[R.Impact]),
        proximity: day(r[R.Proximity], zone), owner: personTitle(r[R.RiskOwner])
      })),
      issues: issues.map(i => ({
        title: text(i[I.Title]) ?? '', status: text(i[I.IssueStatus]) ?? '', priority: text(i[I.Priority]), owner: personTitle(i[I.IssueOwner]),
        dueDate: day(i[I.DueDate], zone), raisedOn: text(i[I.Created]) ? dayAt(Date.parse(String(i[I.Created])), zone.iana) : undefined
      })),
      lessons: lessons.map(l => ({ category: text(l[L.LessonCategory]) ?? '', type: text(l[L.LessonType]) ?? '', title: text(l[L.Title]) ?? '', recommendation: text(l[L.Recommendation]) }))
    };
    return { input, project };
  }

  public async compose(projectId: number): Promise<IEndReport> {
    return endProjectReport((await this.gather(projectId)).input);
  }

  public async generate(projectId: number, strings: Readonly<Record<string, string>>): Promise<IEndReportResult> {
    const { input, project } = await this.gather(projectId);
    const state = stageStateOf(project);
    if (state.stage !== 'Closing' && state.stage !== 'Live' && state.status !== 'Closed' && state.status !== 'Cancelled') throw new GateRefusedError('stageNotDecidable', 'stage');
    const report = endProjectReport(input);
    const doc = await import(/* webpackChunkName: 'end-report-docx' */ './endReportDocument');
    const content = await doc.renderEndReportDocx(report, strings, this.deps.locale);
    const base = doc.safeFileName(`${strings.EndReport_FileName ?? 'End project report'} – ${report.projectTitle} – ${report.generatedOn}`);
    const fileUrl = await doc.uploadDocument(this.sp, this.site.listPath(ProjectDocumentsList), base, content);
    const itemId = await doc.setFileColumns(this.sp, fileUrl, {
      [ProjectDocumentsList.fields.Title]: `${strings.EndReport_Title ?? ''}: ${report.projectTitle}`.slice(0, 255),
      [lookupId(ProjectDocumentsList.fields.Project)]: projectId,
      [ProjectDocumentsList.fields.DocumentType]: 'EndProjectReport'
    });
    return { report, fileUrl, itemId };
  }
}

function day(v: unknown, zone: ISiteTimeZone): string | undefined {
  return readDateOnly(text(v), zone);
}

function personTitle(v: unknown): string | undefined {
  return text((v as { Title?: string } | undefined)?.Title);
}

/** The titles of an expanded multi-lookup (verbose `{ results }` or a plain array). */
function titlesOf(v: unknown): string[] {
  const rows = Array.isArray(v) ? v : (v as { results?: unknown[] } | undefined)?.results ?? [];
  return (rows as Array<{ Title?: string }>).map(r => text(r?.Title)).filter((t): t is string => !!t);
}
