/** Workbench-only page: switch fault injection at runtime and list recorded Teams activity notifications. */
import * as React from 'react';
import { formatString } from '../../src/domain/text';
import { workbenchStrings, type IWorkbenchStrings } from './strings';

interface IFaults { rate429?: number; rate503?: number; retryAfterSeconds?: number }
type FaultField = keyof IFaults;

/** Each setting: its label, its range and whether it takes whole numbers only (the emulator checks the same). */
const FIELDS: ReadonlyArray<{ name: FaultField; label: keyof IWorkbenchStrings; min: number; max: number; step: number; whole: boolean }> = [
  { name: 'rate429', label: 'share429', min: 0, max: 1, step: 0.05, whole: false },
  { name: 'rate503', label: 'share503', min: 0, max: 1, step: 0.05, whole: false },
  { name: 'retryAfterSeconds', label: 'retryAfter', min: 0, max: 120, step: 1, whole: true }
];

/**
 * Reads and checks the form's values: a number in its field's range (a whole number for Retry-After),
 * and shares of 429 and 503 answers that add up to at most 1. Returns the settings, or a message per field.
 */
export function checkFaultForm(raw: Record<FaultField, string>, t: IWorkbenchStrings): { faults?: IFaults; errors: Partial<Record<FaultField, string>> } {
  const errors: Partial<Record<FaultField, string>> = {};
  const faults: IFaults = {};
  for (const f of FIELDS) {
    const text = raw[f.name].trim();
    const n = text === '' ? NaN : Number(text);
    if (!Number.isFinite(n) || n < f.min || n > f.max || (f.whole && !Number.isInteger(n))) {
      errors[f.name] = formatString(f.whole ? t.mustBeWholeNumber : t.mustBeNumber, t[f.label], f.min, f.max);
    } else faults[f.name] = n;
  }
  if (!errors.rate429 && !errors.rate503 && (faults.rate429 ?? 0) + (faults.rate503 ?? 0) > 1) errors.rate503 = t.sharesTooHigh;
  return Object.keys(errors).length ? { errors } : { faults, errors };
}

export function WorkbenchPage(props: { locale: string }): React.ReactElement {
  const t = workbenchStrings(props.locale);
  const [faults, setFaults] = React.useState<IFaults | undefined>();
  const [notifications, setNotifications] = React.useState<unknown[] | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = React.useState<Partial<Record<FaultField, string>>>({});
  const [applied, setApplied] = React.useState(false);

  const load = React.useCallback(async (): Promise<void> => {
    try {
      const [f, n] = await Promise.all([fetch('/_workbench/faults'), fetch('/_workbench/notifications')]);
      setFaults((await f.json()) as IFaults);
      setNotifications((await n.json()) as unknown[]);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  React.useEffect(() => { load().catch(() => undefined); }, [load]);

  const save = async (next: IFaults): Promise<void> => {
    const r = await fetch('/_workbench/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(next) });
    if (!r.ok) {
      // The emulator names the field it refuses; the page says it in the user's language.
      const body = (await r.json().catch(() => ({}))) as { error?: string; field?: string };
      const field = FIELDS.find(f => f.name === body.field);
      if (field) setFieldErrors({ [field.name]: formatString(field.whole ? t.mustBeWholeNumber : t.mustBeNumber, t[field.label], field.min, field.max) });
      else setError(formatString(t.savingFailed, body.error ?? `HTTP ${r.status}`));
      return;
    }
    setApplied(true);
    await load();
  };

  if (error) return <p role="alert">{error}</p>;
  if (!faults || !notifications) return <p role="status">{t.loading}</p>;
  const firstError = FIELDS.find(f => fieldErrors[f.name]);
  return (
    <div className="wb-admin">
      <h1>{t.localWorkbench}</h1>
      <section aria-labelledby="wb-faults">
        <h2 id="wb-faults">{t.faultInjection}</h2>
        <p>{t.faultIntro}</p>
        <form noValidate onSubmit={e => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const value = (name: FaultField): string => String(data.get(name) ?? '');
          const checked = checkFaultForm({ rate429: value('rate429'), rate503: value('rate503'), retryAfterSeconds: value('retryAfterSeconds') }, t);
          setFieldErrors(checked.errors);
          setApplied(false);
          if (checked.faults) save(checked.faults).catch((x: Error) => setError(formatString(t.savingFailed, x.message)));
          else {
            const first = FIELDS.find(f => checked.errors[f.name]);
            if (first) (e.currentTarget.elements.namedItem(first.name) as HTMLInputElement | null)?.focus();
          }
        }}>
          {FIELDS.map(f => (
            <div key={f.name} className="wb-field">
              <label>{t[f.label]} <input
                name={f.name} type="number" inputMode="decimal" min={f.min} max={f.max} step={f.step}
                defaultValue={faults[f.name] ?? (f.name === 'retryAfterSeconds' ? 1 : 0)}
                aria-invalid={fieldErrors[f.name] ? true : undefined}
                aria-describedby={fieldErrors[f.name] ? `wb-error-${f.name}` : undefined}
              /></label>
              {fieldErrors[f.name] && <span id={`wb-error-${f.name}`} className="wb-error" data-testid={`wb-error-${f.name}`}>{fieldErrors[f.name]}</span>}
            </div>
          ))}
          <button type="submit">{t.apply}</button>
          <p role="status" className="wb-status">{firstError ? fieldErrors[firstError.name] : applied ? t.applied : ''}</p>
        </form>
      </section>
      <section aria-labelledby="wb-notes">
        <h2 id="wb-notes">{formatString(t.notifications, notifications.length)}</h2>
        {notifications.length === 0
          ? <p>{t.noNotifications}</p>
          : <pre className="wb-json">{JSON.stringify(notifications, undefined, 2)}</pre>}
      </section>
    </div>
  );
}
