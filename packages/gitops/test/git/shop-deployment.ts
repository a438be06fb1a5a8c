/** The smallest Deployment a bump edits: one container named app running `image:tag`. */
export function shopDeployment(image: string, tag: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: shop',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${image}:${tag}`,
    '',
  ].join('\n');
}
