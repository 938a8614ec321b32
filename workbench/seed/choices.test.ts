/** choiceCodes: the generator's choice values are checked against the schema's choice columns. */
import { RisksList } from '../../src/schema';
import { choiceCodes } from './choices';

describe('choiceCodes', () => {
  const riskStatus = choiceCodes(RisksList.choices.RiskStatus);

  it('returns a code the column offers, and refuses one it does not, naming the offered codes', () => {
    expect(riskStatus('Mitigating')).toBe('Mitigating');
    expect(() => riskStatus('Mitigated')).toThrow("'Mitigated' is not a choice of the column (Open, Mitigating, Occurred, Closed)");
  });

  it('checks every code of weights and of a MultiChoice value', () => {
    const weights = [['Open', 3], ['Closed', 1]] as const;
    expect(riskStatus.weights(weights)).toBe(weights);
    expect(() => riskStatus.weights([['Open', 3], ['Gone', 1]])).toThrow("'Gone' is not a choice");
    expect(riskStatus.many(['Closed', 'Open'])).toEqual(['Closed', 'Open']);
    expect(() => riskStatus.many(['Closed', 'open'])).toThrow("'open' is not a choice");
  });
});
