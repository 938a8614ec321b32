import * as React from 'react';
import * as trainingStrings from 'TrainingStrings';
import { PERSPECTIVES } from '../../../domain/maturity';
import { formatString } from '../../../domain/text';
import { fieldNumberText, invalidMaterialLines, isValidTimeZone, zonedToUtc } from '../../../domain/training';
import {
  TrainingRefusedError, type ILearningPath, type IModuleInput, type ISessionInput, type ITrainingCatalogue, type ITrainingModule, type ITrainingService, type ITrainingSession
} from '../../../services/TrainingService';
import { Checkbox, CheckboxGroup, SelectField, TextField } from '../../controls';
import { FormFrame, useForm, type FieldProblems, type IForm, type IFormTexts } from '../../controls/form';
import { audienceLabel, FORMATS, formatLabel, LANGUAGES, languageLabel, LEVELS, levelLabel } from '../labels';
import { badLinesText, fieldLabel, NUMBER_RULES, numberProblem, numberValue, refusalText } from '../refusal';

const TEXTS: IFormTexts = { problems: trainingStrings.Training_Form_Problems, save: trainingStrings.Training_Form_Save, cancel: trainingStrings.Training_Form_Cancel, working: trainingStrings.Training_Form_Saving };
const LOCAL = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/;
const AUDIENCE = ['ProjectManager', 'PmoOfficer', 'BoardMember', 'Requester', 'Trainee'];

/** What every maintenance form is given. */
export interface IManageFormProps {
  training: ITrainingService;
  catalogue: ITrainingCatalogue;
  /** The user's locale (BCP 47): numbers are typed and shown in its form ("3,5" hours in German). */
  locale: string;
  /** Saved: its message; the catalogue is read again. */
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}

/** A refusal of the training service at its field when the form shows it, else above the fields. */
export function refusedBy<F extends string>(fields: ReadonlyArray<F>): (e: unknown) => FieldProblems<F> | string | undefined {
  return e => {
    if (!(e instanceof TrainingRefusedError)) return undefined;
    const text = refusalText(e);
    return (fields as ReadonlyArray<string>).indexOf(e.field) >= 0 ? ({ [e.field]: text } as FieldProblems<F>) : text;
  };
}

function useManageForm<F extends string, V extends object>(o: { initial: () => V; version: string; fields: ReadonlyArray<F>; idPrefix: string; check: (v: V) => FieldProblems<F>; send: (v: V) => Promise<string> } & Pick<IManageFormProps, 'onDone' | 'onReload'>): IForm<F, V> {
  return useForm<F, V>({ ...o, refused: refusedBy(o.fields), texts: { conflict: trainingStrings.Training_Conflict, gone: trainingStrings.Training_Gone } });
}

/** A labelled text field of a maintenance form, tied to its message. */
function Text<F extends string>(p: { form: IForm<F, Record<F, string>>; prefix: string; field: F; label?: string; description?: string; multiline?: boolean; required?: boolean; numeric?: boolean }): React.ReactElement {
  return <TextField id={`${p.prefix}-${p.field}`} label={p.label ?? fieldLabel(p.field)} value={p.form.values[p.field]} onChange={t => p.form.change({ [p.field]: t } as Partial<Record<F, string>>)}
    errorMessage={p.form.problems[p.field]} description={p.description} multiline={p.multiline} rows={p.multiline ? 3 : undefined} required={p.required} inputMode={p.numeric ? 'numeric' : undefined} />;
}

/** 'YYYY-MM-DD HH:mm' of a UTC instant in a zone (the session's own). */
export function localInZone(utc: string, zone: string): string {
  try {
    return new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(utc));
  } catch {
    return '';
  }
}

/** The UTC instant of a 'YYYY-MM-DD HH:mm' typed in `zone`, or undefined when no such day or time exists there. */
function instantIn(local: string, zone: string): string | undefined {
  try {
    return zonedToUtc(local.trim().replace(' ', 'T'), zone);
  } catch {
    return undefined;
  }
}

