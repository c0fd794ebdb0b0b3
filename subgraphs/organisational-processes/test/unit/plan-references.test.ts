import { describe, expect, it } from 'vitest';
import { planReferences } from '../../src/model/objectives/plan-references';

describe('planReferences', () => {
  // The WMP Organisational Processes rows: written 3.1 … 3.6, shifted from 3.3 on; 3.2 unlinked.
  const rows = [
    { reference: '3.1', objectiveId: 'op-1' },
    { reference: '3.2', objectiveId: null },
    { reference: '3.3', objectiveId: 'op-2' },
    { reference: '3.4', objectiveId: 'op-3' },
    { reference: '3.5', objectiveId: 'op-4' },
    { reference: '3.5', objectiveId: 'op-4' },
    { reference: '3.6', objectiveId: 'op-5' },
  ];
  const refs = (rowId: string, code: string | null) => planReferences({ rowId, code }, rows);

  it('maps each key action to the references the plan writes for it', () => {
    expect(refs('op-1', '3.1')).toEqual(['3.1']);
    expect(refs('op-2', '3.2')).toEqual(['3.3']);
    expect(refs('op-3', '3.3')).toEqual(['3.4']);
    expect(refs('op-4', '3.4')).toEqual(['3.5']);
    expect(refs('op-5', '3.5')).toEqual(['3.6']);
  });

  it('keeps the code where no plan row is written with it, and gives nothing to a code the plan uses for something else', () => {
    expect(refs('pc-1', '2.1')).toEqual(['2.1']);
    expect(planReferences({ rowId: 'x', code: '3.2' }, [])).toEqual(['3.2']);
    expect(refs('none', null)).toEqual([]);
    expect(planReferences({ rowId: 'a', code: '1.2' }, [{ reference: '1.2', objectiveId: 'b' }])).toEqual([]);
  });

  it('orders references numerically', () => {
    expect(planReferences({ rowId: 'a', code: '1.10' }, [{ reference: '1.9', objectiveId: 'a' }])).toEqual(['1.9', '1.10']);
  });
});
