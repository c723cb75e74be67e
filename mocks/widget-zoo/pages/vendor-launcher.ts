/**
 * Salesforce Embedded Messaging / Intercom-style widget: a shop page with a OneTrust-style cookie
 * banner (covering the launcher until it is dismissed), a hidden siteContextFrame iframe, and a
 * floating launcher; clicking it creates
 * a cross-origin iframe whose document renders the chat from web components: an
 * <embedded-messaging-app> host whose shadow root holds <chat-conversation> and <chat-composer>,
 * each with its own (open) shadow root, the way LWC-based widgets nest them. `closed-shadow` is the
 * same widget with the outer shadow root CLOSED, which no automation can enter.
 */
import { chatDocument, embeddingDocument, SHOP_STYLE, shopChrome, type PageRenderer, type RenderContext } from './common.js';

type ShadowMode = 'open' | 'closed';
type LauncherPageId = 'vendor-launcher' | 'closed-shadow';

const HOST_STYLE = `${SHOP_STYLE}
#onetrust-banner-sdk{position:fixed;left:0;right:0;bottom:0;z-index:2147483647;background:#fff;border-top:1px solid #ccc;padding:20px 24px;box-shadow:0 -2px 12px rgba(0,0,0,.15)}
#onetrust-banner-sdk .ot-buttons{margin-top:10px;display:flex;gap:8px}
.embedded-messaging{position:fixed;right:24px;bottom:24px;z-index:2147483000}
#embeddedMessagingConversationButton{width:60px;height:60px;border-radius:50%;border:0;background:#0176d3;color:#fff;font-size:13px;cursor:pointer}
#embeddedMessagingFrame{position:fixed;right:24px;bottom:96px;width:380px;height:560px;border:0;border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.25);z-index:2147483001;background:#fff}`;

function hostPage(page: LauncherPageId, ctx: RenderContext): string {
  return embeddingDocument(page, ctx, {
    title: '悦家生活馆 - 官方商城',
    style: HOST_STYLE,
    body: `${shopChrome('悦家生活馆')}
<div class="embedded-messaging embeddedMessagingConversationButtonWrapper"><button id="embeddedMessagingConversationButton" class="embeddedMessagingConversationButton" type="button" aria-label="您好，有问题吗？和我们聊聊吧">在线咨询</button></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie 横幅">
  <p id="onetrust-policy-text">我们使用 Cookie 来改善您的购物体验。继续浏览即表示您同意我们的 Cookie 政策。</p>
  <div class="ot-buttons"><button id="onetrust-accept-btn-handler" type="button">接受全部 Cookie</button><button id="onetrust-reject-all-handler" type="button">仅必要 Cookie</button></div>
</div>`,
    script: `
// Like Embedded Messaging's bootstrap: a hidden site-context iframe first, so "the first iframe" is not the chat.
var context = document.createElement('iframe');
context.id = 'siteContextFrame';
context.name = 'siteContextFrame';
context.hidden = true;
context.src = frameUrl(cfg.widgetOrigin, '/zoo-frame/${page}/site-context');
document.body.appendChild(context);
function dismissBanner() { document.getElementById('onetrust-banner-sdk').remove(); }
document.getElementById('onetrust-accept-btn-handler').addEventListener('click', dismissBanner);
document.getElementById('onetrust-reject-all-handler').addEventListener('click', dismissBanner);
// The frame is created on first open and then only shown/hidden, like Embedded Messaging does.
document.getElementById('embeddedMessagingConversationButton').addEventListener('click', function () {
  var frame = document.getElementById('embeddedMessagingFrame');
  if (frame) { frame.hidden = !frame.hidden; return; }
  frame = document.createElement('iframe');
  frame.id = 'embeddedMessagingFrame';
  frame.name = 'embeddedMessagingFrame';
  frame.className = 'embeddedMessagingFrame';
  frame.title = '聊天窗口';
  frame.src = frameUrl(cfg.widgetOrigin, '/zoo-frame/${page}');
  document.body.appendChild(frame);
});`,
  });
}

