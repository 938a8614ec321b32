import type { SPFI } from '../platform/pnp';

/** What the PMO Home page needs to know about the site. */
export interface ISiteOverview {
  /** Display name of the signed-in user. */
  userDisplayName: string;
  /** Site-relative URLs (e.g. `Lists/Projects`) of the lists and libraries that exist on the site. */
  listUrls: string[];
}

/** Reads the PMO site's overview for the PMO Home web part. */
export interface IHomeService {
  getSiteOverview(): Promise<ISiteOverview>;
}

interface IListRow {
  RootFolder: { ServerRelativeUrl: string };
}

/** {@link IHomeService} over PnPjs: the current user and the site's lists, in one batch. */
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
    await execute();
    const [user, lists, web] = await Promise.all([userP, listsP, webP]);
    const prefix = web.ServerRelativeUrl.replace(/\/$/, '') + '/';
    return {
      userDisplayName: user.Title,
      listUrls: lists.map(l => (l.RootFolder.ServerRelativeUrl.indexOf(prefix) === 0 ? l.RootFolder.ServerRelativeUrl.substring(prefix.length) : l.RootFolder.ServerRelativeUrl))
    };
  }
}
