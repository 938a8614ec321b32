import * as React from 'react';
import { strings } from './strings';
import {
  emptyRequest, issuesByField, validateRequest, validationMessage,
  type IRequestInput, type IValidationIssue, type RequestField
} from '../../domain/intake';
import { RequestRefusedError, type IProjectRequest, type IRequestService, type ISaveProgress, type ISaveResult, type IIntakeReferenceData } from '../../services/RequestService';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import { errorText, formatMonth } from './format';
import { FORM_ORDER } from './formFields';

/** A message on top of the form. */
export interface IFormNotice {
  kind: 'success' | 'warning' | 'error';
  text: string;
  /** Someone else saved the request since the user opened it: the notice offers to reload it. */
  conflict?: boolean;
}

/** Text typed into an input of a field that the form could not read, with the message that says so. */
export interface IUnreadableInput {
  field: RequestField;
  message: string;
}

/** Everything the form shows. */
export interface IRequestFormState {
  input: IRequestInput;
  /** Id once the draft is saved (kept from the save's progress, so a failed attempt's draft is reused). */
  id?: number;
  /** The ETag of the draft as the user last saw it; every save sends it, so no one's change is overwritten unseen. */
  etag?: string;
  /** Attachments already on the item. */
  attachments: string[];
  /** Files chosen but not uploaded yet. */
  newFiles: File[];
  /** Attachments to remove at the next save. */
  removed: string[];
  /** Problems of the last save or submit attempt (shown at the fields and in the summary). */
  issues: IValidationIssue[];
  /**
   * Text typed into a field that the form could not read (a date or an amount), by input (e.g.
   * 'desiredStart', 'costPlan:2027:capex'), with its message naming the input. Such a message
   * takes the place of the field's other messages, and nothing is saved while there is one.
   */
  unreadable: Record<string, IUnreadableInput>;
  /** The rules of the last failed attempt: once set, the problems are checked again at every change. */
  attempt?: 'draft' | 'submit';
  /** Counts failed attempts (the form moves focus to the summary after each). */
  failedAttempts: number;
  busy?: 'saving' | 'submitting';
  progress?: ISaveProgress;
  notice?: IFormNotice;
}

/** The form's state and actions. */
export interface IRequestFormApi {
  state: IRequestFormState;
  /** The message of each field's first problem, for the field itself. */
  fieldErrors: Partial<Record<RequestField, string>>;
  /** Every problem's message with its field, for the summary. */
  summary: Array<{ field: RequestField; message: string }>;
  update: (changes: Partial<IRequestInput>) => void;
  /** Records (message) or clears (undefined) the problem of text typed into an input of a field. */
  setUnreadable: (input: string, field: RequestField, message: string | undefined) => void;
  addFiles: (files: File[]) => void;
  removeNewFile: (index: number) => void;
  removeAttachment: (name: string) => void;
  saveDraft: () => void;
  submit: () => void;
  /** After a conflict: loads the latest version's ETag and attachments, keeping the user's input. */
  reload: () => void;
}

function initialState(draft: IProjectRequest | undefined): IRequestFormState {
  return draft
    ? { input: draft.input, id: draft.id, etag: draft.etag, attachments: draft.attachments, newFiles: [], removed: [], issues: [], unreadable: {}, failedAttempts: 0 }
    : { input: emptyRequest(), attachments: [], newFiles: [], removed: [], issues: [], unreadable: {}, failedAttempts: 0 };
}

/**
 * The request form's logic: the input, client-side validation with the same rules as the service
 * (nothing is sent while a field is wrong), save as draft, submit with attachments and progress.
 */
