/** `init`: a starter config and scenario in the current directory, never overwriting a file. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE } from '../../config/load.js';

const CONFIG = `# mystery-shopper configuration. Credentials never go here: set TWILIO_ACCOUNT_SID,
# TWILIO_AUTH_TOKEN, DEEPGRAM_API_KEY and MS_PUBLIC_WEBHOOK_URL in the environment.
# The centre's chat site; {{centre}} in a scenario's target.chatUrl is replaced by this.
centre: http://127.0.0.1:4010
out: runs            # where runs are stored
concurrency: 4       # contacts in progress at once
rubric: sjt-11739    # scorers/rubrics/<name>.yaml or a path
browser:
  executablePath: /usr/bin/chromium
voice:
  callsPerSecond: 1        # Twilio's default CPS for a new account
  maxConcurrentCalls: 10
  ringTimeoutSec: 30
`;

const SCENARIO = `# yaml-language-server: $schema=./schema.json
# A starter scenario: a customer asks about a credit card's annual fee by web chat.
# Check it with: npx mystery-shopper validate scenarios/my-first-scenario.yaml
id: my-first-scenario
title: 信用卡年费咨询
channel: webchat
target:
  chatUrl: "{{centre}}/chat"   # selectors default to the simulated centre's; set target.selectors for your widget
persona:
  name: 张女士
  description: 刚办了信用卡，想确认年费政策
variables:
  cardLast4: "6688"
steps:
  - wait: { pattern: "您好|你好", timeoutMs: 60000 }
  - say: 你好，我想问一下尾号{{cardLast4}}的信用卡年费怎么收？
  - wait: { pattern: "年费|刷卡|免", timeoutMs: 30000, optional: true }
  - say: 好的，明白了，谢谢。
  - wait: { pattern: "再见|评价|感谢", timeoutMs: 20000, optional: true }
  - end: true
facts:
  - key: annual-fee
    label: 年费政策
    expected: 刷卡六次免年费
    variants: [刷满6次免年费, 刷卡6次免次年年费]
    cues: [年费]
sla:
  firstResponseMs: 30000
  responseLatencyMs: 30000
`;

export async function initCommand(dir = '.', out = process.stdout): Promise<number> {
  const files: [string, string][] = [
    [path.join(dir, CONFIG_FILE), CONFIG],
    [path.join(dir, 'scenarios', 'my-first-scenario.yaml'), SCENARIO],
  ];
  for (const [file, text] of files) {
    if (existsSync(file)) {
      out.write(`kept ${file} (exists)\n`);
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    out.write(`wrote ${file}\n`);
  }
  out.write('next: npx mystery-shopper validate scenarios/  then  npx mystery-shopper run scenarios/ --centre <url>\n');
  return 0;
}
