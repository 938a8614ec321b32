import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import { formatString } from '../../../domain/text';
import type { IsoDay } from '../../../domain/dates';
import type { ICapacitySettings, IPoolPerson, IPoolRole, MonthKey } from '../../../domain/capacity';
import { monthLong } from '../format';
import styles from '../Capacity.module.scss';
import { CapacityRefusedError, type ICapacityService } from '../../../services/CapacityService';
import { Checkbox, SelectField, TextField } from '../../controls';
import { DayField, FormFrame, useForm, type FieldProblems, type IForm, type IFormTexts } from '../../controls/form';
import {
  ABSENCE_TYPES, absenceTypeLabel, fieldLabel, monthField, personValuesOf, readAbsence, readPerson, readRole, readSettings, roleValuesOf, settingsValuesOf,
  type AbsenceField, type IAbsenceValues, type IPersonValues, type PersonField, type RoleField, type RoleValues, type SettingsField, type SettingsValues
} from './poolValues';

const TEXTS: IFormTexts = { problems: capacityStrings.Capacity_Problems, save: capacityStrings.Capacity_Form_Save, cancel: capacityStrings.Capacity_Form_Cancel, working: capacityStrings.Capacity_Saving };

/** The service's field names as the forms call them. */
const FIELD_OF: Readonly<Record<string, string>> = { roleId: 'role', personId: 'person', startDate: 'start', endDate: 'end' };

/**
 * A refusal of the capacity service (CapacityRefusedError): at its field when the form shows it,
 * else above the fields; each message names the field. Undefined for any other error.
 */
export function refusedBy<F extends string>(fields: ReadonlyArray<F>): (e: unknown) => FieldProblems<F> | string | undefined {
  return e => {
    if (!(e instanceof CapacityRefusedError)) return undefined;
    const field = FIELD_OF[e.field] ?? e.field;
    const text = formatString(capacityStrings[`Capacity_Refused_${e.refusal}`] ?? capacityStrings.Capacity_Refused_numberInvalid, fieldLabel(field));
    return (fields as ReadonlyArray<string>).indexOf(field) >= 0 ? { [field]: text } as FieldProblems<F> : text;
  };
}

/** What every pool form is given. */
export interface IPoolFormProps {
  capacity: ICapacityService;
  locale: string;
  /** The write went through: its message; the page reads its data again. */
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}

/** The shared form state with the pool's refusal and conflict texts. */
function usePoolForm<F extends string, V extends object>(o: { initial: () => V; version: string; fields: ReadonlyArray<F>; idPrefix: string; check: (v: V) => FieldProblems<F>; send: (v: V) => Promise<string> } & Pick<IPoolFormProps, 'onDone' | 'onReload'>): IForm<F, V> {
  return useForm<F, V>({ ...o, refused: refusedBy(o.fields), texts: { conflict: capacityStrings.Capacity_Conflict, gone: capacityStrings.Capacity_Gone } });
}

/** A text field of a pool form, labelled and tied to its message. */
function Text<F extends string>(p: { prefix: string; field: F; label?: string; value: string; onChange: (t: string) => void; error?: string; decimal?: boolean; required?: boolean }): React.ReactElement {
  return <TextField id={`${p.prefix}-${p.field}`} label={p.label ?? fieldLabel(p.field)} value={p.value} onChange={p.onChange} errorMessage={p.error} inputMode={p.decimal ? 'decimal' : undefined} required={p.required} data-testid={`${p.prefix}-${p.field}`} />;
}

/** The organisation's settings: hours per week of one FTE, the amber and red thresholds (in %). */
export function SettingsForm(props: IPoolFormProps & { settings: ICapacitySettings; settingsVersion?: string }): React.ReactElement {
  const { locale } = props;
  const fields: ReadonlyArray<SettingsField> = ['hoursPerWeek', 'amberFrom', 'redAbove'];
  const form = usePoolForm<SettingsField, SettingsValues>({
    initial: () => settingsValuesOf(props.settings, locale), version: JSON.stringify(props.settings), fields, idPrefix: 'capacity-settings',
    check: v => readSettings(v, locale).problems, onDone: props.onDone, onReload: props.onReload,
    send: async v => { await props.capacity.saveSettings(readSettings(v, locale).settings as ICapacitySettings, props.settingsVersion); return capacityStrings.Capacity_Settings_Saved; }
  });
  return (
    <FormFrame idPrefix="capacity-settings" heading={capacityStrings.Capacity_Settings_Heading} headingLevel={4} texts={TEXTS} form={form} onCancel={props.onClose}>
      {fields.map(f => <Text key={f} prefix="capacity-settings" field={f} value={form.values[f]} onChange={t => form.change({ [f]: t } as Partial<SettingsValues>)} error={form.problems[f]} decimal required />)}
    </FormFrame>
  );
}

/**
 * A role's set capacity (for the people of the role not tracked one by one): days per month, and the
 * months of the view whose figure differs (blank: the figure per month).
 */
