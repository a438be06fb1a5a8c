export const DEFAULT_COMMIT_MESSAGE = 'Bump {service} in {environment} to {new}';

export const MESSAGE_PLACEHOLDERS = ['service', 'environment', 'image', 'old', 'new', 'tag', 'digest', 'source-repository', 'source-commit', 'run-url'] as const;
export type MessageValues = Record<(typeof MESSAGE_PLACEHOLDERS)[number], string>;

/** Placeholders in a template that are not known; empty when the template is valid. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(MESSAGE_PLACEHOLDERS);
  return [...template.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]!).filter((name) => !known.has(name));
}

/** Fills `{name}` placeholders; a line whose placeholders are all empty (e.g. `Run: {run-url}` outside Actions) is dropped. */
export function renderCommitMessage(template: string, values: MessageValues): string {
  const lines: string[] = [];
  for (const line of template.split('\n')) {
    const used = [...line.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]!).filter((name) => Object.hasOwn(values, name));
    if (used.length > 0 && used.every((name) => values[name as keyof MessageValues] === '')) continue;
    lines.push(line.replace(/\{([a-z-]+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name as keyof MessageValues] : whole)).trimEnd());
  }
  return lines.join('\n').trim();
}
