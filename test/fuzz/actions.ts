import type { InputKind } from './hostile.js';

/** The secret every run passes where an action takes one; it must never show up unmasked. */
export const SENTINEL_SECRET = 'fz-Secret-7c1e9a52';

export interface FuzzTarget {
  /** Where the runs point: the sandbox workspace, a registry with htpasswd auth, a bare git repository. */
  registryHost: string;
  configUrl: string;
  /** A GitHub API fake that refuses every token but one the runs never get. */
  githubUrl: string;
}

export interface ActionSpec {
  /** Every input of action.yml with the way it is read; `required` marks inputs without a usable default. */
  inputs: Record<string, { kind: InputKind; required?: boolean; secret?: boolean }>;
  /**
   * Valid inputs that make the run fail late and harmlessly (a refused password or token, a distroless
   * finding, the max-deletions brake, a missing target file), so that a hostile value the
   * action accepts still ends in exit code 1 with nothing pushed, committed or deleted.
   */
  baseline(target: FuzzTarget): Record<string, string>;
  /**
   * Optional inputs without which the action has no work that can fail (notify with nobody to
   * dispatch to): an empty value there must succeed, changing nothing, instead of failing late.
   */
  succeedsWhenUnset?: string[];
}

const line = { kind: 'line' } as const;
const path = { kind: 'path' } as const;
const list = { kind: 'list' } as const;
// Enums, booleans and values held to one exact format (a digest): nothing hostile is acceptable.
const choice = { kind: 'choice' } as const;
const number = { kind: 'number' } as const;
const secret = { kind: 'secret-line', secret: true } as const;

