import { dashboardFilterOf, dashboardSearchOf, kpiLink, kpiTarget, portfolioHref, ragTarget, RUNNING_STATES } from './drillDown';
import { KPI_FORMULA_CODES } from '../../domain/kpi';
import { filtersOfAddress } from '../Portfolio/addressFilters';

const site = 'https://contoso.sharepoint.com/sites/pmo/';

describe('the dashboard\'s filter in the address and its drill-down to the Portfolio', () => {
  it('keeps only programme, department and objective of an address', () => {
    expect(dashboardFilterOf('?programme=2&department=Finance&objective=4&rag=Red&status=Active&lang=de-de')).toEqual({ programmeIds: [2], departments: ['Finance'], objectiveIds: [4] });
    expect(dashboardSearchOf({ programmeIds: [2], departments: ['Finance'] })).toBe('programme=2&department=Finance');
  });

  it('opens the Portfolio filtered the same way, narrowed to what a segment stands for', () => {
    const filter = { programmeIds: [2], departments: ['Finance'] };
    const href = portfolioHref(site, filter, ragTarget('Red'));
    expect(href.startsWith('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx?')).toBe(true);
    // What the Portfolio reads from that address is the dashboard's filter and the running projects reporting red.
    expect(filtersOfAddress(href.split('?')[1])).toEqual({ programmeIds: [2], departments: ['Finance'], statuses: ['Proposed', 'Active', 'OnHold'], rag: ['Red'] });
    expect(RUNNING_STATES).toEqual(['Proposed', 'Active', 'OnHold']);
    expect(portfolioHref(site, {})).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx');
  });

  it('replaces the programme by "none" for projects without one, and opens a project\'s panel', () => {
    expect(filtersOfAddress(portfolioHref(site, { programmeIds: [2] }, { filters: { withoutProgramme: true } }).split('?')[1])).toEqual({ withoutProgramme: true });
    expect(portfolioHref(site, { objectiveIds: [1] }, { projectId: 9 })).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx?objective=1&project=9');
  });

  it('sends a RAG share to its RAG, an earned-value KPI to the running projects, any other KPI to the filter\'s projects', () => {
    expect(kpiTarget('RagShareAmber')).toEqual(ragTarget('Amber'));
    expect(kpiTarget('CpiWorst')).toEqual({ filters: { statuses: ['Proposed', 'Active', 'OnHold'] } });
    expect(kpiTarget('OpenHighRisks')).toEqual({});
  });

  it('sends a KPI of project requests to the requests\' page (the Portfolio lists projects, not requests), every other KPI to the Portfolio', () => {
    expect(kpiLink(site, { programmeIds: [2] }, 'IntakeDaysAverage')).toEqual({ href: 'https://contoso.sharepoint.com/sites/pmo/SitePages/Requests.aspx', opens: 'requests' });
    expect(kpiLink(site, { programmeIds: [2] }, 'RequestsInState').opens).toBe('requests');
    expect(kpiLink(site, { programmeIds: [2] }, 'RagShareRed')).toEqual({ href: portfolioHref(site, { programmeIds: [2] }, ragTarget('Red')), opens: 'projects' });
    const toRequests = KPI_FORMULA_CODES.filter(c => kpiLink(site, {}, c).opens === 'requests');
    expect(toRequests).toEqual(['RequestsInState', 'IntakeDaysAverage']);
  });
});
