import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { num, text } from './itemValues';
import { listOn } from './lists';
import type { ISiteAddress } from './site';
import { lifecycleOf, type IStage } from '../domain/governance';
import type { LifecycleCode } from '../domain/governance/vocabulary';
import { MethodologyStagesList, TemplatesList } from '../schema/refs';

/** A template of the Templates library, as the guide lists it. */
export interface IStageTemplate {
  id: number;
  /** The document's name (FileLeafRef) and its title. */
  name: string;
  title?: string;
  /** Server-relative URL of the file. */
  url: string;
  process?: string;
  /** The template's language code ('en', 'de', …). */
  language?: string;
}

/** A stage of the guide: the lifecycle's definition, the PMO's text in the user's language, and its templates. */
export interface IGuideStage {
  stage: IStage;
  /** MethodologyStages content in the user's language, else English; undefined when the PMO wrote none. */
  content?: { title: string; purpose?: string; roles?: string; gateCriteria?: string; language: string };
  /** Templates for the stage (StageCode, else Prince2Stage), the user's language first, then by name. */
  templates: IStageTemplate[];
}

/**
 * The methodology guide (issue 12): a lifecycle's stages (the domain's definitions: order, gate, roles,
 * required products) with the PMO's editable text from MethodologyStages in the user's language (English
 * when that language has none) and the templates to use per stage from the Templates library (by
 * StageCode, or Prince2Stage on templates written before schema 7; retired ones left out).
 */
export interface IMethodologyService {
  /** The guide of a lifecycle, in one $batch (both lists are small configuration lists). */
  getGuide(lifecycle: LifecycleCode): Promise<IGuideStage[]>;
}

const M = MethodologyStagesList.fields;
const T = TemplatesList.fields;
const PAGE: number = 5000;

/** {@link IMethodologyService} over PnPjs. */
export class MethodologyService implements IMethodologyService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;
  /** The user's language code ('en', 'de', 'fr', 'nl', 'it'). */
  private readonly language: string;

  /** @param locale the user's locale ('it-it'); its language picks the guide's text. */
  public constructor(sp: SPFI, site: ISiteAddress, locale: string) {
    this.sp = sp;
    this.site = site;
    this.language = locale.slice(0, 2).toLowerCase();
  }

  public async getGuide(lifecycle: LifecycleCode): Promise<IGuideStage[]> {
    const [b, execute] = this.sp.batched();
    const contentP = listOn(b, this.site, MethodologyStagesList).items.select(M.Id, M.Title, M.StageCode, M.Language, M.Purpose, M.StageRoles, M.GateCriteria, M.SortOrder)
      .filter(odataEq(M.Lifecycle, lifecycle)).top(PAGE)<Array<Record<string, unknown>>>();
    const templatesP = listOn(b, this.site, TemplatesList).items.select(T.Id, T.Title, T.FileLeafRef, T.FileRef, T.PmoProcess, T.Prince2Stage, T.StageCode, T.Language, T.TemplateStatus)
      .top(PAGE)<Array<Record<string, unknown>>>();
    await execute();
    const [content, templates] = await Promise.all([contentP, templatesP]);
    return lifecycleOf(lifecycle).stages.slice().sort((x, y) => x.order - y.order).map(stage => ({
      stage,
      content: this.contentOf(content.filter(c => c[M.StageCode] === stage.code)),
      templates: templates
        .filter(t => t[T.TemplateStatus] !== 'Retired' && (text(t[T.StageCode]) ?? text(t[T.Prince2Stage])) === stage.code)
        .map(templateOf)
        .sort((x, y) => Number(y.language === this.language) - Number(x.language === this.language) || x.name.localeCompare(y.name))
    }));
  }

  /** The stage's content in the user's language, else English (the lowest SortOrder when several). */
  private contentOf(rows: ReadonlyArray<Record<string, unknown>>): IGuideStage['content'] {
    const pick = (language: string): Record<string, unknown> | undefined =>
      rows.filter(r => (text(r[M.Language]) ?? 'en') === language).sort((x, y) => (num(x[M.SortOrder]) ?? 0) - (num(y[M.SortOrder]) ?? 0))[0];
    const row = pick(this.language) ?? pick('en');
    if (!row) return undefined;
    return { title: text(row[M.Title]) ?? '', purpose: text(row[M.Purpose]), roles: text(row[M.StageRoles]), gateCriteria: text(row[M.GateCriteria]), language: text(row[M.Language]) ?? 'en' };
  }
}

function templateOf(t: Record<string, unknown>): IStageTemplate {
  return { id: t[T.Id] as number, name: text(t[T.FileLeafRef]) ?? '', title: text(t[T.Title]), url: text(t[T.FileRef]) ?? '', process: text(t[T.PmoProcess]), language: text(t[T.Language]) };
}
