import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { cleanSearchInput, formatString } from '../../domain/text';
import { LessonsList } from '../../schema/refs';
import { LESSON_SCAN_LIMIT, type ILesson, type ILessonSearchResult } from '../../services/RaidLogService';
import { Button, Link, Notice, SearchField, SelectField, SR_ONLY, TextField } from '../controls';
import { EntryForm } from './EntryForm';
import { fieldProblem, useEntryForm, type FieldProblems } from './useEntryForm';
import { choiceLabel, fieldLabel, formatCount } from './labels';
import { useLoad, type Load } from './useLoad';
import { useOpenForm, useRowAction, whenReady, type ITabProps } from './tabParts';
import styles from './Raid.module.scss';

/** The lesson form's fields, in the order shown ('happened' is the lesson's Summary). */
export type LessonField = 'title' | 'category' | 'type' | 'happened' | 'recommendation';
const FIELDS: ReadonlyArray<LessonField> = ['title', 'category', 'type', 'happened', 'recommendation'];
type LessonValues = Record<LessonField, string>;

/** What keeps a lesson from being sent: a blank title. */
export function lessonProblems(v: LessonValues): FieldProblems<LessonField> {
  return v.title.trim() ? {} : { title: fieldProblem('title', 'required') };
}

/** Records a lesson of the project: title, category, went well / to improve, what happened and the recommendation. */
function LessonForm(props: { tab: ITabProps; onDone: (m: string) => void; onReload: () => Promise<void>; onClose: () => void }): React.ReactElement {
  const { tab } = props;
  const form = useEntryForm<LessonField, LessonValues>({
    initial: () => ({ title: '', category: 'Other', type: 'ToImprove', happened: '', recommendation: '' }),
    version: '', fields: FIELDS, idPrefix: 'lesson', check: lessonProblems, onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const title = v.title.trim();
      await tab.props.raidLog.addLesson({
        title, projectId: tab.props.projectId, category: v.category, type: v.type, summary: v.happened.trim() || undefined, recommendation: v.recommendation.trim() || undefined
      });
      return formatString(raidStrings.Raid_LessonSaved, title);
    }
  });
  const { values: v, change, problems } = form;
  const select = (field: 'category' | 'type', codes: ReadonlyArray<string>, kind: 'LessonCategory' | 'LessonType'): React.ReactElement => (
    <SelectField
      id={`lesson-${field}`} label={fieldLabel(field)} selectedKey={v[field]} onChange={k => change({ [field]: k })} errorMessage={problems[field]}
      options={codes.map(c => ({ key: c, text: choiceLabel(kind, c) }))} data-testid={`lesson-${field}`}
    />
  );
  const text = (field: 'happened' | 'recommendation'): React.ReactElement => (
    <TextField id={`lesson-${field}`} className={styles.wide} label={fieldLabel(field)} value={v[field]} onChange={t => change({ [field]: t })} errorMessage={problems[field]} multiline rows={3} maxLength={4000} data-testid={`lesson-${field}`} />
  );
  return (
    <EntryForm idPrefix="lesson" heading={raidStrings.Raid_LessonForm_New} form={form} onCancel={props.onClose}>
      <TextField id="lesson-title" label={fieldLabel('title')} value={v.title} onChange={t => change({ title: t })} errorMessage={problems.title} required maxLength={255} data-testid="lesson-title" />
      {select('category', LessonsList.choices.LessonCategory, 'LessonCategory')}
      {select('type', LessonsList.choices.LessonType, 'LessonType')}
      {text('happened')}
      {text('recommendation')}
    </EntryForm>
  );
}

