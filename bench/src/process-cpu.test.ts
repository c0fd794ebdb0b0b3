import { describe, expect, it } from 'vitest';
import { processCpuMs } from './process-cpu';

describe('processCpuMs', () => {
  it.runIf(process.platform === 'linux')('reads this process’s CPU time, which grows with work done', () => {
    const before = processCpuMs(process.pid)!;
    expect(before).toBeGreaterThan(0);
    const until = performance.now() + 60;
    let spin = 0;
    while (performance.now() < until) spin++;
    expect(spin).toBeGreaterThan(0);
    const after = processCpuMs(process.pid)!;
    // 60 ms of busy loop at 10 ms resolution: at least 30 ms more.
    expect(after - before).toBeGreaterThanOrEqual(30);
  });

  it('says null for a process that does not exist', () => {
    expect(processCpuMs(2 ** 31 - 1)).toBeNull();
  });
});
