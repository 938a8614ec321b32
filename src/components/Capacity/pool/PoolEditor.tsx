import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import { dayOfLocalDate, formatDateOnly } from '../../../domain/dates';
import { formatString } from '../../../domain/text';
import { roleCapacity, type IPoolPerson, type IPoolRole } from '../../../domain/capacity';
import type { ICapacityData, ICapacityService } from '../../../services/CapacityService';
import { Button, Notice, SR_ONLY } from '../../controls';
import { useFocusReturn } from '../../controls/form/useFocusReturn';
import { errorText } from '../../ErrorMessage/errorText';
import { daysText, fteText, monthLong, percentText } from '../format';
import { AbsenceForm, PersonForm, RoleForm, SettingsForm } from './PoolForms';
import { absenceTypeLabel } from './poolValues';
import styles from '../Capacity.module.scss';

/** Props of {@link PoolEditor}. */
export interface IPoolEditorProps {
  data: ICapacityData;
  capacity: ICapacityService;
  locale: string;
  reload: () => Promise<void>;
  onClose: () => void;
}

/** The form open: none, the settings, a role's set capacity, a person, a new absence. */
type Editing = { kind: 'settings' } | { kind: 'role'; role: IPoolRole } | { kind: 'person'; person: IPoolPerson } | { kind: 'absence' } | undefined;

/** An "Edit" button whose name says what it edits (its visible text first). */
function EditButton(p: { name: string; onClick: (e: React.MouseEvent<HTMLButtonElement>) => void; testId: string }): React.ReactElement {
  return <Button icon="edit" onClick={p.onClick} aria-label={formatString(capacityStrings.Capacity_EditFor, p.name)} data-testid={p.testId}>{capacityStrings.Capacity_Edit}</Button>;
}

/**
 * The roles: set capacity per month, and for the first month shown the set capacity that counts (the
 * month's own figure where one is kept, less public holidays), their tracked people's capacity and the
 * total the heat map shows — so the PMO sees where a role's figure comes from.
 */
