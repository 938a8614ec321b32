import * as React from 'react';
import * as maturityStrings from 'MaturityStrings';
import * as strings from 'PmoHubStrings';
import { formatAmountFor, readAmount } from '../../domain/numbers';
import { formatString } from '../../domain/text';
import { PERSPECTIVES, type Perspective } from '../../domain/maturity';
import { MaturityRefusedError, type IMaturityService, type IQuestionInput } from '../../services/MaturityService';
import { Button, Checkbox, Notice, SelectField, Spinner, SR_ONLY, TextField } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { useLoad } from '../Raid/useLoad';
import { perspectiveName } from './labels';
import { refusalText } from './problems';
import { byTestId, useFocusReturn } from '../controls/form/useFocusReturn';
import { useFocusOnShow } from '../Training/focus';
import styles from './Maturity.module.scss';

/** The questionnaire's languages, English first (required). */
export const QUESTION_LANGUAGES: ReadonlyArray<string> = ['en', 'de', 'fr', 'nl', 'it'];

/** A question as its form holds it: every language's texts (empty where none), the order as typed. */
export interface IQuestionDraft {
  id?: number;
  code: string;
  perspective: Perspective;
  order: string;
  active: boolean;
  texts: Record<string, { q: string; a: string[] }>;
}

/** A field of the form with a problem: 'code', 'order', or a text ('q', 'a1' … 'a5') of a language. */
export interface IQuestionProblem {
  field: string;
  lang?: string;
  text: string;
}

