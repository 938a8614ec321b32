/** The tenant property (storage entity in the tenant app catalog) that holds the PMO site's absolute URL; set by `npm run deploy`, read by every web part outside the PMO site. */
export const PMO_SITE_PROPERTY: string = 'PmoHubSiteUrl';
