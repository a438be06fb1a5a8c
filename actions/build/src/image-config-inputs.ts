import { asInput, InputError, type Inputs } from '@service-pipeline/action-kit';
import { checkPorts, checkUser, checkWorkdir, parseKeyValueLines } from '@service-pipeline/build';
import type { BuildInputs } from './inputs.js';

function execForm(inputs: Inputs, name: string): string[] | undefined {
  if (!inputs.has(name)) return undefined;
  const value = inputs.json<unknown>(name);
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    throw new InputError(
      name,
      'must be a non-empty JSON array of strings (exec form)',
      `e.g. ${name}: '["/app/server"]'; a shell string would need a shell, which distroless images do not have`,
    );
  }
  return value as string[];
}

const DEFAULT_USER = '65532:65532';
// Where each append-mode setting lives in a Dockerfile, for the error that refuses it in Dockerfile mode.
const DOCKERFILE_INSTRUCTION = { entrypoint: 'ENTRYPOINT', cmd: 'CMD', env: 'ENV', workdir: 'WORKDIR', user: 'USER', ports: 'EXPOSE' } as const;

type ImageConfigInputs = Pick<BuildInputs, 'entrypoint' | 'cmd' | 'env' | 'workdir' | 'user' | 'ports'>;

/** Append mode writes these into the image config; in Dockerfile mode the Dockerfile does, so setting them there is refused. */
export function readImageConfig(inputs: Inputs, mode: 'dockerfile' | 'append'): ImageConfigInputs {
  if (mode === 'dockerfile') {
    for (const [name, instruction] of Object.entries(DOCKERFILE_INSTRUCTION)) {
      if (name === 'user' ? inputs.string('user', { default: DEFAULT_USER }) !== DEFAULT_USER : inputs.has(name)) {
        throw new InputError(name, 'is set but the mode is dockerfile', `write ${instruction} in the Dockerfile, or remove ${name}`);
      }
    }
    return { env: {}, workdir: '', user: DEFAULT_USER, ports: [] };
  }
  const entrypoint = execForm(inputs, 'entrypoint');
  const cmd = execForm(inputs, 'cmd');
  return {
    ...(entrypoint ? { entrypoint } : {}),
    ...(cmd ? { cmd } : {}),
    env: asInput('env', () => parseKeyValueLines('env', inputs.list('env', { commas: false }))),
    workdir: asInput('workdir', () => checkWorkdir(inputs.string('workdir'))),
    user: asInput('user', () => checkUser(inputs.string('user', { default: DEFAULT_USER }))),
    ports: asInput('ports', () => checkPorts(inputs.list('ports'))),
  };
}
