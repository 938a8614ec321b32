import * as React from 'react';
import { strings } from './strings';
import { Button } from '../controls';
import styles from './ProjectRequest.module.scss';
import { formatString } from '../../domain/text';
import type { IRequestSectionProps } from './BasicsSection';
import type { IRequestService } from '../../services/RequestService';
import { AttachmentLink } from './AttachmentLink';

/** Props of the attachments section. */
export interface IAttachmentsSectionProps extends IRequestSectionProps {
  /** Reads saved attachments (their links). */
  service: IRequestService;
}

/** One attachment in the list, with its remove button. */
function AttachmentItem(props: { text: React.ReactNode; name: string; onRemove: () => void }): React.ReactElement {
  const remove = formatString(strings.Request_Attachments_Remove, props.name);
  return (
    <li>
      <span>{props.text}</span>
      <Button icon="dismiss" title={remove} aria-label={remove} onClick={props.onRemove} />
    </li>
  );
}

/** The request's attachments: those already saved (links that download them), files chosen but not uploaded yet, and a file input. */
export function AttachmentsSection(props: IAttachmentsSectionProps): React.ReactElement {
  const { form } = props;
  const { attachments, newFiles, id } = form.state;
  const fileRef = React.useRef<HTMLInputElement>(null);
  return (
    <fieldset className={styles.section} disabled={props.disabled}>
      <legend className={styles.legend}>{strings.Request_Section_Attachments}</legend>
      <label htmlFor="pmo-request-files" className={styles.fileLabel}>{strings.Request_Attachments_Add}</label>
      <input
        id="pmo-request-files"
        ref={fileRef}
        type="file"
        multiple={true}
        className={styles.fileInput}
        data-testid="attachments-input"
        onChange={e => {
          const files = e.target.files ? Array.prototype.slice.call(e.target.files) as File[] : [];
          form.addFiles(files);
          if (fileRef.current) fileRef.current.value = '';
        }}
      />
      {attachments.length + newFiles.length === 0
        ? <p className={styles.hint}>{strings.Request_Attachments_None}</p>
        : (
          <ul className={styles.files} aria-label={strings.Request_Section_Attachments}>
            {attachments.map(name => (
              <AttachmentItem
                key={`a-${name}`}
                text={id !== undefined ? <AttachmentLink service={props.service} requestId={id} name={name} /> : name}
                name={name}
                onRemove={() => form.removeAttachment(name)}
              />
            ))}
            {newFiles.map((f, i) => <AttachmentItem key={`n-${f.name}`} text={formatString(strings.Request_Attachments_New, f.name)} name={f.name} onRemove={() => form.removeNewFile(i)} />)}
          </ul>
        )}
    </fieldset>
  );
}
