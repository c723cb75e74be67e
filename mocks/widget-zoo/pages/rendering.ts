/**
 * Pages whose difficulty is how bubbles are rendered: `virtualised` (Intercom-style parts in a
 * windowed list that keeps only the last 4 in the DOM), `streamed` (Chatwoot-style bubbles whose
 * text streams in token by token, as LLM-backed agents do) and `split-spans` (Udesk-style bubbles
 * whose text is split over several spans, next to a sender name and a 14:02 time stamp).
 */
import { chatDocument, SHOP_STYLE, shopChrome, type PageRenderer } from './common.js';

/** Bubbles kept in the DOM by the virtualised list. */
export const VIRTUAL_WINDOW = 4;

export const virtualisedPage: PageRenderer = {
  host: (ctx) =>
    chatDocument('virtualised', ctx, {
      title: '畅游旅行 - 定制游',
      style: `${SHOP_STYLE}
.intercom-messenger{position:fixed;right:20px;bottom:20px;width:380px;border-radius:12px;background:#fff;box-shadow:0 6px 28px rgba(0,0,0,.2);overflow:hidden}
.intercom-messenger-header{background:#1f8ded;color:#fff;padding:14px}
.intercom-earlier{font-size:11px;color:#999;text-align:center;padding:4px}
.intercom-conversation-parts{height:300px;overflow-y:auto;padding:8px 12px}
.intercom-conversation-part{margin:6px 0;max-width:80%}
.intercom-conversation-part-user{margin-left:auto;text-align:right}
.intercom-conversation-part-event{margin:6px auto;text-align:center;font-size:12px;color:#999}
.intercom-block-paragraph{display:inline-block;padding:8px 12px;border-radius:14px;background:#f2f4f5;text-align:left}
.intercom-conversation-part-user .intercom-block-paragraph{background:#1f8ded;color:#fff}
.intercom-composer{display:flex;gap:6px;padding:8px;border-top:1px solid #eee}
.intercom-composer-textarea{flex:1;height:40px;resize:none;font:inherit}`,
      body: `${shopChrome('畅游旅行')}
<div class="intercom-messenger" id="intercom-container">
  <div class="intercom-messenger-header">畅游旅行 · 旅行顾问</div>
  <div class="intercom-earlier" hidden></div>
  <div class="intercom-conversation-parts" role="log"></div>
  <div class="intercom-composer"><textarea class="intercom-composer-textarea" placeholder="输入回复…"></textarea><button class="intercom-composer-send-button" type="button">发送</button></div>
</div>`,
      script: `
var list = document.querySelector('.intercom-conversation-parts');
var earlier = document.querySelector('.intercom-earlier');
var KIND = { agent: 'admin', bot: 'bot', customer: 'user', system: 'event' };
var WINDOW = ${VIRTUAL_WINDOW};
var index = 0;
ZooChat.bindComposer(document.querySelector('.intercom-composer-textarea'), document.querySelector('.intercom-composer-send-button'));
ZooChat.connect({
  add: function (speaker, text) {
    var part = document.createElement('div');
    part.className = 'intercom-conversation-part intercom-conversation-part-' + KIND[speaker];
    part.setAttribute('data-part-index', String(index++));
    var p = document.createElement('div');
    p.className = 'intercom-block-paragraph';
    p.textContent = text;
    part.appendChild(p);
    list.appendChild(part);
    // A windowed list: older parts leave the DOM as new ones arrive.
    while (list.children.length > WINDOW) list.firstElementChild.remove();
    var hiddenCount = index - list.children.length;
    earlier.hidden = hiddenCount === 0;
    earlier.textContent = '更早的 ' + hiddenCount + ' 条消息';
    list.scrollTop = list.scrollHeight;
  },
  ended: function () { document.querySelector('.intercom-composer-textarea').disabled = true; }
});`,
    }),
};

export const streamedPage: PageRenderer = {
  host: (ctx) =>
    chatDocument('streamed', ctx, {
      title: '优享会员中心',
      style: `${SHOP_STYLE}
.woot-widget-holder{position:fixed;right:20px;bottom:20px;width:380px;border-radius:14px;background:#fff;box-shadow:0 6px 28px rgba(0,0,0,.2);overflow:hidden}
.woot-header{background:#1f93ff;color:#fff;padding:14px}
.conversation-wrap{height:340px;overflow-y:auto;padding:8px 12px;background:#f4f6fb}
.agent-message-wrap,.user-message-wrap{margin:6px 0;display:flex}
.user-message-wrap{justify-content:flex-end}
.chat-bubble{max-width:80%;padding:8px 12px;border-radius:14px;background:#fff}
.chat-bubble.user{background:#1f93ff;color:#fff}
.chat-bubble[data-streaming="true"]::after{content:"▍";color:#1f93ff}
.activity-message{text-align:center;color:#888;font-size:12px;margin:6px 0}
.woot-footer{display:flex;gap:6px;padding:8px;border-top:1px solid #eee}
.user-message-input{flex:1;height:40px;resize:none;font:inherit}`,
      body: `${shopChrome('优享会员中心')}
<div class="woot-widget-holder" id="chatwoot_live_chat_widget">
  <div class="woot-header">会员服务 · 智能客服</div>
  <div class="conversation-wrap" role="log"></div>
  <div class="woot-footer"><textarea class="user-message-input" placeholder="输入消息…"></textarea><button class="send-button" type="button">发送</button></div>
</div>`,
      script: `
var wrap = document.querySelector('.conversation-wrap');
function bubble(speaker, text) {
  var outer = document.createElement('div');
  var content = document.createElement('div');
  content.className = 'message-content';
  content.textContent = text;
  if (speaker === 'system') {
    outer.className = 'activity-message';
    outer.appendChild(content);
  } else {
    outer.className = speaker === 'customer' ? 'user-message-wrap' : 'agent-message-wrap';
    var b = document.createElement('div');
    b.className = 'chat-bubble ' + (speaker === 'customer' ? 'user' : speaker);
    b.appendChild(content);
    outer.appendChild(b);
  }
  wrap.appendChild(outer);
  wrap.scrollTop = wrap.scrollHeight;
  return { bubble: outer.querySelector('.chat-bubble'), content: content };
}
ZooChat.bindComposer(document.querySelector('.user-message-input'), document.querySelector('.send-button'));
ZooChat.connect({
  add: function (speaker, text) { bubble(speaker, text); },
  startStream: function (speaker, first) {
    var h = bubble(speaker, first);
    h.bubble.setAttribute('data-streaming', 'true');
    return h;
  },
  // Each token re-renders the text in place, as a streaming UI does.
  appendStream: function (h, chunk) { h.content.textContent = h.content.textContent + chunk; wrap.scrollTop = wrap.scrollHeight; },
  endStream: function (h) { h.bubble.removeAttribute('data-streaming'); },
  ended: function () { document.querySelector('.user-message-input').disabled = true; }
});`,
    }),
};

