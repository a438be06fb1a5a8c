// Human-friendly quantities. The `read*` functions return undefined on bad
// syntax so Inputs can report it as an InputError; parse* throw for everyone else.

export const DURATION_FORMS = 'use a number followed by ms, s, m, h, d or w (e.g. 500ms, 90s, 15m, 1h30m, 1.5h, 7d, 1w), or a plain integer number of seconds';

export const BYTE_SIZE_FORMS =
  'use a number of bytes, optionally followed by B, K/KB (1000), KiB (1024), M/MB (10^6), MiB (2^20), G/GB (10^9) or GiB (2^30), e.g. 512, 64KiB, 5MB, 1GiB';

const DURATION_UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
// 'ms' precedes 'm' in the alternation so "500ms" is not read as 500 minutes plus a stray "s".
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;

export function readDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) return safe(Number(value) * 1_000);
  if (!DURATION.test(value)) return undefined;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(DURATION_PART)) {
    total += Number(amount) * DURATION_UNIT_MS[unit as keyof typeof DURATION_UNIT_MS];
  }
  return safe(Math.round(total));
}

export function parseDuration(text: string): number {
  const ms = readDuration(text);
  if (ms === undefined) throw new Error(`invalid duration ${JSON.stringify(text)}; ${DURATION_FORMS}`);
  return ms;
}

// K is SI (1000) like KB; only the explicit binary units (KiB, MiB, GiB) mean powers of 1024.
// A Map, so a unit such as "constructor" cannot hit a prototype property.
const BYTE_UNIT: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1e3],
  ['kb', 1e3],
  ['kib', 2 ** 10],
  ['m', 1e6],
  ['mb', 1e6],
  ['mib', 2 ** 20],
  ['g', 1e9],
  ['gb', 1e9],
  ['gib', 2 ** 30],
]);
const BYTE_SIZE = /^(\d+(?:\.\d+)?)([a-z]*)$/i;

export function readByteSize(text: string): number | undefined {
  const [, amount, unit] = BYTE_SIZE.exec(text.trim()) ?? [];
  const multiplier = unit === undefined ? undefined : BYTE_UNIT.get(unit.toLowerCase());
  if (amount === undefined || multiplier === undefined) return undefined;
  return safe(Math.round(Number(amount) * multiplier));
}

export function parseByteSize(text: string): number {
  const bytes = readByteSize(text);
  if (bytes === undefined) throw new Error(`invalid byte size ${JSON.stringify(text)}; ${BYTE_SIZE_FORMS}`);
  return bytes;
}

// Past 2^53 the value silently loses precision, so treat it as a typo rather than guess.
function safe(value: number): number | undefined {
  return Number.isSafeInteger(value) ? value : undefined;
}
