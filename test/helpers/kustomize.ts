import { runCommand, SpawnError } from '@service-pipeline/action-kit/exec';

/**
 * `kubectl kustomize <dir>`: what Argo CD or Flux would apply for a kustomization. Debian's
 * kubernetes-client provides it (`bash .ci/run` installs it); a missing kubectl fails the test
 * with the install command.
 */
export async function kustomizeBuild(dir: string): Promise<string> {
  const result = await runCommand('kubectl', ['kustomize', dir], { captureStdout: true }).catch((error: unknown) => {
    if (error instanceof SpawnError && error.code === 'ENOENT')
      throw new Error('kubectl is not installed: run `apt-get install kubernetes-client` (bash .ci/run does)');
    throw error;
  });
  if (result.code !== 0) throw new Error(`kubectl kustomize ${dir} failed: ${result.tail.join('\n')}`);
  return result.stdout;
}
