/**
 * 网易七鱼 (Qiyu)'s desktop default, also Udesk's "pop" mode and 53KF: the shop page only shows a
 * floating 在线客服 entry (and a small 留言 entry, which is NOT the chat); clicking it calls
 * window.open(...) with a chat page of its own on the WIDGET origin (cross-origin to the shop), full
 * window. There a robot answers first and hands over to a human on 转人工; staff, robot, visitor and
 * system bubbles carry avatars, names and time stamps that are not part of the text; a typing
 * indicator precedes the human's bubbles; a 评价 button opens a rating layer (no message). When the
 * centre ends the chat the window shows 本次会话已结束 and, with `?closeAfterMs=N` on the shop page's
 * URL (passed on to the window), closes itself N ms later, as some deployments configure it.
 */
import { chatDocument, embeddingDocument, SHOP_STYLE, shopChrome, type PageRenderer, type RenderContext } from './common.js';

/** The query parameter (on the shop page, passed on to the chat window) that makes the window close itself. */
export const CLOSE_AFTER_PARAM = 'closeAfterMs';
/** The name window.open gives the chat window: a second click focuses it rather than opening another. */
export const POPUP_WINDOW_NAME = 'qiyu_chat_window';

const SHOP_NAME = '美睿电器官方商城';
const CORP_NAME = '美睿电器';

const HOST_STYLE = `${SHOP_STYLE}
.qy-entry-dock{position:fixed;right:16px;top:40%;display:flex;flex-direction:column;gap:8px;z-index:99999}
.qy-entry{display:block;width:56px;padding:10px 0;border-radius:6px;text-align:center;font-size:13px;color:#fff;text-decoration:none;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.qy-entry--chat{background:#337eff;height:72px;writing-mode:vertical-rl;line-height:56px;padding:0}
.qy-entry--leave{background:#8a94a6;font-size:12px}
.qy-leave-panel{position:fixed;right:84px;top:40%;width:260px;padding:12px;background:#fff;border:1px solid #ddd;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.15)}
.qy-leave-panel textarea{width:100%;box-sizing:border-box;height:72px;font:inherit}`;

/**
 * The shop page: a 留言 entry (an on-page form) and the 在线客服 entry that opens the chat window.
 * Like Qiyu's SDK, the window is named, and a second click focuses the open window instead of
 * loading the chat again.
 */
function hostPage(ctx: RenderContext): string {
  return embeddingDocument('popup-window', ctx, {
    title: `${SHOP_NAME} - 空调 冰箱 洗衣机`,
    style: HOST_STYLE,
    body: `${shopChrome(SHOP_NAME)}
<div class="qy-entry-dock" id="QIYU-ENTRY-DOCK">
  <a class="qy-entry qy-entry--leave" id="qy-entry-leave" role="button" href="javascript:;" title="给我们留言">留言</a>
  <a class="qy-entry qy-entry--chat" id="qy-entry-chat" role="button" href="javascript:;" title="联系在线客服" aria-label="在线客服">在线客服</a>
</div>
<div class="qy-leave-panel" id="qy-leave-panel" hidden>
  <div>客服不在线时，请给我们留言：</div>
  <textarea id="qy-leave-text" placeholder="请输入留言内容"></textarea>
  <button id="qy-leave-submit" type="button">提交留言</button>
  <div class="qy-leave-result" role="status"></div>
</div>`,
    script: `
var chatWindow = null;
var closeAfter = new URLSearchParams(location.search).get('${CLOSE_AFTER_PARAM}');
document.getElementById('qy-entry-chat').addEventListener('click', function (e) {
  e.preventDefault();
  if (chatWindow && !chatWindow.closed) { chatWindow.focus(); return; }
  var url = frameUrl(cfg.widgetOrigin, '/zoo-frame/popup-window');
  if (closeAfter !== null) url += '&${CLOSE_AFTER_PARAM}=' + encodeURIComponent(closeAfter);
  chatWindow = window.open(url, '${POPUP_WINDOW_NAME}', 'width=820,height=640,left=120,top=80,resizable=yes,scrollbars=no');
});
// The leave-a-message entry is a form on the shop page: no chat, no window.
var leave = document.getElementById('qy-leave-panel');
document.getElementById('qy-entry-leave').addEventListener('click', function (e) { e.preventDefault(); leave.hidden = !leave.hidden; });
document.getElementById('qy-leave-submit').addEventListener('click', function () {
  var text = document.getElementById('qy-leave-text').value.trim();
  leave.querySelector('.qy-leave-result').textContent = text ? '留言已提交，我们会尽快与您联系。' : '请填写留言内容';
});`,
  });
}

