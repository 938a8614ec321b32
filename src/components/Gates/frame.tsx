import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { FormFrame, type IFormFrameProps, type IFormTexts } from '../controls/form';

/** The stage gates' forms' frame words ("Save" is each form's own). */
const TEXTS: IFormTexts = { problems: gatesStrings.Gates_Problems, save: gatesStrings.Gates_Waive_Save, cancel: gatesStrings.Gates_Cancel, working: gatesStrings.Gates_Working };

/** A stage gates form's frame: the shared governance form frame, its words the stage gates'. */
export function GateFormFrame(props: Omit<IFormFrameProps, 'texts'>): React.ReactElement {
  return <FormFrame {...props} texts={TEXTS} />;
}
