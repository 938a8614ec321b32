import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Spinner } from '../controls';
import type { IWaiveFormProps } from './WaiveForm';

const Waive = React.lazy(() => import(/* webpackChunkName: 'gates-waive' */ './WaiveForm').then(m => ({ default: m.WaiveForm })));

/** The waiver form (WaiveForm; a PMO officer's, opened by "Waive"), from its own chunk 'gates-waive'; a spinner while it loads. */
export function LazyWaiveForm(props: IWaiveFormProps): React.ReactElement {
  return <React.Suspense fallback={<Spinner label={strings.LoadingLabel} />}><Waive {...props} /></React.Suspense>;
}
