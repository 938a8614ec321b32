import { codeIndex, INTAKE_STATES, isCode, LIFECYCLE_STATES, PRINCE2_STAGES, PRIORITIES, RAG_CHOICES } from './vocabulary';

describe('vocabulary', () => {
  it('lists the codes in the order SharePoint offers them', () => {
    expect(PRINCE2_STAGES).toEqual(['StartingUp', 'Initiation', 'Delivery', 'Closing']);
    expect(LIFECYCLE_STATES).toEqual(['Proposed', 'Active', 'OnHold', 'Closed', 'Cancelled']);
    expect(RAG_CHOICES).toEqual(['Green', 'Amber', 'Red']);
    expect(INTAKE_STATES).toEqual(['Draft', 'Submitted', 'InReview', 'ReadyForScoring', 'Approved', 'Rejected', 'Deferred', 'Withdrawn']);
    expect(PRIORITIES).toEqual(['Low', 'Medium', 'High', 'Critical']);
  });

  it('finds a stored code in a list, and only a known one', () => {
    expect(codeIndex(PRINCE2_STAGES, 'Delivery')).toBe(2);
    expect(codeIndex(PRINCE2_STAGES, 'delivery')).toBe(-1);
    expect(isCode(LIFECYCLE_STATES, 'OnHold')).toBe(true);
    expect(isCode(LIFECYCLE_STATES, 'Paused')).toBe(false);
    expect(isCode(LIFECYCLE_STATES, 3)).toBe(false);
    expect(isCode(LIFECYCLE_STATES, undefined)).toBe(false);
  });
});