export const splitSpansPage: PageRenderer = {
  host: (ctx) =>
    chatDocument('split-spans', ctx, {
      title: '速达快递 - 客户服务',
      style: `${SHOP_STYLE}
.udesk-chat{position:fixed;right:20px;bottom:20px;width:380px;border:1px solid #ddd;border-radius:8px;background:#fff;overflow:hidden}
.udesk-header{background:#307aff;color:#fff;padding:10px 12px}
.udesk-msg-list{height:340px;overflow-y:auto;padding:8px;background:#f7f8fa}
.udesk-msg{margin:8px 0;max-width:82%}
.udesk-msg-customer{margin-left:auto;text-align:right}
.udesk-msg-system{margin:8px auto;text-align:center;max-width:100%}
.udesk-msg-meta{font-size:11px;color:#999}
.udesk-time{margin-left:6px}
.udesk-bubble{display:inline-block;padding:7px 10px;border-radius:6px;background:#fff;text-align:left}
.udesk-msg-customer .udesk-bubble{background:#307aff;color:#fff}
.udesk-msg-system .udesk-bubble{background:none;color:#999;font-size:12px}
.udesk-typing{padding:2px 12px;color:#999;font-size:12px}
.udesk-footer{display:flex;gap:6px;padding:8px;border-top:1px solid #eee}
#udesk-input{flex:1;height:40px;resize:none;font:inherit}`,
      body: `${shopChrome('速达快递')}
<div class="udesk-chat">
  <div class="udesk-header">速达快递 在线客服</div>
  <div class="udesk-msg-list" role="log"></div>
  <div class="udesk-typing-slot"></div>
  <div class="udesk-footer"><textarea id="udesk-input" placeholder="请输入…"></textarea><button class="udesk-send" type="button">发送</button></div>
</div>`,
      script: `
var list = document.querySelector('.udesk-msg-list');
var CLS = { agent: 'udesk-msg-agent', bot: 'udesk-msg-robot', customer: 'udesk-msg-customer', system: 'udesk-msg-system' };
var NAME = { agent: '在线客服', bot: '智能机器人', customer: '我', system: '系统消息' };
/** Split at punctuation (rich-text renderers emit a span per run); short texts are halved. */
function segments(text) {
  var parts = text.match(/[^，。？！、；：,.?!;:]+[，。？！、；：,.?!;:]*|[，。？！、；：,.?!;:]+/g) || [text];
  if (parts.length < 2 && text.length > 1) {
    var mid = Math.ceil(text.length / 2);
    parts = [text.slice(0, mid), text.slice(mid)];
  }
  return parts;
}
ZooChat.bindComposer(document.getElementById('udesk-input'), document.querySelector('.udesk-send'));
ZooChat.connect({
  add: function (speaker, text) {
    var msg = document.createElement('div');
    msg.className = 'udesk-msg ' + CLS[speaker];
    var meta = document.createElement('div');
    meta.className = 'udesk-msg-meta';
    var sender = document.createElement('span');
    sender.className = 'udesk-sender';
    sender.textContent = NAME[speaker];
    var time = document.createElement('span');
    time.className = 'udesk-time';
    time.textContent = ZooChat.hhmm();
    meta.appendChild(sender);
    meta.appendChild(time);
    var bubble = document.createElement('div');
    bubble.className = 'udesk-bubble';
    segments(text).forEach(function (seg) {
      var span = document.createElement('span');
      span.className = 'udesk-text';
      span.textContent = seg;
      bubble.appendChild(span);
    });
    msg.appendChild(meta);
    msg.appendChild(bubble);
    list.appendChild(msg);
    list.scrollTop = list.scrollHeight;
  },
  typing: ZooChat.typingToggle(document.querySelector('.udesk-typing-slot'), 'udesk-typing', '客服正在输入…'),
  ended: function () { document.getElementById('udesk-input').disabled = true; }
});`,
    }),
};
