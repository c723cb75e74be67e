/**
 * Chats embedded in frames: `nested-iframes` (a bank page → a cross-origin help-centre frame → the
 * 网易七鱼-style chat frame, back on the host origin) and `prechat-form` (a Zendesk Web Widget
 * (Classic)-style iframe#webWidget whose chat starts only after a pre-chat form is filled in).
 */
import { chatDocument, embeddingDocument, SHOP_STYLE, shopChrome, type PageRenderer } from './common.js';

const FRAME_STYLE = 'border:0;width:100%;height:100%';

export const nestedIframesPage: PageRenderer = {
  host: (ctx) =>
    embeddingDocument('nested-iframes', ctx, {
      title: '招远银行信用卡中心',
      style: `${SHOP_STYLE}
.help-panel{position:fixed;right:16px;bottom:16px;width:420px;height:600px;border:1px solid #ccc;border-radius:8px;overflow:hidden;background:#fff}
#help-center-frame{${FRAME_STYLE}}`,
      body: `${shopChrome('招远银行信用卡中心')}
<aside class="help-panel"></aside>`,
      script: `
var outer = document.createElement('iframe');
outer.id = 'help-center-frame';
outer.title = '帮助中心';
outer.src = frameUrl(cfg.widgetOrigin, '/zoo-frame/nested-iframes/outer');
document.querySelector('.help-panel').appendChild(outer);`,
    }),
  frames: {
    // The help centre (widget origin) embeds the vendor's chat frame, served back from the host origin.
    outer: (ctx) =>
      embeddingDocument('nested-iframes', ctx, {
        title: '帮助中心',
        style: `.hc-header{background:#c7000b;color:#fff;padding:8px 12px}.hc-faq{padding:6px 12px;font-size:13px;color:#555}
.hc-chat{height:470px}#ysf-chat-frame{${FRAME_STYLE}}`,
        body: `<div class="hc-header">帮助中心 · 在线客服</div>
<ul class="hc-faq"><li>信用卡丢失如何挂失？</li><li>如何修改账单日？</li></ul>
<div class="hc-chat"></div>`,
        script: `
var inner = document.createElement('iframe');
inner.id = 'ysf-chat-frame';
inner.name = 'YSF-IFRAME-LAYER';
inner.title = '七鱼在线客服';
inner.src = frameUrl(cfg.hostOrigin, '/zoo-frame/nested-iframes');
document.querySelector('.hc-chat').appendChild(inner);`,
      }),
    '': (ctx) =>
      chatDocument('nested-iframes', ctx, {
        title: '在线客服',
        style: `
#YSF-CHAT{display:flex;flex-direction:column;height:100vh;background:#f5f5f5}
.ysf-msg-list{flex:1;overflow-y:auto;padding:8px}
.ysf-msg{margin:6px 0;display:flex}
.ysf-msg-visitor{justify-content:flex-end}
.ysf-msg-system{justify-content:center;font-size:12px;color:#999}
.ysf-msg-content{max-width:78%;padding:7px 10px;border-radius:4px;background:#fff}
.ysf-msg-visitor .ysf-msg-content{background:#9eea6a}
.ysf-editor-wrap{display:flex;gap:6px;padding:6px;border-top:1px solid #ddd;background:#fff}
#ysf-editor{flex:1;height:44px;resize:none;font:inherit}`,
        body: `<div id="YSF-CHAT">
  <div class="ysf-msg-list" role="log"></div>
  <div class="ysf-editor-wrap"><textarea id="ysf-editor" placeholder="请输入…"></textarea><button class="ysf-btn-send" type="button">发送</button></div>
</div>`,
        script: `
var list = document.querySelector('.ysf-msg-list');
var CLS = { agent: 'ysf-msg-staff', bot: 'ysf-msg-robot', customer: 'ysf-msg-visitor', system: 'ysf-msg-system' };
ZooChat.bindComposer(document.getElementById('ysf-editor'), document.querySelector('.ysf-btn-send'));
ZooChat.connect({
  add: function (speaker, text) {
    var row = document.createElement('div');
    row.className = 'ysf-msg ' + CLS[speaker];
    var content = document.createElement('div');
    content.className = 'ysf-msg-content';
    content.textContent = text;
    row.appendChild(content);
    list.appendChild(row);
    list.scrollTop = list.scrollHeight;
  },
  ended: function () { document.getElementById('ysf-editor').disabled = true; }
});`,
      }),
  },
};

