import { describe, expect, it } from 'vitest';
import { eqiaProblems, eqiaReviewProblems, type EqiaDraft } from '../../src/model/eqias/eqia-validation';
import { allNineImpacts, isReviewOverdue } from '../../src/model/eqias/eqia.mapping';

const TODAY = '2027-07-01';
const draft = (change: Partial<EqiaDraft> = {}): EqiaDraft => ({
  title: 'Custody strip search', kind: 'policy', owner: null, stage: 'planned', completedOn: null, dueDate: null, impacts: [],
  consultation: null, decision: null, justification: null, mitigations: [], objectives: [], findings: [], reviewDue: null, ...change,
});
const paths = (d: EqiaDraft) => eqiaProblems(d, TODAY).map((p) => p.path);

describe('EQIA validation', () => {
  it('accepts a planned assessment with nothing assessed yet', () => {
    expect(eqiaProblems(draft(), TODAY)).toEqual([]);
  });

  it('needs a completion day and a decision to be completed, and no completion day while planned', () => {
    expect(paths(draft({ stage: 'completed' }))).toEqual(['completedOn', 'decision']);
    expect(paths(draft({ completedOn: '2027-01-01' }))).toEqual(['completedOn']);
    expect(paths(draft({ stage: 'completed', completedOn: TODAY, decision: 'no-change' }))).toEqual([]);
    expect(paths(draft({ stage: 'completed', completedOn: '2027-07-02', decision: 'no-change' }))).toEqual(['completedOn']);
  });

  it('ties decisions to what they need, and review dates to the completion day', () => {
    expect(paths(draft({ decision: 'continue' }))).toEqual(['justification']);
    expect(paths(draft({ decision: 'adjust' }))).toEqual(['mitigations']);
    expect(paths(draft({ stage: 'completed', completedOn: '2027-01-01', decision: 'stop', reviewDue: '2027-01-01' }))).toEqual(['reviewDue']);
    expect(paths(draft({ dueDate: '2027-02-30' }))).toEqual(['dueDate']);
  });

  it('needs evidence for every impact but unknown, each characteristic once and of the nine', () => {
    const impacts = [
      { characteristic: 'RACE', impact: 'negative', evidence: null },
      { characteristic: 'RACE', impact: 'unknown', evidence: null },
      { characteristic: 'CLASS', impact: 'unknown', evidence: null },
      { characteristic: 'SEX', impact: 'neutral', evidence: 'no difference in outcomes' },
    ];
    expect(paths(draft({ impacts }))).toEqual(['impacts[0].evidence', 'impacts[1].characteristic', 'impacts[2].characteristic']);
  });

  it('refuses repeated links and ids that are not findings', () => {
    expect(paths(draft({ objectives: ['a:b', 'a:b'], findings: ['nope'] }))).toEqual(['objectives', 'findings[0]']);
  });

  it('checks a review\'s day, outcome and next review', () => {
    expect(eqiaReviewProblems({ reviewedOn: TODAY, outcome: 'fine', nextReviewDue: '2028-07-01' }, TODAY)).toEqual([]);
    expect(eqiaReviewProblems({ reviewedOn: '2027-07-02', outcome: ' ', nextReviewDue: '2027-07-01' }, TODAY).map((p) => p.path)).toEqual([
      'outcome',
      'reviewedOn',
      'nextReviewDue',
    ]);
  });

  it('shows all nine characteristics, unknown where not assessed, and overdue only after the review day', () => {
    const nine = allNineImpacts([{ characteristic: 'AGE', impact: 'negative', evidence: 'x' }]);
    expect(nine).toHaveLength(9);
    expect(nine.filter((i) => i.impact === 'unknown')).toHaveLength(8);
    expect(isReviewOverdue({ reviewDue: TODAY }, TODAY)).toBe(false);
    expect(isReviewOverdue({ reviewDue: '2027-06-30' }, TODAY)).toBe(true);
    expect(isReviewOverdue({ reviewDue: null }, TODAY)).toBeNull();
  });
});
