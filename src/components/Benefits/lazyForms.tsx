import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Spinner } from '../controls';
import type { IBenefitFormProps } from './BenefitForm';
import type { IMeasurementFormProps } from './MeasurementForm';

/** Loads the chunk of the register's forms ('benefits-forms'); a failed load is tried again on the next use. */
let pending: Promise<typeof import('./forms')> | undefined;
export function loadBenefitForms(): Promise<typeof import('./forms')> {
  if (!pending) {
    pending = import(/* webpackChunkName: 'benefits-forms' */ './forms');
    pending.catch(() => { pending = undefined; });
  }
  return pending;
}

const Benefit = React.lazy(() => loadBenefitForms().then(m => ({ default: m.BenefitForm })));
const Measurement = React.lazy(() => loadBenefitForms().then(m => ({ default: m.MeasurementForm })));

/** The benefit form (BenefitForm), from the 'benefits-forms' chunk; a spinner while it loads. */
export function LazyBenefitForm(props: IBenefitFormProps): React.ReactElement {
  return <React.Suspense fallback={<Spinner label={strings.LoadingLabel} />}><Benefit {...props} /></React.Suspense>;
}

/** The measurement form (MeasurementForm), from the 'benefits-forms' chunk; a spinner while it loads. */
export function LazyMeasurementForm(props: IMeasurementFormProps): React.ReactElement {
  return <React.Suspense fallback={<Spinner label={strings.LoadingLabel} />}><Measurement {...props} /></React.Suspense>;
}
