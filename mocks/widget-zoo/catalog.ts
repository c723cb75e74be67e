/**
 * The zoo's pages: what each one exercises, which vendor it imitates, and how it is rendered.
 */
import type { PageRenderer } from './pages/common.js';
import { iframePage, plainPage } from './pages/first-three.js';
import { closedShadowPage, vendorLauncherPage } from './pages/vendor-launcher.js';
import type { ZooPage, ZooPageId } from './types.js';

export interface CatalogEntry extends ZooPage {
  render: PageRenderer;
}

function entry(id: ZooPageId, title: string, imitates: string, features: ZooPage['features'], render: PageRenderer): CatalogEntry {
  return { id, title, path: `/zoo/${id}`, imitates, features, render };
}

export const CATALOG: CatalogEntry[] = [
  entry('plain', '聊天框直接在页面上（textarea + 发送按钮）', 'a self-built 在线客服 box on the shop page', ['textarea', 'send-button', 'sse'], plainPage),
  entry('iframe', '跨域 iframe 中的聊天', 'LiveChat (#chat-widget-container > iframe#chat-widget)', ['cross-origin-iframe', 'textarea', 'send-button', 'typing-indicator', 'sse'], iframePage),
  entry(
    'vendor-launcher',
    '悬浮按钮 + Cookie 横幅 + 跨域 iframe + 开放 shadow root',
    'Salesforce Embedded Messaging (LWC web components) with a OneTrust cookie banner; Intercom-style launcher',
    ['cookie-banner', 'launcher', 'cross-origin-iframe', 'open-shadow-root', 'contenteditable', 'enter-to-send', 'bot-first', 'handoff', 'typing-indicator', 'sse'],
    vendorLauncherPage,
  ),
  entry(
    'closed-shadow',
    '同 vendor-launcher，但 shadow root 为 closed',
    'a web-component widget built with attachShadow({mode: "closed"})',
    ['cookie-banner', 'launcher', 'cross-origin-iframe', 'closed-shadow-root', 'contenteditable', 'enter-to-send', 'bot-first', 'handoff', 'typing-indicator', 'sse'],
    closedShadowPage,
  ),
];

export function findPage(id: string): CatalogEntry | undefined {
  return CATALOG.find((p) => p.id === id);
}
