import * as React from 'react';
import * as maturityStrings from 'MaturityStrings';
import { formatPlural, formatString } from '../../domain/text';
import { PERSPECTIVES, quarterLabel, type Perspective } from '../../domain/maturity';
import type { IMaturityService, IMyAssessment, IQuestionView } from '../../services/MaturityService';
import { Button, Notice, ProgressBar, RadioGroup } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { perspectiveName } from './labels';
import { refusalText } from './problems';
import { useFocusAfterBusy } from '../Training/focus';
import styles from './Maturity.module.scss';

/** Props of the assessment form. */
export interface IAssessmentProps {
  questions: ReadonlyArray<IQuestionView>;
  /** The person's assessment as last read or saved (its answers fill the form). */
  my: IMyAssessment;
  maturity: IMaturityService;
  locale: string;
  /** After a save or a submission: the assessment as the service now has it. */
  onChanged: (my: IMyAssessment, submitted: boolean) => void;
  /** Opens the result tab ("Show my result" after a submission). */
  onShowResult: () => void;
}

type Outcome = { kind: 'saved' } | { kind: 'submitted' } | { kind: 'unanswered'; count: number; perspective: Perspective } | { kind: 'refused'; text: string } | { kind: 'error'; error: unknown };

/** The questions of each perspective that has any, in P3M3's order. */
export function questionsByPerspective(questions: ReadonlyArray<IQuestionView>): Array<{ perspective: Perspective; questions: IQuestionView[] }> {
  return PERSPECTIVES.map(p => ({ perspective: p, questions: questions.filter(q => q.perspective === p) })).filter(g => g.questions.length > 0);
}

/** How many questions of a group have an answer (1–5). */
function answeredCount(questions: ReadonlyArray<IQuestionView>, answers: Readonly<Record<string, number>>): number {
  return questions.filter(q => answers[q.key] >= 1 && answers[q.key] <= 5).length;
}

/** The state line: the quarter and whether the assessment is new, a draft or submitted. */
function stateText(my: IMyAssessment, locale: string): string {
  const key = my.state === 'New' ? maturityStrings.Maturity_State_New : my.state === 'Draft' ? maturityStrings.Maturity_State_Draft : maturityStrings.Maturity_State_Submitted;
  return formatString(key, quarterLabel(my.quarter, locale));
}

/** The outcome of the last save or submission, as a notice. */
function OutcomeNotice(props: { outcome: Outcome | undefined; locale: string; onShowResult: () => void; onRetry: () => void }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const o = props.outcome;
  if (!o) return null;
  if (o.kind === 'saved') return <Notice kind="success">{maturityStrings.Maturity_Saved}</Notice>;
  if (o.kind === 'submitted') {
    return <Notice kind="success" actions={<Button onClick={props.onShowResult} data-testid="maturity-show-result">{maturityStrings.Maturity_ShowResult}</Button>}>{maturityStrings.Maturity_Submitted}</Notice>;
  }
  if (o.kind === 'unanswered') {
    const forms = { one: maturityStrings.Maturity_UnansweredSummary_one, other: maturityStrings.Maturity_UnansweredSummary };
    return <Notice kind="error">{formatPlural(forms, o.count, props.locale, o.count, perspectiveName(o.perspective))}</Notice>;
  }
  if (o.kind === 'refused') return <Notice kind="error">{o.text}</Notice>;
  return <ErrorMessage error={o.error} onRetry={props.onRetry} />;
}

/**
 * The self-assessment: one perspective at a time (the list of perspectives shows each one's progress),
 * each question a radio group of its five answers (levels 1–5), "Save draft" to resume later, and
 * "Submit assessment", which names the questions still unanswered (on their radio groups, focus on the
 * first) instead of submitting.
 */
