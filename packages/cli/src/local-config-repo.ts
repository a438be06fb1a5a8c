import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitRunner, isolatedGitEnv } from '@service-pipeline/gitops';

const AUTHOR = {
  GIT_AUTHOR_NAME: 'service-pipeline',
  GIT_AUTHOR_EMAIL: 'service-pipeline@localhost',
  GIT_COMMITTER_NAME: 'service-pipeline',
  GIT_COMMITTER_EMAIL: 'service-pipeline@localhost',
};
const git = (cwd: string, ...args: string[]): Promise<string> => gitRunner(cwd, isolatedGitEnv(AUTHOR))(args);

/** The Deployment a fresh local config repo starts with: the service's image, not yet pinned. */
export function seedDeployment(service: string, image: string): string {
  return `# Deployed by Argo CD / Flux from this repository; the service pipeline bumps the image.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${service}
  labels:
    app.kubernetes.io/name: ${service}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${service}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${service}
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: ${service}
          image: ${image}:initial # bumped by the pipeline
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
`;
}

/**
 * A bare config repository standing in for the GitOps repo of a local run, created once with
 * `apps/<service>/deployment.yaml` so the bump step has a manifest to rewrite.
 */
export async function ensureLocalConfigRepo(bareDir: string, service: string, image: string): Promise<{ remote: string; target: string; created: boolean }> {
  const target = `apps/${service}/deployment.yaml`;
  if (existsSync(join(bareDir, 'HEAD'))) return { remote: bareDir, target, created: false };
  await mkdir(bareDir, { recursive: true });
  await git(bareDir, 'init', '--quiet', '--bare', '--initial-branch=main');
  const work = await mkdtemp(join(tmpdir(), 'sp-config-seed-'));
  try {
    await git(work, 'init', '--quiet', '--initial-branch=main');
    await mkdir(join(work, 'apps', service), { recursive: true });
    await writeFile(join(work, target), seedDeployment(service, image));
    await git(work, 'add', '.');
    await git(work, 'commit', '--quiet', '-m', `Add ${service}`);
    await git(work, 'push', '--quiet', bareDir, 'main');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { remote: bareDir, target, created: true };
}
