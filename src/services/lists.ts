import type { SPFI } from '../platform/pnp';
import type { IListLocation, ISiteAddress } from './site';

/** A PnPjs list of the PMO site (what `sp.web.getList()` returns). */
export type ListHandle = ReturnType<SPFI['web']['getList']>;

/**
 * The list `list` of the site, on the PnPjs root `sp` (the service's root, or a batched one):
 * addressed by its server-relative URL, never by its (localized) title.
 */
export function listOn(sp: SPFI, site: ISiteAddress, list: IListLocation): ListHandle {
  return sp.web.getList(site.listPath(list));
}
