import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { NormalPeoplePicker } from '@fluentui/react/lib/Pickers';
import type { IPersonaProps } from '@fluentui/react/lib/Persona';
import { Label } from '@fluentui/react/lib/Label';
import styles from './ProjectRequest.module.scss';
import type { IPersonRef } from '../../domain/intake';
import type { IRequestService } from '../../services/RequestService';
import { formatString } from '../../domain/text';
import { errorText } from './format';

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
}

interface IPersonaWithRef extends IPersonaProps {
  person: IPersonRef;
}

/** The sponsor: a people picker fed by the directory search (at most one person). */
export function SponsorPicker(props: ISponsorPickerProps): React.ReactElement {
  const [searchError, setSearchError] = React.useState<string | undefined>();
  const selected: IPersonaWithRef[] = props.value
    ? [{ key: props.value.login ?? String(props.value.id), text: props.value.displayName, secondaryText: props.value.email, person: props.value }]
    : [];
  const errorId = `${props.id}-error`;
  const labelId = `${props.id}-label`;

  const resolve = (filter: string): Promise<IPersonaWithRef[]> => {
    if (!filter.trim()) return Promise.resolve([]);
    return props.service.searchPeople(filter).then(
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
        setSearchError(formatString(strings.Request_Sponsor_SearchFailed, errorText(e)));
        return [];
      }
    );
  };

  const message = props.errorMessage ?? searchError;
  return (
    <div className={styles.field}>
      <Label id={labelId} htmlFor={props.id} required={props.required}>{props.label}</Label>
      <NormalPeoplePicker
        onResolveSuggestions={resolve}
        resolveDelay={300}
        itemLimit={1}
        selectedItems={selected}
        onChange={items => {
          const first = (items ?? [])[0] as IPersonaWithRef | undefined;
          props.onChange(first ? first.person : undefined);
        }}
        getTextFromItem={p => p.text ?? ''}
        pickerSuggestionsProps={{
          suggestionsHeaderText: strings.Request_Sponsor_Suggestions,
          noResultsFoundText: strings.Request_Sponsor_NoResults,
          loadingText: strings.Request_Sponsor_Loading
        }}
        removeButtonAriaLabel={strings.Request_Sponsor_Remove}
        inputProps={{
          id: props.id,
          placeholder: strings.Request_Sponsor_Placeholder,
          'aria-describedby': message ? errorId : undefined,
          'aria-invalid': props.errorMessage ? true : undefined,
          'aria-required': props.required ? true : undefined
        }}
        data-testid="sponsor-picker"
      />
      {message && <p id={errorId} className={styles.error} role="alert">{message}</p>}
    </div>
  );
}
