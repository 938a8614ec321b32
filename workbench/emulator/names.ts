/** Names of files, folders and attachments: what SharePoint Online accepts. */
import { SpError } from './odata';

/**
 * SharePoint Online's rules for a file, folder or attachment name (Microsoft's "Restrictions and
 * limitations in OneDrive and SharePoint"; PnPjs's `containsInvalidFileFolderChars` for Online):
 * none of `" * : < > ? / \ |` nor a control character (U+0000–U+001F, U+007F–U+009F); no leading or
 * trailing space or period (so neither `.` nor `..`); none of the reserved names (`CON`, `PRN`, `AUX`,
 * `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, `.lock`, `desktop.ini`), no `_vti_` and no leading `~$`.
 * `#` and `%` are allowed in SharePoint Online (on-premises refuses them).
 */
// eslint-disable-next-line no-control-regex -- control characters are what SharePoint refuses
const INVALID_NAME = /["*:<>?/\\|\u0000-\u001f\u007f-\u009f]/;
const RESERVED_NAME = /^(con|prn|aux|nul|com\d|lpt\d|\.lock|desktop\.ini)$|_vti_|^~\$/i;
/** The longest name of one file, folder or attachment SharePoint Online accepts. */
export const MAX_LEAF_NAME_LENGTH: number = 255;
/** The longest server-relative path (decoded, without the leading slash) SharePoint Online accepts. */
export const MAX_PATH_LENGTH: number = 400;

/**
 * Refuses a file or attachment name SharePoint refuses, with its error: 400 "…contains characters
 * that are not permitted…" (an empty or ill-formed name too), or 400 PathTooLongException when the
 * name or the whole path (`folderUrl/name`) is too long.
 */
export function checkLeafName(name: string, folderUrl: string): void {
  if (!name.trim() || INVALID_NAME.test(name) || /^[\s.]|[\s.]$/.test(name) || RESERVED_NAME.test(name)) {
    throw new SpError(400, '-2130575245, Microsoft.SharePoint.SPException', 'The file or folder name contains characters that are not permitted. Please use a different name.');
  }
  if (name.length > MAX_LEAF_NAME_LENGTH || `${folderUrl}/${name}`.replace(/^\//, '').length > MAX_PATH_LENGTH) {
    throw new SpError(400, '-2147024690, System.IO.PathTooLongException', `The specified file or folder name is too long. The URL path for all files and folders must be ${MAX_PATH_LENGTH} characters or less (and no more than ${MAX_LEAF_NAME_LENGTH} characters for any single file or folder name in the URL). Please type a shorter file or folder name.`);
  }
}