/** The language's name in the user's language ('Deutsch' → 'German'), its code when the browser has none. */
export function languageName(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** The order typed in `locale` (a whole number, 0 or more, grouped as the locale groups: "1.000" in German), or undefined. */
function orderOf(text: string, locale: string): number | undefined {
  const r = readAmount(text, locale, 0);
  return r.ok && r.value !== undefined && r.value >= 0 ? r.value : undefined;
}

/** The form's draft of a stored question (or of a new one, at the end of the first perspective); the order in the locale's form. */
export function draftOf(q: (IQuestionInput & { id: number }) | undefined, nextOrder: number, locale: string): IQuestionDraft {
  const texts: IQuestionDraft['texts'] = {};
  for (const l of QUESTION_LANGUAGES) texts[l] = { q: q?.texts[l]?.q ?? '', a: [0, 1, 2, 3, 4].map(i => q?.texts[l]?.a[i] ?? '') };
  const perspective = PERSPECTIVES.indexOf(q?.perspective as Perspective) >= 0 ? (q?.perspective as Perspective) : PERSPECTIVES[0];
  return { id: q?.id, code: q?.code ?? '', perspective, order: formatAmountFor(q?.order ?? nextOrder, locale, 0), active: q?.active !== false, texts };
}

/** A language is stored when it is English or has any text. */
function used(draft: IQuestionDraft, lang: string): boolean {
  const t = draft.texts[lang];
  return lang === 'en' || !!t.q.trim() || t.a.some(a => !!a.trim());
}

/** The label of a text field of the form. */
function textLabel(field: string): string {
  if (field === 'q') return maturityStrings.Maturity_Q_Question;
  const level = Number(field.slice(1));
  return formatString(maturityStrings.Maturity_Q_Answer, level, maturityStrings[`Maturity_Level_${level}`]);
}

/** The problem of one field, named as the form labels it (with its language for a text). */
function problem(field: string, lang: string | undefined, locale: string): IQuestionProblem {
  if (field === 'code') return { field, text: formatString(maturityStrings.Maturity_Q_CodeInvalid, maturityStrings.Maturity_Q_Code) };
  if (field === 'order') return { field, text: formatString(maturityStrings.Maturity_Q_OrderInvalid, maturityStrings.Maturity_Q_Order) };
  const name = formatString(maturityStrings.Maturity_Q_InLanguage, textLabel(field), languageName(lang ?? 'en', locale));
  return { field, lang, text: formatString(maturityStrings.Maturity_Q_Required, name) };
}

/**
 * What keeps a draft from being saved, in the form's order: the code (2–32 characters), the order (a
 * whole number ≥ 0), and for English and every language with any text the question and all five answers.
 */
export function questionProblems(draft: IQuestionDraft, locale: string): IQuestionProblem[] {
  const out: IQuestionProblem[] = [];
  const code = draft.code.trim();
  if (!code) out.push({ field: 'code', text: formatString(maturityStrings.Maturity_Q_Required, maturityStrings.Maturity_Q_Code) });
  else if (code.length < 2 || code.length > 32) out.push(problem('code', undefined, locale));
  if (orderOf(draft.order, locale) === undefined) out.push(problem('order', undefined, locale));
  for (const lang of QUESTION_LANGUAGES.filter(l => used(draft, l))) {
    const t = draft.texts[lang];
    if (!t.q.trim()) out.push(problem('q', lang, locale));
    t.a.forEach((a, i) => { if (!a.trim()) out.push(problem(`a${i + 1}`, lang, locale)); });
  }
  return out;
}

/** The service's input from a valid draft (languages without any text left out; the order typed in `locale`). */
export function inputOf(draft: IQuestionDraft, locale: string): IQuestionInput {
  const texts: IQuestionInput['texts'] = {};
  for (const lang of QUESTION_LANGUAGES.filter(l => used(draft, l))) texts[lang] = { q: draft.texts[lang].q.trim(), a: draft.texts[lang].a.map(a => a.trim()) };
  return { id: draft.id, code: draft.code.trim(), perspective: draft.perspective, order: orderOf(draft.order, locale) ?? 0, texts, active: draft.active };
}

/**
 * A refusal of `saveQuestion` as the problem of its field ('code', 'order', 'texts.de.q', 'texts.de.a.3');
 * a code another question has names that question in the user's language (`locale`), else in English.
 */
export function refusalProblem(error: unknown, locale: string): IQuestionProblem | undefined {
  if (!(error instanceof MaturityRefusedError)) return undefined;
  if (error.refusal === 'taken' && error.field === 'code' && error.takenBy) {
    // The other question in the user's language when it has a text in it, else in English.
    const texts = error.takenByTexts ?? {};
    const name = texts[locale.slice(0, 2).toLowerCase()] ?? texts.en ?? error.takenBy;
    return { field: 'code', text: formatString(maturityStrings.Maturity_Q_CodeTaken, maturityStrings.Maturity_Q_Code, name) };
  }
  if (error.field === 'code' || error.field === 'order') return problem(error.field, undefined, locale);
  const m = /^texts\.([a-z]{2})\.(q|a\.([1-5]))$/.exec(error.field);
  if (m) return problem(m[3] ? `a${m[3]}` : 'q', m[1], locale);
  const text = refusalText(error, []);
  return text ? { field: '', text } : undefined;
}

const fieldId = (field: string): string => `maturity-qe-${field}`;

/** The form of one question: code, perspective, order, active, and per language the question and its five answers. */
function QuestionForm(props: { draft: IQuestionDraft; maturity: IMaturityService; locale: string; onDone: (saved: boolean) => void }): React.ReactElement {
  const [draft, setDraft] = React.useState(props.draft);
  const [lang, setLang] = React.useState('en');
  const [problems, setProblems] = React.useState<IQuestionProblem[]>([]);
  const [error, setError] = React.useState<unknown>(undefined);
  const [busy, setBusy] = React.useState(false);
  const focus = React.useRef<string | undefined>(undefined);
  // Opened by "Add a question" or "Edit": the keyboard lands on the form's heading.
  const heading = React.useRef<HTMLHeadingElement>(null);
  useFocusOnShow(heading, props.draft.id ?? 'new');
  React.useEffect(() => {
    if (focus.current) document.getElementById(fieldId(focus.current))?.focus();
    focus.current = undefined;
  });
  const errorOf = (field: string, l?: string): string | undefined => problems.filter(p => p.field === field && p.lang === l)[0]?.text;
  const setText = (field: string, value: string): void => setDraft(d => {
    const t = { q: d.texts[lang].q, a: d.texts[lang].a.slice() };
    if (field === 'q') t.q = value; else t.a[Number(field.slice(1)) - 1] = value;
    return { ...d, texts: { ...d.texts, [lang]: t } };
  });
  const show = (found: IQuestionProblem[]): void => {
    setProblems(found);
    if (found[0]?.lang) setLang(found[0].lang);
    focus.current = found[0]?.field || undefined;
  };
  const save = async (): Promise<void> => {
    setError(undefined);
    const found = questionProblems(draft, props.locale);
    if (found.length) return show(found);
    setBusy(true);
    try {
      await props.maturity.saveQuestion(inputOf(draft, props.locale));
      props.onDone(true);
    } catch (e) {
      const p = refusalProblem(e, props.locale);
      if (p) show([p]); else setError(e);
      setBusy(false);
    }
  };
  const t = draft.texts[lang];
  return (
    <form className={styles.questionForm} aria-labelledby="maturity-qe-heading" onSubmit={e => { e.preventDefault(); void save(); }} data-testid="maturity-question-form" noValidate={true}>
      <h3 id="maturity-qe-heading" className={styles.subheading} ref={heading} tabIndex={-1}>{draft.id === undefined ? maturityStrings.Maturity_Q_New : formatString(maturityStrings.Maturity_Q_Editing, props.draft.code)}</h3>
      {problems.length > 0 && (
        <Notice kind="error">
          {maturityStrings.Maturity_Q_Problems}
          <ul data-testid="maturity-question-problems">{problems.map(p => <li key={`${p.lang ?? ''}${p.field}`}>{p.text}</li>)}</ul>
        </Notice>
      )}
      <div className={styles.targets}>
        <TextField id={fieldId('code')} label={maturityStrings.Maturity_Q_Code} required={true} value={draft.code} maxLength={32} onChange={v => setDraft(d => ({ ...d, code: v }))} errorMessage={errorOf('code')} />
        <SelectField label={maturityStrings.Maturity_Col_Perspective} options={PERSPECTIVES.map(p => ({ key: p, text: perspectiveName(p) }))} selectedKey={draft.perspective} onChange={k => setDraft(d => ({ ...d, perspective: k as Perspective }))} />
        <TextField id={fieldId('order')} label={maturityStrings.Maturity_Q_Order} required={true} inputMode="numeric" value={draft.order} onChange={v => setDraft(d => ({ ...d, order: v }))} errorMessage={errorOf('order')} />
        <Checkbox label={maturityStrings.Maturity_Q_Active} checked={draft.active} onChange={c => setDraft(d => ({ ...d, active: c }))} />
      </div>
      <SelectField className={styles.quarter} label={maturityStrings.Maturity_Q_Language} options={QUESTION_LANGUAGES.map(l => ({ key: l, text: languageName(l, props.locale) }))} selectedKey={lang} onChange={setLang} />
      <TextField id={fieldId('q')} label={textLabel('q')} required={lang === 'en'} multiline={true} rows={2} value={t.q} onChange={v => setText('q', v)} errorMessage={errorOf('q', lang)} />
      {[1, 2, 3, 4, 5].map(l => (
        <TextField key={l} id={fieldId(`a${l}`)} label={textLabel(`a${l}`)} required={lang === 'en'} multiline={true} rows={2} value={t.a[l - 1]} onChange={v => setText(`a${l}`, v)} errorMessage={errorOf(`a${l}`, lang)} />
      ))}
      {error !== undefined && <ErrorMessage error={error} onRetry={() => void save()} />}
      <div className={styles.actions}>
        <Button primary={true} submit={true} disabled={busy} data-testid="maturity-question-save">{maturityStrings.Maturity_Q_Save}</Button>
        <Button disabled={busy} onClick={() => props.onDone(false)}>{maturityStrings.Maturity_Q_Cancel}</Button>
      </div>
    </form>
  );
}

/**
 * The PMO's maintenance of the questionnaire: every question (inactive ones too) with its perspective,
 * English text, languages and whether active; "Add a question" and "Edit" open the form.
 */
export function QuestionEditor(props: { maturity: IMaturityService; locale: string }): React.ReactElement {
  const { load, reload } = useLoad(() => props.maturity.allQuestions(), 'questions');
  const [editing, setEditing] = React.useState<IQuestionDraft | undefined>(undefined);
  const [saved, setSaved] = React.useState(false);
  const back = useFocusReturn();
  if (load.status === 'loading') return <Spinner label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  const questions = load.data;
  const nextOrder = questions.reduce((m, q) => Math.max(m, q.order), 0) + 10;
  const open = (draft: IQuestionDraft, control: EventTarget): void => { setSaved(false); back.opening(control); setEditing(draft); };
  // Closed: the focus goes back to "Add a question" or the question's Edit (drawn again: found by its test id, as its code may have changed).
  const done = (ok: boolean): void => {
    const row = editing?.id !== undefined ? questions.filter(q => q.id === editing.id)[0] : undefined;
    setEditing(undefined);
    setSaved(ok);
    if (!ok) back.closed();
    else void reload().then(() => back.closed(row ? () => byTestId(`maturity-question-edit-${row.code}`) ?? byTestId('maturity-question-add') : undefined));
  };
  return (
    <section aria-labelledby="maturity-questions-heading" data-testid="maturity-questionnaire">
      <h2 id="maturity-questions-heading" className={styles.heading}>{maturityStrings.Maturity_Q_Heading}</h2>
      <p className={styles.intro}>{maturityStrings.Maturity_Q_Intro}</p>
      <div aria-live="polite">{saved && <Notice kind="success">{maturityStrings.Maturity_Q_Saved}</Notice>}</div>
      {editing ? <QuestionForm draft={editing} maturity={props.maturity} locale={props.locale} onDone={done} /> : (
        <>
          <div className={styles.actions}><Button icon="add" onClick={e => open(draftOf(undefined, nextOrder, props.locale), e.currentTarget)} data-testid="maturity-question-add">{maturityStrings.Maturity_Q_Add}</Button></div>
          <div className={styles.tableScroll}>
            <table className={styles.table} data-testid="maturity-question-table">
              <thead>
                <tr>
                  <th scope="col">{maturityStrings.Maturity_Q_Code}</th>
                  <th scope="col">{maturityStrings.Maturity_Col_Perspective}</th>
                  <th scope="col">{maturityStrings.Maturity_Q_Question}</th>
                  <th scope="col">{maturityStrings.Maturity_Q_Languages}</th>
                  <th scope="col">{maturityStrings.Maturity_Q_Active}</th>
                  <th scope="col"><span className={SR_ONLY}>{maturityStrings.Maturity_Q_Edit}</span></th>
                </tr>
              </thead>
              <tbody>
                {questions.map(q => (
                  <tr key={q.id}>
                    <th scope="row">{q.code}</th>
                    <td>{PERSPECTIVES.indexOf(q.perspective as Perspective) >= 0 ? perspectiveName(q.perspective as Perspective) : q.perspective}</td>
                    <td>{q.texts.en?.q ?? ''}</td>
                    <td>{QUESTION_LANGUAGES.filter(l => q.texts[l]).join(', ')}</td>
                    <td>{q.active === false ? maturityStrings.Maturity_Q_No : maturityStrings.Maturity_Q_Yes}</td>
                    <td>
                      <Button onClick={e => open(draftOf(q, nextOrder, props.locale), e.currentTarget)} data-testid={`maturity-question-edit-${q.code}`}>
                        {maturityStrings.Maturity_Q_Edit}<span className={SR_ONLY}>{` ${q.code}`}</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