export function Assessment(props: IAssessmentProps): React.ReactElement {
  const groups = React.useMemo(() => questionsByPerspective(props.questions), [props.questions]);
  const [answers, setAnswers] = React.useState<Record<string, number>>(() => ({ ...props.my.answers }));
  const [index, setIndex] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [showMissing, setShowMissing] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  const focusQuestion = React.useRef<string | undefined>(undefined);
  const group = groups[Math.min(index, groups.length - 1)];
  // Save and Submit are disabled while they run: the focus goes back to the one pressed.
  const pressed = React.useRef<'maturity-save' | 'maturity-submit'>('maturity-save');
  useFocusAfterBusy(busy, () => document.querySelector<HTMLElement>(`[data-testid="${pressed.current}"]`));

  React.useEffect(() => {
    const key = focusQuestion.current;
    if (!key) return;
    focusQuestion.current = undefined;
    document.getElementById(`maturity-q-${key}`)?.querySelector('input')?.focus();
  });

  const answer = (key: string, level: number): void => {
    setAnswers(a => ({ ...a, [key]: level }));
    setOutcome(undefined);
  };

  const run = async (submit: boolean): Promise<void> => {
    if (submit) {
      const missing = props.questions.filter(q => !(answers[q.key] >= 1));
      if (missing.length) {
        setShowMissing(true);
        const first = groups.findIndex(g => g.perspective === missing[0].perspective);
        setIndex(first);
        focusQuestion.current = missing[0].key;
        setOutcome({ kind: 'unanswered', count: missing.length, perspective: missing[0].perspective });
        return;
      }
    }
    setBusy(true);
    setOutcome(undefined);
    try {
      let my = await props.maturity.saveDraft(answers, props.my);
      if (submit) my = await props.maturity.submit();
      setOutcome({ kind: submit ? 'submitted' : 'saved' });
      props.onChanged(my, submit);
    } catch (error) {
      const text = refusalText(error, props.questions);
      setOutcome(text ? { kind: 'refused', text } : { kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  if (!group) return <Notice kind="info">{maturityStrings.Maturity_NoQuestions}</Notice>;
  const done = answeredCount(group.questions, answers);
  return (
    <div data-testid="maturity-assessment">
      <p className={styles.state} data-testid="maturity-state">{stateText(props.my, props.locale)}</p>
      <div className={styles.layout}>
        <nav aria-label={maturityStrings.Maturity_Perspectives}>
          <ol className={styles.perspectiveNav}>
            {groups.map((g, i) => {
              const progress = formatString(maturityStrings.Maturity_Progress, answeredCount(g.questions, answers), g.questions.length);
              return (
                <li key={g.perspective}>
                  <button type="button" className={styles.perspectiveButton} aria-current={i === index ? 'step' : undefined} onClick={() => setIndex(i)} data-testid={`maturity-perspective-${g.perspective}`}>
                    {perspectiveName(g.perspective)}
                    <span className={styles.perspectiveProgress}>{progress}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <section aria-labelledby="maturity-perspective-heading" data-testid="maturity-questions">
          <h2 id="maturity-perspective-heading" className={styles.heading}>{perspectiveName(group.perspective)}</h2>
          <ProgressBar
            label={formatString(maturityStrings.Maturity_ProgressOf, perspectiveName(group.perspective), done, group.questions.length)}
            percentComplete={done / group.questions.length}
            data-testid="maturity-progress"
          />
          <div className={styles.questions}>
            {group.questions.map(q => (
              <RadioGroup
                key={q.key}
                id={`maturity-q-${q.key}`}
                label={q.text}
                required={true}
                options={q.answers.map((text, i) => ({ key: String(i + 1), text: formatString(maturityStrings.Maturity_AnswerOption, i + 1, maturityStrings[`Maturity_Level_${i + 1}`], text) }))}
                selectedKey={answers[q.key] ? String(answers[q.key]) : undefined}
                onChange={key => answer(q.key, Number(key))}
                errorMessage={showMissing && !answers[q.key] ? maturityStrings.Maturity_Unanswered : undefined}
                disabled={busy}
              />
            ))}
          </div>
          <div className={styles.actions}>
            <Button icon="chevronLeft" disabled={index === 0} onClick={() => setIndex(index - 1)} data-testid="maturity-previous">{maturityStrings.Maturity_Previous}</Button>
            <Button icon="chevronRight" disabled={index >= groups.length - 1} onClick={() => setIndex(index + 1)} data-testid="maturity-next">{maturityStrings.Maturity_Next}</Button>
          </div>
        </section>
      </div>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => { pressed.current = 'maturity-save'; void run(false); }} data-testid="maturity-save">{maturityStrings.Maturity_Save}</Button>
        <Button primary={true} disabled={busy} onClick={() => { pressed.current = 'maturity-submit'; void run(true); }} data-testid="maturity-submit">{maturityStrings.Maturity_Submit}</Button>
      </div>
      <div aria-live="polite" data-testid="maturity-outcome">
        <OutcomeNotice outcome={outcome} locale={props.locale} onShowResult={props.onShowResult} onRetry={() => void run(false)} />
      </div>
    </div>
  );
}
