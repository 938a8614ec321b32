import * as React from 'react';
import * as trainingStrings from 'TrainingStrings';
import { formatString } from '../../domain/text';
import type { ILearningPath, IMyEnrolment, ITrainingCatalogue, ITrainingModule } from '../../services/TrainingService';
import { Button, Link, LinkButton, SelectField, type ISelectOption } from '../controls';
import { audienceLabel, FORMATS, formatLabel, LANGUAGES, languageLabel, LEVELS, levelLabel } from './labels';
import { SessionItem, type ISessionActions } from './SessionItem';
import { useFocusOnShow } from './focus';
import styles from './Training.module.scss';

/** The catalogue's filters: '' means any. */
export interface ICatalogueFilter {
  level: string;
  format: string;
  language: string;
}

/** The modules a filter keeps (active ones; by code, as the service orders them). */
export function filterModules(modules: ReadonlyArray<ITrainingModule>, f: ICatalogueFilter): ITrainingModule[] {
  return modules.filter(m => m.active && (!f.level || m.level === f.level) && (!f.format || m.format === f.format) && (!f.language || m.language === f.language));
}

/** What the catalogue and a module's detail share. */
export interface ISessionsContext {
  catalogue: ITrainingCatalogue;
  /** The user's active enrolments by session id. */
  mine: ReadonlyMap<number, IMyEnrolment>;
  locale: string;
  timeZone: string;
  actions: ISessionActions;
  /** The session whose action runs, if any. */
  busySession?: number;
  /** The modules the user completed (My learning's completions); undefined when they could not be read. */
  completed?: ReadonlySet<number>;
}

/**
 * The earliest step of a module's learning path before it that the user has not completed — advice
 * ("first complete …"), not a bar: the same rule as the Maturity web part's qualification plan.
 */
export function firstToComplete(m: ITrainingModule, path: ILearningPath | undefined, completed: ReadonlySet<number> | undefined): number | undefined {
  if (!path || !completed) return undefined;
  const own = path.steps.filter(s => s.moduleId === m.id)[0];
  if (!own) return undefined;
  return path.steps.filter(s => s.step < own.step && s.moduleId !== m.id && !completed.has(s.moduleId)).sort((a, b) => a.step - b.step || a.moduleId - b.moduleId)[0]?.moduleId;
}

function any(label: string): ISelectOption {
  return { key: '', text: label };
}

/** The three filters: level, format, language. */
function Filters(props: { filter: ICatalogueFilter; onChange: (f: ICatalogueFilter) => void }): React.ReactElement {
  const { filter } = props;
  return (
    <div className={styles.toolbar} role="group" aria-label={trainingStrings.Training_Filters}>
      <SelectField label={trainingStrings.Training_Filter_Level} options={[any(trainingStrings.Training_Filter_AnyLevel), ...LEVELS.map(l => ({ key: l, text: levelLabel(l) }))]}
        selectedKey={filter.level} onChange={level => props.onChange({ ...filter, level })} id="training-filter-level" />
      <SelectField label={trainingStrings.Training_Filter_Format} options={[any(trainingStrings.Training_Filter_AnyFormat), ...FORMATS.map(f => ({ key: f, text: formatLabel(f) }))]}
        selectedKey={filter.format} onChange={format => props.onChange({ ...filter, format })} id="training-filter-format" />
      <SelectField label={trainingStrings.Training_Filter_Language} options={[any(trainingStrings.Training_Filter_AnyLanguage), ...LANGUAGES.map(l => ({ key: l, text: languageLabel(l) }))]}
        selectedKey={filter.language} onChange={language => props.onChange({ ...filter, language })} id="training-filter-language" />
    </div>
  );
}

/** A module's facts: level, format, language, duration. */
export function moduleFacts(m: ITrainingModule, locale: string): string {
  const parts = [levelLabel(m.level), formatLabel(m.format)];
  if (m.language) parts.push(languageLabel(m.language));
  if (m.durationHours !== undefined) parts.push(formatString(trainingStrings.Training_Hours, new Intl.NumberFormat(locale).format(m.durationHours)));
  return parts.join(' · ');
}

/** The sessions of a module that have not ended, each with the user's place or "Enrol". */
export function ModuleSessions(props: { module: ITrainingModule; ctx: ISessionsContext }): React.ReactElement {
  const { ctx } = props;
  const sessions = ctx.catalogue.sessions.filter(s => s.moduleId === props.module.id);
  if (sessions.length === 0) return <p className={styles.empty} data-testid="training-no-sessions">{trainingStrings.Training_NoSessions}</p>;
  return (
    <>
    {!ctx.catalogue.canManage.enrol && <p className={styles.empty} data-testid="training-no-enrol-right">{trainingStrings.Training_NoEnrolRight}</p>}
    <ul className={styles.sessions} aria-label={formatString(trainingStrings.Training_SessionsOf, props.module.title)}>
      {sessions.map(s => (
        <SessionItem key={s.id} session={s} mine={ctx.mine.get(s.id)} moduleTitle={props.module.title} locale={ctx.locale} timeZone={ctx.timeZone}
          actions={ctx.actions} busy={ctx.busySession === s.id} canEnrol={ctx.catalogue.canManage.enrol} />
      ))}
    </ul>
    </>
  );
}

