/**
 * The Reporter extension point: anything that shows or writes a run as it happens (terminal
 * progress, summary table, files). Reporters only observe; a reporter that throws must never lose
 * the run, so the runner talks to them through ReporterMux, which isolates each one.
 */
import type { Interaction } from '../harness/interaction/types.js';
import type { ContactEntry, RunManifest } from '../harness/store/types.js';

export interface RunStartInfo {
  manifest: RunManifest;
  runDir: string;
  /** Contacts this invocation will place (fewer than the manifest's on resume). */
  toPlace: number;
}

export interface ContactScoreBrief {
  /** 0–100 normalised service-quality score of this contact; null when nothing was scorable. */
  quality: number | null;
  failedChecks: string[];
}

export interface RunEndInfo {
  manifest: RunManifest;
  runDir: string;
  interactions: readonly Interaction[];
  interrupted: boolean;
  /** Per-contact brief scores when the run was scored. */
  scores?: ReadonlyMap<string, ContactScoreBrief>;
}

export interface Reporter {
  readonly name: string;
  onRunStart?(info: RunStartInfo): void | Promise<void>;
  onContactStart?(entry: ContactEntry): void;
  onContactEnd?(entry: ContactEntry, interaction: Interaction, score?: ContactScoreBrief): void;
  onRunEnd?(info: RunEndInfo): void | Promise<void>;
}

type Hook = 'onRunStart' | 'onContactStart' | 'onContactEnd' | 'onRunEnd';

/** Fans events out to reporters; a failing reporter is reported once per hook and skipped. */
export class ReporterMux {
  readonly failures: { reporter: string; hook: Hook; message: string }[] = [];

  constructor(
    private readonly reporters: readonly Reporter[],
    private readonly onFailure: (reporter: string, hook: Hook, err: unknown) => void = () => {},
  ) {}

  private async call<H extends Hook>(hook: H, ...args: Parameters<NonNullable<Reporter[H]>>): Promise<void> {
    for (const r of this.reporters) {
      const fn = r[hook] as ((...a: unknown[]) => unknown) | undefined;
      if (!fn) continue;
      try {
        await fn.apply(r, args);
      } catch (err) {
        this.failures.push({ reporter: r.name, hook, message: (err as Error)?.message ?? String(err) });
        this.onFailure(r.name, hook, err);
      }
    }
  }

  runStart(info: RunStartInfo): Promise<void> {
    return this.call('onRunStart', info);
  }
  contactStart(entry: ContactEntry): void {
    void this.call('onContactStart', entry);
  }
  contactEnd(entry: ContactEntry, interaction: Interaction, score?: ContactScoreBrief): void {
    void this.call('onContactEnd', entry, interaction, score);
  }
  runEnd(info: RunEndInfo): Promise<void> {
    return this.call('onRunEnd', info);
  }
}
