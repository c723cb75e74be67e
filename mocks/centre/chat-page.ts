/**
 * The chat page the harness's browser opens. Plain HTML + JS, no external assets. The DOM is a
 * contract with harness/channels/webchat (preset "simulated-centre"): #status[data-state],
 * #messages > div.msg.(agent|customer|system)[data-seq] > span.who + span.text, #input, #send,
 * #end. Messages are appended synchronously when their event arrives, because the harness
 * timestamps DOM insertion.
 */

const STYLE = `
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#f2f4f7;color:#222}
header{background:#1f6feb;color:#fff;padding:10px 16px;display:flex;justify-content:space-between;align-items:center}
header h1{font-size:17px;margin:0}
#status{font-size:13px;opacity:.9}
#messages{height:calc(100vh - 170px);overflow-y:auto;padding:12px 16px}
.msg{margin:8px 0;max-width:78%;padding:8px 12px;border-radius:8px;line-height:1.5;word-break:break-word}
.msg .who{display:block;font-size:12px;color:#888;margin-bottom:2px}
.msg.agent{background:#fff}
.msg.customer{background:#d7ecff;margin-left:auto}
.msg.system{background:none;color:#888;font-size:13px;text-align:center;max-width:100%}
footer{display:flex;gap:8px;padding:8px 16px;background:#fff;border-top:1px solid #ddd}
#input{flex:1;height:56px;resize:none;font:inherit;padding:6px}
button{font:inherit;padding:0 16px}
`;

const SCRIPT = `
(function () {
  var params = new URLSearchParams(location.search);
  var statusEl = document.getElementById('status');
  var list = document.getElementById('messages');
  var input = document.getElementById('input');
  var sessionId = null;
  var source = null;
  var LABELS = { connecting: '正在连接…', queued: '排队中', chatting: '客服正在为您服务', ended: '会话已结束' };

  function setState(state, label) {
    statusEl.setAttribute('data-state', state);
    statusEl.textContent = label || LABELS[state];
    if (state === 'ended') {
      input.disabled = true;
      document.getElementById('send').disabled = true;
      document.getElementById('end').disabled = true;
      if (source) source.close();
    }
  }

  function append(kind, who, text, seq) {
    var div = document.createElement('div');
    div.className = 'msg ' + kind;
    if (seq != null) div.setAttribute('data-seq', String(seq));
    var w = document.createElement('span');
    w.className = 'who';
    w.textContent = who;
    var t = document.createElement('span');
    t.className = 'text';
    t.textContent = text;
    div.appendChild(w);
    div.appendChild(t);
    list.appendChild(div);
    list.scrollTop = list.scrollHeight;
    return div;
  }

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body || {}) });
  }

  function send() {
    var text = input.value.trim();
    if (!text || !sessionId || statusEl.getAttribute('data-state') === 'ended') return;
    input.value = '';
    // Rendered at once; data-seq is filled in when the centre has numbered it.
    var div = append('customer', '我', text, null);
    post('/chat/api/sessions/' + sessionId + '/messages', { text: text })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j && j.seq != null) div.setAttribute('data-seq', String(j.seq)); })
      .catch(function () {});
  }

  document.getElementById('send').addEventListener('click', send);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); }
  });
  document.getElementById('end').addEventListener('click', function () {
    if (!sessionId || statusEl.getAttribute('data-state') === 'ended') return;
    post('/chat/api/sessions/' + sessionId + '/end').catch(function () {});
  });

  setState('connecting');
  post('/chat/api/sessions', { ref: params.get('ref') || '', profile: params.get('profile') || undefined })
    .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
    .then(function (j) {
      sessionId = j.sessionId;
      source = new EventSource('/chat/api/sessions/' + sessionId + '/events');
      source.addEventListener('msg', function (e) {
        var m = JSON.parse(e.data);
        append(m.speaker, m.who, m.text, m.seq);
      });
      source.addEventListener('state', function (e) {
        var s = JSON.parse(e.data);
        setState(s.state, s.state === 'queued' ? '排队中（第' + s.position + '位）' : s.agent ? '客服' + s.agent + '正在为您服务' : null);
      });
      source.addEventListener('end', function () { setState('ended'); });
      source.onerror = function () {
        if (source.readyState === EventSource.CLOSED) setState('ended');
      };
    })
    .catch(function (err) {
      append('system', '系统消息', '连接失败，请刷新页面重试（' + err.message + '）', null);
      setState('ended');
    });
})();
`;

export function chatPageHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>在线客服</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>在线客服</h1><span id="status" data-state="connecting">正在连接…</span></header>
<div id="messages" aria-live="polite"></div>
<footer>
<textarea id="input" placeholder="请输入您的问题，按回车发送"></textarea>
<button id="send" type="button">发送</button>
<button id="end" type="button">结束会话</button>
</footer>
<script>${SCRIPT}</script>
</body>
</html>`;
}
