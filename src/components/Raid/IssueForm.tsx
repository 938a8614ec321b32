import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatString } from '../../domain/text';
import type { IsoDay } from '../../domain/dates';
import { ISSUE_STATUSES } from '../../domain/governance';
import { IssuesList } from '../../schema/refs';
import type { IIssue, IRaidLogService } from '../../services/RaidLogService';
import { Button, SelectField, TextField, type ISelectOption } from '../controls';
import { DayField, EntryForm } from './EntryForm';
import { fieldProblem, useEntryForm, type FieldProblems } from './useEntryForm';
import { choiceLabel, fieldLabel } from './labels';

/** The issue form's fields, in the order shown. */
export type IssueField = 'title' | 'priority' | 'owner' | 'dueDate' | 'status' | 'summary' | 'resolution';
const FIELDS: ReadonlyArray<IssueField> = ['title', 'priority', 'owner', 'dueDate', 'status', 'summary', 'resolution'];

/** What the issue form holds: selects as their keys ('' for none). */
export interface IIssueValues {
  title: string;
  priority: string;
  /** The owner's site user id as text; '' for none. */
  owner: string;
  dueDate?: IsoDay;
  status: string;
  summary: string;
  resolution: string;
}

/** An issue's values as the form starts with them (a new one: Medium, Open). */
export function issueValuesOf(issue: IIssue | undefined): IIssueValues {
  return {
    title: issue?.title ?? '', priority: issue?.priority ?? 'Medium', owner: issue?.owner ? String(issue.owner.id) : '', dueDate: issue?.dueDate,
    status: issue?.status ?? 'Open', summary: issue?.summary ?? '', resolution: issue?.resolution ?? ''
  };
}

/** What keeps an issue from being sent: a blank title. */
export function issueProblems(v: IIssueValues): FieldProblems<IssueField> {
  return v.title.trim() ? {} : { title: fieldProblem('title', 'required') };
}

/** Props of {@link IssueForm}. */
export interface IIssueFormProps {
  /** The issue edited, as the page read it; undefined: a new issue. */
  issue?: IIssue;
  projectId: number;
  service: IRaidLogService;
  people: ReadonlyArray<{ id: number; name: string }>;
  locale: string;
  today: IsoDay;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}

/** Adds or edits an issue: title, priority, owner, due date (typed in the user's locale), status, description and resolution; saves with the ETag it was read with. */
export function IssueForm(props: IIssueFormProps): React.ReactElement {
  const { issue, service, locale, today } = props;
  const form = useEntryForm<IssueField, IIssueValues>({
    initial: () => issueValuesOf(issue), version: issue?.etag ?? '', fields: FIELDS, idPrefix: 'issue', check: issueProblems,
    onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const title = v.title.trim();
      const ownerId = v.owner ? Number(v.owner) : undefined;
      if (issue) {
        await service.updateIssue(issue.id, { title, priority: v.priority, ownerId: ownerId ?? 0, dueDate: v.dueDate ?? '', status: v.status, summary: v.summary.trim(), resolution: v.resolution.trim() }, issue.etag);
      } else {
        await service.createIssue(props.projectId, { title, priority: v.priority, ownerId, dueDate: v.dueDate, summary: v.summary.trim() || undefined });
      }
      return formatString(raidStrings.Raid_IssueSaved, title);
    }
  });
  const { values: v, change, problems } = form;
  const select = (field: IssueField, options: ISelectOption[]): React.ReactElement => (
    <SelectField
      id={`issue-${field}`} label={fieldLabel(field)} options={options} selectedKey={v[field as keyof IIssueValues] as string}
      onChange={k => change({ [field]: k } as Partial<IIssueValues>)} errorMessage={problems[field]} data-testid={`issue-${field}`}
    />
  );
  return (
    <EntryForm idPrefix="issue" heading={issue ? formatString(raidStrings.Raid_EditIssue, issue.title) : raidStrings.Raid_IssueForm_New} form={form} onCancel={props.onClose}>
      <TextField id="issue-title" label={fieldLabel('title')} value={v.title} onChange={t => change({ title: t })} errorMessage={problems.title} required maxLength={255} data-testid="issue-title" />
      {select('priority', IssuesList.choices.Priority.map(p => ({ key: p, text: choiceLabel('Priority', p) })))}
      {select('owner', [{ key: '', text: raidStrings.Raid_NoOwner }, ...props.people.map(p => ({ key: String(p.id), text: p.name }))])}
      <DayField idPrefix="issue" field="dueDate" value={v.dueDate} onChange={d => change({ dueDate: d }, true)} error={problems.dueDate} onProblem={m => form.setTyped('dueDate', m)} locale={locale} today={today} />
      {issue && select('status', ISSUE_STATUSES.map(s => ({ key: s, text: choiceLabel('IssueStatus', s) })))}
      <TextField id="issue-summary" label={fieldLabel('summary')} value={v.summary} onChange={t => change({ summary: t })} errorMessage={problems.summary} multiline rows={3} maxLength={4000} data-testid="issue-summary" />
      {issue && <TextField id="issue-resolution" label={fieldLabel('resolution')} value={v.resolution} onChange={t => change({ resolution: t })} errorMessage={problems.resolution} multiline rows={2} maxLength={4000} data-testid="issue-resolution" />}
    </EntryForm>
  );
}

/** Props of {@link ResolveForm}. */
export interface IResolveFormProps {
  issue: IIssue;
  service: Pick<IRaidLogService, 'updateIssue'>;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}

/** The resolution "Resolve" asks for: required. */
export function resolutionProblems(v: { resolution: string }): FieldProblems<'resolution'> {
  return v.resolution.trim() ? {} : { resolution: fieldProblem('resolution', 'required') };
}

/**
 * Resolves an issue: asks for its resolution (required; stored with the issue), then marks it
 * Resolved, with the ETag it was read with.
 */
export function ResolveForm(props: IResolveFormProps): React.ReactElement {
  const { issue } = props;
  const form = useEntryForm<'resolution', { resolution: string }>({
    initial: () => ({ resolution: issue.resolution ?? '' }), version: issue.etag, fields: ['resolution'], idPrefix: 'resolve', check: resolutionProblems,
    onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      await props.service.updateIssue(issue.id, { status: 'Resolved', resolution: v.resolution.trim() }, issue.etag);
      return formatString(raidStrings.Raid_IssueResolved, issue.title);
    }
  });
  return (
    <EntryForm
      idPrefix="resolve" heading={formatString(raidStrings.Raid_ResolveIssue, issue.title)} form={form} onCancel={props.onClose}
      before={<p>{raidStrings.Raid_ResolveIssue_Text}</p>}
      actions={<Button primary icon="check" disabled={form.busy} onClick={() => void form.save()} data-testid="resolve-save">{raidStrings.Raid_Resolve}</Button>}
    >
      <TextField
        id="resolve-resolution" label={fieldLabel('resolution')} value={form.values.resolution} onChange={t => form.change({ resolution: t })}
        errorMessage={form.problems.resolution} required multiline rows={3} maxLength={4000} data-testid="resolve-resolution"
      />
    </EntryForm>
  );
}
