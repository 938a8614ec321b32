import { closeSentence, GATE_CRITERIA_LEAD } from './governanceTexts';
import { methodologyRows } from './lists/methodology';
import { MethodologyStagesList } from '../../src/schema';

describe('the gate criteria of the methodology guide', () => {
  it('closes the gate summary with one full stop, none after a question, an exclamation mark or a full stop', () => {
    expect(closeSentence('Is the business case still valid?')).toBe('Is the business case still valid?');
    expect(closeSentence('Stop now!')).toBe('Stop now!');
    expect(closeSentence('Authorise the project.')).toBe('Authorise the project.');
    expect(closeSentence('Authorise the project')).toBe('Authorise the project.');
    expect(closeSentence('Authorise the project ')).toBe('Authorise the project.');
  });

  it.each(Object.keys(GATE_CRITERIA_LEAD) as Array<keyof typeof GATE_CRITERIA_LEAD>)('opens the criteria in %s without "?." after a summary that asks', lang => {
    const lead = GATE_CRITERIA_LEAD[lang]('Does the business case still hold?');
    expect(lead.startsWith('Does the business case still hold? ')).toBe(true);
    expect(lead).not.toMatch(/[?!.]\./);
    expect(GATE_CRITERIA_LEAD[lang]('Authorise the project')).toMatch(/^Authorise the project\. \S/);
  });

  it('seeds no criterion with a doubled stop, and every checklist line as a "– " item', () => {
    const criteria = methodologyRows().map(r => r.values[MethodologyStagesList.fields.GateCriteria]).filter((c): c is string => typeof c === 'string');
    expect(criteria.length).toBeGreaterThan(0);
    for (const text of criteria) {
      const [lead, ...items] = text.split('\n');
      expect(lead).not.toMatch(/[?!.]\./);
      expect(lead).toMatch(/:$/);
      for (const item of items) expect(item).toMatch(/^– \S/);
    }
  });
});