/** A module's detail: description, facts, prerequisites, target roles, materials (safe links only), its learning path and next sessions. */
export function ModuleDetail(props: { module: ITrainingModule; ctx: ISessionsContext; onBack: () => void; onOpen: (id: number) => void }): React.ReactElement {
  const m = props.module;
  const { catalogue, locale } = props.ctx;
  const path = catalogue.paths.filter(p => p.id === m.pathId)[0];
  const byId = new Map(catalogue.modules.map(x => [x.id, x] as const));
  const first = firstToComplete(m, path, props.ctx.completed);
  // Opened (from the catalogue, My learning, a step of the path, the Maturity plan's link): the keyboard lands on its title.
  const heading = React.useRef<HTMLHeadingElement>(null);
  useFocusOnShow(heading, m.id);
  return (
    <article className={styles.detail} aria-labelledby="training-module-title" data-testid="training-module-detail" data-module={m.id}>
      <Button icon="back" onClick={props.onBack} data-testid="training-back">{trainingStrings.Training_BackToCatalogue}</Button>
      <h2 id="training-module-title" className={styles.heading} ref={heading} tabIndex={-1}>{m.title}</h2>
      <p className={styles.meta}>{m.code} · {moduleFacts(m, locale)}</p>
      {m.summary && <p>{m.summary}</p>}
      <dl className={styles.facts}>
        <dt>{trainingStrings.Training_Prerequisites}</dt>
        <dd data-testid="training-prerequisites">{m.prerequisites || trainingStrings.Training_None}</dd>
        <dt>{trainingStrings.Training_TargetRoles}</dt>
        <dd>{m.audience.length ? m.audience.map(audienceLabel).join(', ') : trainingStrings.Training_None}</dd>
        <dt>{trainingStrings.Training_Materials}</dt>
        <dd>
          {m.materials.length === 0 && !m.contentUrl ? trainingStrings.Training_None : (
            <ul className={styles.plain} data-testid="training-materials">
              {m.materials.map(x => <li key={x.url + x.title}><Link href={x.url} target="_blank">{x.title}</Link></li>)}
              {m.contentUrl && <li><Link href={m.contentUrl} target="_blank">{trainingStrings.Training_Content}</Link></li>}
            </ul>
          )}
        </dd>
        {path && <dt>{trainingStrings.Training_LearningPath}</dt>}
        {path && (
          <dd>
            <span>{path.title}</span>
            <ol className={styles.path} data-testid="training-path">
              {path.steps.map(s => {
                const step = byId.get(s.moduleId);
                if (!step) return null;
                return <li key={s.moduleId} aria-current={s.moduleId === m.id ? 'step' : undefined}>
                  {s.moduleId === m.id ? <strong>{step.title}</strong> : <LinkButton onClick={() => props.onOpen(s.moduleId)}>{step.title}</LinkButton>}
                </li>;
              })}
            </ol>
          </dd>
        )}
      </dl>
      <h3 className={styles.subheading}>{trainingStrings.Training_NextSessions}</h3>
      {first !== undefined && byId.get(first) && <p className={styles.meta} data-testid="training-first-complete">{formatString(trainingStrings.Training_FirstComplete, byId.get(first)?.title ?? '')}</p>}
      <ModuleSessions module={m} ctx={props.ctx} />
    </article>
  );
}

/** The catalogue: filters by level, format and language, and the modules with their next session count. */
export function Catalogue(props: { ctx: ISessionsContext; onOpen: (id: number) => void }): React.ReactElement {
  const [filter, setFilter] = React.useState<ICatalogueFilter>({ level: '', format: '', language: '' });
  const { catalogue, locale } = props.ctx;
  const modules = filterModules(catalogue.modules, filter);
  return (
    <div data-testid="training-catalogue">
      <Filters filter={filter} onChange={setFilter} />
      <p className={styles.meta} role="status">{formatString(trainingStrings.Training_ModuleCount, modules.length)}</p>
      {modules.length === 0 && <p className={styles.empty}>{trainingStrings.Training_NoModules}</p>}
      <ul className={styles.modules}>
        {modules.map(m => {
          const next = catalogue.sessions.filter(s => s.moduleId === m.id).length;
          return (
            <li key={m.id} className={styles.module} data-testid="training-module" data-module={m.id}>
              <LinkButton onClick={() => props.onOpen(m.id)} className={styles.moduleTitle} data-testid="training-module-open">{m.title}</LinkButton>
              <span className={styles.meta}>{m.code} · {moduleFacts(m, locale)}</span>
              {m.summary && <span>{m.summary}</span>}
              <span className={styles.meta}>{next ? formatString(trainingStrings.Training_UpcomingCount, next) : trainingStrings.Training_NoSessions}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