const CHAT_STYLE = `
html,body{height:100%;overflow:hidden}
#qy-chat{display:flex;flex-direction:column;height:100vh;background:#f4f5f7}
.qy-header{display:flex;align-items:center;gap:10px;background:#337eff;color:#fff;padding:10px 16px}
.qy-header .qy-corp-logo{width:32px;height:32px;border-radius:50%;background:#fff}
.qy-corp-name{font-size:16px;font-weight:bold;flex:1}
.qy-header button{background:none;border:1px solid rgba(255,255,255,.8);color:#fff;border-radius:4px;padding:3px 10px;cursor:pointer}
.qy-msg-list{flex:1;overflow-y:auto;padding:12px 20px}
.qy-msg{display:flex;gap:8px;margin:10px 0;align-items:flex-start}
.qy-msg--visitor{flex-direction:row-reverse}
.qy-msg__avatar{width:36px;height:36px;border-radius:50%;flex:none}
.qy-msg__main{max-width:70%}
.qy-msg--visitor .qy-msg__main{text-align:right}
.qy-msg__info{font-size:12px;color:#999;margin-bottom:3px}
.qy-msg__time{margin-left:6px}
.qy-msg__bubble{display:inline-block;padding:8px 12px;border-radius:6px;background:#fff;text-align:left;line-height:1.5}
.qy-msg--visitor .qy-msg__bubble{background:#337eff;color:#fff}
.qy-msg--system{justify-content:center;font-size:12px;color:#999}
.qy-msg--system .qy-msg__main{max-width:100%;text-align:center}
.qy-msg--system .qy-msg__bubble{background:#e8eaee;color:#666;padding:3px 10px}
.qy-typing{padding:0 20px 6px;font-size:12px;color:#999}
.qy-closing-notice{padding:4px 20px;font-size:12px;color:#c0392b;text-align:center}
.qy-editor-area{display:flex;gap:8px;align-items:flex-end;padding:10px 16px;border-top:1px solid #e1e3e6;background:#fff}
#qy-editor{flex:1;height:72px;resize:none;font:inherit;border:1px solid #d9dce0;border-radius:4px;padding:6px}
.qy-btn-send{background:#337eff;color:#fff;border:0;border-radius:4px;padding:8px 22px;cursor:pointer}
.qy-btn-send:disabled{background:#b5c9f0}
.qy-evaluate-layer{position:fixed;left:50%;top:30%;transform:translateX(-50%);width:320px;padding:16px;background:#fff;border-radius:8px;box-shadow:0 6px 28px rgba(0,0,0,.25)}
.qy-evaluate-layer .qy-stars button{font-size:20px;background:none;border:0;cursor:pointer;color:#f5a623}`;

/** Plain coloured circles as avatars (data: URIs, no text content), one per kind of speaker. */
function avatar(colour: string): string {
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="36" height="36"><circle cx="18" cy="18" r="18" fill="${colour}"/></svg>`)}`;
}
const AVATARS = { bot: avatar('#5ac8fa'), agent: avatar('#337eff'), customer: avatar('#9aa5b1') };

