import { SPCollection, type SPFI } from '../platform/pnp';
import { SITE_PAGES_LIBRARY } from '../schema/pages';
import { canManageSite } from './sitePermissions';

/** What the PMO Home page needs to know about the site. */
export interface ISiteOverview {
  /** Display name of the signed-in user. */
  userDisplayName: string;
  /** Site-relative URLs (e.g. `Lists/Projects`) of the lists and libraries the user can see on the site. */
  listUrls: string[];
  /** Site-relative URLs (e.g. `SitePages/Portfolio.aspx`) of the pages in the site's Site Pages library. */
  pageUrls: string[];
  /** Whether the user can manage the site (Manage Web and Manage Permissions): PMO Setup is offered to them only. */
  canManageSite: boolean;
}

/** Reads the PMO site's overview for the PMO Home web part. */
export interface IHomeService {
  getSiteOverview(): Promise<ISiteOverview>;
}

interface IListRow {
  RootFolder: { ServerRelativeUrl: string };
}

/** {@link IHomeService} over PnPjs: the current user, the site's lists and its pages, in one batch. */
export class HomeService implements IHomeService {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async getSiteOverview(): Promise<ISiteOverview> {
    const [batched, execute] = this.sp.batched();
    const userP = batched.web.currentUser.select('Title')<{ Title: string }>();
    const listsP = batched.web.lists.select('RootFolder/ServerRelativeUrl').expand('RootFolder')<IListRow[]>();
    const webP = batched.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    const permissionsP = batched.web.getCurrentUserEffectivePermissions();
    // Web-relative: the batch is built before the web's URL is known.
    const pagesP = SPCollection(batched.web.getFolderByServerRelativePath(SITE_PAGES_LIBRARY), 'files').select('Name')<Array<{ Name: string }>>()
      // A site without a Site Pages library (or one the user cannot open) has no pages for PMO Home.
      .catch((e: { status?: number }) => {
        if (e.status === 404 || e.status === 403) return [];
        throw e;
      });
    await execute();
    const [user, lists, web, pages, permissions] = await Promise.all([userP, listsP, webP, pagesP, permissionsP]);
    const prefix = web.ServerRelativeUrl.replace(/\/$/, '') + '/';
    return {
      userDisplayName: user.Title,
      listUrls: lists.map(l => (l.RootFolder.ServerRelativeUrl.indexOf(prefix) === 0 ? l.RootFolder.ServerRelativeUrl.substring(prefix.length) : l.RootFolder.ServerRelativeUrl)),
      pageUrls: pages.map(p => `${SITE_PAGES_LIBRARY}/${p.Name}`),
      canManageSite: canManageSite(this.sp, permissions)
    };
  }
}