/** Lessons as a table; with `raidLink` each lesson's project, its name linking to its RAID log. */
function LessonTable(props: { lessons: ReadonlyArray<ILesson>; caption: string; testId: string; raidLink?: (projectId: number) => string }): React.ReactElement {
  const { raidLink } = props;
  return (
    <table className={styles.table} data-testid={props.testId}>
      <caption className={SR_ONLY}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{raidStrings.Raid_Col_Lesson}</th>
          {raidLink && <th scope="col">{raidStrings.Raid_Col_Project}</th>}
          <th scope="col">{raidStrings.Raid_Col_Category}</th>
          <th scope="col">{raidStrings.Raid_Col_Type}</th>
          <th scope="col">{raidStrings.Raid_Col_Happened}</th>
          <th scope="col">{raidStrings.Raid_Col_Recommendation}</th>
        </tr>
      </thead>
      <tbody>
        {props.lessons.map(l => (
          <tr key={l.id} data-testid="raid-lesson-row">
            <th scope="row">{l.title}</th>
            {raidLink && <td>{l.projectId !== undefined ? <Link href={raidLink(l.projectId)}>{l.projectTitle ?? `#${l.projectId}`}</Link> : raidStrings.Raid_NoProject}</td>}
            <td>{choiceLabel('LessonCategory', l.category)}</td>
            <td>{choiceLabel('LessonType', l.type)}</td>
            <td className={styles.prose}>{l.summary ?? ''}</td>
            <td className={styles.prose}>{l.recommendation ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The search across every project's lessons: words (all must occur in the title, what happened or the recommendation) and a category. */
function LessonSearch(p: ITabProps): React.ReactElement {
  const { props } = p;
  const [text, setText] = React.useState('');
  const [category, setCategory] = React.useState('');
  const [asked, setAsked] = React.useState<{ text: string; category: string } | undefined>(undefined);
  const { load, reload } = useLoad<ILessonSearchResult | undefined>(
    () => (asked ? props.raidLog.searchLessons({ text: asked.text, category: asked.category || undefined }) : Promise.resolve(undefined)),
    asked ? `${asked.text}|${asked.category}` : ''
  );
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    setAsked({ text: cleanSearchInput(text).text, category });
  };
  const categories = [{ key: '', text: raidStrings.Raid_Category_All }, ...LessonsList.choices.LessonCategory.map(c => ({ key: c, text: choiceLabel('LessonCategory', c) }))];
  return (
    <section className={styles.section} aria-labelledby="raid-lesson-search-heading">
      <h3 id="raid-lesson-search-heading" className={styles.subheading}>{raidStrings.Raid_LessonSearch_Heading}</h3>
      <form role="search" className={styles.toolbar} onSubmit={submit} aria-labelledby="raid-lesson-search-heading">
        <SearchField label={raidStrings.Raid_LessonSearch_Label} clearLabel={raidStrings.Raid_LessonSearch_Clear} value={text} onChange={setText} data-testid="raid-lesson-search" />
        <SelectField id="raid-lesson-category" label={raidStrings.Raid_Filter_Category} options={categories} selectedKey={category} onChange={setCategory} data-testid="raid-lesson-category" />
        <Button primary icon="search" submit data-testid="raid-lesson-search-go">{raidStrings.Raid_LessonSearch_Go}</Button>
      </form>
      <div aria-live="polite">{asked && <SearchResults load={load} reload={reload} raidLink={p.raidLink} locale={props.locale} />}</div>
    </section>
  );
}

/** The lessons found, and whether the search stopped at the scan limit. */
function SearchResults(props: { load: Load<ILessonSearchResult | undefined>; reload: () => Promise<void>; raidLink: (projectId: number) => string; locale: string }): React.ReactElement {
  return (
    <div data-testid="raid-lesson-results">
      {whenReady(props.load, props.reload, found => (!found ? null : (
        <>
          <p className={styles.hint}>{formatString(raidStrings.Raid_LessonSearch_Found, formatCount(found.lessons.length, props.locale), formatCount(found.scanned, props.locale))}</p>
          {found.truncated && <Notice kind="warning" data-testid="raid-lesson-truncated">{formatString(raidStrings.Raid_LessonSearch_Truncated, formatCount(LESSON_SCAN_LIMIT, props.locale))}</Notice>}
          {found.lessons.length === 0
            ? <p data-testid="raid-lesson-none">{raidStrings.Raid_LessonSearch_None}</p>
            : <LessonTable lessons={found.lessons} caption={raidStrings.Raid_LessonSearch_Heading} testId="raid-lesson-found" raidLink={props.raidLink} />}
        </>
      )))}
    </div>
  );
}

/**
 * The Lessons tab: the project's lessons (category, went well / to improve, what happened, the
 * recommendation; the project's manager, its deputy and the PMO add one) and a search across every
 * project's lessons, whose results name their project and link to its RAID log.
 */
export function LessonsTab(p: ITabProps): React.ReactElement {
  const { props, canEdit } = p;
  const { load, reload } = useLoad(() => props.raidLog.searchLessons({ projectId: props.projectId }), String(props.projectId));
  const action = useRowAction(reload);
  const adding = useOpenForm<true>(action);
  return (
    <div data-testid="raid-lessons-tab">
      <h2 className={styles.heading}>{raidStrings.Raid_Lessons_Heading}</h2>
      {action.notice && <Notice kind={action.notice.kind} data-testid="raid-lesson-notice">{action.notice.text}</Notice>}
      {canEdit && !adding.open && <div className={styles.toolbar}><Button icon="add" onClick={e => adding.show(true, e.currentTarget)} data-testid="raid-add-lesson">{raidStrings.Raid_AddLesson}</Button></div>}
      {canEdit && adding.open && <LessonForm tab={p} onDone={m => { adding.close(); action.say(m); void reload(); }} onReload={reload} onClose={() => adding.close()} />}
      {whenReady(load, reload, found => (found.lessons.length === 0
        ? <p data-testid="raid-lessons-empty">{raidStrings.Raid_Lessons_Empty}</p>
        : <LessonTable lessons={found.lessons} caption={raidStrings.Raid_Lessons_Heading} testId="raid-lessons" />))}
      <LessonSearch {...p} />
    </div>
  );
}
