import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GitCredentials {
  /** HTTPS: sent as `Authorization: Basic x-access-token:<token>`, the form GitHub accepts for app, PAT and GITHUB_TOKEN alike. */
  token?: string;
  /** SSH: a private deploy key (OpenSSH or PEM text). */
  sshKey?: string;
}

export interface GitAuth {
  /** Variables to add to git's environment. */
  env: Record<string, string>;
  /** Every form of the secret that could show up in output; to mask in the log and remove from errors. */
  secrets: string[];
  redact(text: string): string;
  /** Removes the key file; safe to call twice. */
  dispose(): Promise<void>;
}

/**
 * Credentials for one git transaction. The token travels as a one-off `http.extraheader` set
 * through GIT_CONFIG_COUNT variables: it is never written to .git/config, never part of a URL,
 * and never on a command line where `ps` could show it. The SSH key lives in a 0600 file in a
 * private temp directory that `dispose` removes.
 */
export async function prepareGitAuth(credentials: GitCredentials): Promise<GitAuth> {
  const env: Record<string, string> = {};
  const secrets: string[] = [];
  let keyDir: string | undefined;
  if (credentials.token) {
    const basic = Buffer.from(`x-access-token:${credentials.token}`).toString('base64');
    Object.assign(env, {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.extraheader',
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
    });
    secrets.push(credentials.token, basic);
  }
  if (credentials.sshKey) {
    keyDir = await mkdtemp(join(tmpdir(), 'sp-ssh-'));
    await chmod(keyDir, 0o700);
    const keyFile = join(keyDir, 'deploy-key');
    // ssh refuses a key without the final newline that secrets often lose.
    await writeFile(keyFile, `${credentials.sshKey.replace(/\r\n/g, '\n').trimEnd()}\n`, { mode: 0o600 });
    const knownHosts = join(keyDir, 'known_hosts');
    env.GIT_SSH_COMMAND = [
      'ssh',
      `-i '${keyFile}'`,
      '-o IdentitiesOnly=yes',
      '-o BatchMode=yes',
      '-o StrictHostKeyChecking=accept-new',
      `-o UserKnownHostsFile='${knownHosts}'`,
    ].join(' ');
    secrets.push(credentials.sshKey);
  }
  return {
    env,
    secrets,
    redact: (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text),
    dispose: async () => {
      if (keyDir) await rm(keyDir, { recursive: true, force: true });
      keyDir = undefined;
    },
  };
}