export function RoleForm(props: IPoolFormProps & { role: IPoolRole; months: ReadonlyArray<MonthKey> }): React.ReactElement {
  const { role, locale, months } = props;
  const label = (m: MonthKey): string => monthLong(m, locale);
  const fields: ReadonlyArray<RoleField> = ['monthlyDays', ...months.map(monthField)];
  const form = usePoolForm<RoleField, RoleValues>({
    initial: () => roleValuesOf(role, locale, months), version: `${role.id}|${role.monthlyDays}|${JSON.stringify(role.byMonth ?? [])}|${months.join()}`, fields, idPrefix: 'capacity-role',
    check: v => readRole(v, role, locale, months, label).problems, onDone: props.onDone, onReload: props.onReload,
    send: async v => { const r = readRole(v, role, locale, months, label); if (r.input) await props.capacity.saveRoleCapacity(role.id, r.input); return formatString(capacityStrings.Capacity_Role_Saved, role.title); }
  });
  return (
    <FormFrame idPrefix="capacity-role" heading={formatString(capacityStrings.Capacity_Role_Heading, role.title)} headingLevel={4} texts={TEXTS} form={form} onCancel={props.onClose}>
      <Text prefix="capacity-role" field="monthlyDays" value={form.values.monthlyDays ?? ''} onChange={t => form.change({ monthlyDays: t })} error={form.problems.monthlyDays} decimal />
      <fieldset className={styles.months} data-testid="capacity-role-months">
        <legend>{capacityStrings.Capacity_Role_Months}</legend>
        {months.map(m => (
          <Text key={m} prefix="capacity-role" field={monthField(m)} label={label(m)} value={form.values[monthField(m)] ?? ''} onChange={t => form.change({ [monthField(m)]: t })} error={form.problems[monthField(m)]} decimal />
        ))}
      </fieldset>
    </FormFrame>
  );
}

/** A person's role, team, FTE, non-project time and whether they are active. */
export function PersonForm(props: IPoolFormProps & { person: IPoolPerson; roles: ReadonlyArray<IPoolRole> }): React.ReactElement {
  const { person, locale } = props;
  const fields: ReadonlyArray<PersonField> = ['role', 'team', 'fte', 'nonProjectPercent', 'active'];
  const form = usePoolForm<PersonField, IPersonValues>({
    initial: () => personValuesOf(person, locale), version: JSON.stringify(person), fields, idPrefix: 'capacity-person',
    check: v => readPerson(v, locale).problems, onDone: props.onDone, onReload: props.onReload,
    send: async v => { const r = readPerson(v, locale); if (r.input) await props.capacity.savePerson(person.id, r.input); return formatString(capacityStrings.Capacity_Person_Saved, person.title); }
  });
  const { values: v, change, problems } = form;
  return (
    <FormFrame idPrefix="capacity-person" heading={formatString(capacityStrings.Capacity_Person_Heading, person.title)} headingLevel={4} texts={TEXTS} form={form} onCancel={props.onClose}>
      <SelectField
        id="capacity-person-role" label={fieldLabel('role')} selectedKey={v.role} onChange={k => change({ role: k })} errorMessage={problems.role} required data-testid="capacity-person-role"
        options={[{ key: '', text: capacityStrings.Capacity_ChooseRole }, ...props.roles.map(r => ({ key: String(r.id), text: r.title }))]}
      />
      <Text prefix="capacity-person" field="team" value={v.team} onChange={t => change({ team: t })} error={problems.team} />
      <Text prefix="capacity-person" field="fte" value={v.fte} onChange={t => change({ fte: t })} error={problems.fte} decimal required />
      <Text prefix="capacity-person" field="nonProjectPercent" value={v.nonProjectPercent} onChange={t => change({ nonProjectPercent: t })} error={problems.nonProjectPercent} decimal />
      <Checkbox id="capacity-person-active" label={fieldLabel('active')} checked={v.active} onChange={c => change({ active: c })} data-testid="capacity-person-active" />
    </FormFrame>
  );
}

/** A new absence: a person or everyone (public holiday, closure), its kind, first and last day, a title. */
export function AbsenceForm(props: IPoolFormProps & { people: ReadonlyArray<IPoolPerson>; today: IsoDay }): React.ReactElement {
  const { locale } = props;
  const fields: ReadonlyArray<AbsenceField> = ['person', 'type', 'start', 'end', 'title'];
  const form = usePoolForm<AbsenceField, IAbsenceValues>({
    initial: () => ({ person: '', type: 'PublicHoliday', title: '' }), version: '', fields, idPrefix: 'capacity-absence',
    check: v => readAbsence(v).problems, onDone: props.onDone, onReload: props.onReload,
    send: async v => { const r = readAbsence(v); if (r.input) await props.capacity.addAbsence(r.input); return capacityStrings.Capacity_Absence_Added; }
  });
  const { values: v, change, problems } = form;
  const day = (field: 'start' | 'end'): React.ReactElement => (
    <DayField
      idPrefix="capacity-absence" field={field} label={fieldLabel(field)} value={v[field]} onChange={d => change({ [field]: d }, true)} error={problems[field]}
      onProblem={m => form.setTyped(field, m)} locale={locale} today={props.today} invalidTemplate={capacityStrings.Capacity_Problem_Date} required
    />
  );
  return (
    <FormFrame idPrefix="capacity-absence" heading={capacityStrings.Capacity_Absence_Heading} headingLevel={4} texts={TEXTS} form={form} onCancel={props.onClose}>
      <SelectField
        id="capacity-absence-person" label={fieldLabel('person')} selectedKey={v.person} onChange={k => change({ person: k })} data-testid="capacity-absence-person"
        options={[{ key: '', text: capacityStrings.Capacity_Everyone }, ...props.people.map(p => ({ key: String(p.id), text: p.title }))]}
      />
      <SelectField
        id="capacity-absence-type" label={fieldLabel('type')} selectedKey={v.type} onChange={k => change({ type: k as IAbsenceValues['type'] })} data-testid="capacity-absence-type"
        options={ABSENCE_TYPES.map(t => ({ key: t, text: absenceTypeLabel(t) }))}
      />
      {day('start')}
      {day('end')}
      <Text prefix="capacity-absence" field="title" value={v.title} onChange={t => change({ title: t })} error={problems.title} />
    </FormFrame>
  );
}
