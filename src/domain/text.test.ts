import { formatString } from './text';

describe('formatString', () => {
  it('fills numbered placeholders in any order', () => {
    expect(formatString('{1} von {0}', 'Anna', 3)).toBe('3 von Anna');
  });
  it('repeats a placeholder used twice', () => {
    expect(formatString('{0} / {0}', 'x')).toBe('x / x');
  });
  it('leaves a placeholder without argument visible', () => {
    expect(formatString('Hello, {0} {1}', 'Luc')).toBe('Hello, Luc {1}');
  });
});
