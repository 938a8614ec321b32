import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Spinner } from '../controls';
import type { ICloseRiskConfirmProps, IRiskFormProps } from './RiskForm';
import type { IIssueFormProps, IResolveFormProps } from './IssueForm';

/** Loads the chunk of the Risks and Issues tabs' forms ('raid-forms'); a failed load is tried again on the next use. */
let pending: Promise<typeof import('./entryForms')> | undefined;
export function loadEntryForms(): Promise<typeof import('./entryForms')> {
  if (!pending) {
    pending = import(/* webpackChunkName: 'raid-forms' */ './entryForms');
    pending.catch(() => { pending = undefined; });
  }
  return pending;
}

const Risk = React.lazy(() => loadEntryForms().then(m => ({ default: m.RiskForm })));
const CloseRisk = React.lazy(() => loadEntryForms().then(m => ({ default: m.CloseRiskConfirm })));
const Issue = React.lazy(() => loadEntryForms().then(m => ({ default: m.IssueForm })));
const Resolve = React.lazy(() => loadEntryForms().then(m => ({ default: m.ResolveForm })));

/** A form while its chunk loads: a spinner says so (the chunk starts loading when an editor sees the tab). */
function Loading(props: { children: React.ReactNode }): React.ReactElement {
  return <React.Suspense fallback={<Spinner label={strings.LoadingLabel} />}>{props.children}</React.Suspense>;
}

/** The risk form (RiskForm), from the 'raid-forms' chunk. */
export function LazyRiskForm(props: IRiskFormProps): React.ReactElement {
  return <Loading><Risk {...props} /></Loading>;
}

/** The confirmation before a risk is closed (CloseRiskConfirm), from the 'raid-forms' chunk. */
export function LazyCloseRisk(props: ICloseRiskConfirmProps): React.ReactElement {
  return <Loading><CloseRisk {...props} /></Loading>;
}

/** The issue form (IssueForm), from the 'raid-forms' chunk. */
export function LazyIssueForm(props: IIssueFormProps): React.ReactElement {
  return <Loading><Issue {...props} /></Loading>;
}

/** The form that resolves an issue (ResolveForm), from the 'raid-forms' chunk. */
export function LazyResolveForm(props: IResolveFormProps): React.ReactElement {
  return <Loading><Resolve {...props} /></Loading>;
}