export const prechatFormPage: PageRenderer = {
  host: (ctx) =>
    embeddingDocument('prechat-form', ctx, {
      title: '安心保险 - 客户服务',
      style: `${SHOP_STYLE}
#webWidget{position:fixed;right:16px;bottom:16px;width:370px;height:560px;border:0;border-radius:8px;box-shadow:0 4px 20px rgba(0,0,0,.2)}`,
      body: shopChrome('安心保险'),
      script: `
var frame = document.createElement('iframe');
frame.id = 'webWidget';
frame.title = '您可以在此找到更多信息';
frame.src = frameUrl(cfg.widgetOrigin, '/zoo-frame/prechat-form');
document.body.appendChild(frame);`,
    }),
  frames: {
    '': (ctx) =>
      chatDocument('prechat-form', ctx, {
        title: 'Web Widget',
        style: `
.zd-header{background:#03363d;color:#fff;padding:12px}
#prechat-form{padding:16px;display:flex;flex-direction:column;gap:10px}
#prechat-form label{font-size:13px;color:#555}
#prechat-form input,#prechat-form textarea{width:100%;box-sizing:border-box;font:inherit;padding:6px}
.zd-field-error{color:#cc3340;font-size:12px;min-height:14px}
.zd-chat{display:flex;flex-direction:column;height:calc(100vh - 44px)}
.zd-chat[hidden]{display:none}
.zd-topic{font-size:12px;color:#666;padding:4px 12px;background:#f8f9f9}
.zd-message-list{flex:1;overflow-y:auto;padding:8px 12px}
.zd-message{margin:6px 0;max-width:80%}
.zd-visitor{margin-left:auto;text-align:right}
.zd-system{margin:6px auto;text-align:center;color:#888;font-size:12px}
.zd-message-text{display:inline-block;padding:7px 10px;border-radius:12px;background:#f3f3f3;text-align:left}
.zd-visitor .zd-message-text{background:#03363d;color:#fff}
.zd-typing{padding:2px 12px;color:#888;font-size:12px}
.zd-footer{display:flex;gap:6px;padding:8px;border-top:1px solid #ddd}
#zd-composer{flex:1;height:40px;resize:none;font:inherit}`,
        body: `<div class="zd-header">在线咨询</div>
<form id="prechat-form" novalidate>
  <label for="prechat-name">姓名 *</label><input id="prechat-name" name="name" autocomplete="name">
  <label for="prechat-phone">手机号 *</label><input id="prechat-phone" name="phone" inputmode="tel">
  <label for="prechat-question">您想咨询的问题</label><textarea id="prechat-question" name="question" rows="3"></textarea>
  <div class="zd-field-error" role="alert"></div>
  <button id="prechat-start" type="submit">开始咨询</button>
</form>
<div class="zd-chat" hidden>
  <div class="zd-topic"></div>
  <div class="zd-message-list" role="log"></div>
  <div class="zd-typing-slot"></div>
  <div class="zd-footer"><textarea id="zd-composer" placeholder="输入消息"></textarea><button class="zd-send" type="button">发送</button></div>
</div>`,
        script: `
var form = document.getElementById('prechat-form');
var chat = document.querySelector('.zd-chat');
var list = document.querySelector('.zd-message-list');
var CLS = { agent: 'zd-agent', bot: 'zd-bot', customer: 'zd-visitor', system: 'zd-system' };
form.addEventListener('submit', function (e) {
  e.preventDefault();
  var name = document.getElementById('prechat-name').value.trim();
  var phone = document.getElementById('prechat-phone').value.replace(/\\s/g, '');
  var question = document.getElementById('prechat-question').value.trim();
  var error = !name ? '请填写姓名' : !/^1\\d{10}$/.test(phone) ? '请填写11位手机号' : '';
  form.querySelector('.zd-field-error').textContent = error;
  if (error) return;
  form.remove();
  chat.hidden = false;
  document.querySelector('.zd-topic').textContent = name + ' · ' + phone + (question ? ' · ' + question : '');
  ZooChat.bindComposer(document.getElementById('zd-composer'), document.querySelector('.zd-send'));
  ZooChat.connect({
    add: function (speaker, text) {
      var msg = document.createElement('div');
      msg.className = 'zd-message ' + CLS[speaker];
      var body = document.createElement('div');
      body.className = 'zd-message-text';
      body.textContent = text;
      msg.appendChild(body);
      list.appendChild(msg);
      list.scrollTop = list.scrollHeight;
    },
    typing: ZooChat.typingToggle(document.querySelector('.zd-typing-slot'), 'zd-typing', '客服正在输入…'),
    ended: function () { document.getElementById('zd-composer').disabled = true; }
  }, { name: name, phone: phone, question: question });
});`,
      }),
  },
};
