import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commitBump, nextVersion } from '@service-pipeline/plan';

describe('version: conventional commits', () => {
  const bumps: [string, string][] = [
    ['feat: coupons', 'minor'],
    ['feat(cart)!: new totals', 'major'],
    ['fix: rounding\n\nBREAKING CHANGE: totals are integers', 'major'],
    ['fix(api): 500 on empty cart', 'patch'],
    ['perf: cache', 'patch'],
    ['Update README', 'patch'],
    ['FEAT: shouting', 'minor'],
  ];
  for (const [message, bump] of bumps) test(`${JSON.stringify(message.split('\n')[0])} -> ${bump}`, () => assert.equal(commitBump(message), bump));
});

describe('version: next version', () => {
  const cases: { name: string; lastTag?: string; commits: string[]; want: string | undefined }[] = [
    { name: 'feature since v1.3.2', lastTag: 'v1.3.2', commits: ['fix: a', 'feat: b'], want: '1.4.0' },
    { name: 'fixes only', lastTag: 'v1.3.2', commits: ['fix: a', 'docs: b'], want: '1.3.3' },
    { name: 'breaking change', lastTag: 'v1.3.2', commits: ['feat!: b'], want: '2.0.0' },
    { name: 'breaking change in 0.y', lastTag: 'v0.4.1', commits: ['feat!: b'], want: '0.5.0' },
    { name: 'no commits since the tag', lastTag: 'v1.3.2', commits: [], want: undefined },
    { name: 'first release', commits: ['feat: first'], want: '0.1.0' },
    { name: 'first release, breaking', commits: ['feat!: first'], want: '1.0.0' },
  ];
  for (const { name, lastTag, commits, want } of cases) {
    test(name, () => assert.equal(nextVersion({ ...(lastTag ? { lastTag } : {}), commits }, 'v')?.version, want));
  }
  test('a tag prefix other than v', () => assert.equal(nextVersion({ lastTag: 'shop-1.2.0', commits: ['fix: a'] }, 'shop-')?.version, '1.2.1'));
});