/** A session form's fields. */
export type SessionField = 'moduleId' | 'localStart' | 'localEnd' | 'timeZone' | 'capacity' | 'venue' | 'onlineUrl' | 'language' | 'trainerId';
/** What a session form holds: text as typed, selects as keys. */
export type SessionValues = Record<SessionField, string>;

/** The checks of a session's values (numbers typed in `locale`) before it is sent: each message names its field. */
export function checkSession(v: SessionValues, locale: string): FieldProblems<SessionField> {
  const out: FieldProblems<SessionField> = {};
  const required = (f: SessionField): string => formatString(trainingStrings.Training_Refused_Required, fieldLabel(f));
  if (!v.moduleId) out.moduleId = required('moduleId');
  const zoneOk = isValidTimeZone(v.timeZone.trim());
  const instants: Partial<Record<'localStart' | 'localEnd', string>> = {};
  for (const f of ['localStart', 'localEnd'] as const) {
    if (!v[f].trim()) out[f] = required(f);
    else {
      // The shape, then the calendar and the clock: a day or hour that does not exist, or a time the session's zone skips.
      const instant = LOCAL.test(v[f].trim()) ? instantIn(v[f], zoneOk ? v.timeZone.trim() : 'UTC') : undefined;
      if (instant === undefined) out[f] = formatString(trainingStrings.Training_Refused_Time, fieldLabel(f));
      else instants[f] = instant;
    }
  }
  if (instants.localStart && instants.localEnd && instants.localEnd <= instants.localStart) out.localEnd = trainingStrings.Training_Refused_DateOrder;
  if (!zoneOk) out.timeZone = trainingStrings.Training_Refused_TimeZone;
  const seats = v.capacity.trim() ? numberProblem(v.capacity, locale, 'capacity', NUMBER_RULES.seats, 12) : formatString(trainingStrings.Training_Refused_Required, fieldLabel('capacity'));
  if (seats) out.capacity = seats;
  if (!v.venue.trim() && !v.onlineUrl.trim()) out.venue = trainingStrings.Training_Refused_Place;
  if (v.onlineUrl.trim() && !/^https:\/\/\S+$/i.test(v.onlineUrl.trim())) out.onlineUrl = formatString(trainingStrings.Training_Refused_Invalid, fieldLabel('onlineUrl'));
  return out;
}

/**
 * The trainers a session can have (the Trainers and PMO Officers groups), read once; the session's own
 * trainer stays a choice even when the groups cannot be read or no longer hold them.
 */
function useTrainerOptions(training: ITrainingService, current?: { id: number; title: string }): Array<{ key: string; text: string }> {
  const [people, setPeople] = React.useState<Array<{ id: number; name: string }>>([]);
  React.useEffect(() => {
    let live = true;
    training.trainers().then(p => { if (live) setPeople(p); }, () => undefined);
    return () => { live = false; };
  }, [training]);
  const all = current && !people.some(p => p.id === current.id) ? [{ id: current.id, name: current.title }, ...people] : people;
  return [{ key: '', text: trainingStrings.Training_NoTrainer }, ...all.map(p => ({ key: String(p.id), text: p.name }))];
}