/** The chat window's document, on the widget origin. */
function chatWindow(ctx: RenderContext): string {
  return chatDocument('popup-window', ctx, {
    title: `${CORP_NAME} - 在线客服`,
    style: CHAT_STYLE,
    body: `<div id="qy-chat" class="qy-chat-window">
  <div class="qy-header"><img class="qy-corp-logo" alt="" src="${avatar('#ffffff')}"><span class="qy-corp-name">${CORP_NAME} · 在线客服</span>
    <button class="qy-btn-transfer" type="button">转人工</button><button class="qy-btn-evaluate" type="button">评价</button></div>
  <div class="qy-msg-list" role="log" aria-live="polite"></div>
  <div class="qy-typing-slot"></div>
  <div class="qy-closing-slot"></div>
  <div class="qy-editor-area"><textarea id="qy-editor" placeholder="请输入您要咨询的问题，按 Enter 发送"></textarea><button class="qy-btn-send" type="button">发送</button></div>
</div>
<div class="qy-evaluate-layer" hidden>
  <div>请对本次服务进行评价</div>
  <div class="qy-stars"><button type="button" data-score="1">★</button><button type="button" data-score="2">★</button><button type="button" data-score="3">★</button><button type="button" data-score="4">★</button><button type="button" data-score="5">★</button></div>
  <button class="qy-evaluate-submit" type="button">提交评价</button>
</div>`,
    script: `
var list = document.querySelector('.qy-msg-list');
var editor = document.getElementById('qy-editor');
var sendButton = document.querySelector('.qy-btn-send');
var KIND = { bot: 'robot', agent: 'staff', customer: 'visitor', system: 'system' };
var NAME = { bot: '小美（智能机器人）', agent: '售后客服 小林', customer: '', system: '' };
var AVATAR = ${JSON.stringify(AVATARS)};
var closeParam = new URLSearchParams(location.search).get('${CLOSE_AFTER_PARAM}');
// Absent (the default, as Qiyu ships it): the window stays open on 本次会话已结束.
var closeAfterMs = closeParam === null || closeParam.trim() === '' ? NaN : Number(closeParam);

ZooChat.bindComposer(editor, sendButton);
// Qiyu's robot phase offers a 转人工 button; it sends the request as if typed.
document.querySelector('.qy-btn-transfer').addEventListener('click', function () { ZooChat.send('转人工'); });
// Rating is a layer over the window: it adds nothing to the conversation.
var rating = document.querySelector('.qy-evaluate-layer');
document.querySelector('.qy-btn-evaluate').addEventListener('click', function () { rating.hidden = false; });
document.querySelector('.qy-evaluate-submit').addEventListener('click', function () { rating.hidden = true; });

function el(tag, className, text) {
  var node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

ZooChat.connect({
  add: function (speaker, text) {
    var row = el('div', 'qy-msg qy-msg--' + KIND[speaker]);
    row.setAttribute('data-msg-from', KIND[speaker]);
    if (AVATAR[speaker]) {
      var img = el('img', 'qy-msg__avatar');
      img.alt = NAME[speaker] || '我';
      img.src = AVATAR[speaker];
      row.appendChild(img);
    }
    var main = el('div', 'qy-msg__main');
    var info = el('div', 'qy-msg__info');
    if (NAME[speaker]) info.appendChild(el('span', 'qy-msg__name', NAME[speaker]));
    info.appendChild(el('span', 'qy-msg__time', ZooChat.hhmm()));
    main.appendChild(info);
    var bubble = el('div', 'qy-msg__bubble');
    bubble.appendChild(el('div', 'qy-msg__text', text));
    main.appendChild(bubble);
    row.appendChild(main);
    list.appendChild(row);
    list.scrollTop = list.scrollHeight;
  },
  typing: ZooChat.typingToggle(document.querySelector('.qy-typing-slot'), 'qy-typing', '对方正在输入…'),
  ended: function () {
    editor.disabled = true;
    sendButton.disabled = true;
    document.querySelector('.qy-btn-transfer').disabled = true;
    // Only when the deployment asks for it (the shop page's ?${CLOSE_AFTER_PARAM}=N): a notice outside
    // the message list, then the window closes itself.
    if (!(closeAfterMs >= 0)) return;
    document.querySelector('.qy-closing-slot').appendChild(el('div', 'qy-closing-notice', '窗口将在 ' + Math.ceil(closeAfterMs / 1000) + ' 秒后自动关闭'));
    setTimeout(function () { window.close(); }, closeAfterMs);
  }
});`,
  });
}

export const popupWindowPage: PageRenderer = {
  host: hostPage,
  frames: { '': chatWindow },
};
