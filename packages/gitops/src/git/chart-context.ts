import { posix } from 'node:path';
import type { EditContext } from '../edit/index.js';
import type { Tree } from './config-repo.js';

/**
 * The Helm chart a values file belongs to, when its templates are in the config repository: the
 * nearest `Chart.yaml` in the file's directory or above, with every file under its `templates/`
 * and its vendored subcharts' `templates/` (library helpers such as Bitnami's `common`).
 * `key` changes whenever any of them does (for the edit cache).
 */
export async function chartContextFor(
  tree: Tree,
  valuesPath: string,
  read: (shas: readonly string[]) => Promise<Map<string, string>>,
): Promise<{ key: string[]; context: EditContext } | undefined> {
  for (let dir = posix.dirname(valuesPath); ; dir = posix.dirname(dir)) {
    const root = dir === '.' ? '' : dir;
    const prefix = root === '' ? '' : `${root}/`;
    const chartFile = await tree.entry(`${prefix}Chart.yaml`);
    if (chartFile?.type === 'blob' && chartFile.mode !== '120000') {
      const subcharts = [...(await tree.list(`${prefix}charts`))]
        .filter(([, entry]) => entry.type === 'tree')
        .map(([name]) => `${prefix}charts/${name}/templates`);
      const templates = (await Promise.all([`${prefix}templates`, ...subcharts].map((d) => tree.blobsUnder(d))))
        .flat()
        .filter(([, entry]) => entry.mode !== '120000');
      const texts = await read(templates.map(([, entry]) => entry.sha));
      return {
        key: [`${prefix}Chart.yaml`, ...templates.map(([path, entry]) => `${path}:${entry.sha}`)],
        context: { chart: { dir: root, templates: templates.map(([path, entry]) => ({ path, text: texts.get(entry.sha)! })) } },
      };
    }
    if (root === '') return undefined;
  }
}
