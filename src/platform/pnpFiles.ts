/**
 * PnPjs' files API (`folder.files.addUsingPath`, `web.getFileByServerRelativePath`), in a setup module of
 * its own: only the end project report's upload uses it, and that loads in its own lazy chunk, so no web
 * part's first view carries it. Import the files API from here, never from '@pnp/sp/files' directly.
 */
import '@pnp/sp/files';
export type { IFileInfo } from '@pnp/sp/files';
