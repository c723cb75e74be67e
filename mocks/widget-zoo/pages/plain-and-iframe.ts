/**
 * Two simple zoo pages: a self-built chat on the shop page (`plain`) and a LiveChat-style chat in a
 * cross-origin iframe (`iframe`). The vendor-launcher pair lives in vendor-launcher.ts.
 */
import { chatDocument, embeddingDocument, SHOP_STYLE, shopChrome, type PageRenderer } from './common.js';

/** Self-built 在线客服 box on the shop page: textarea + 发送 button, bubbles by class. */
export const plainPage: PageRenderer = {
  host: (ctx) =>
    chatDocument('plain', ctx, {
      title: '优选商城 - 在线客服',
      style: `${SHOP_STYLE}
.chat-window{position:fixed;right:24px;bottom:24px;width:360px;border:1px solid #ccc;border-radius:8px;background:#f7f7f7;box-shadow:0 4px 16px rgba(0,0,0,.15)}
.chat-header{background:#e4393c;color:#fff;padding:10px 12px;border-radius:8px 8px 0 0}
.chat-log{height:320px;overflow-y:auto;padding:8px}
.chat-item{margin:6px 0;display:flex}
.chat-item.from-user{justify-content:flex-end}
.chat-item.from-system{justify-content:center;color:#888;font-size:12px}
.chat-bubble{max-width:75%;padding:6px 10px;border-radius:6px;background:#fff}
.from-user .chat-bubble{background:#cde8ff}
.chat-footer{display:flex;gap:6px;padding:8px;border-top:1px solid #ddd}
#chat-input{flex:1;height:48px;resize:none;font:inherit}`,
      body: `${shopChrome('优选商城')}
<section class="chat-window" id="chat" aria-label="在线客服">
  <div class="chat-header">在线客服 <span class="chat-status">在线</span></div>
  <div class="chat-log" id="chat-log" role="log"></div>
  <div class="chat-footer"><textarea id="chat-input" placeholder="请输入您的问题"></textarea><button id="chat-send" class="btn-send" type="button">发送</button></div>
</section>`,
      script: `
var log = document.getElementById('chat-log');
var KIND = { agent: 'from-agent', bot: 'from-agent', customer: 'from-user', system: 'from-system' };
ZooChat.bindComposer(document.getElementById('chat-input'), document.getElementById('chat-send'));
ZooChat.connect({
  add: function (speaker, text) {
    var item = document.createElement('div');
    item.className = 'chat-item ' + KIND[speaker];
    var bubble = document.createElement('div');
    bubble.className = 'chat-bubble';
    bubble.textContent = text;
    item.appendChild(bubble);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  },
  ended: function () {
    document.getElementById('chat-input').disabled = true;
    document.getElementById('chat-send').disabled = true;
  }
});`,
    }),
};

/** LiveChat-style: the shop page holds #chat-widget-container > iframe#chat-widget from the widget origin. */
export const iframePage: PageRenderer = {
  host: (ctx) =>
    embeddingDocument('iframe', ctx, {
      title: '宽带营业厅',
      style: `${SHOP_STYLE}
#chat-widget-container{position:fixed;right:16px;bottom:16px;width:380px;height:520px;z-index:2147483639}
#chat-widget{width:100%;height:100%;border:0;box-shadow:0 4px 24px rgba(0,0,0,.2);border-radius:10px}`,
      body: `${shopChrome('宽带营业厅')}
<div id="chat-widget-container"></div>`,
      // The embed script builds the iframe, as vendor snippets do, passing the visitor id on.
      script: `
var frame = document.createElement('iframe');
frame.id = 'chat-widget';
frame.name = 'chat-widget';
frame.title = 'LiveChat chat widget';
frame.src = frameUrl(cfg.widgetOrigin, '/zoo-frame/iframe');
document.getElementById('chat-widget-container').appendChild(frame);`,
    }),
  frames: {
    '': (ctx) =>
      chatDocument('iframe', ctx, {
        title: 'LiveChat',
        style: `
.lc-chat{display:flex;flex-direction:column;height:100vh}
.lc-header{background:#4384f5;color:#fff;padding:12px}
.lc-message-list{flex:1;overflow-y:auto;padding:10px;background:#fafafa}
.lc-message{margin:6px 0;max-width:80%;padding:8px 10px;border-radius:12px;background:#fff}
.lc-message--visitor{margin-left:auto;background:#4384f5;color:#fff}
.lc-message--system{margin:6px auto;background:none;color:#888;font-size:12px;text-align:center}
.lc-typing-indicator{padding:4px 10px;color:#888;font-size:12px}
.lc-composer{display:flex;gap:6px;padding:8px;border-top:1px solid #e5e5e5}
.lc-textarea{flex:1;height:40px;resize:none;font:inherit}`,
        body: `<div class="lc-chat">
  <div class="lc-header">宽带在线客服</div>
  <div class="lc-message-list" role="log" aria-live="polite"></div>
  <div class="lc-typing-slot"></div>
  <div class="lc-composer"><textarea id="lc-input" class="lc-textarea" placeholder="输入消息…"></textarea><button class="lc-send-button" type="button" aria-label="Send message">发送</button></div>
</div>`,
        script: `
var list = document.querySelector('.lc-message-list');
ZooChat.bindComposer(document.getElementById('lc-input'), document.querySelector('.lc-send-button'));
ZooChat.connect({
  add: function (speaker, text) {
    var author = speaker === 'customer' ? 'visitor' : speaker === 'system' ? 'system' : 'agent';
    var msg = document.createElement('div');
    msg.className = 'lc-message lc-message--' + author;
    msg.setAttribute('data-author', author);
    var body = document.createElement('div');
    body.className = 'lc-message__text';
    body.textContent = text;
    msg.appendChild(body);
    list.appendChild(msg);
    list.scrollTop = list.scrollHeight;
  },
  typing: ZooChat.typingToggle(document.querySelector('.lc-typing-slot'), 'lc-typing-indicator', '客服正在输入…'),
  ended: function () { document.getElementById('lc-input').disabled = true; }
});`,
      }),
  },
};