/** A session's form: its module, start and end typed in the session's own time zone, place or online link, capacity, language, trainer. */
export function SessionForm(props: IManageFormProps & { session?: ITrainingSession }): React.ReactElement {
  const s = props.session;
  const fields: ReadonlyArray<SessionField> = ['moduleId', 'localStart', 'localEnd', 'timeZone', 'venue', 'onlineUrl', 'capacity', 'language', 'trainerId'];
  const trainerOptions = useTrainerOptions(props.training, s?.trainer);
  const form = useManageForm<SessionField, SessionValues>({
    initial: () => ({
      moduleId: s ? String(s.moduleId) : '', localStart: s ? localInZone(s.startUtc, s.timeZone) : '', localEnd: s ? localInZone(s.endUtc, s.timeZone) : '',
      timeZone: s?.timeZone ?? 'Europe/Brussels', venue: s?.venue ?? '', onlineUrl: s?.onlineUrl ?? '', capacity: fieldNumberText(s ? s.capacity : 12, props.locale), language: s?.language ?? 'en',
      trainerId: s?.trainer ? String(s.trainer.id) : ''
    }),
    version: s ? `${s.id}` : 'new', fields, idPrefix: 'training-session', check: v => checkSession(v, props.locale), onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const input: ISessionInput = {
        id: s?.id, etag: s?.etag, moduleId: Number(v.moduleId), localStart: v.localStart.trim().replace(' ', 'T'), localEnd: v.localEnd.trim().replace(' ', 'T'), timeZone: v.timeZone.trim(),
        venue: v.venue.trim() || undefined, onlineUrl: v.onlineUrl.trim() || undefined, capacity: numberValue(v.capacity, props.locale, NUMBER_RULES.seats) ?? 0, language: v.language || undefined, trainerId: v.trainerId ? Number(v.trainerId) : undefined
      };
      await props.training.saveSession(input);
      return trainingStrings.Training_SessionSaved;
    }
  });
  const f = form as unknown as IForm<SessionField, Record<SessionField, string>>;
  return (
    <FormFrame idPrefix="training-session" heading={s ? trainingStrings.Training_EditSession : trainingStrings.Training_AddSession} texts={TEXTS} form={form} onCancel={props.onClose}>
      <SelectField id="training-session-moduleId" label={fieldLabel('moduleId')} required selectedKey={form.values.moduleId} onChange={k => form.change({ moduleId: k })} errorMessage={form.problems.moduleId}
        options={[{ key: '', text: trainingStrings.Training_ChooseModule }, ...props.catalogue.modules.map(m => ({ key: String(m.id), text: `${m.code} – ${m.title}` }))]} />
      <Text form={f} prefix="training-session" field="localStart" required description={trainingStrings.Training_TimeHint} />
      <Text form={f} prefix="training-session" field="localEnd" required description={trainingStrings.Training_TimeHint} />
      <Text form={f} prefix="training-session" field="timeZone" required description={trainingStrings.Training_ZoneHint} />
      <Text form={f} prefix="training-session" field="venue" />
      <Text form={f} prefix="training-session" field="onlineUrl" />
      <Text form={f} prefix="training-session" field="capacity" required numeric />
      <SelectField id="training-session-language" label={fieldLabel('language')} selectedKey={form.values.language} onChange={k => form.change({ language: k })} options={LANGUAGES.map(l => ({ key: l, text: languageLabel(l) }))} />
      <SelectField id="training-session-trainerId" label={fieldLabel('trainerId')} selectedKey={form.values.trainerId} onChange={k => form.change({ trainerId: k })} options={trainerOptions} />
    </FormFrame>
  );
}

/** A module form's fields shown as text. */
export type ModuleField = 'code' | 'title' | 'summary' | 'durationHours' | 'prerequisites' | 'materials' | 'pathStep';
/** What a module form holds. */
export interface IModuleValues extends Record<ModuleField, string> {
  level: ITrainingModule['level'];
  format: ITrainingModule['format'];
  language: string;
  pathId: string;
  targetLevel: string;
  audience: string[];
  perspectives: string[];
  active: boolean;
}

/** The checks of a module's values (numbers typed in `locale`) before it is sent. */
export function checkModule(v: IModuleValues, locale: string): FieldProblems<ModuleField> {
  const out: FieldProblems<ModuleField> = {};
  if (!v.code.trim()) out.code = formatString(trainingStrings.Training_Refused_Required, fieldLabel('code'));
  if (!v.title.trim()) out.title = formatString(trainingStrings.Training_Refused_Required, fieldLabel('title'));
  const hours = numberProblem(v.durationHours, locale, 'durationHours', NUMBER_RULES.hours, 3.5);
  if (hours) out.durationHours = hours;
  const step = numberProblem(v.pathStep, locale, 'pathStep', NUMBER_RULES.order, 2);
  if (step) out.pathStep = step;
  // A line without an http(s)/mailto link would be dropped on saving: name it instead.
  const badLines = badLinesText(invalidMaterialLines(v.materials), trainingStrings.Training_Refused_MaterialLine, trainingStrings.Training_Refused_MaterialLines);
  if (badLines) out.materials = badLines;
  return out;
}

