import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/findings/', import.meta.url));

/** The recorded reports of one Debian 12 image with a Node.js and a Go part, by each scanner. */
export const trivyDebian = (): string => readFileSync(`${dir}trivy-debian.json`, 'utf8');
export const grypeDebian = (): string => readFileSync(`${dir}grype-debian.json`, 'utf8');
