import type { EditContext } from './types.js';
import type { PathKey } from './yaml-source.js';

export interface ChartUsage {
  /** Whether the templates read `<map>.<key>` (directly, or through a helper the whole map is passed to). */
  reads(key: string): boolean;
  /** `hex` when the templates write `@sha256:{{ ... .key }}`, so the key holds the hex alone. */
  form(key: string): 'full' | 'hex';
  /** For messages: where the templates are. */
  where: string;
}

/**
 * What a chart's templates read of one values map (e.g. `image`), by reading them as text:
 * `.Values.image.tag` is a direct read; `.Values.image` on its own (`with`, a helper such as
 * Bitnami's `common.images.image (dict "imageRoot" .Values.image)`) hands the whole map on, and
 * then a key counts as read when any template (helpers of library subcharts included) reads
 * `.key` of something. Good enough to never write a key no template reads, and to write a
 * digest in the form the template expects.
 */
export function chartUsage(chart: NonNullable<EditContext['chart']>, mapPath: readonly PathKey[]): ChartUsage | undefined {
  if (mapPath.some((key) => typeof key === 'number' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))) return undefined;
  const text = chart.templates.map((t) => t.text).join('\n');
  const values = `\\.Values\\.${mapPath.map(String).join('\\.')}`;
  const direct = new Set([...text.matchAll(new RegExp(`${values}\\.([A-Za-z0-9_]+)`, 'g'))].map((m) => m[1]!));
  const whole = new RegExp(`${values}(?![.\\w])`).test(text);
  const where = `${chart.dir === '' ? '' : `${chart.dir}/`}templates`;
  return {
    where,
    reads: (key) => direct.has(key) || (whole && new RegExp(`\\.${key}\\b`).test(text)),
    form: (key) => (new RegExp(`sha256:\\{\\{-?[^}]*\\.${key}\\b`).test(text) ? 'hex' : 'full'),
  };
}
