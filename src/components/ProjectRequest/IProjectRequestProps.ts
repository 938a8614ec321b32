import type {
  IConvertOptions, IIntakeReferenceData, IIntakeUser, IProjectRequest, IRequestService, IRequestSummary
} from '../../services/RequestService';
import type { IntakeState } from '../../domain/intake';

/** Which view the web part opens with. */
export type ProjectRequestView = 'new' | 'mine' | 'all';

export interface IProjectRequestProps {
  /** Project requests: load, save, submit, move, convert, people search. */
  service: IRequestService;
  /** UI locale of the page (en-us, de-de, fr-fr, nl-nl, it-it): dates, months and numbers are formatted in it. */
  locale: string;
  /** The view shown first (property pane): a new request form or the user's own requests. */
  startView?: ProjectRequestView;
  /** Today as 'YYYY-MM-DD' (tests pin it); the browser's date when omitted. */
  today?: string;
}

/** Props of the request form (new request or a draft being edited). */
export interface IRequestFormProps {
  /** Saves and submits. */
  service: IRequestService;
  /** Objectives and roles to choose from. */
  reference: IIntakeReferenceData;
  /** UI locale for dates, months and numbers. */
  locale: string;
  /** Today as 'YYYY-MM-DD' (the demand grid's months when no dates are set). */
  today: string;
  /** The draft to edit; a new request when omitted. */
  draft?: IProjectRequest;
  /** Called after a successful submission with the submitted request. */
  onSubmitted: (request: IProjectRequest) => void;
}

/** Props of a list of requests ("My requests" or the PMO's list). */
export interface IRequestListProps {
  /** Loads the requests. */
  service: IRequestService;
  /** 'mine' lists the user's own requests; 'all' lists every request with a state filter (PMO). */
  scope: 'mine' | 'all';
  /** UI locale for dates and amounts. */
  locale: string;
  /** Opens a request's details. */
  onOpen: (summary: IRequestSummary) => void;
}

/** Props of one request's details with history and, for the PMO, the workflow actions. */
export interface IRequestDetailsProps {
  /** Loads the request, moves it, converts it. */
  service: IRequestService;
  /** The request's id. */
  id: number;
  /** The signed-in user (their role decides the actions offered). */
  user: IIntakeUser;
  /** Objectives and roles, to show names instead of ids. */
  reference: IIntakeReferenceData;
  /** UI locale for dates and amounts. */
  locale: string;
  /** Back to the list. */
  onBack: () => void;
  /** Opens the draft in the form (the requester's own drafts). */
  onEdit: (request: IProjectRequest) => void;
  /** A message to show on top when the details open (e.g. after a submission). */
  notice?: string;
  /** Called after the author deleted the draft (back to the list), with its title. */
  onDeleted?: (title: string) => void;
}

/** Props of the dialog that moves a request to another state. */
export interface ITransitionDialogProps {
  /** The request's title (shown in the dialog). */
  title: string;
  /** The state the request is in. */
  from: IntakeState;
  /** The state to move to; the dialog is hidden when undefined. */
  to?: IntakeState;
  /** True while the move is being saved. */
  busy: boolean;
  /** Why the move was refused (an open scoring round holds the request), shown in the dialog. */
  error?: string;
  /** Confirms with the comment and (for reject and defer) the reason. */
  onConfirm: (comment: string, reason: string) => void;
  /** Closes without moving. */
  onCancel: () => void;
}

/** Props of the dialog that confirms the conversion of a request into a project. */
export interface IConvertDialogProps {
  /** The approved request. */
  request: IProjectRequest;
  /** Objectives (names) and programmes (choices). */
  reference: IIntakeReferenceData;
  /** People search for the project manager. */
  service: IRequestService;
  /** UI locale for dates and amounts. */
  locale: string;
  /** True while the project is being created. */
  busy: boolean;
  /** Converts with the project manager and programme picked. */
  onConfirm: (options: IConvertOptions) => void;
  /** Closes without converting. */
  onCancel: () => void;
}
