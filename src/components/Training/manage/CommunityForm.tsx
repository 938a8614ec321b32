import * as React from 'react';
import * as trainingStrings from 'TrainingStrings';
import { formatString } from '../../../domain/text';
import { CommunityRefusedError, invalidEventLines, type ICommunity, type ICommunityPerson, type ICommunityService } from '../../../services/CommunityService';
import { LookupField, SelectField, TextField, type ILookupItem, type ILookupLabels } from '../../controls';
import { FormFrame, useForm, type FieldProblems } from '../../controls/form';
import { topicLabel } from '../Communities';
import { badLinesText, fieldLabel, refusalText } from '../refusal';

const TOPICS = ['Classic', 'Agile', 'PRINCE2', 'Risk', 'Benefits', 'Tools', 'Other'];
type CommunityField = 'title' | 'summary' | 'teamsLink' | 'nextEvents';
interface ICommunityValues extends Record<CommunityField, string> {
  topic: string;
  owner?: ICommunityPerson;
}

interface IOwnerItem extends ILookupItem { person: ICommunityPerson }

const ownerItem = (p: ICommunityPerson): IOwnerItem => ({ key: String(p.id), text: p.title, secondaryText: p.email, person: p });

const PEOPLE_LABELS: ILookupLabels = {
  suggestions: trainingStrings.Training_People_Suggestions, loading: trainingStrings.Training_People_Loading, noResults: trainingStrings.Training_People_NoResults,
  remove: item => formatString(trainingStrings.Training_People_Remove, item.text)
};

/** Props of {@link CommunityForm}. */
export interface ICommunityFormProps {
  service: ICommunityService;
  /** The community edited; a new one when undefined. */
  community?: ICommunity;
  /** The user: a new community's owner unless another is chosen. */
  me?: ICommunityPerson;
  /** Closed: with what was saved ("The community is saved."), or undefined when cancelled. */
  onDone: (saved: string | undefined) => void;
}

/** The checks of a community's values before they are sent: each message names its field. */
export function checkCommunity(v: ICommunityValues): FieldProblems<CommunityField> {
  const out: FieldProblems<CommunityField> = {};
  if (!v.title.trim()) out.title = formatString(trainingStrings.Training_Refused_Required, fieldLabel('title'));
  if (v.teamsLink.trim() && !/^https:\/\/\S+$/i.test(v.teamsLink.trim())) out.teamsLink = formatString(trainingStrings.Training_Refused_Invalid, fieldLabel('teamsLink'));
  const bad = badLinesText(invalidEventLines(v.nextEvents), trainingStrings.Training_Refused_EventLine, trainingStrings.Training_Refused_EventLines);
  if (bad) out.nextEvents = bad;
  return out;
}

/** The PMO's form of a community (its own chunk): name, topic, description, owner (the PMO's people; the creator by default), Teams link, next events. */
export function CommunityForm(props: ICommunityFormProps): React.ReactElement {
  const c = props.community;
  const fields: ReadonlyArray<CommunityField> = ['title', 'summary', 'teamsLink', 'nextEvents'];
  const form = useForm<CommunityField, ICommunityValues>({
    initial: () => ({ title: c?.title ?? '', summary: c?.summary ?? '', teamsLink: c?.teamsLink ?? '', nextEvents: c?.eventsText ?? '', topic: c?.topic ?? 'Classic', owner: c ? c.owner : props.me }),
    version: c ? String(c.id) : 'new', fields, idPrefix: 'training-community', check: checkCommunity,
    refused: e => {
      if (!(e instanceof CommunityRefusedError)) return undefined;
      return (fields as ReadonlyArray<string>).indexOf(e.field) >= 0 ? ({ [e.field]: refusalText(e) } as FieldProblems<CommunityField>) : refusalText(e);
    },
    texts: { conflict: trainingStrings.Training_Conflict, gone: trainingStrings.Training_Gone },
    send: async v => {
      await props.service.save({ id: c?.id, etag: c?.etag, title: v.title.trim(), summary: v.summary.trim() || undefined, topic: v.topic, ownerId: v.owner?.id, teamsLink: v.teamsLink.trim() || undefined, nextEvents: v.nextEvents });
      return trainingStrings.Training_CommunitySaved;
    },
    onDone: message => props.onDone(message),
    onReload: async () => undefined
  });
  const text = (field: CommunityField, extra: { label?: string; multiline?: boolean; required?: boolean; description?: string } = {}): React.ReactElement => (
    <TextField id={`training-community-${field}`} label={extra.label ?? fieldLabel(field)} value={form.values[field]} onChange={t => form.change({ [field]: t } as Partial<ICommunityValues>)}
      errorMessage={form.problems[field]} multiline={extra.multiline} rows={extra.multiline ? 3 : undefined} required={extra.required} description={extra.description} />
  );
  return (
    <FormFrame idPrefix="training-community" heading={c ? formatString(trainingStrings.Training_EditCommunityOf, c.title) : trainingStrings.Training_AddCommunity} form={form} onCancel={() => props.onDone(undefined)} stacked
      texts={{ problems: trainingStrings.Training_Form_Problems, save: trainingStrings.Training_Form_Save, cancel: trainingStrings.Training_Form_Cancel, working: trainingStrings.Training_Form_Saving }}>
      {text('title', { required: true })}
      <SelectField id="training-community-topic" label={fieldLabel('topic')} selectedKey={form.values.topic} onChange={topic => form.change({ topic })} options={TOPICS.map(t => ({ key: t, text: topicLabel(t) }))} />
      {text('summary', { label: trainingStrings.Training_Field_Summary, multiline: true })}
      <LookupField<IOwnerItem> id="training-community-owner" label={fieldLabel('owner')} value={form.values.owner && ownerItem(form.values.owner)} onChange={item => form.change({ owner: item?.person })}
        search={async t => (await props.service.people(t)).map(ownerItem)} labels={PEOPLE_LABELS} placeholder={trainingStrings.Training_People_Placeholder}
        description={trainingStrings.Training_Owner_Hint} data-testid="training-community-owner-field" />
      {text('teamsLink')}
      {text('nextEvents', { multiline: true, description: trainingStrings.Training_EventsHint })}
    </FormFrame>
  );
}
