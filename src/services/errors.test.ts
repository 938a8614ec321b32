import { ChangedMeanwhileError, describeError } from './errors';
import { startEmulator } from '../../workbench/emulator';
import { localEnvironment } from './environment';

describe('describeError', () => {
  it('reads status and SharePoint message out of a PnPjs error text', () => {
    const e = new Error('Error making HttpClient request in queryable [403] Forbidden ::> {"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied."}}}');
    expect(describeError(e)).toEqual({ kind: 'forbidden', status: 403, detail: 'Access denied.' });
  });

  it('recognises the list view threshold whatever the status', () => {
    const e = new Error('Error making HttpClient request in queryable [500] Internal Server Error ::> {"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPQueryThrottledException","message":{"lang":"en-US","value":"The attempted operation is prohibited because it exceeds the list view threshold."}}}');
    expect(describeError(e).kind).toBe('threshold');
  });

  it('reads a Graph client error', () => {
    expect(describeError({ statusCode: 404, code: 'Request_ResourceNotFound', message: 'Resource not found' })).toEqual({ kind: 'notFound', status: 404, detail: 'Resource not found' });
  });

  it('describes a conflict PMO Hub found itself as a conflict without a detail (its message is for logs, in English)', () => {
    class RowsChanged extends ChangedMeanwhileError {}
    expect(describeError(new RowsChanged('rows 3, 4 changed'))).toEqual({ kind: 'conflict', status: 412, detail: '' });
    expect(new RowsChanged('x')).toBeInstanceOf(ChangedMeanwhileError);
  });

  it('calls a refused connection a network error', () => {
    expect(describeError(new TypeError('fetch failed')).kind).toBe('network');
  });

  it('classifies what real PnPjs throws against the emulator: 403 for a user without rights, 404 for a missing list', async () => {
    const site = await startEmulator({ port: 0 });
    try {
      const stranger = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl, user: 'luca.bianchi@pmohub.demo' });
      const forbidden = await stranger.sp.web.select('Title')().then(() => undefined, (e: unknown) => describeError(e));
      expect(forbidden?.kind).toBe('forbidden');
      expect(forbidden?.detail).toMatch(/Access denied/);
      const owner = localEnvironment({ siteUrl: site.siteUrl, graphUrl: site.graphUrl });
      const missing = await owner.sp.web.lists.getByTitle('Nope')().then(() => undefined, (e: unknown) => describeError(e));
      expect(missing?.kind).toBe('notFound');
    } finally {
      await site.stop();
    }
  });
});
