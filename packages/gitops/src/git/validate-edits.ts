import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit';
import type { Check, Engine, FailOn, Finding, InMemoryFile, ToolBinaries } from '@service-pipeline/config-validate';
import type { Tree } from './config-repo.js';

/** config-validate's checks on the files a bump is about to commit. */
export interface EditValidation {
  kubernetesVersion: string;
  /** Default: schema, deprecations and policies. */
  checks?: readonly Check[];
  /** The lowest severity that refuses the bump (`never` only reports). */
  failOn: FailOn;
  /** `embedded` (default) checks in memory; `tools` and `both` run kubeconform, pluto and conftest too. */
  engine?: Engine;
  /** Rego policies for conftest: a directory of the config repository, read from the same commit. */
  policyDir?: string;
  /** The real tools' binaries (engine tools or both). */
  tools?: ToolBinaries;
}

/** The `failOn` that lets findings up to a severity through. */
const LETS_THROUGH: Record<Finding['severity'], FailOn> = { error: 'never', warning: 'error', info: 'warning' };

export class BumpValidationError extends ActionError {
  constructor(readonly findings: Finding[]) {
    super(
      `the edited files fail validation, so nothing was committed: ${findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}: ${f.message}`).join('; ')}`,
      `${[...new Set(findings.map((f) => f.fix))].join('; ')}; or set validate-fail-on to ${LETS_THROUGH[findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info']} to let such findings through`,
    );
    this.name = 'BumpValidationError';
  }
}

const YAML = /\.ya?ml$/;

// A finding's identity apart from its line, which an added images entry can shift.
const key = (f: Finding): string => [f.tool, f.rule, f.file, f.kind, f.namespace, f.name, f.message].join('\0');

/**
 * Checks the edited files as they are before and after the edit, with the other YAML files of
 * their directories (CRDs, PodDisruptionBudgets, admission policies) as context; with engine
 * tools or both, also with kubeconform, pluto and conftest (the policy directory's Rego). A finding the
 * edit brings in at or above `failOn` refuses the bump; findings the files already had become
 * notes, so old debt in the config repository does not block every deployment. Values files and
 * kustomizations are not rendered here (config-validate in the config repository's own pipeline
 * renders them): a note says which edited files were not checked.
 */
export async function validateEdits(
  validation: EditValidation,
  texts: readonly { path: string; before: string; after: string }[],
  tree: Tree,
  read: (shas: string[]) => Promise<Map<string, string>>,
): Promise<string[]> {
  // Loaded only when a bump validates: its engines and schemas would slow every other start.
  const { atOrAbove, validateFiles, validateRepository } = await import('@service-pipeline/config-validate');
  const edited = new Set(texts.map((t) => t.path));
  const siblings: [string, string][] = [];
  for (const dir of new Set(texts.map((t) => posix.dirname(t.path)))) {
    for (const [name, entry] of await tree.list(dir === '.' ? '' : dir)) {
      const path = dir === '.' ? name : `${dir}/${name}`;
      if (entry.type === 'blob' && entry.mode !== '120000' && YAML.test(name) && !edited.has(path)) siblings.push([path, entry.sha]);
    }
  }
  const blobs = await read(siblings.map(([, sha]) => sha));
  const context: InMemoryFile[] = siblings.map(([path, sha]) => ({ path, text: blobs.get(sha) ?? '' }));
  const options = { kubernetesVersion: validation.kubernetesVersion, ...(validation.checks ? { checks: validation.checks } : {}) };
  let before: Finding[];
  let after: Finding[];
  if ((validation.engine ?? 'embedded') === 'embedded') {
    before = validateFiles(
      texts.map((t) => ({ path: t.path, text: t.before })),
      { ...options, context },
    ).findings;
    after = validateFiles(
      texts.map((t) => ({ path: t.path, text: t.after })),
      { ...options, context },
    ).findings;
  } else {
    // The real tools read files: a scratch copy of the edited files, their directories and the policies.
    const policies = validation.policyDir ? (await tree.blobsUnder(validation.policyDir)).filter(([, e]) => e.mode !== '120000') : [];
    if (validation.policyDir && policies.length === 0) {
      throw new ActionError(
        `validate-policy-dir "${validation.policyDir}" holds no files in the config repository`,
        'point validate-policy-dir at the directory of Rego policies (relative to the repository root), or leave it empty',
      );
    }
    const policyTexts = await read(policies.map(([, e]) => e.sha));
    const shared = [...context, ...policies.map(([path, e]) => ({ path, text: policyTexts.get(e.sha) ?? '' }))];
    const run = async (side: 'before' | 'after'): Promise<Finding[]> => {
      const root = await mkdtemp(join(tmpdir(), 'bump-validate-'));
      try {
        for (const f of [...shared, ...texts.map((t) => ({ path: t.path, text: t[side] }))]) {
          await mkdir(join(root, posix.dirname(f.path)), { recursive: true });
          await writeFile(join(root, f.path), f.text);
        }
        const result = await validateRepository({
          ...options,
          root,
          engine: validation.engine,
          ...(validation.policyDir ? { policyDir: validation.policyDir } : {}),
          tools: validation.tools ?? {},
        });
        return result.findings.filter((f) => edited.has(f.file));
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    };
    before = await run('before');
    after = await run('after');
  }
  const existing = new Set(before.map(key));
  const introduced = after.filter((f) => !existing.has(key(f)));
  const refusing = introduced.filter((f) => atOrAbove(f.severity, validation.failOn));
  if (refusing.length > 0) throw new BumpValidationError(refusing);

  const notes: string[] = [];
  const inFindings = new Set(after.map((f) => f.file));
  const unchecked = texts
    .filter(
      (t) =>
        !inFindings.has(t.path) &&
        validateFiles([{ path: t.path, text: t.after }], { kubernetesVersion: validation.kubernetesVersion, checks: [] }).resources === 0,
    )
    .map((t) => t.path);
  if (unchecked.length > 0)
    notes.push(
      `validation: not checked: ${unchecked.join(', ')} (no Kubernetes objects; values files and kustomizations are rendered by config-validate in the config repository's pipeline, not here)`,
    );
  for (const f of introduced.filter((x) => !refusing.includes(x)))
    notes.push(`validation (${f.severity}, below validate-fail-on): ${f.file}:${f.line} ${f.rule}: ${f.message}`);
  const old = after.filter((f) => existing.has(key(f)) && atOrAbove(f.severity, validation.failOn));
  if (old.length > 0)
    notes.push(
      `validation: ${old.length} finding(s) at or above ${validation.failOn} were already in the edited files before this bump (not caused by it), e.g. ${old[0]!.file}:${old[0]!.line} ${old[0]!.rule}: ${old[0]!.message}`,
    );
  return notes;
}
