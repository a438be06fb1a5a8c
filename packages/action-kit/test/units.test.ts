import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseByteSize, parseDuration } from '../src/index.js';

const durations: [string, number][] = [
  ['0', 0],
  ['90', 90_000],
  ['500ms', 500],
  ['90s', 90_000],
  ['15m', 900_000],
  ['24h', 86_400_000],
  ['7d', 604_800_000],
  ['1w', 604_800_000],
  ['1h30m', 5_400_000],
  ['2m30s', 150_000],
  ['1m500ms', 60_500],
  ['1w2d3h4m5s6ms', 788_645_006],
  ['1.5h', 5_400_000],
  ['0.5s', 500],
  [' 10s ', 10_000],
];

for (const [text, ms] of durations) {
  test(`parseDuration(${JSON.stringify(text)}) is ${ms}ms`, () => {
    assert.equal(parseDuration(text), ms);
  });
}

for (const text of ['', '-1h', '-5', 'abc', '1hh', 'h', '1h30', '1.5', '.5h', '1 h', '1H', '1y', '1h-30m', '99999999999999999w']) {
  test(`parseDuration rejects ${JSON.stringify(text)}`, () => {
    assert.throws(
      () => parseDuration(text),
      (err: Error) =>
        err.message.includes(`invalid duration ${JSON.stringify(text)}`) &&
        err.message.includes('ms, s, m, h, d or w') &&
        err.message.includes('plain integer number of seconds'),
    );
  });
}

const byteSizes: [string, number][] = [
  ['0', 0],
  ['512', 512],
  ['512B', 512],
  ['512b', 512],
  ['2k', 2_000],
  ['2K', 2_000],
  ['2KB', 2_000],
  ['64KiB', 65_536],
  ['64kib', 65_536],
  ['1M', 1_000_000],
  ['5MB', 5_000_000],
  ['5mb', 5_000_000],
  ['5MiB', 5_242_880],
  ['1G', 1_000_000_000],
  ['1GB', 1_000_000_000],
  ['1GiB', 1_073_741_824],
  ['1.5KiB', 1_536],
];

for (const [text, bytes] of byteSizes) {
  test(`parseByteSize(${JSON.stringify(text)}) is ${bytes} bytes`, () => {
    assert.equal(parseByteSize(text), bytes);
  });
}

for (const text of ['', '-1', '-5MB', 'abc', 'MiB', '5 MB', '5TB', '5MiBs', '1.5.5', '0x10', '1e3', '1constructor']) {
  test(`parseByteSize rejects ${JSON.stringify(text)}`, () => {
    assert.throws(
      () => parseByteSize(text),
      (err: Error) => err.message.includes(`invalid byte size ${JSON.stringify(text)}`) && err.message.includes('KiB (1024)'),
    );
  });
}
