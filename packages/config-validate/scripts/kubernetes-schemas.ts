// Generates src/schemas/kubernetes.json from the npm package kubernetes-models@4.3.1: the
// JSON schemas that package generated from the upstream Kubernetes OpenAPI (v1.27.1 merged with
// the removed APIs of 1.15, 1.21 and 1.24). 4.3.1 is the newest release that ships the schemas
// themselves; 4.4.0 and later ship only precompiled, non-strict validation functions.
//
//   pnpm exec tsx packages/config-validate/scripts/kubernetes-schemas.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_FILE = join(PACKAGE_DIR, 'src', 'schemas', 'kubernetes.json');

// Each schema module is `const schema = <JSON>;` followed by `register("<id>", schema)`.
const MODULE = /const schema = ([\s\S]*?);\nexport function addSchema\(\) \{[\s\S]*?register\("([^"]+)", schema\);/;

function packageDir(name: string, from: string): string {
  const require = createRequire(join(from, 'package.json'));
  return dirname(require.resolve(`${name}/package.json`));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

/** The generated document: every definition, plus an index from apiVersion/kind to definition id. */
export function extractKubernetesSchemas(): string {
  const models = packageDir('kubernetes-models', PACKAGE_DIR);
  const apimachinery = packageDir('@kubernetes-models/apimachinery', models);
  const version = (JSON.parse(readFileSync(join(models, 'package.json'), 'utf8')) as { version: string }).version;
  const definitions: Record<string, unknown> = {};
  for (const dir of [join(models, '_schemas'), join(apimachinery, '_schemas')]) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .sort()) {
      const match = MODULE.exec(readFileSync(join(dir, file), 'utf8'));
      if (!match) throw new Error(`${join(dir, file)} does not have the expected schema module shape`);
      definitions[match[2]!] = JSON.parse(match[1]!);
    }
  }
  const kinds: Record<string, string> = {};
  for (const [id, schema] of Object.entries(definitions)) {
    const props = (schema as { properties?: Record<string, { enum?: string[] }> }).properties;
    const apiVersions = props?.['apiVersion']?.enum;
    const kindNames = props?.['kind']?.enum;
    if (!apiVersions || !kindNames || kindNames.some((k) => k.endsWith('List'))) continue;
    for (const apiVersion of apiVersions) for (const kind of kindNames) kinds[`${apiVersion}/${kind}`] = id;
  }
  const document = { source: `kubernetes-models@${version}`, kubernetesVersion: '1.27.1', kinds, definitions };
  return `${JSON.stringify(sortKeys(document))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED_FILE, extractKubernetesSchemas());
  console.log(`wrote ${GENERATED_FILE}`);
}
