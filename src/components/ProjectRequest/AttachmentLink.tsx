import * as React from 'react';
import { strings } from './strings';
import { Link } from '../controls';
import type { IRequestService } from '../../services/RequestService';
import { formatString } from '../../domain/text';
import { errorText } from './format';

/** Props of a link to one attachment of a request. */
export interface IAttachmentLinkProps {
  /** Reads the file (as the signed-in user) and gives its address. */
  service: IRequestService;
  /** The request's id. */
  requestId: number;
  /** The file's name (the link's text). */
  name: string;
}

/**
 * A link that downloads an attachment. Its address is the file's own (SharePoint serves it to
 * whoever may read the request: open in a new tab, copy the link); a click reads it through the
 * service as the signed-in user and saves it under its name. A failure is said next to the link.
 */
export function AttachmentLink(props: IAttachmentLinkProps): React.ReactElement {
  const { service, requestId, name } = props;
  const [error, setError] = React.useState<string | undefined>();
  const download = (e: React.MouseEvent<HTMLAnchorElement>): void => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return; // the browser opens the address itself
    e.preventDefault();
    setError(undefined);
    service.downloadAttachment(requestId, name).then(
      blob => {
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = name;
        document.body.appendChild(a);
        a.click();
        a.remove();
        window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      (err: unknown) => setError(formatString(strings.Request_Attachment_DownloadFailed, name, errorText(err)))
    );
  };
  return (
    <span>
      <Link href={service.attachmentUrl(requestId, name)} download={name} onClick={download} aria-label={formatString(strings.Request_Attachment_Download, name)}>{name}</Link>
      {error && <span role="alert"> {error}</span>}
    </span>
  );
}
