import * as React from 'react';
import type { IIntakeReferenceData, IIntakeUser, IProjectRequest, IRequestService } from '../../services/RequestService';
import type { ProjectRequestView } from './IProjectRequestProps';

/** What is loaded before anything can be shown: the user and the form's choices. */
export type ProjectRequestLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; user: IIntakeUser; reference: IIntakeReferenceData };

/** Where the user is: a tab, or one request's details (opened from a tab). */
export interface IProjectRequestNav {
  view: ProjectRequestView;
  /** The request whose details are open. */
  openId?: number;
  /** The draft being edited in the form ('new' view). */
  draft?: IProjectRequest;
  /** A message for the details that open (after a submission), or for the list (after a deletion). */
  notice?: string;
  /** Changes whenever the form must start afresh. */
  formKey: number;
}

/** The web part's top level: loads the user and reference data; tabs, details and editing. */
export function useProjectRequest(service: IRequestService, startView: ProjectRequestView): {
  load: ProjectRequestLoad;
  nav: IProjectRequestNav;
  reload: () => void;
  show: (view: ProjectRequestView) => void;
  open: (id: number, notice?: string) => void;
  closeDetails: () => void;
  /** Back to the list after a deletion, with a message there. */
  deleted: (message: string) => void;
  edit: (draft: IProjectRequest) => void;
} {
  const [load, setLoad] = React.useState<ProjectRequestLoad>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [nav, setNav] = React.useState<IProjectRequestNav>({ view: startView, formKey: 0 });

  React.useEffect(() => {
    let active = true;
    setLoad({ status: 'loading' });
    Promise.all([service.getCurrentUser(), service.getReferenceData()]).then(
      ([user, reference]) => { if (active) setLoad({ status: 'ready', user, reference }); },
      (error: unknown) => { if (active) setLoad({ status: 'error', error }); }
    );
    return () => { active = false; };
  }, [service, attempt]);

  return {
    load,
    nav,
    reload: () => setAttempt(a => a + 1),
    // Another tab starts afresh (a new form, the list); the current tab's link closes open details.
    show: view => setNav(n => (n.view === view ? { ...n, openId: undefined, notice: undefined } : { view, formKey: view === 'new' ? n.formKey + 1 : n.formKey })),
    open: (id, notice) => setNav(n => ({ ...n, view: n.view === 'new' ? 'mine' : n.view, openId: id, notice, draft: undefined })),
    closeDetails: () => setNav(n => ({ ...n, openId: undefined, notice: undefined })),
    deleted: message => setNav(n => ({ ...n, openId: undefined, notice: message })),
    edit: draft => setNav(n => ({ view: 'new', draft, openId: undefined, formKey: n.formKey + 1 }))
  };
}
