import * as React from 'react';
import { strings } from './strings';
import { LookupField, type ILookupItem, type ILookupLabels } from '../controls';
import type { IPersonRef } from '../../domain/intake';
import type { IRequestService } from '../../services/RequestService';
import { formatString } from '../../domain/text';
import { errorText } from './format';
import { SearchTextTooLongError } from '../../services/errors';

/** Props of the sponsor picker. */
export interface ISponsorPickerProps {
  /** The input's id (its label points at it; validation links move focus here). */
  id: string;
  /** The label shown above. */
  label: string;
  /** Searches people (Microsoft Graph). */
  service: IRequestService;
  /** The sponsor picked. */
  value?: IPersonRef;
  /** Marks the field as required to submit. */
  required?: boolean;
  /** The message of the field's problem. */
  errorMessage?: string;
  /** Called with the new sponsor, or undefined when removed. */
  onChange: (person: IPersonRef | undefined) => void;
  /** A hint under the field. */
  description?: string;
  /** Extra class of the field. */
  className?: string;
  'data-testid'?: string;
}

interface IPersonItem extends ILookupItem {
  person: IPersonRef;
}

/** The picker's texts in the user's language. */
function lookupLabels(): ILookupLabels {
  return {
    suggestions: strings.Request_Sponsor_Suggestions,
    loading: strings.Request_Sponsor_Loading,
    noResults: strings.Request_Sponsor_NoResults,
    remove: item => formatString(strings.Request_Attachments_Remove, item.text)
  };
}

/** The sponsor: one person found through the directory search (a combobox of suggested people). */
export function SponsorPicker(props: ISponsorPickerProps): React.ReactElement {
  const [searchError, setSearchError] = React.useState<string | undefined>();
  const { service } = props;
  const selected: IPersonItem | undefined = props.value
    ? { key: props.value.login ?? String(props.value.id), text: props.value.displayName, secondaryText: props.value.email, person: props.value }
    : undefined;

  const search = React.useCallback((filter: string): Promise<IPersonItem[]> => service.searchPeople(filter).then(
    people => {
      setSearchError(undefined);
      return people.map(p => ({
        key: p.userPrincipalName,
        text: p.displayName,
        secondaryText: [p.jobTitle, p.mail].filter(x => !!x).join(' · '),
        person: { login: p.userPrincipalName, displayName: p.displayName, email: p.mail }
      }));
    },
    (e: unknown) => {
      // Text longer than a search takes is the user's to shorten, not a failure of the search.
      setSearchError(e instanceof SearchTextTooLongError
        ? formatString(strings.Request_Sponsor_TooLong, e.maxLength)
        : formatString(strings.Request_Sponsor_SearchFailed, errorText(e)));
      return [];
    }
  ), [service]);

  return (
    <LookupField<IPersonItem>
      id={props.id}
      label={props.label}
      required={props.required}
      value={selected}
      onChange={item => props.onChange(item ? item.person : undefined)}
      search={search}
      labels={lookupLabels()}
      placeholder={strings.Request_Sponsor_Placeholder}
      errorMessage={props.errorMessage ?? searchError}
      description={props.description}
      className={props.className}
      data-testid={props['data-testid'] ?? 'sponsor-picker'}
    />
  );
}
