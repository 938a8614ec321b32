import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import type { IsoDay } from '../../domain/dates';
import { DayField as FormDayField, FormFrame, type IFormFrameProps, type IFormTexts } from '../controls/form';
import { fieldLabel } from './labels';

/** The RAID forms' frame words. */
export const RAID_FORM_TEXTS: IFormTexts = { problems: raidStrings.Raid_Problems, save: raidStrings.Raid_Save, cancel: raidStrings.Raid_Cancel, working: raidStrings.Raid_Working };

/** Props of {@link EntryForm}: the shared frame's, its words the RAID log's. */
export type IEntryFormShellProps = Omit<IFormFrameProps, 'texts'>;

/** A RAID entry form's frame (the shared governance form frame): heading, what went wrong, the fields, Save and Cancel. */
export function EntryForm(props: IEntryFormShellProps): React.ReactElement {
  return <FormFrame {...props} texts={RAID_FORM_TEXTS} />;
}

/** A date field of an entry form, typed in the user's locale, with its message naming the field. */
export function DayField(props: { idPrefix: string; field: string; value?: IsoDay; onChange: (d?: IsoDay) => void; error?: string; onProblem: (m?: string) => void; locale: string; today: IsoDay }): React.ReactElement {
  return <FormDayField {...props} label={fieldLabel(props.field)} invalidTemplate={raidStrings.Raid_Problem_date} />;
}
