/**
 * Every file of a run is written whole or not at all: the bytes go to a temp file next to the
 * target, are fsync'ed, and the temp file is renamed over the target (rename is atomic on one file
 * system). A SIGKILL or power cut therefore leaves either the old file or the new one, plus at
 * worst a stray `*.tmp`, which readers ignore and `cleanTempFiles` removes when a run is reopened.
 */
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Temp files of interrupted writes end with this (and never with `.json`). */
export const TEMP_SUFFIX = '.tmp';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(16).slice(2)}${TEMP_SUFFIX}`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data);
    // Without the fsync a crash of the machine (not just of the process) could rename an empty file.
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
  await syncDir(path.dirname(file));
}

export async function writeJsonAtomic(file: string, data: unknown): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(data, null, 2) + '\n');
}

/** Makes the rename itself durable. Some file systems refuse fsync on directories: that is fine. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

/** Removes temp files left by writes that a crash cut short; returns the names removed. */
export async function cleanTempFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stray = names.filter((n) => n.endsWith(TEMP_SUFFIX));
  await Promise.all(stray.map((n) => rm(path.join(dir, n), { force: true })));
  return stray;
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}
