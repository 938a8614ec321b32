import type { IDashboardService } from '../DashboardService';
import type { IPmoEnvironment } from '../environment';
import type { IProjectService } from '../ProjectService';
import type { ISiteAddress } from '../site';

/**
 * The dashboard service for the Project page's status report (its data and the Reports library),
 * loaded with its own chunk ('dashboard-service', with the Portfolio service it receives) on the first
 * call, so that the Project page's first view does not carry it. A chunk that fails to load is tried
 * again on the next call.
 */
export function lazyDashboardService(env: IPmoEnvironment, site: ISiteAddress, projects: IProjectService): IDashboardService {
  let loaded: Promise<IDashboardService> | undefined;
  const get = (): Promise<IDashboardService> => {
    if (!loaded) {
      loaded = Promise.all([
        import(/* webpackChunkName: 'dashboard-service' */ '../DashboardService'),
        import(/* webpackChunkName: 'dashboard-service' */ '../PortfolioService'),
        import(/* webpackChunkName: 'dashboard-service' */ '../PhotoService')
      ]).then(([d, p, ph]) => {
        const portfolio = new p.PortfolioService(env.sp, site, { projects, photos: new ph.PhotoService(env.graph), siteTimeZone: env.siteTimeZone });
        return new d.DashboardService(env.sp, site, { portfolio, siteTimeZone: env.siteTimeZone, locale: env.locale });
      });
      loaded.catch(() => { loaded = undefined; });
    }
    return loaded;
  };
  return {
    getDashboard: filter => get().then(s => s.getDashboard(filter)),
    saveConfiguration: configuration => get().then(s => s.saveConfiguration(configuration)),
    saveKpiDefinition: (input, replace) => get().then(s => s.saveKpiDefinition(input, replace)),
    refreshFigures: () => get().then(s => s.refreshFigures()),
    getReportData: (source, options) => get().then(s => s.getReportData(source, options)),
    getProjectReportData: projectId => get().then(s => s.getProjectReportData(projectId)),
    storeReport: (content, input) => get().then(s => s.storeReport(content, input)),
    listReports: () => get().then(s => s.listReports()),
    canStoreReports: () => get().then(s => s.canStoreReports())
  };
}