const APP_STYLE = `
.embedded-messaging-chat{display:flex;flex-direction:column;height:100vh}
.chat-header{display:flex;justify-content:space-between;align-items:center;background:#0176d3;color:#fff;padding:10px 14px}
.chat-header h2{font-size:16px;margin:0}
.end-chat-button{background:none;border:1px solid #fff;color:#fff;border-radius:4px;cursor:pointer}
chat-conversation{flex:1;overflow-y:auto;display:block;background:#f3f3f3}`;
const CONVERSATION_STYLE = `
.conversation-body{list-style:none;margin:0;padding:10px}
.chat-message{margin:8px 0;max-width:80%}
.chat-message.visitor{margin-left:auto;text-align:right}
.chat-message.system{margin:8px auto;text-align:center;color:#706e6b;font-size:12px}
.slds-chat-message__text{display:inline-block;padding:8px 12px;border-radius:12px;background:#fff;text-align:left}
.visitor .slds-chat-message__text{background:#0176d3;color:#fff}
.system .slds-chat-message__text{background:none}
.slds-chat-message__meta{display:block;font-size:11px;color:#706e6b}
.typing-indicator{padding:4px 14px;color:#706e6b;font-size:12px}`;
const COMPOSER_STYLE = `
.composer{display:block;min-height:40px;max-height:96px;overflow-y:auto;border-top:1px solid #ddd;padding:10px 14px;outline:none;background:#fff}
.composer:empty::before{content:attr(data-placeholder);color:#aaa}`;

function chatFrame(page: LauncherPageId, mode: ShadowMode, ctx: RenderContext): string {
  return chatDocument(page, ctx, {
    title: 'Embedded Messaging',
    style: 'html,body{height:100%;overflow:hidden}',
    body: '<embedded-messaging-app></embedded-messaging-app>',
    script: `
var app = document.querySelector('embedded-messaging-app');
var appRoot = app.attachShadow({ mode: '${mode}' });
appRoot.innerHTML = '<style>${APP_STYLE.replace(/\n/gu, '')}</style>' +
  '<div class="embedded-messaging-chat" part="chat"><header class="chat-header"><h2>悦家在线客服</h2>' +
  '<button class="end-chat-button" type="button">结束对话</button></header></div>';
var chat = appRoot.querySelector('.embedded-messaging-chat');

var conversation = document.createElement('chat-conversation');
var convRoot = conversation.attachShadow({ mode: 'open' });
convRoot.innerHTML = '<style>${CONVERSATION_STYLE.replace(/\n/gu, '')}</style>' +
  '<ul class="conversation-body slds-chat-list" role="log" aria-live="polite"></ul><div class="typing-slot"></div>';
chat.appendChild(conversation);
var list = convRoot.querySelector('.conversation-body');

var composer = document.createElement('chat-composer');
var composerRoot = composer.attachShadow({ mode: 'open' });
composerRoot.innerHTML = '<style>${COMPOSER_STYLE.replace(/\n/gu, '')}</style>' +
  '<div class="composer composer-input" contenteditable="true" role="textbox" aria-label="输入消息" data-placeholder="输入消息，按 Enter 发送"></div>';
chat.appendChild(composer);
var input = composerRoot.querySelector('.composer');

var ROLE = { bot: 'bot', agent: 'agent', customer: 'visitor', system: 'system' };
var SIDE = { bot: 'inbound', agent: 'inbound', customer: 'outbound', system: 'event' };
var NAME = { bot: '智能助手', agent: '人工客服', customer: '我', system: '' };
ZooChat.bindComposer(input, null);
appRoot.querySelector('.end-chat-button').addEventListener('click', function () { ZooChat.end(); });
ZooChat.connect({
  add: function (speaker, text) {
    var li = document.createElement('li');
    li.className = 'slds-chat-listitem slds-chat-listitem_' + SIDE[speaker] + ' chat-message ' + ROLE[speaker];
    li.setAttribute('data-sender', ROLE[speaker]);
    if (NAME[speaker]) {
      var meta = document.createElement('span');
      meta.className = 'slds-chat-message__meta';
      meta.textContent = NAME[speaker];
      li.appendChild(meta);
    }
    var body = document.createElement('div');
    body.className = 'slds-chat-message__text';
    body.textContent = text;
    li.appendChild(body);
    list.appendChild(li);
    conversation.scrollTop = conversation.scrollHeight;
  },
  typing: ZooChat.typingToggle(convRoot.querySelector('.typing-slot'), 'typing-indicator', '客服正在输入…'),
  ended: function () { input.setAttribute('contenteditable', 'false'); }
});`,
  });
}

/** The hidden frame the bootstrap keeps for site context (storage, navigation); no chat in it. */
function siteContextFrame(page: LauncherPageId, ctx: RenderContext): string {
  return embeddingDocument(page, ctx, { title: 'site context', style: '', body: '', script: '' });
}

export const vendorLauncherPage: PageRenderer = {
  host: (ctx) => hostPage('vendor-launcher', ctx),
  frames: { '': (ctx) => chatFrame('vendor-launcher', 'open', ctx), 'site-context': (ctx) => siteContextFrame('vendor-launcher', ctx) },
};

export const closedShadowPage: PageRenderer = {
  host: (ctx) => hostPage('closed-shadow', ctx),
  frames: { '': (ctx) => chatFrame('closed-shadow', 'closed', ctx), 'site-context': (ctx) => siteContextFrame('closed-shadow', ctx) },
};