function moduleValues(m: ITrainingModule | undefined, locale: string): IModuleValues {
  return {
    code: m?.code ?? '', title: m?.title ?? '', summary: m?.summary ?? '', durationHours: fieldNumberText(m?.durationHours, locale), prerequisites: m?.prerequisites ?? '',
    materials: (m?.materials ?? []).map(x => `${x.title} | ${x.url}`).join('\n'), pathStep: fieldNumberText(m?.pathStep, locale), level: m?.level ?? 'Foundation', format: m?.format ?? 'Classroom',
    language: m?.language ?? 'en', pathId: m?.pathId !== undefined ? String(m.pathId) : '', targetLevel: m?.targetLevel !== undefined ? String(m.targetLevel) : '', audience: m?.audience ?? [],
    perspectives: m?.perspectives ?? [], active: m?.active ?? true
  };
}

/** A perspective's name (for the module's mapping to the maturity assessment). */
function perspectiveLabel(code: string): string {
  return (trainingStrings as unknown as Record<string, string>)[`Training_Perspective_${code}`] ?? code;
}

/** A module's form: code, title, description, level, format, language, duration, prerequisites, target roles, materials, path and step, perspectives and level, active. */
export function ModuleForm(props: IManageFormProps & { module?: ITrainingModule }): React.ReactElement {
  const m = props.module;
  const fields: ReadonlyArray<ModuleField> = ['code', 'title', 'summary', 'durationHours', 'prerequisites', 'materials', 'pathStep'];
  const form = useManageForm<ModuleField, IModuleValues>({
    initial: () => moduleValues(m, props.locale), version: m ? String(m.id) : 'new', fields, idPrefix: 'training-module', check: v => checkModule(v, props.locale), onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const input: IModuleInput = {
        id: m?.id, etag: m?.etag, code: v.code.trim(), title: v.title.trim(), summary: v.summary.trim() || undefined, level: v.level, format: v.format, language: v.language,
        durationHours: numberValue(v.durationHours, props.locale, NUMBER_RULES.hours), prerequisites: v.prerequisites.trim() || undefined, materials: v.materials.trim() || undefined,
        pathId: v.pathId ? Number(v.pathId) : undefined, pathStep: numberValue(v.pathStep, props.locale, NUMBER_RULES.order), audience: v.audience, perspectives: v.perspectives,
        targetLevel: v.targetLevel ? Number(v.targetLevel) : undefined, active: v.active
      };
      await props.training.saveModule(input);
      return trainingStrings.Training_ModuleSaved;
    }
  });
  const f = form as unknown as IForm<ModuleField, Record<ModuleField, string>>;
  const v = form.values;
  return (
    <FormFrame idPrefix="training-module" heading={m ? formatString(trainingStrings.Training_EditModuleOf, m.title) : trainingStrings.Training_AddModule} texts={TEXTS} form={form} onCancel={props.onClose} stacked>
      <Text form={f} prefix="training-module" field="code" required />
      <Text form={f} prefix="training-module" field="title" required />
      <Text form={f} prefix="training-module" field="summary" label={trainingStrings.Training_Field_Summary} multiline />
      <SelectField id="training-module-level" label={trainingStrings.Training_Filter_Level} selectedKey={v.level} onChange={k => form.change({ level: k as IModuleValues['level'] })} options={LEVELS.map(l => ({ key: l, text: levelLabel(l) }))} />
      <SelectField id="training-module-format" label={trainingStrings.Training_Filter_Format} selectedKey={v.format} onChange={k => form.change({ format: k as IModuleValues['format'] })} options={FORMATS.map(x => ({ key: x, text: formatLabel(x) }))} />
      <SelectField id="training-module-language" label={fieldLabel('language')} selectedKey={v.language} onChange={k => form.change({ language: k })} options={LANGUAGES.map(l => ({ key: l, text: languageLabel(l) }))} />
      <Text form={f} prefix="training-module" field="durationHours" numeric />
      <Text form={f} prefix="training-module" field="prerequisites" label={trainingStrings.Training_Prerequisites} multiline />
      <CheckboxGroup label={trainingStrings.Training_TargetRoles} options={AUDIENCE.map(a => ({ key: a, text: audienceLabel(a) }))} selectedKeys={v.audience} onChange={audience => form.change({ audience })} inline />
      <Text form={f} prefix="training-module" field="materials" multiline description={trainingStrings.Training_MaterialsHint} />
      <SelectField id="training-module-path" label={trainingStrings.Training_LearningPath} selectedKey={v.pathId} onChange={k => form.change({ pathId: k })}
        options={[{ key: '', text: trainingStrings.Training_NoPath }, ...props.catalogue.paths.map((p: ILearningPath) => ({ key: String(p.id), text: p.title }))]} />
      <Text form={f} prefix="training-module" field="pathStep" numeric />
      <CheckboxGroup label={trainingStrings.Training_Perspectives} options={PERSPECTIVES.map(p => ({ key: p, text: perspectiveLabel(p) }))} selectedKeys={v.perspectives} onChange={perspectives => form.change({ perspectives })} />
      <SelectField id="training-module-targetLevel" label={fieldLabel('targetLevel')} selectedKey={v.targetLevel} onChange={k => form.change({ targetLevel: k })}
        options={[{ key: '', text: trainingStrings.Training_None }, ...[1, 2, 3, 4, 5].map(n => ({ key: String(n), text: String(n) }))]} />
      <Checkbox label={trainingStrings.Training_Active} checked={v.active} onChange={active => form.change({ active })} />
    </FormFrame>
  );
}

