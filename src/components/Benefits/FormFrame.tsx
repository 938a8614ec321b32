import * as React from 'react';
import * as benefitsStrings from 'BenefitsStrings';
import type { IsoDay } from '../../domain/dates';
import { DayField as FormDayField, FormFrame as SharedFrame, type IFormFrameProps, type IFormTexts } from '../controls/form';
import { fieldLabel } from './labels';

const TEXTS: IFormTexts = { problems: benefitsStrings.Benefits_Problems, save: benefitsStrings.Benefits_Save, cancel: benefitsStrings.Benefits_Cancel, working: benefitsStrings.Benefits_Working };

/** A benefits form's frame (the shared governance form frame), its words the register's. */
export function FormFrame(props: Omit<IFormFrameProps, 'texts'>): React.ReactElement {
  return <SharedFrame {...props} texts={TEXTS} />;
}

/** A day field of a benefits form, typed in the user's locale, its message naming the field. */
export function DayField(props: { idPrefix: string; field: string; value?: IsoDay; onChange: (d?: IsoDay) => void; error?: string; onProblem: (m?: string) => void; locale: string; today: IsoDay; required?: boolean }): React.ReactElement {
  return <FormDayField {...props} label={fieldLabel(props.field)} invalidTemplate={benefitsStrings.Benefits_Problem_date} />;
}
