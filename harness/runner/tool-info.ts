import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

/** Recorded in every run manifest, so a stored run says what produced it. */
export const TOOL = { name: pkg.name, version: pkg.version, node: process.version } as const;
