/**
 * `run` and `resume`: place contacts, store them, score them, report. Both end in the same
 * place: every contact stored under runs/<runId>/, the run scored, a summary printed.
 */
import { setMaxListeners } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pino from '../../safety/redacted-pino.js';
import { progressReporter } from '../../../reports/console/progress.js';
import { summaryTableReporter } from '../../../reports/console/summary-table.js';
import { ReporterMux, type ContactScoreBrief, type Reporter } from '../../../reports/reporter.js';
import { CHANNELS } from '../../channels/registry.js';
import { loadConfig, type ConfigOverrides } from '../../config/load.js';
import type { HarnessConfig } from '../../config/types.js';
import { executeRun, planRun, type ChannelRegistry, type RunOptions, type RunResult } from '../../runner/runner.js';
import { loadScenarios } from '../../scenario/loader.js';
import { createRunScoring } from '../../scoring/run-scoring.js';
import { crashPoint } from '../../store/crash-point.js';
import { RunStore } from '../../store/run-store.js';
import { shardManifest, type ShardSpec } from '../../store/merge-shards.js'; // queue (h/queue)
import { EXIT } from '../output.js';
// --- safety (h/safety): preflight, redacted log (pino above is the redacted one) ---
import { preflightRun, type RunSafetyFlags } from '../../safety/run-preflight.js';
import { useRunLog } from '../../safety/run-log.js';
import { registerSecrets } from '../../safety/secrets.js';
// --- end safety ---
import { failUnderCode, printWritten, writeRunReports } from './report.js';

export interface RunFlags extends ConfigOverrides, RunSafetyFlags {
  /** Interface of the webhook server (config voice.listenHost). @default "127.0.0.1" */
  listen?: string;
  retryFailed?: boolean;
  /** resume: place again the chats a killed run left in flight (see runner.ts). @default false */
  replaceInterrupted?: boolean;
  /** Extra reporters (tests, demo). */
  reporters?: Reporter[];
  channels?: ChannelRegistry;
  offline?: boolean;
  /** @default process.stdout */
  stdout?: NodeJS.WritableStream;
  /** Base URLs of the offline lab's emulators (demo, tests): the SDKs talk to these instead. */
  labOverrides?: { twilioBaseUrl?: string; deepgramBaseUrl?: string };
  /** Write the file reports (xlsx, pdf, junit, json) into <runDir>/reports at the end. @default true */
  reports?: boolean;
  /** Report formats, comma-separated. @default every registered format */
  format?: string;
  /** Exit 4 when the reviewed 服务质量 score is under this (CI gate). */
  failUnder?: number;
  // queue (h/queue): place through Redis workers (`worker` command) and/or only a shard of the plan
  /** redis://host:port: contacts are placed by `worker` processes; this process keeps run.json. */
  queue?: string;
  /** BullMQ queue name. @default "mystery-shopper" */
  queueName?: string;
  /** Only this shard of the plan (CI matrices); `merge` joins the shards' runs. */
  shard?: ShardSpec;
  // end queue
  // --- load runs (h/load): another placement loop, and its own live view instead of the bar.
  /** What places the contacts. @default executeRun (every pending contact, `concurrency` at once) */
  execute?: (store: RunStore, config: HarnessConfig, opts: RunOptions) => Promise<RunResult>;
  /** Show the per-contact progress bar / lines. @default true */
  progress?: boolean;
  // --- end load runs
}

export interface RunOutcome {
  code: number;
  runDir: string;
  /** Contacts stored in the run, and how many of them failed. */
  contacts: number;
  failed: number;
}

export async function effectiveConfig(flags: RunFlags, base?: Partial<ConfigOverrides>): Promise<HarnessConfig> {
  const { config: file, centre, out, concurrency, seed, rubric } = flags;
  const given = Object.fromEntries(Object.entries({ config: file, centre, out, concurrency, seed, rubric }).filter(([, v]) => v !== undefined));
  const config = await loadConfig({ ...base, ...given });
  const lab = flags.labOverrides;
  if (lab?.twilioBaseUrl) config.voice.twilio.baseUrl = lab.twilioBaseUrl;
  if (lab?.deepgramBaseUrl) config.deepgram.baseUrl = lab.deepgramBaseUrl;
  if (flags.listen) config.voice.listenHost = flags.listen;
  registerSecrets({ twilioAccountSid: config.voice.twilio.accountSid, twilioAuthToken: config.voice.twilio.authToken, deepgramApiKey: config.deepgram.apiKey });
  return config;
}

export async function runCommand(files: string[], flags: RunFlags): Promise<RunOutcome> {
  const config = await effectiveConfig(flags);
  const scenarios = await loadScenarios(files);
  const checked = await preflightRun({ scenarios, config, offline: flags.offline }, flags, { stdout: flags.stdout ?? process.stdout });
  if (!checked.proceed) return { code: checked.code, runDir: '', contacts: 0, failed: 0 };
  await mkdir(config.out, { recursive: true });
  let plan = planRun(scenarios, config, flags.offline);
  if (flags.shard) plan = shardManifest(plan, flags.shard); // queue (h/queue): --shard i/n
  const store = await RunStore.create(config.out, plan, scenarios);
  return placeAndReport(store, config, flags);
}

