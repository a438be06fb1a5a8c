import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readNodePackage } from '../node-app.js';
import { type Preset, type PresetOptions, presetDockerfile } from './dockerfile.js';

/** Where the generated Dockerfile is saved: next to the sources, ready to be committed. */
export const PRESET_DOCKERFILE_NAME = 'Dockerfile.service-pipeline';

/** node: the script is package.json's `main` (npm's own default, index.js, otherwise). */
async function optionsFor(preset: Preset, context: string): Promise<PresetOptions> {
  if (preset !== 'node') return {};
  return { entry: (await readNodePackage(context, 'preset node')).main };
}

/** Writes the preset's Dockerfile into the context and returns its path and text. */
export async function preparePresetDockerfile(preset: Preset, context: string): Promise<{ path: string; text: string }> {
  const text = presetDockerfile(preset, await optionsFor(preset, resolve(context)));
  const path = join(resolve(context), PRESET_DOCKERFILE_NAME);
  await writeFile(path, text);
  return { path, text };
}