export const ACTIONS: Record<string, ActionSpec> = {
  build: {
    inputs: {
      image: { kind: 'line', required: true },
      context: path,
      dockerfile: path,
      preset: choice,
      engine: choice,
      mode: choice,
      artifacts: { kind: 'list', required: true },
      'base-image': { kind: 'line', required: true },
      platforms: { kind: 'list', required: true },
      entrypoint: { kind: 'multiline' },
      cmd: { kind: 'multiline' },
      env: list,
      workdir: line,
      user: line,
      ports: list,
      target: line,
      'build-args': list,
      secrets: { kind: 'multiline', secret: true },
      'cache-from': list,
      'cache-to': list,
      push: choice,
      username: line,
      password: secret,
      tags: list,
      latest: choice,
      labels: list,
      'oci-layout': path,
      'distroless-check': choice,
    },
    // /bin/sh in the image fails the distroless check; nothing is pushed (push is false).
    baseline: (t) => ({
      image: `${t.registryHost}/acme/fuzz`,
      mode: 'append',
      'base-image': 'oci-layout:layout:latest',
      artifacts: 'dist/server=/app/server\ndist/server=/bin/sh',
      entrypoint: '["/app/server"]',
      username: 'fuzz',
      password: SENTINEL_SECRET,
    }),
  },
  push: {
    inputs: {
      'oci-layout': path,
      'layout-ref': line,
      digest: choice,
      'source-image': line,
      tags: { kind: 'list', required: true },
      username: line,
      password: secret,
      'source-username': line,
      'source-password': secret,
      'mount-from': list,
      concurrency: number,
      'chunk-size': number,
      'source-label-check': choice,
      attestations: list,
    },
    // The registry refuses the password: nothing is uploaded.
    baseline: (t) => ({ 'oci-layout': 'layout', tags: `${t.registryHost}/acme/fuzz:v1`, username: 'fuzz', password: SENTINEL_SECRET }),
  },
  sbom: {
    inputs: {
      generator: choice,
      format: list,
      'oci-layout': path,
      'layout-ref': line,
      image: line,
      directory: path,
      'output-dir': path,
      attach: choice,
      'attach-to': line,
      username: line,
      password: secret,
      'tool-path': path,
      'tool-base-url': line,
      'dependency-graph': choice,
      token: secret,
    },
    // The stand-in tool writes no SBOM.
    baseline: () => ({ directory: 'dist', 'tool-path': 'tool', username: 'fuzz', password: SENTINEL_SECRET }),
  },
  scan: {
    inputs: {
      'oci-layout': path,
      'layout-ref': line,
      image: line,
      sbom: path,
      scanners: { kind: 'list', required: true },
      'fail-on': choice,
      'only-fixed': choice,
      'ignore-file': path,
      'max-db-age': number,
      'db-repository': list,
      'trivy-version': choice,
      'grype-version': choice,
      'trivy-path': path,
      'grype-path': path,
      'registry-username': line,
      'registry-password': secret,
      'sarif-category': line,
      vex: list,
      'vex-max-age': number,
    },
    // The stand-in trivy has no vulnerability database.
    baseline: () => ({ 'oci-layout': 'layout', 'trivy-path': 'tool' }),
  },
  prune: {
    inputs: {
      provider: choice,
      image: line,
      token: secret,
      username: line,
      'api-url': line,
      registry: line,
      'oci-layout': path,
      grace: number,
      'keep-untagged': number,
      'delete-tags': list,
      'delete-tags-match': choice,
      'keep-tags': list,
      'in-use': list,
      'max-deletions': number,
      'delete-orphaned-referrers': choice,
      'dry-run': choice,
      concurrency: number,
    },
    // The layout holds a truncated manifest, which stops the run before planning; dry-run and
    // max-deletions 0 would hold even if it did not.
    baseline: () => ({
      provider: 'oci-layout',
      'oci-layout': 'prune-layout',
      grace: '0s',
      'delete-tags': '.*',
      'max-deletions': '0',
      'dry-run': 'true',
      token: SENTINEL_SECRET,
    }),
  },
  'config-validate': {
    inputs: {
      path: path,
      'kubernetes-version': line,
      checks: list,
      engine: choice,
      'policy-dir': path,
      'fail-on': choice,
      'helm-path': path,
      'kustomize-path': path,
      'kubeconform-path': path,
      'conftest-path': path,
      'pluto-path': path,
      'tools-base-url': line,
    },
    // config/ holds a Deployment with a schema error: the embedded engine finds it, the step fails.
    baseline: () => ({ path: 'config' }),
  },
  'manifest-bump': {
    inputs: {
      repository: { kind: 'line', required: true },
      branch: line,
      token: secret,
      'ssh-key': { kind: 'multiline', secret: true },
      image: { kind: 'line', required: true },
      targets: { kind: 'multiline', required: true },
      pin: choice,
      mode: choice,
      'commit-message': line,
      'dry-run': choice,
      'max-attempts': number,
      batch: choice,
      'expected-current': line,
      environment: line,
      service: line,
      'image-created': line,
      'source-repository': line,
      'source-commit': line,
      'author-name': line,
      'author-email': line,
      'pr-labels': list,
      'pr-reviewers': list,
      'pr-base': line,
      'history-depth': number,
      images: list,
      'promote-from': line,
      'promote-from-targets': { kind: 'multiline' },
      transport: choice,
      validate: choice,
      'validate-kubernetes-version': line,
      'validate-checks': list,
      'validate-fail-on': choice,
      'validate-engine': choice,
      'validate-policy-dir': line,
    },
    // The target file is not in the config repository: nothing is committed.
    baseline: (t) => ({ repository: t.configUrl, token: SENTINEL_SECRET, image: 'ghcr.io/acme/shop:1.0', targets: 'apps/missing.yaml' }),
  },
  plan: {
    inputs: {
      config: path,
      path: path,
      image: line,
      platforms: list,
      runners: list,
      environments: list,
      'preview-environment': line,
      'feature-branches': list,
      stages: list,
      chart: path,
      'chart-repository': line,
      'version-file': path,
      'tag-prefix': line,
      'dispatch-repositories': list,
      webhook: choice,
      'secrets-set': list,
    },
    // A push to main plans a release, whose bump needs a config-repo secret the run was not given.
    baseline: () => ({}),
  },
  merge: {
    inputs: { layouts: { kind: 'list', required: true }, platforms: list, ref: { kind: 'line', required: true }, 'oci-layout': path },
    // inner/ is a link to layout/: the same platform twice, refused before the index is written.
    baseline: () => ({ layouts: 'layout\ninner', ref: 'v1' }),
  },
  notify: {
    inputs: {
      plan: { kind: 'multiline', required: true },
      jobs: { kind: 'multiline', required: true },
      digest: choice,
      'webhook-url': secret,
      'dispatch-repositories': list,
      'dispatch-token': secret,
      'api-url': line,
    },
    // GitHub refuses the dispatch token; without dispatch-repositories there is nothing to fail (see succeedsWhenUnset).
    baseline: (t) => ({
      plan: JSON.stringify({ kind: 'release', image: 'ghcr.io/acme/shop', version: '1.4.0', bump: { environment: 'staging' } }),
      jobs: JSON.stringify({ plan: { result: 'success' }, push: { result: 'success' } }),
      'dispatch-repositories': 'acme/qa',
      'dispatch-token': SENTINEL_SECRET,
      'api-url': t.githubUrl,
    }),
    succeedsWhenUnset: ['dispatch-repositories'],
  },
  'helm-push': {
    inputs: {
      chart: { kind: 'path', required: true },
      repository: { kind: 'line', required: true },
      version: line,
      'app-version': line,
      username: line,
      password: secret,
    },
    // The registry refuses the password: nothing is uploaded.
    baseline: (t) => ({ chart: 'chart', repository: `${t.registryHost}/acme/charts`, username: 'fuzz', password: SENTINEL_SECRET }),
  },
};
