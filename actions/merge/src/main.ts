import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actionLogger, defaultLayoutDir, InputError, Inputs, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { mergePlatformImages } from '@service-pipeline/build';
import { isPlatform } from '@service-pipeline/oci';

/** A layout directory as given, or the layouts one level below it (download-artifact's folder per artifact). */
function expand(dir: string): string[] {
  if (existsSync(join(dir, 'oci-layout'))) return [dir];
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'oci-layout')))
    .map((entry) => join(dir, entry.name))
    .sort();
  if (found.length === 0) throw new InputError('layouts', `entry ${dir} is neither an OCI layout nor a directory of layouts`, 'download the platform builds\' layouts there first');
  return found;
}

async function main(): Promise<void> {
  const inputs = new Inputs();
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const dirs = inputs.list('layouts', { required: true, commas: false }).map((dir) => resolve(workspace, dir));
  for (const dir of dirs) if (!existsSync(dir)) throw new InputError('layouts', `entry ${dir} does not exist`, "download the platform builds' layouts there first");
  const platforms = inputs.list('platforms');
  for (const platform of platforms) if (!isPlatform(platform)) throw new InputError('platforms', `entry "${platform}" is not os/arch[/variant]`, 'write e.g. linux/amd64, linux/arm64');
  const ref = inputs.string('ref', { required: true, pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, hint: 'pass the immutable tag, e.g. sha-0123456789ab' });
  const target = inputs.path('oci-layout') || defaultLayoutDir();
  const sources = dirs.flatMap(expand).map((dir) => ({ dir }));
  const merged = await actionLogger.group(`Merging ${sources.length} layout(s) into ${target}`, () => mergePlatformImages(sources, target, { refName: ref, ...(platforms.length > 0 ? { platforms } : {}) }));
  for (const [platform, digest] of Object.entries(merged.platformDigests)) actionLogger.info(`${platform}: ${digest}`);
  setOutputs({ digest: merged.root.digest, 'platform-digests': merged.platformDigests, 'oci-layout': target });
  await writeSummary({
    heading: 'Multi-platform image',
    paragraphs: [`\`${merged.root.digest}\` (${ref})`],
    tables: [{ headers: ['platform', 'digest'], rows: Object.entries(merged.platformDigests) }],
  });
}

await run('merge', main);
