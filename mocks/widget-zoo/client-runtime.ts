/**
 * The script every zoo chat document loads (inlined, no external assets): it talks to the scripted
 * centre over SSE, reports each message to the host server the moment the page inserted it, and
 * offers the composer wiring the pages share. Each page supplies its own DOM through a `ui`
 * adapter, so the pages differ only in structure, as real vendor widgets do.
 *
 * Ground truth: `at = performance.timeOrigin + performance.now()` is taken right after the bubble
 * was appended, in this document; streamed bubbles report their insertion time with the final text.
 */
export const CLIENT_RUNTIME = String.raw`
window.ZooChat = (function () {
  var cfg = JSON.parse(document.getElementById('zoo-config').textContent);
  cfg.ref = new URLSearchParams(location.search).get('ref') || '';
  var seq = 0;
  var conversationId = null;
  var ended = false;
  var ui = null;

  function clock() { return performance.timeOrigin + performance.now(); }

  function report(speaker, text, at) {
    seq++;
    var body = JSON.stringify({ page: cfg.page, ref: cfg.ref, speaker: speaker, text: text, at: at, seq: seq });
    // Sent in a task of its own: the time is taken above, at insertion, but starting a keepalive
    // fetch can block this thread for tens of ms on a loaded machine (it goes through the browser
    // process), and done in the inserting task that cost fell between the insertion and anything
    // else the page (or an observer of it) does next — the test instrument must not weigh on what it measures.
    // text/plain keeps the cross-origin POST a "simple" request (no preflight), like analytics beacons.
    setTimeout(function () {
      fetch(cfg.truthUrl, {
        method: 'POST', mode: 'cors', keepalive: true,
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: body
      }).catch(function () {});
    }, 0);
  }

  function addMessage(speaker, text) {
    ui.add(speaker, text);
    report(speaker, text, clock());
  }

  var streams = {};
  function on(source, name, fn) {
    source.addEventListener(name, function (e) { fn(JSON.parse(e.data)); });
  }

  /** Open the conversation: POST start, then follow the centre's events. */
  function connect(adapter, startBody) {
    ui = adapter;
    var body = Object.assign({ page: cfg.page, ref: cfg.ref }, startBody || {});
    return fetch('/zoo/api/start', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (j) {
        conversationId = j.conversationId;
        var source = new EventSource('/zoo/api/events/' + conversationId);
        on(source, 'typing', function (m) { if (ui.typing) ui.typing(m.on); });
        on(source, 'msg', function (m) { addMessage(m.speaker, m.text); });
        on(source, 'stream-start', function (m) {
          var handle = ui.startStream(m.speaker, m.text);
          streams[m.id] = { handle: handle, speaker: m.speaker, at: clock() };
        });
        on(source, 'stream-chunk', function (m) { var s = streams[m.id]; if (s) ui.appendStream(s.handle, m.text); });
        on(source, 'stream-end', function (m) {
          var s = streams[m.id];
          if (!s) return;
          delete streams[m.id];
          ui.endStream(s.handle);
          report(s.speaker, m.text, s.at);
        });
        on(source, 'end', function () {
          ended = true;
          source.close();
          if (ui.ended) ui.ended();
        });
      })
      .catch(function (err) { addMessage('system', '连接失败，请刷新重试（' + err.message + '）'); });
  }

  /** The customer's line: shown in the log at once (and reported), then sent to the centre. */
  function send(text) {
    text = (text || '').trim();
    if (!text || !conversationId || ended) return false;
    addMessage('customer', text);
    fetch('/zoo/api/say', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: conversationId, text: text }) }).catch(function () {});
    return true;
  }

  /** The customer ends the chat (an end-chat button): the centre closes it with a notice. */
  function end() {
    if (!conversationId || ended) return;
    fetch('/zoo/api/end', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: conversationId }) }).catch(function () {});
  }

  /**
   * Wire a composer: Enter sends (Shift+Enter is a new line), and so does the send button when
   * there is one. Works for textarea/input (value) and contenteditable (textContent).
   */
  function bindComposer(input, button) {
    var editable = input.isContentEditable;
    function read() { return editable ? input.textContent : input.value; }
    function clear() { if (editable) input.textContent = ''; else input.value = ''; }
    function submit() { if (send(read())) clear(); }
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
    });
    if (button) button.addEventListener('click', submit);
  }

  /** Show or remove a typing indicator element (inserted/removed, as most widgets do). */
  function typingToggle(parent, className, label) {
    var el = null;
    return function (visible) {
      if (visible && !el) {
        el = document.createElement('div');
        el.className = className;
        el.setAttribute('aria-live', 'polite');
        el.textContent = label;
        parent.appendChild(el);
      } else if (!visible && el) {
        el.remove();
        el = null;
      }
    };
  }

  function hhmm() {
    var d = new Date();
    return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
  }

  return { cfg: cfg, clock: clock, connect: connect, send: send, end: end, bindComposer: bindComposer,
    typingToggle: typingToggle, hhmm: hhmm, isEnded: function () { return ended; } };
})();
`;

export interface DocumentConfig {
  page: string;
  /** Absolute URL of the host server's truth endpoint (the chat document may be cross-origin). */
  truthUrl: string;
  /** Origin serving the chat documents (for host pages that build an iframe). */
  widgetOrigin: string;
  /** Origin of the host pages (for chat documents nested back on it). */
  hostOrigin: string;
}

/** A complete HTML document; the runtime is included when the document holds a chat. */
export function htmlDocument(opts: { title: string; style: string; body: string; script: string; config: DocumentConfig; chat: boolean }): string {
  // JSON inside <script> must not be able to close the tag.
  const config = JSON.stringify(opts.config).replace(/</gu, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<style>
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222;background:#fff}
${opts.style}
</style>
</head>
<body>
${opts.body}
<script id="zoo-config" type="application/json">${config}</script>
${opts.chat ? `<script>${CLIENT_RUNTIME}</script>` : ''}
<script>
(function () {
  var cfg = JSON.parse(document.getElementById('zoo-config').textContent);
  var ref = new URLSearchParams(location.search).get('ref') || '';
  /** The chat document URL for an iframe, passing the visitor id (ref) on. */
  function frameUrl(origin, path) { return origin + path + '?ref=' + encodeURIComponent(ref); }
  ${opts.script}
})();
</script>
</body>
</html>`;
}
