import { graphKey, graphSearchClause, odataEq, odataString } from './odata';

describe('OData escaping', () => {
  it('doubles single quotes in string literals', () => {
    expect(odataString("O'Neil")).toBe("'O''Neil'");
    expect(odataString("'' or 1 eq 1 or ''")).toBe("''''' or 1 eq 1 or '''''");
    expect(odataString('Müller & Söhne')).toBe("'Müller & Söhne'");
  });

  it('builds eq clauses for text, numbers and booleans, and refuses field names that are not identifiers', () => {
    expect(odataEq('Department', "Children's services")).toBe("Department eq 'Children''s services'");
    expect(odataEq('Programme/Id', 7)).toBe('Programme/Id eq 7');
    expect(odataEq('IsActive', true)).toBe('IsActive eq 1');
    expect(() => odataEq("Title eq 'x' or Title", 'y')).toThrow(/Not a field name/);
    expect(() => odataEq('Budget', NaN)).toThrow(/finite/);
  });

  it('escapes Graph $search clauses and path keys', () => {
    expect(graphSearchClause('displayName', 'Anna "the PMO" \\ Schmidt')).toBe('"displayName:Anna \\"the PMO\\" \\\\ Schmidt"');
    expect(() => graphSearchClause('display Name', 'x')).toThrow();
    expect(graphKey("o'neil@pmohub.demo")).toBe("('o''neil%40pmohub.demo')");
    expect(graphKey('a/b?c')).toBe("('a%2Fb%3Fc')");
  });
});
