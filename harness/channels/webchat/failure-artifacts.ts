/**
 * What the harness saw when a chat failed: a screenshot of the page and an HTML snapshot of the
 * chat frame and of the top page, next to the contact (`contacts/<contactId>.failure.png` /
 * `.failure.html`), so a wrong selector can be fixed without reproducing the run. Open shadow
 * roots are serialised too (as declarative `<template shadowrootmode="open">`), since that is
 * where widgets keep their DOM. Best effort and bounded in time: a dying page yields what it can.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { InteractionError } from '../../interaction/types.js';
import type { ChatFrame } from './widget.js';

export interface FailureArtifacts {
  screenshot?: string;
  html?: string;
}

/** The page's HTML with its open shadow roots; plain text source so no toolchain rewrites it. */
const SNAPSHOT_SCRIPT = `(() => {
  const roots = [];
  const collect = (root) => root.querySelectorAll('*').forEach((el) => { if (el.shadowRoot) { roots.push(el.shadowRoot); collect(el.shadowRoot); } });
  collect(document);
  const el = document.documentElement;
  if (!el) return '';
  if (typeof el.getHTML === 'function') {
    try { return '<!doctype html>\\n' + el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1) + el.getHTML({ shadowRoots: roots }) + '</html>'; } catch (e) { /* older Chromium */ }
  }
  return '<!doctype html>\\n' + el.outerHTML;
})()`;

async function snapshot(frame: Frame): Promise<string> {
  const html = await frame.evaluate(SNAPSHOT_SCRIPT).catch((err: unknown) => `<!-- snapshot failed: ${String((err as Error)?.message ?? err).split('\n')[0]} -->`);
  return typeof html === 'string' ? html : '';
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One HTML file that shows both snapshots side by side in sandboxed iframes (no script of the
 * widget runs when it is opened) with the error on top.
 */
export function failureHtml(error: InteractionError, chat: { path: readonly string[]; url: string; html: string } | null, top: { url: string; html: string }): string {
  const section = (title: string, html: string) =>
    `<h2>${escapeAttr(title)}</h2>\n<iframe sandbox srcdoc="${escapeAttr(html)}" style="width:100%;height:45vh;border:1px solid #888"></iframe>`;
  return [
    '<!doctype html><meta charset="utf-8"><title>mystery-shopper failure snapshot</title>',
    `<h1>${escapeAttr(error.code)}</h1>`,
    `<p>${escapeAttr(error.message)}</p>`,
    error.hint ? `<p><i>${escapeAttr(error.hint)}</i></p>` : '',
    chat ? section(`chat frame: ${chat.path.join(' → ') || '(top page)'} — ${chat.url}`, chat.html) : '',
    section(`top page — ${top.url}`, top.html),
    '',
  ].join('\n');
}

/**
 * Write `<contactId>.failure.png` and `.failure.html` into `dir`; returns the paths written.
 * Never throws; at most `timeoutMs` is spent (a hung renderer must not hold the contact).
 */
export async function saveFailureArtifacts(
  page: Page,
  chat: ChatFrame | null,
  error: InteractionError,
  dir: string,
  contactId: string,
  timeoutMs = 5_000,
): Promise<FailureArtifacts> {
  const written: FailureArtifacts = {};
  const work = (async () => {
    await mkdir(dir, { recursive: true });
    const png = path.join(dir, `${contactId}.failure.png`);
    await page
      .screenshot({ path: png, timeout: timeoutMs })
      .then(() => (written.screenshot = png))
      .catch(() => {});
    const top = page.mainFrame();
    const inFrame = chat && chat.frame !== top && !chat.frame.isDetached() ? chat : null;
    const [topHtml, chatHtml] = await Promise.all([snapshot(top), inFrame ? snapshot(inFrame.frame) : Promise.resolve('')]);
    const html = path.join(dir, `${contactId}.failure.html`);
    const chatPart = inFrame ? { path: inFrame.path, url: inFrame.frame.url(), html: chatHtml } : null;
    await writeFile(html, failureHtml(error, chatPart, { url: top.url(), html: topHtml }));
    written.html = html;
  })().catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs + 1_000)))]);
  clearTimeout(timer);
  return written;
}
