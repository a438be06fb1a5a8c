import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLayoutDir, InputError, Inputs } from '@service-pipeline/action-kit';
import { TAG_GRAMMAR } from '@service-pipeline/build';
import { isPlatform } from '@service-pipeline/oci';

export interface MergeInputs {
  /** The layouts to join, each confined and existing. */
  sources: { dir: string }[];
  platforms: string[];
  ref: string;
  target: string;
}

const isLayout = (dir: string): boolean => statSync(join(dir, 'oci-layout'), { throwIfNoEntry: false })?.isFile() ?? false;

/** A layout directory as given, or the layouts one level below it (download-artifact's folder per artifact), each confined too (symlinks followed). */
function expand(inputs: Inputs, dir: string): string[] {
  if (isLayout(dir)) return [dir];
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && isLayout(join(dir, entry.name)))
    .map((entry) => inputs.confine('layouts', join(dir, entry.name), 'read'))
    .sort();
  if (found.length === 0)
    throw new InputError('layouts', `entry ${dir} is neither an OCI layout nor a directory of layouts`, "download the platform builds' layouts there first");
  return found;
}

/** Reads and checks every input before any layout is read. */
export function readInputs(inputs = new Inputs()): MergeInputs {
  const dirs = inputs.list('layouts', { required: true, commas: false }).map((entry) => {
    const dir = inputs.confine('layouts', entry, 'read');
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new InputError('layouts', `entry ${dir} does not exist or is not a directory`, "download the platform builds' layouts there first");
    return dir;
  });
  const platforms = inputs.list('platforms');
  for (const platform of platforms)
    if (!isPlatform(platform)) throw new InputError('platforms', `entry "${platform}" is not os/arch[/variant]`, 'write e.g. linux/amd64, linux/arm64');
  const ref = inputs.string('ref', { required: true, pattern: TAG_GRAMMAR, hint: 'pass the immutable tag, e.g. sha-0123456789ab' });
  const target = inputs.path('oci-layout', { default: defaultLayoutDir(), access: 'write' });
  return { sources: dirs.flatMap((dir) => expand(inputs, dir)).map((dir) => ({ dir })), platforms, ref, target };
}
