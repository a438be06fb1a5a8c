import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '@service-pipeline/action-kit/exec';

export interface Credentials {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (`identitytoken` in Docker's config). */
  identityToken?: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** The keys Docker writes for a registry: bare host, with scheme, and Docker Hub's legacy URL. */
function configKeys(registry: string): string[] {
  if (registry === 'docker.io') {
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1'];
  }
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/`, `https://${registry}/v1/`];
}

function runHelper(helper: string, server: string): Promise<Credentials | undefined> {
  return new Promise((resolve, reject) => {
    const child = execFile(`docker-credential-${helper}`, ['get'], { timeout: 15_000, env: childEnv() }, (error, stdout) => {
      if (error) {
        // Helpers exit 1 with "credentials not found" when they simply have nothing.
        if (/not found/i.test(`${stdout}${error.message}`)) resolve(undefined);
        else reject(new Error(`docker-credential-${helper} failed for ${server}: ${error.message}`));
        return;
      }
      try {
        const parsed = JSON.parse(stdout) as { Username?: string; Secret?: string };
        if (!parsed.Secret) resolve(undefined);
        else if (parsed.Username === '<token>') resolve({ identityToken: parsed.Secret });
        else resolve({ username: parsed.Username ?? '', password: parsed.Secret });
      } catch {
        reject(new Error(`docker-credential-${helper} printed something that is not JSON for ${server}`));
      }
    });
    child.stdin?.end(server);
  });
}

/**
 * Credentials for a registry from Docker's config.json (DOCKER_CONFIG or ~/.docker),
 * including credential helpers, so a laptop that ran `docker login` needs no inputs.
 */
export async function credentialsFromDockerConfig(
  registry: string,
  configDir = process.env.DOCKER_CONFIG ?? join(homedir(), '.docker'),
): Promise<Credentials | undefined> {
  let config: DockerConfig;
  try {
    config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8')) as DockerConfig;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${join(configDir, 'config.json')}: ${(error as Error).message}`);
  }
  const keys = configKeys(registry);
  const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
  if (helper) return runHelper(helper, keys[0]!);
  for (const key of keys) {
    const entry = config.auths?.[key];
    if (!entry) continue;
    if (entry.identitytoken) return { identityToken: entry.identitytoken };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  }
  if (config.credsStore) return runHelper(config.credsStore, keys[0]!);
  return undefined;
}
