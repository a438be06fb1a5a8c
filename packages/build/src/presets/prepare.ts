import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { presetDockerfile, type Preset, type PresetOptions } from './dockerfile.js';

/** Where the generated Dockerfile is saved: next to the sources, ready to be committed. */
export const PRESET_DOCKERFILE_NAME = 'Dockerfile.service-pipeline';

/** node: the script is package.json's `main` (npm's own default, index.js, otherwise). */
async function optionsFor(preset: Preset, context: string): Promise<PresetOptions> {
  if (preset !== 'node') return {};
  const text = await readFile(join(context, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) throw new ActionError(`preset node needs ${join(context, 'package.json')}, which does not exist`, 'point context at the Node project (with package.json and package-lock.json)');
  let main: unknown;
  try {
    main = (JSON.parse(text) as { main?: unknown }).main;
  } catch (error) {
    throw new ActionError(`${join(context, 'package.json')} is not valid JSON: ${(error as Error).message}`, 'fix package.json', { cause: error });
  }
  return typeof main === 'string' ? { entry: main.replace(/^\.\//, '') } : {};
}

/** Writes the preset's Dockerfile into the context and returns its path and text. */
export async function preparePresetDockerfile(preset: Preset, context: string): Promise<{ path: string; text: string }> {
  const text = presetDockerfile(preset, await optionsFor(preset, resolve(context)));
  const path = join(resolve(context), PRESET_DOCKERFILE_NAME);
  await writeFile(path, text);
  return { path, text };
}
