import { describe, expect, it } from 'vitest';
import { formatSelfTimes, topSelfTime, type CpuProfile } from './profile-summary';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

describe('topSelfTime', () => {
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3] },
      { id: 2, callFrame: frame('applyUpdate', 'http://127.0.0.1:1/assets/index-abc.js?v=1', 9) },
      { id: 3, callFrame: frame('', 'http://127.0.0.1:1/assets/index-abc.js', 41) },
      { id: 4, callFrame: frame('applyUpdate', 'http://127.0.0.1:1/assets/index-abc.js?v=1', 9) },
    ],
    // Each sample lasts until the next: node 2 for 3 ms + 1 ms (summed with node 4, same function), node 3 for 2 ms.
    samples: [2, 3, 4, 1],
    timeDeltas: [0, 3000, 2000, 1000],
  };

  it('sums self time by function and place, largest first, with its share', () => {
    expect(topSelfTime(profile)).toEqual([
      { function: 'applyUpdate', location: 'index-abc.js:10', selfMs: 4, percent: (4 / 6) * 100 },
      { function: '(anonymous)', location: 'index-abc.js:42', selfMs: 2, percent: (2 / 6) * 100 },
      { function: '(root)', location: '', selfMs: 0, percent: 0 },
    ]);
    expect(topSelfTime(profile, 1)).toHaveLength(1);
  });

  it('formats one line per function', () => {
    expect(formatSelfTimes(topSelfTime(profile, 1))).toBe('     4.0 ms  66.7%  applyUpdate  index-abc.js:10');
  });
});
