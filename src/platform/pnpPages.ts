/**
 * PnPjs' client-side pages (`web.addClientsidePage`, `web.loadClientsidePage`), in a setup module of
 * their own: only provisioning uses them, and it loads in its own chunk, so no web part's first view
 * carries them. Import the pages API from here, never from '@pnp/sp/clientside-pages' directly.
 */
import '@pnp/sp/clientside-pages';
import '@pnp/sp/files';
export { ClientsideWebpart } from '@pnp/sp/clientside-pages';
export type { IClientsidePage } from '@pnp/sp/clientside-pages';