function RolesTable(p: { data: ICapacityData; locale: string; onEdit: (r: IPoolRole, e: React.MouseEvent<HTMLButtonElement>) => void }): React.ReactElement {
  const month = p.data.months[0];
  const capacity = roleCapacity(p.data.pool, [month]);
  return (
    <table className={styles.table} data-testid="capacity-roles">
      <caption className={styles.caption}>{capacityStrings.Capacity_Roles_Caption}</caption>
      <thead><tr>
        <th scope="col">{capacityStrings.Capacity_Dimension_role}</th>
        <th scope="col" className={styles.number}>{capacityStrings.Capacity_Field_monthlyDays}</th>
        <th scope="col" className={styles.number}>{formatString(capacityStrings.Capacity_Col_SetDays, monthLong(month, p.locale))}</th>
        <th scope="col" className={styles.number}>{formatString(capacityStrings.Capacity_Col_PeopleDays, monthLong(month, p.locale))}</th>
        <th scope="col" className={styles.number}>{formatString(capacityStrings.Capacity_Col_TotalDays, monthLong(month, p.locale))}</th>
        <th scope="col"><span className={SR_ONLY}>{capacityStrings.Capacity_Col_Actions}</span></th>
      </tr></thead>
      <tbody>
        {p.data.pool.roles.map(r => (
          <tr key={r.id} data-testid="capacity-role-row">
            <th scope="row" className={styles.plain}>{r.title}</th>
            <td className={styles.number}>{daysText(r.monthlyDays ?? 0, p.locale)}</td>
            <td className={styles.number}>{daysText(capacity.get(r.id)?.[0]?.setDays ?? 0, p.locale)}</td>
            <td className={styles.number}>{daysText(capacity.get(r.id)?.[0]?.peopleDays ?? 0, p.locale)}</td>
            <td className={styles.number}>{daysText(capacity.get(r.id)?.[0]?.days ?? 0, p.locale)}</td>
            <td><EditButton name={r.title} onClick={e => p.onEdit(r, e)} testId="capacity-role-edit" /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The people: role, team, FTE, non-project time, active. */
function PeopleTable(p: { data: ICapacityData; locale: string; onEdit: (x: IPoolPerson, e: React.MouseEvent<HTMLButtonElement>) => void }): React.ReactElement {
  const roleTitle = new Map(p.data.pool.roles.map(r => [r.id, r.title] as const));
  return (
    <table className={styles.table} data-testid="capacity-people">
      <caption className={styles.caption}>{capacityStrings.Capacity_People_Caption}</caption>
      <thead><tr>
        <th scope="col">{capacityStrings.Capacity_Dimension_person}</th>
        <th scope="col">{capacityStrings.Capacity_Field_role}</th>
        <th scope="col">{capacityStrings.Capacity_Field_team}</th>
        <th scope="col" className={styles.number}>{capacityStrings.Capacity_Field_fte}</th>
        <th scope="col" className={styles.number}>{capacityStrings.Capacity_Field_nonProjectPercent}</th>
        <th scope="col">{capacityStrings.Capacity_Field_active}</th>
        <th scope="col"><span className={SR_ONLY}>{capacityStrings.Capacity_Col_Actions}</span></th>
      </tr></thead>
      <tbody>
        {p.data.pool.people.map(x => (
          <tr key={x.id} data-testid="capacity-person-row">
            <th scope="row" className={styles.plain}>{x.title}</th>
            <td>{roleTitle.get(x.role) ?? ''}</td>
            <td>{x.team ?? ''}</td>
            <td className={styles.number}>{fteText(x.fte, p.locale)}</td>
            <td className={styles.number}>{percentText((x.nonProjectPercent ?? 0) / 100, p.locale)}</td>
            <td>{x.active === false ? capacityStrings.Capacity_No : capacityStrings.Capacity_Yes}</td>
            <td><EditButton name={x.title} onClick={e => p.onEdit(x, e)} testId="capacity-person-edit" /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The absences: who (or everyone), kind, first and last day, title; each with Delete. */
function AbsencesTable(p: { data: ICapacityData; locale: string; onDelete: (id: number, name: string) => void; busy: boolean }): React.ReactElement {
  const personTitle = new Map(p.data.pool.people.map(x => [x.id, x.title] as const));
  if (p.data.absences.length === 0) return <p className={styles.empty} data-testid="capacity-absences-empty">{capacityStrings.Capacity_Absences_None}</p>;
  return (
    <table className={styles.table} data-testid="capacity-absences">
      <caption className={styles.caption}>{capacityStrings.Capacity_Absences_Caption}</caption>
      <thead><tr>
        <th scope="col">{capacityStrings.Capacity_Field_title}</th>
        <th scope="col">{capacityStrings.Capacity_Field_person}</th>
        <th scope="col">{capacityStrings.Capacity_Field_type}</th>
        <th scope="col">{capacityStrings.Capacity_Field_start}</th>
        <th scope="col">{capacityStrings.Capacity_Field_end}</th>
        <th scope="col"><span className={SR_ONLY}>{capacityStrings.Capacity_Col_Actions}</span></th>
      </tr></thead>
      <tbody>
        {p.data.absences.map(a => {
          const name = a.title || absenceTypeLabel(a.type);
          return (
            <tr key={a.id} data-testid="capacity-absence-row">
              <th scope="row" className={styles.plain}>{name}</th>
              <td>{a.person === undefined ? capacityStrings.Capacity_Everyone : personTitle.get(a.person) ?? `#${a.person}`}</td>
              <td>{absenceTypeLabel(a.type)}</td>
              <td>{formatDateOnly(a.start, p.locale)}</td>
              <td>{formatDateOnly(a.end, p.locale)}</td>
              <td>
                <Button icon="delete" disabled={p.busy} onClick={() => p.onDelete(a.id, name)} aria-label={formatString(capacityStrings.Capacity_DeleteFor, name)} data-testid="capacity-absence-delete">
                  {capacityStrings.Capacity_Delete}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The PMO's maintenance of the resource pool: the settings (hours per week, thresholds), each role's
 * set capacity, each person's role, team, FTE and non-project time, and the absences (add, delete).
 * One form at a time, below its table; a save reads the page's data again, so the map follows.
 */
export function PoolEditor(props: IPoolEditorProps): React.ReactElement {
  const { data, locale, capacity } = props;
  const [editing, setEditing] = React.useState<Editing>(undefined);
  const [notice, setNotice] = React.useState<{ kind: 'success' | 'error'; text: string } | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const focus = useFocusReturn();
  const today = dayOfLocalDate(new Date());
  const open = (what: Editing, control?: EventTarget): void => { setNotice(undefined); focus.opening(control); setEditing(what); };
  const close = (): void => { setEditing(undefined); focus.closed(); };
  const common = { capacity, locale, onReload: props.reload, onClose: close, onDone: (m: string) => { close(); setNotice({ kind: 'success', text: m }); void props.reload(); } };
  const remove = async (id: number, name: string): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      await capacity.deleteAbsence(id);
      setNotice({ kind: 'success', text: formatString(capacityStrings.Capacity_Absence_Deleted, name) });
      await props.reload();
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const s = data.settings;
  return (
    <div className={styles.pool} data-testid="capacity-pool-editor">
      {notice && <Notice kind={notice.kind} data-testid="capacity-pool-notice">{notice.text}</Notice>}
      <h3 className={styles.subheading}>{capacityStrings.Capacity_Settings_Heading}</h3>
      <p data-testid="capacity-settings-now">{formatString(capacityStrings.Capacity_Settings_Now, daysText(s.hoursPerWeek, locale), percentText(s.amberFrom, locale), percentText(s.redAbove, locale))}</p>
      {editing?.kind === 'settings'
        ? <SettingsForm {...common} settings={s} settingsVersion={data.settingsVersion} />
        : <Button icon="edit" onClick={e => open({ kind: 'settings' }, e.currentTarget)} data-testid="capacity-settings-edit">{capacityStrings.Capacity_Settings_Edit}</Button>}
      <h3 className={styles.subheading}>{capacityStrings.Capacity_Roles_Heading}</h3>
      <RolesTable data={data} locale={locale} onEdit={(role, e) => open({ kind: 'role', role }, e.currentTarget)} />
      {editing?.kind === 'role' && <RoleForm {...common} role={editing.role} months={data.months} />}
      <h3 className={styles.subheading}>{capacityStrings.Capacity_People_Heading}</h3>
      <PeopleTable data={data} locale={locale} onEdit={(person, e) => open({ kind: 'person', person }, e.currentTarget)} />
      {editing?.kind === 'person' && <PersonForm {...common} person={editing.person} roles={data.pool.roles} />}
      <h3 className={styles.subheading}>{capacityStrings.Capacity_Absences_Heading}</h3>
      <AbsencesTable data={data} locale={locale} onDelete={(id, name) => void remove(id, name)} busy={busy} />
      {editing?.kind === 'absence'
        ? <AbsenceForm {...common} people={data.pool.people} today={today} />
        : <Button icon="add" onClick={e => open({ kind: 'absence' }, e.currentTarget)} data-testid="capacity-absence-add">{capacityStrings.Capacity_Absence_Add}</Button>}
      <div className={styles.toolbar}><Button icon="dismiss" onClick={props.onClose} data-testid="capacity-pool-close">{capacityStrings.Capacity_Pool_Close}</Button></div>
    </div>
  );
}
