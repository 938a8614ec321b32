import * as React from 'react';
import * as strings from 'PmoHubStrings';
import {
  emptyRequest, issuesByField, validateRequest, validationMessage,
  type IRequestInput, type IValidationIssue, type RequestField
} from '../../domain/intake';
import { RequestRefusedError, type IProjectRequest, type IRequestService, type ISaveProgress, type ISaveResult, type IIntakeReferenceData } from '../../services/RequestService';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import { errorText, formatMonth } from './format';

/** A message on top of the form. */
export interface IFormNotice {
  kind: 'success' | 'warning' | 'error';
  text: string;
  /** Someone else saved the request since the user opened it: the notice offers to reload it. */
  conflict?: boolean;
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
    ? { input: draft.input, id: draft.id, etag: draft.etag, attachments: draft.attachments, newFiles: [], removed: [], issues: [], failedAttempts: 0 }
    : { input: emptyRequest(), attachments: [], newFiles: [], removed: [], issues: [], failedAttempts: 0 };
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

  const summary = state.issues.map(i => ({ field: i.field, message: validationMessage(i, strings, roleName, monthName) }));
  const fieldErrors: Partial<Record<RequestField, string>> = {};
  const first = issuesByField(state.issues);
  for (const k of Object.keys(first) as RequestField[]) {
    const issue = first[k];
    if (issue) fieldErrors[k] = validationMessage(issue, strings, roleName, monthName);
  }

  // After a failed attempt, the messages follow the input: a fixed field loses its message at once.
  const update = (changes: Partial<IRequestInput>): void => setState(s => {
    const input = { ...s.input, ...changes };
    return { ...s, input, issues: s.attempt ? validateRequest(input, s.attempt) : s.issues, notice: undefined };
  });

  const run = (mode: 'draft' | 'submit'): void => {
    const input = state.input;
    const issues = validateRequest(input, mode);
    if (issues.length) {
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
          ? { kind: 'warning', text: formatString(strings.Request_AttachmentFailed, failedNames.join(', '), errorText(result.failedAttachments[0].error)) }
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
