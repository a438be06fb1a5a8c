/**
 * Lines shorter than this are not masked on their own: masking "ab" would blank every "ab" in
 * the log, while such a fragment gives nothing away.
 */
const MIN_LINE = 4;

/**
 * Every form of a credential that could reach a log: the value, each line of a multi-line
 * value (an SSH key, a PEM), the base64 of `x-access-token:<value>` (git's HTTP header), of
 * `<user>:<value>` (registry basic auth, docker config) and of the value alone, and its URL
 * encoding when that differs.
 */
export function secretForms(value: string, user?: string): string[] {
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  const lines = value
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length >= MIN_LINE);
  const forms = [value, ...lines, base64(value), base64(`x-access-token:${value}`), encodeURIComponent(value)];
  if (user) forms.push(base64(`${user}:${value}`));
  return [...new Set(forms)];
}
