import { describe, expect, it } from 'vitest';
import { orderByDependencies, PluginDependencyCycleError } from '../../src/content/plugin-dependency-order';

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);
const cycleOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof PluginDependencyCycleError) return error.cycle;
    throw error;
  }
  throw new Error('no cycle reported');
};

describe('orderByDependencies', () => {
  it('leaves a list already in dependency order as it is', () => {
    const nodes = [
      { id: 'strategy', dependsOn: [] },
      { id: 'delivery-plan', dependsOn: ['strategy'] },
      { id: 'other', dependsOn: [] },
    ];
    expect(ids(orderByDependencies(nodes))).toEqual(['strategy', 'delivery-plan', 'other']);
  });

  it('moves a dependency before the plugins that need it, keeping the rest in the given order', () => {
    const nodes = [
      { id: 'delivery-plan', dependsOn: ['strategy'] },
      { id: 'other', dependsOn: [] },
      { id: 'addendum', dependsOn: ['delivery-plan', 'strategy'] },
      { id: 'strategy', dependsOn: [] },
    ];
    expect(ids(orderByDependencies(nodes))).toEqual(['other', 'strategy', 'delivery-plan', 'addendum']);
  });

  it('ignores dependencies outside the list (registration checks those) and repeated ones', () => {
    const nodes = [
      { id: 'b', dependsOn: ['a', 'a', 'registered-earlier'] },
      { id: 'a', dependsOn: ['registered-earlier'] },
    ];
    expect(ids(orderByDependencies(nodes))).toEqual(['a', 'b']);
    expect(orderByDependencies([])).toEqual([]);
  });

  it('names a two-plugin cycle in dependency order', () => {
    const run = () => orderByDependencies([{ id: 'a', dependsOn: ['b'] }, { id: 'b', dependsOn: ['a'] }]);
    expect(run).toThrow(PluginDependencyCycleError);
    expect(run).toThrow('plugin dependency cycle: a → b → a');
  });

  it('names a longer cycle, and only the plugins in it', () => {
    const nodes = [
      { id: 'free', dependsOn: [] },
      { id: 'tail', dependsOn: ['x'] },
      { id: 'x', dependsOn: ['free', 'y'] },
      { id: 'y', dependsOn: ['z'] },
      { id: 'z', dependsOn: ['x'] },
    ];
    expect(cycleOf(() => orderByDependencies(nodes))).toEqual(['x', 'y', 'z', 'x']);
  });

  it('names a plugin depending on itself', () => {
    expect(() => orderByDependencies([{ id: 'selfish', dependsOn: ['selfish'] }])).toThrow(
      'plugin dependency cycle: selfish → selfish',
    );
  });

  it('refuses an id listed twice', () => {
    expect(() => orderByDependencies([{ id: 'a', dependsOn: [] }, { id: 'a', dependsOn: [] }])).toThrow('plugin "a" is listed twice');
  });
});
