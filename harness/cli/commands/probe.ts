/**
 * `probe <url>`: open a centre's page, find its chat (launcher, frames, pre-chat form, composer,
 * message list), optionally send lines to learn which bubbles are whose, and write a scenario
 * skeleton plus a screenshot. Exit 0 usable chat, 2 only part of one (skeleton has TODOs), 1 bad
 * arguments. Nothing is sent without --send.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/load.js';
import { ConfigError } from '../../errors.js';
import { probeChat } from '../../channels/webchat/probe/probe.js';
import { formatReport } from '../../channels/webchat/probe/report.js';
import { buildSkeleton, scenarioIdOf } from '../../channels/webchat/probe/skeleton.js';
import { verdictOf } from '../../channels/webchat/probe/types.js';
import { EXIT } from '../output.js';

export interface ProbeCommandOptions {
  /** Lines to send, in order (repeat --send). @default [] */
  send?: string[];
  /** Where to write the scenario skeleton. @default "scenarios/<probe-id>.yaml" */
  out?: string;
  /** Where to save the screenshot. @default next to the skeleton, same name, .png */
  screenshot?: string;
  /** Bound of each wait (chat opening, replies), ms. @default 20000 */
  timeout?: number;
  config?: string;
  /** Overwrite an existing skeleton. @default false */
  force?: boolean;
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`"${raw}" is not an absolute URL`, 'give the page that shows the chat or its launcher, e.g. https://shop.example.cn/help');
  }
  if (!/^https?:$/.test(url.protocol)) throw new ConfigError(`"${raw}" must be an http(s) URL`);
  return url;
}

export async function probeCommand(rawUrl: string, opts: ProbeCommandOptions, out = process.stdout): Promise<number> {
  const url = parseUrl(rawUrl);
  const file = opts.out ?? path.join('scenarios', `${scenarioIdOf(url.toString())}.yaml`);
  if (existsSync(file) && !opts.force) {
    throw new ConfigError(`${file} exists; probe does not overwrite a scenario`, 'pass --out <other file>, or --force to replace it');
  }
  const screenshot = opts.screenshot ?? file.replace(/\.ya?ml$/i, '') + '.png';
  const config = await loadConfig(opts.config ? { config: opts.config } : {});
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await mkdir(path.dirname(path.resolve(screenshot)), { recursive: true });
  const send = opts.send ?? [];
  const findings = await probeChat({
    url: url.toString(),
    send,
    ...(opts.timeout ? { timeoutMs: opts.timeout } : {}),
    browser: config.browser,
    screenshotPath: screenshot,
  });
  await writeFile(file, buildSkeleton(findings, { lines: send, writtenAt: new Date().toISOString() }));
  out.write(formatReport(findings, { scenario: file, screenshot }));
  return verdictOf(findings) === 'usable' ? EXIT.ok : EXIT.contactsFailed;
}
