import { RAG_FILTER_VALUES, RAG_VALUES, ragSeverity, toRag } from './rag';

describe('portfolio: RAG values', () => {
  it('orders RAG values worst first, and filter values with "None" last', () => {
    expect(RAG_VALUES).toEqual(['Red', 'Amber', 'Green']);
    expect(RAG_FILTER_VALUES).toEqual(['Red', 'Amber', 'Green', 'None']);
    expect(RAG_VALUES.map(ragSeverity)).toEqual([3, 2, 1]);
    expect(ragSeverity(undefined)).toBe(0);
  });

  it('parses only stored RAG codes', () => {
    expect(toRag('Amber')).toBe('Amber');
    expect(toRag('amber')).toBeUndefined();
    expect(toRag('None')).toBeUndefined();
    expect(toRag(1)).toBeUndefined();
  });
});