type PathField = 'title' | 'summary' | 'sortOrder';

/** A learning path's form: title, description, order. */
export function PathForm(props: IManageFormProps & { path?: ILearningPath }): React.ReactElement {
  const p = props.path;
  const fields: ReadonlyArray<PathField> = ['title', 'summary', 'sortOrder'];
  const form = useManageForm<PathField, Record<PathField, string>>({
    initial: () => ({ title: p?.title ?? '', summary: p?.summary ?? '', sortOrder: fieldNumberText(p?.sortOrder, props.locale) }),
    version: p ? String(p.id) : 'new', fields, idPrefix: 'training-path', onDone: props.onDone, onReload: props.onReload,
    check: v => {
      const out: FieldProblems<PathField> = {};
      if (!v.title.trim()) out.title = formatString(trainingStrings.Training_Refused_Required, fieldLabel('title'));
      const order = numberProblem(v.sortOrder, props.locale, 'sortOrder', NUMBER_RULES.order, 10);
      if (order) out.sortOrder = order;
      return out;
    },
    send: async v => {
      await props.training.savePath({ id: p?.id, etag: p?.etag, title: v.title.trim(), summary: v.summary.trim() || undefined, sortOrder: numberValue(v.sortOrder, props.locale, NUMBER_RULES.order), audience: p?.audience });
      return trainingStrings.Training_PathSaved;
    }
  });
  return (
    <FormFrame idPrefix="training-path" heading={p ? formatString(trainingStrings.Training_EditPathOf, p.title) : trainingStrings.Training_AddPath} texts={TEXTS} form={form} onCancel={props.onClose}>
      <Text form={form} prefix="training-path" field="title" required />
      <Text form={form} prefix="training-path" field="summary" label={trainingStrings.Training_Field_Summary} multiline />
      <Text form={form} prefix="training-path" field="sortOrder" numeric />
    </FormFrame>
  );
}
