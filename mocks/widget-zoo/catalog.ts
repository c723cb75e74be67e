/**
 * The zoo's pages: what each one exercises, which vendor it imitates, and how it is rendered.
 */
import type { PageRenderer } from './pages/common.js';
import { nestedIframesPage, prechatFormPage } from './pages/embedded.js';
import { iframePage, plainPage } from './pages/plain-and-iframe.js';
import { botHandoffPage, contenteditablePage } from './pages/on-page.js';
import { popupWindowPage } from './pages/popup-window.js';
import { splitSpansPage, streamedPage, virtualisedPage } from './pages/rendering.js';
import { closedShadowPage, vendorLauncherPage } from './pages/vendor-launcher.js';
import { ZOO_PAGE_IDS, type ZooPage, type ZooPageId } from './types.js';

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
    'nested-iframes',
    '两层 iframe 深的聊天（宿主 → 跨域帮助中心 → 回到宿主源的聊天框）',
    '网易七鱼 (YSF) chat frame inside a help-centre frame',
    ['nested-iframes', 'cross-origin-iframe', 'textarea', 'send-button', 'sse'],
    nestedIframesPage,
  ),
  entry('contenteditable', 'contenteditable 输入框，Enter 发送，无发送按钮', '美洽 Meiqia panel (#MEIQIA-PANEL-HOLDER)', ['contenteditable', 'enter-to-send', 'sse'], contenteditablePage),
  entry(
    'prechat-form',
    'iframe 内先填咨询表单（姓名、手机号、问题）再开始聊天',
    'Zendesk Web Widget (Classic) iframe#webWidget pre-chat form; Udesk 咨询表单',
    ['cross-origin-iframe', 'prechat-form', 'textarea', 'send-button', 'typing-indicator', 'sse'],
    prechatFormPage,
  ),
  entry(
    'bot-handoff',
    '页面内：机器人先答，转人工后人工客服接入（正在输入）',
    '智齿 Sobot robot → 人工 hand-off',
    ['bot-first', 'handoff', 'typing-indicator', 'textarea', 'send-button', 'sse'],
    botHandoffPage,
  ),
  entry(
    'virtualised',
    '虚拟列表：DOM 里只保留最后 4 条消息',
    'Intercom Messenger conversation parts in a windowed (react-window style) list',
    ['virtualised-list', 'textarea', 'send-button', 'sse'],
    virtualisedPage,
  ),
  entry('streamed', '客服回复逐字流式输出', 'Chatwoot widget bubbles streamed like an LLM-backed agent', ['streamed-text', 'textarea', 'send-button', 'sse'], streamedPage),
  entry(
    'split-spans',
    '气泡文字拆成多个 span，另有发送者名和时间戳',
    'Udesk rich-text bubbles with sender name and time',
    ['split-text-spans', 'typing-indicator', 'textarea', 'send-button', 'sse'],
    splitSpansPage,
  ),
  entry(
    'closed-shadow',
    '同 vendor-launcher，但 shadow root 为 closed',
    'a web-component widget built with attachShadow({mode: "closed"})',
    ['cookie-banner', 'launcher', 'cross-origin-iframe', 'closed-shadow-root', 'contenteditable', 'enter-to-send', 'bot-first', 'handoff', 'typing-indicator', 'sse'],
    closedShadowPage,
  ),
  entry(
    'popup-window',
    '点悬浮“在线客服”在新窗口中打开聊天（跨域，整窗），机器人转人工，结束后可自动关窗',
    '网易七鱼 (Qiyu) desktop default: window.open of its own chat page; Udesk "pop" mode, 53KF',
    ['launcher', 'popup-window', 'bot-first', 'handoff', 'typing-indicator', 'textarea', 'send-button', 'sse'],
    popupWindowPage,
  ),
];

// Every page id has exactly one entry, in the order of ZOO_PAGE_IDS.
const missing = ZOO_PAGE_IDS.filter((id) => !CATALOG.some((p) => p.id === id));
if (missing.length > 0 || CATALOG.length !== ZOO_PAGE_IDS.length) throw new Error(`widget-zoo catalog out of step with ZOO_PAGE_IDS (missing: ${missing.join(', ')})`);

export function findPage(id: string): CatalogEntry | undefined {
  return CATALOG.find((p) => p.id === id);
}
