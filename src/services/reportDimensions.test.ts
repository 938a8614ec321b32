import { dimensionSettingsOf, inConfiguredOrder, storedDimensions } from './reportDimensions';

describe('report dimensions in the PMO\'s configured order', () => {
  it('reads a report filed without RagDetailsJson from its RAG columns, Risks before Quality as the columns go', () => {
    const row = { RagOverall: 'Amber', RagSchedule: 'Green', RagCost: 'Red', RagScope: 'Green', RagRisk: 'Amber', RagQuality: 'Green', RagResources: 'Red' };
    expect(storedDimensions(row).map(d => d.dimension)).toEqual(['overall', 'schedule', 'cost', 'scope', 'risk', 'quality', 'resources']);
  });

  it('puts the overall RAG first, then the configured dimensions in order, then dimensions no longer configured as they came', () => {
    const settings = dimensionSettingsOf(undefined);
    expect(settings.map(s => s.dimension)).toEqual(['schedule', 'cost', 'scope', 'quality', 'risk', 'resources']);
    const stored = ['schedule', 'cost', 'scope', 'risk', 'quality', 'resources', 'vendor', 'overall', 'legacy'].map(dimension => ({ dimension }));
    expect(inConfiguredOrder(stored, settings).map(d => d.dimension)).toEqual(['overall', 'schedule', 'cost', 'scope', 'quality', 'risk', 'resources', 'vendor', 'legacy']);
    const own = dimensionSettingsOf({ dimensions: [{ dimension: ' vendor ', title: 'Vendor' }, { dimension: 'risk' }, { dimension: '' }, null] });
    expect(own).toEqual([{ dimension: 'vendor', title: 'Vendor' }, { dimension: 'risk' }]);
    expect(inConfiguredOrder(stored, own).map(d => d.dimension)).toEqual(['overall', 'vendor', 'risk', 'schedule', 'cost', 'scope', 'quality', 'resources', 'legacy']);
  });
});