export function useRequestForm(service: IRequestService, reference: IIntakeReferenceData, locale: string, draft: IProjectRequest | undefined, onSubmitted: (r: IProjectRequest) => void): IRequestFormApi {
  const [state, setState] = React.useState<IRequestFormState>(() => initialState(draft));
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const roleName = React.useCallback((id: number): string => {
    const r = reference.roles.filter(x => x.id === id)[0];
    return r ? r.title : String(id);
  }, [reference]);
  const monthName = (m: string): string => formatMonth(m, locale);

  // One message per field, the same at the field and in the summary: text that could not be read
  // first (it is why the field is wrong), else the field's first validation problem.
  const fieldErrors: Partial<Record<RequestField, string>> = {};
  const unreadable = Object.keys(state.unreadable).map(k => state.unreadable[k]);
  for (const u of unreadable) if (!fieldErrors[u.field]) fieldErrors[u.field] = u.message;
  const first = issuesByField(state.issues);
  for (const k of Object.keys(first) as RequestField[]) {
    const issue = first[k];
    if (issue && !fieldErrors[k]) fieldErrors[k] = validationMessage(issue, strings, roleName, monthName);
  }
  // The summary lists the fields in the form's order, once the user tried to save.
  const summary = state.attempt || state.issues.length
    ? FORM_ORDER.filter(f => fieldErrors[f] !== undefined).map(f => ({ field: f, message: fieldErrors[f] as string }))
    : [];

  // After a failed attempt, the messages follow the input: a fixed field loses its message at once.
  const update = (changes: Partial<IRequestInput>): void => setState(s => {
    const input = { ...s.input, ...changes };
    return { ...s, input, issues: s.attempt ? validateRequest(input, s.attempt) : s.issues, notice: undefined };
  });

  const setUnreadable = (key: string, field: RequestField, message: string | undefined): void => setState(s => {
    if (!message && !s.unreadable[key]) return s;
    const next = { ...s.unreadable };
    if (message) next[key] = { field, message };
    else delete next[key];
    return { ...s, unreadable: next };
  });

  const run = (mode: 'draft' | 'submit'): void => {
    const input = state.input;
    const issues = validateRequest(input, mode);
    // Text that could not be read is never saved as something else, nor left out silently.
    if (issues.length || Object.keys(state.unreadable).length) {
      setState(s => ({ ...s, issues, attempt: mode, failedAttempts: s.failedAttempts + 1, notice: undefined }));
      return;
    }
    const busy = mode === 'draft' ? 'saving' : 'submitting';
    setState(s => ({ ...s, issues: [], attempt: undefined, busy, notice: undefined, progress: undefined }));
    const onProgress = (p: ISaveProgress): void => {
      if (!mounted.current) return;
      // Files already attached leave the pending list: a retry after a failure does not send them again.
      const done = p.attached ?? [];
      setState(s => ({
        ...s, progress: p, id: p.id ?? s.id, etag: p.etag ?? s.etag,
        attachments: [...s.attachments, ...done.filter(n => s.attachments.indexOf(n) < 0)],
        newFiles: s.newFiles.filter(f => done.indexOf(f.name) < 0)
      }));
    };
    const changes = { add: state.newFiles.map(f => ({ name: f.name, content: f as Blob })), remove: state.removed };
    const call: Promise<ISaveResult> = mode === 'draft'
      ? service.saveDraft(input, state.id, changes, onProgress, state.etag)
      : service.submit(input, state.id, changes, onProgress, state.etag);
    call.then(
      result => {
        if (!mounted.current) return;
        const failedNames = result.failedAttachments.map(f => f.name);
        const notice: IFormNotice = result.failedAttachments.length
          // Each refused file with SharePoint's reason for it.
          ? { kind: 'warning', text: formatString(strings.Request_AttachmentFailed, failedNames.join(', '), result.failedAttachments.map(f => `${f.name}: ${errorText(f.error)}`).join(' ')) }
          : { kind: 'success', text: result.submitted ? formatString(strings.Request_SubmittedMessage, result.request.title) : strings.Request_Saved };
        setState(s => ({
          ...s,
          id: result.request.id,
          etag: result.request.etag,
          attachments: result.request.attachments,
          newFiles: s.newFiles.filter(f => failedNames.indexOf(f.name) >= 0),
          removed: [],
          busy: undefined,
          progress: undefined,
          notice
        }));
        if (result.submitted) onSubmitted(result.request);
      },
      (e: unknown) => {
        if (!mounted.current) return;
        if (e instanceof RequestRefusedError && e.refusal === 'invalid') {
          setState(s => ({ ...s, busy: undefined, progress: undefined, issues: e.issues, attempt: mode, failedAttempts: s.failedAttempts + 1 }));
          return;
        }
        const notice: IFormNotice = describeError(e).kind === 'conflict'
          ? { kind: 'error', text: strings.Request_Conflict, conflict: true }
          : { kind: 'error', text: `${strings.Request_SaveFailed} ${errorText(e)}` };
        setState(s => ({ ...s, busy: undefined, progress: undefined, notice }));
      }
    );
  };

  return {
    state,
    fieldErrors,
    summary,
    update,
    setUnreadable,
    addFiles: files => setState(s => ({ ...s, newFiles: [...s.newFiles, ...files.filter(f => s.newFiles.every(n => n.name !== f.name))] })),
    removeNewFile: index => setState(s => ({ ...s, newFiles: s.newFiles.filter((_, i) => i !== index) })),
    removeAttachment: name => setState(s => ({ ...s, attachments: s.attachments.filter(a => a !== name), removed: [...s.removed, name] })),
    saveDraft: () => run('draft'),
    submit: () => run('submit'),
    reload: () => {
      if (state.id === undefined) return;
      service.get(state.id).then(
        latest => {
          if (!mounted.current) return;
          // The user's input stays; the next save is guarded by the version they now have.
          setState(s => ({ ...s, etag: latest.request.etag, attachments: latest.request.attachments.filter(a => s.removed.indexOf(a) < 0), notice: { kind: 'warning', text: strings.Request_Reloaded } }));
        },
        (e: unknown) => { if (mounted.current) setState(s => ({ ...s, notice: { kind: 'error', text: `${strings.Request_SaveFailed} ${errorText(e)}`, conflict: true } })); }
      );
    }
  };
}
