/**
 * Chats that live on the host page itself: `contenteditable` (美洽/Meiqia-style panel, a
 * contenteditable editor, Enter to send, no send button) and `bot-handoff` (智齿/Sobot-style: a
 * robot answers first, 转人工 brings a human after a notice and a typing indicator).
 */
import { chatDocument, SHOP_STYLE, shopChrome, type PageRenderer } from './common.js';

export const contenteditablePage: PageRenderer = {
  host: (ctx) =>
    chatDocument('contenteditable', ctx, {
      title: '美家家居旗舰店',
      style: `${SHOP_STYLE}
#MEIQIA-PANEL-HOLDER{position:fixed;right:20px;bottom:20px;width:360px;border-radius:8px;background:#fff;box-shadow:0 4px 18px rgba(0,0,0,.2)}
.mq-header{background:#1ea1f2;color:#fff;padding:10px 12px;border-radius:8px 8px 0 0}
.mq-msg-list{height:340px;overflow-y:auto;padding:8px;background:#f6f7f9}
.mq-msg{margin:6px 0;display:flex}
.mq-msg-client{justify-content:flex-end}
.mq-msg-event{justify-content:center;color:#999;font-size:12px}
.mq-msg-text{max-width:78%;padding:7px 10px;border-radius:6px;background:#fff;white-space:pre-wrap}
.mq-msg-client .mq-msg-text{background:#1ea1f2;color:#fff}
.mq-editor{min-height:44px;max-height:100px;overflow-y:auto;padding:8px 12px;border-top:1px solid #e5e5e5;outline:none}
.mq-editor:empty::before{content:attr(placeholder);color:#aaa}
.mq-hint{font-size:11px;color:#aaa;padding:0 12px 6px}`,
      body: `${shopChrome('美家家居旗舰店')}
<div id="MEIQIA-PANEL-HOLDER" class="mq-panel">
  <div class="mq-header">美家家居 在线客服</div>
  <div class="mq-msg-list" role="log"></div>
  <div class="mq-editor" contenteditable="true" role="textbox" placeholder="请输入消息"></div>
  <div class="mq-hint">按 Enter 发送，Shift+Enter 换行</div>
</div>`,
      script: `
var list = document.querySelector('.mq-msg-list');
var editor = document.querySelector('.mq-editor');
var CLS = { agent: 'mq-msg-agent', bot: 'mq-msg-robot', customer: 'mq-msg-client', system: 'mq-msg-event' };
ZooChat.bindComposer(editor, null);
ZooChat.connect({
  add: function (speaker, text) {
    var row = document.createElement('div');
    row.className = 'mq-msg ' + CLS[speaker];
    var body = document.createElement('div');
    body.className = 'mq-msg-text';
    body.textContent = text;
    row.appendChild(body);
    list.appendChild(row);
    list.scrollTop = list.scrollHeight;
  },
  ended: function () { editor.setAttribute('contenteditable', 'false'); }
});`,
    }),
};

export const botHandoffPage: PageRenderer = {
  host: (ctx) =>
    chatDocument('bot-handoff', ctx, {
      title: '畅联通信 网上营业厅',
      style: `${SHOP_STYLE}
.zc-chat{position:fixed;right:20px;bottom:20px;width:380px;border:1px solid #ddd;border-radius:10px;background:#fff;overflow:hidden}
.zc-header{display:flex;justify-content:space-between;align-items:center;background:#0daeff;color:#fff;padding:10px 12px}
.zc-transfer-btn{background:#fff;color:#0daeff;border:0;border-radius:12px;padding:2px 10px;cursor:pointer}
.zc-msg-list{height:340px;overflow-y:auto;padding:8px;background:#f5f6f8}
.zc-msg{margin:6px 0;max-width:80%}
.zc-visitor{margin-left:auto;text-align:right}
.zc-system{margin:6px auto;max-width:100%;text-align:center;color:#999;font-size:12px}
.zc-msg-name{display:block;font-size:11px;color:#999}
.zc-msg-text{display:inline-block;padding:7px 10px;border-radius:8px;background:#fff;text-align:left}
.zc-visitor .zc-msg-text{background:#0daeff;color:#fff}
.zc-system .zc-msg-text{background:none}
.zc-typing{padding:2px 12px;font-size:12px;color:#999}
.zc-footer{display:flex;gap:6px;padding:8px;border-top:1px solid #eee}
#zc-input{flex:1;height:40px;resize:none;font:inherit}`,
      body: `${shopChrome('畅联通信 网上营业厅')}
<div class="zc-chat">
  <div class="zc-header"><span>在线客服</span><button class="zc-transfer-btn" type="button">转人工</button></div>
  <div class="zc-msg-list" role="log"></div>
  <div class="zc-typing-slot"></div>
  <div class="zc-footer"><textarea id="zc-input" placeholder="请简单描述您的问题"></textarea><button id="zc-send" type="button">发送</button></div>
</div>`,
      script: `
var list = document.querySelector('.zc-msg-list');
var CLS = { agent: 'zc-staff', bot: 'zc-robot', customer: 'zc-visitor', system: 'zc-system' };
var NAME = { agent: '人工客服', bot: '机器人小智', customer: '', system: '' };
ZooChat.bindComposer(document.getElementById('zc-input'), document.getElementById('zc-send'));
// Sobot's header button sends the hand-off request as if typed.
document.querySelector('.zc-transfer-btn').addEventListener('click', function () { ZooChat.send('转人工'); });
ZooChat.connect({
  add: function (speaker, text) {
    var msg = document.createElement('div');
    msg.className = 'zc-msg ' + CLS[speaker];
    if (NAME[speaker]) {
      var name = document.createElement('span');
      name.className = 'zc-msg-name';
      name.textContent = NAME[speaker];
      msg.appendChild(name);
    }
    var body = document.createElement('div');
    body.className = 'zc-msg-text';
    body.textContent = text;
    msg.appendChild(body);
    list.appendChild(msg);
    list.scrollTop = list.scrollHeight;
  },
  typing: ZooChat.typingToggle(document.querySelector('.zc-typing-slot'), 'zc-typing', '对方正在输入…'),
  ended: function () { document.getElementById('zc-input').disabled = true; }
});`,
    }),
};