export async function resumeCommand(runDir: string, flags: RunFlags): Promise<RunOutcome> {
  const store = await RunStore.open(runDir);
  const { centre, concurrency, rubric } = store.manifest.config;
  const config = await effectiveConfig(flags, { centre, concurrency, rubric });
  const scenarios = await store.loadScenarios();
  const contacts = store.toPlace(flags.retryFailed);
  const checked = await preflightRun({ scenarios, config, offline: flags.offline, contacts, runId: store.manifest.runId }, flags, { stdout: flags.stdout ?? process.stdout });
  if (!checked.proceed) return { code: checked.code, runDir: store.dir, contacts: 0, failed: 0 };
  return placeAndReport(store, config, flags);
}

export async function placeAndReport(store: RunStore, config: HarnessConfig, flags: RunFlags): Promise<RunOutcome> {
  const log = pino({ level: process.env.MS_LOG_LEVEL ?? 'info' }, pino.destination({ dest: path.join(store.dir, 'harness.log'), sync: false }));
  const releaseLog = useRunLog(log);
  // The effective config, credentials included on purpose: redaction and scrubbing remove them
  // (the secret-leak e2e test runs at debug level to prove it).
  log.debug({ config }, 'effective config');
  const stdout = flags.stdout ?? process.stdout;
  const mux = new ReporterMux([...(flags.progress === false ? [] : [progressReporter()]), summaryTableReporter(stdout), ...(flags.reporters ?? [])], (name, hook, err) => {
    log.error({ reporter: name, hook, err }, 'reporter failed');
    process.stderr.write(`warning: reporter ${name} failed in ${hook}: ${(err as Error)?.message}\n`);
  });
  const scoring = config.scoreOnFinish ? await createRunScoring(config.rubric) : null;
  const scores = new Map<string, ContactScoreBrief>();
  const controller = new AbortController();
  // Every contact in flight listens on the run's signal: hundreds of listeners are expected.
  setMaxListeners(0, controller.signal);
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    process.stderr.write('\ninterrupting: finishing the contacts in flight as partial; press Ctrl-C again to quit at once\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    await mux.runStart({ manifest: store.manifest, runDir: store.dir, toPlace: store.toPlace(flags.retryFailed, flags.replaceInterrupted).length });
    // queue (h/queue): with --queue, Redis workers place the contacts; this process keeps run.json
    const execute: typeof executeRun = flags.execute
      ?? (flags.queue ? async (s, c, o) => (await import('../../load/queue/queue-run.js')).executeQueueRun(s, c, { ...o, queue: flags.queue!, queueName: flags.queueName }) : executeRun);
    // end queue
    const result = await execute(store, config, {
      channels: flags.channels ?? CHANNELS,
      signal: controller.signal,
      retryFailed: flags.retryFailed,
      replaceInterrupted: flags.replaceInterrupted,
      offline: flags.offline,
      hooks: {
        onPrepare: (firstWave) => {
          // Opening many browser contexts takes a few seconds: say so rather than look stuck.
          const chats = firstWave.get('webchat') ?? 0;
          if (chats >= 20) process.stderr.write(`preparing ${chats} web chats (browser contexts opened before the first is due) …\n`);
        },
        onStart: (entry) => mux.contactStart(entry),
        onFinish: (entry, interaction, scenario) => {
          log.info({ contactId: entry.contactId, outcome: interaction.outcome, error: interaction.error }, 'contact finished');
          let brief: ContactScoreBrief | undefined;
          try {
            brief = scoring?.contact(interaction, scenario);
            if (brief) scores.set(entry.contactId, brief);
          } finally {
            mux.contactEnd(entry, interaction, brief);
          }
        },
        onHookError: (err, entry) => {
          log.error({ err, contactId: entry.contactId }, 'scoring a contact failed');
          process.stderr.write(`warning: scoring ${entry.contactId} failed: ${(err as Error)?.message}\n`);
        },
      },
    });
    if (!result.interrupted) crashPoint('placed');
    let scoringFailed = false;
    if (scoring) {
      try {
        for (const [id, brief] of (await scoring.finish(store.dir)).scores) scores.set(id, brief);
      } catch (err) {
        // The contacts are stored; only the score files are missing. Say so and how to redo them.
        scoringFailed = true;
        log.error({ err }, 'scoring the run failed');
        process.stderr.write(`error: scoring the run failed (${(err as Error)?.message}); every contact is stored — re-score with \`mystery-shopper score ${store.dir}\`\n`);
      }
    }
    const interactions = await store.loadInteractions();
    await mux.runEnd({ manifest: store.manifest, runDir: store.dir, interactions, interrupted: result.interrupted, scores });
    const failed = interactions.filter((i) => i.outcome === 'failed').length;
    let code: number = result.interrupted ? EXIT.interrupted : scoringFailed ? EXIT.scoringFailed : failed ? EXIT.contactsFailed : EXIT.ok;
    if (!scoringFailed && flags.reports !== false) {
      // A report failing is a warning: every contact and score file is already stored.
      const reports = await writeRunReports(store.dir, { flags: { format: flags.format, config: flags.config }, manifest: store.manifest, interactions, interrupted: result.interrupted, browser: config.browser, privacy: config.privacy });
      printWritten(reports.written, stdout);
      const gate = failUnderCode(reports.data, flags.failUnder, stdout);
      if (code === EXIT.ok) code = gate;
    }
    return { code, runDir: store.dir, contacts: interactions.length, failed };
  } finally {
    process.off('SIGINT', onSigint);
    releaseLog();
    log.flush();
  }
}
