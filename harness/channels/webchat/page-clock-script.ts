/**
 * The in-page half of the page clock (see page-clock.ts), kept as plain ES2017 source text rather
 * than a TypeScript function: tsx/esbuild may rewrite functions (e.g. `__name(...)` helpers for
 * keepNames) into something that does not exist in the page, and a string survives any toolchain.
 * It runs in every document of the context (top page and every iframe, cross-origin ones too);
 * Node keeps only the records of the chat's own frame (page-clock.ts, FrameFilter).
 *
 * How a message is timed:
 * - One MutationObserver on `document` (subtree) from document start, and the same observer on
 *   every open shadow root: `Element.prototype.attachShadow` is wrapped before any page script
 *   runs, so a widget's shadow root is watched from the moment it exists, however late that is.
 *   Closed shadow roots cannot be read; their hosts are remembered so that Node can name them.
 * - Selectors are matched like Playwright's CSS engine does: open shadow roots are pierced, one
 *   element at a time (a selector does not cross a shadow boundary itself). The messages container
 *   may appear late or be replaced; only elements inside the current container count.
 * - A message element (matches the customer, system, bot or agent selector — checked in that order,
 *   so a broad agent selector cannot swallow the others; never the typing indicator) gets its time
 *   when the observer first sees it: `performance.timeOrigin + performance.now()`, epoch ms, which
 *   is the same time base in every frame (each frame has its own timeOrigin).
 * - Its text is every `text` match inside it joined (bubbles that split their text over spans), or
 *   its whole text, shadow content included. Widgets that insert an empty bubble and fill it later,
 *   or stream it in, are handled by re-reading the text on every mutation inside the bubble and
 *   reporting it once it is non-empty and has not changed for `settleMs` (bounded by `maxSettleMs`
 *   since it first became non-empty); the time stays the insertion time. Later edits are reported
 *   as `update` records with the same id.
 * - An element removed before it was reported (a typing indicator) is dropped; a reported one
 *   stays reported (virtualised lists drop old bubbles), and one that comes back with the same
 *   speaker and text (a widget that re-renders its whole list) keeps its id instead of counting twice.
 * - The typing indicator's showing / hiding is reported as `typing` records.
 * - A status change first reports every message still settling, so the order is kept.
 * - The ready selector (`cfg.ready`), once it matches, is reported once as a `ready` record: Node
 *   then needs no selector polling of its own to know the chat can start (page-steps.ts). It is
 *   checked on every mutation and, where Node waits for it, for changes the observer does not watch
 *   (other attributes) every 250 ms until it matches: in every document when `pollReady` is set
 *   (the chat is the page's own frame), or in the one document where Node calls `readyName` (a
 *   widget's chat frame, once Node knows which frame that is), which also answers whether it
 *   matches already.
 * - Records go to Node through the exposed binding; `flushName` reports everything still pending
 *   at once and returns every record of the document (Node ignores the ones it already has), so
 *   nothing in flight is lost when the context is closed right after.
 */
export const PAGE_CLOCK_SCRIPT = String.raw`(function (cfg) {
  if (window[cfg.flushName]) return;
  var now = function () { return performance.timeOrigin + performance.now(); };
  var docId = Math.random().toString(36).slice(2, 8);
  var seq = 0;
  var outbox = [];
  var history = [];
  var draining = false;
  var known = new Map();
  var detached = [];
  var container = null;
  var lastState = null;
  var typingShown = false;
  var reportedProblems = {};
  var namedBroken = false;
  var roots = [];
  var closedHosts = [];
  var roles = [['customer', cfg.customer], ['system', cfg.system], ['bot', cfg.bot], ['agent', cfg.agent]].filter(function (r) { return !!r[1]; });
  var anyMessage = roles.map(function (r) { return r[1]; }).join(', ');

  function problem(key, message) {
    if (reportedProblems[key]) return;
    reportedProblems[key] = true;
    deliver({ kind: 'problem', message: message, at: now() });
  }
  function safe(fn, selector, fallback) {
    try { return fn(); } catch (e) {
      if (!namedBroken) problem(selector, 'invalid selector ' + selector + ': ' + (e && e.message));
      return fallback;
    }
  }
  function matchesSel(el, sel) { return safe(function () { return el.matches(sel); }, sel, false); }
  function closestSel(el, sel) { return safe(function () { return el.closest(sel); }, sel, null); }
  function queryAll(root, sel) { return safe(function () { return Array.prototype.slice.call(root.querySelectorAll(sel)); }, sel, []); }

  // --- shadow roots -------------------------------------------------------------------------
  function hostOf(node) { var r = node.getRootNode ? node.getRootNode() : null; return r && r.host ? r.host : null; }
  function describeHost(el) {
    var s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\s+/).join('.');
    return s;
  }
  /** Every match in the document and in its open shadow roots (live ones only). */
  function deepQueryAll(sel) {
    var out = queryAll(document, sel);
    for (var i = 0; i < roots.length; i++) if (roots[i].host.isConnected) out = out.concat(queryAll(roots[i], sel));
    return out;
  }
  function deepQuery(sel) { return deepQueryAll(sel)[0] || null; }
  /** Matches inside el, in its light DOM and in the open shadow roots of el and its descendants. */
  function queryWithin(el, sel) {
    var out = queryAll(el, sel);
    for (var i = 0; i < roots.length; i++) if (deepContains(el, roots[i].host)) out = out.concat(queryAll(roots[i], sel));
    return out;
  }
  /** contains() across shadow boundaries. */
  function deepContains(ancestor, node) {
    while (node) {
      if (node === ancestor) return true;
      node = node.parentNode || node.host || null;
    }
    return false;
  }
  function closestDeep(el, sel) {
    while (el) {
      var found = closestSel(el, sel);
      if (found) return found;
      el = hostOf(el);
    }
    return null;
  }

  // --- delivery -----------------------------------------------------------------------------
  function drain() {
    var fn = window[cfg.binding];
    if (typeof fn !== 'function') {
      if (!draining) { draining = true; setTimeout(function () { draining = false; drain(); }, 50); }
      return;
    }
    while (outbox.length) {
      try { Promise.resolve(fn(outbox.shift())).catch(function () {}); } catch (e) { /* page closing */ }
    }
  }
  function deliver(record) {
    outbox.push(record);
    history.push(record);
    drain();
  }

  // --- messages -----------------------------------------------------------------------------
  function speakerOf(el) {
    if (cfg.typing && matchesSel(el, cfg.typing)) return null;
    for (var i = 0; i < roles.length; i++) if (matchesSel(el, roles[i][1])) return roles[i][0];
    return null;
  }
  function clean(text) { return (text || '').replace(/\s+/g, ' ').trim(); }
  /** Rendered-ish text: shadow content instead of light children, slots filled, no style/script. */
  function deepText(node) {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1 && node.nodeType !== 11) return '';
    var tag = node.nodeType === 1 ? node.tagName : '';
    if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'TEMPLATE') return '';
    if (tag === 'SLOT') {
      var assigned = node.assignedNodes ? node.assignedNodes({ flatten: true }) : [];
      if (assigned.length) return assigned.map(deepText).join('');
    }
    var from = node.nodeType === 1 && node.shadowRoot ? node.shadowRoot : node;
    var out = '';
    for (var c = from.firstChild; c; c = c.nextSibling) out += deepText(c);
    return out;
  }
  function textOf(el, fallbackToElement) {
    if (cfg.text) {
      var parts = queryWithin(el, cfg.text);
      // A text element nested in another match would be counted twice.
      parts = parts.filter(function (p) { return !parts.some(function (q) { return q !== p && deepContains(q, p); }); });
      if (parts.length) return clean(parts.map(deepText).join(''));
      return fallbackToElement ? clean(deepText(el)) : '';
    }
    return clean(deepText(el));
  }

  function register(el, late) {
    if (known.has(el) || !container || !deepContains(container, el)) return;
    var speaker = speakerOf(el);
    if (!speaker) return;
    var rec = { id: docId + '-' + (++seq), el: el, speaker: speaker, at: now(), late: !!late, emitted: '', timer: 0, firstTextAt: 0 };
    known.set(el, rec);
    touch(rec);
  }
  /** node and every message inside it, shadow content included (a host inserted ready-made). */
  function registerWithin(node, late) {
    if (node.nodeType === 1 && matchesSel(node, anyMessage)) register(node, late);
    queryWithin(node, anyMessage).forEach(function (el) { register(el, late); });
  }
  function touch(rec) {
    var text = textOf(rec.el, false);
    if (!text) return;
    var t = now();
    if (!rec.firstTextAt) rec.firstTextAt = t;
    if (rec.timer) clearTimeout(rec.timer);
    rec.timer = 0;
    if (t - rec.firstTextAt >= cfg.maxSettleMs) { settle(rec, false); return; }
    rec.timer = setTimeout(function () { settle(rec, false); }, cfg.settleMs);
  }
  function settle(rec, final) {
    if (rec.timer) clearTimeout(rec.timer);
    rec.timer = 0;
    var text = textOf(rec.el, final);
    if (!text || text === rec.emitted) return;
    if (rec.emitted) {
      rec.emitted = text;
      deliver({ kind: 'update', id: rec.id, text: text, at: now() });
      return;
    }
    rec.emitted = text;
    for (var i = 0; i < detached.length; i++) {
      var old = detached[i];
      if (old.speaker === rec.speaker && old.emitted === text) {
        rec.id = old.id;
        detached.splice(i, 1);
        return;
      }
    }
    deliver({ kind: 'message', id: rec.id, speaker: rec.speaker, text: text, at: rec.at, late: rec.late });
  }

  function refreshContainer() {
    if (container && container.isConnected) return;
    container = deepQuery(cfg.messages);
    if (container) registerWithin(container, false);
  }
  function forgetDetached() {
    known.forEach(function (rec, el) {
      if (el.isConnected) return;
      known.delete(el);
      if (rec.timer) clearTimeout(rec.timer);
      if (rec.emitted) detached.push(rec);
    });
    if (detached.length > 200) detached.splice(0, detached.length - 200);
  }
  function checkState() {
    if (!cfg.status) return;
    var el = deepQuery(cfg.status);
    if (!el) return;
    var value = cfg.statusAttribute ? el.getAttribute(cfg.statusAttribute) : clean(deepText(el));
    if (value === null || value === lastState) return;
    lastState = value;
    // Messages shown before the status changed are reported before it: a chat that is "ended"
    // must not overtake its closing line that is still settling.
    known.forEach(function (rec) { if (rec.timer) settle(rec, false); });
    deliver({ kind: 'state', value: value, at: now() });
  }
  function isShown(el) {
    if (!el.isConnected || el.hidden || !el.getClientRects().length) return false;
    var style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
  }
  function checkTyping() {
    if (!cfg.typing) return;
    var shown = deepQueryAll(cfg.typing).some(isShown);
    if (shown === typingShown) return;
    typingShown = shown;
    deliver({ kind: 'typing', on: shown, at: now() });
  }

  var readySeen = !cfg.ready;
  var readyPoll = 0;
  function checkReady() {
    if (readySeen || !deepQuery(cfg.ready)) return;
    readySeen = true;
    if (readyPoll) clearInterval(readyPoll);
    readyPoll = 0;
    deliver({ kind: 'ready', at: now() });
  }
  function pollReady() {
    if (!readySeen && !readyPoll) readyPoll = setInterval(checkReady, 250);
  }

  function onMutations(mutations) {
    refreshContainer();
    var removed = false;
    if (container) {
      for (var i = 0; i < mutations.length; i++) {
        var m = mutations[i];
        if (m.type === 'childList') {
          for (var j = 0; j < m.addedNodes.length; j++) {
            var node = m.addedNodes[j];
            if (node.nodeType === 1) registerWithin(node, false);
          }
          if (m.removedNodes.length) removed = true;
        }
        var target = m.target.nodeType === 1 ? m.target : m.target.parentElement || hostOf(m.target);
        if (!target || !target.isConnected) continue;
        var msgEl = closestDeep(target, anyMessage);
        if (!msgEl) continue;
        var rec = known.get(msgEl);
        if (rec) touch(rec); else register(msgEl, false);
      }
    }
    if (removed) forgetDetached();
    checkState();
    checkTyping();
    checkReady();
  }

  // Name the broken selector by its role up front; the combined list would not say which one it is.
  var probe = document.createDocumentFragment();
  [['messages', cfg.messages], ['agentMessage', cfg.agent], ['botMessage', cfg.bot], ['customerMessage', cfg.customer],
   ['systemMessage', cfg.system], ['text', cfg.text], ['status', cfg.status], ['typing', cfg.typing], ['ready', cfg.ready]].forEach(function (pair) {
    if (!pair[1]) return;
    try { probe.querySelector(pair[1]); } catch (e) { namedBroken = true; problem('role:' + pair[0], 'invalid selector ' + pair[0] + ' "' + pair[1] + '"'); }
  });

  var observedAttributes = ['class'];
  if (cfg.status && cfg.statusAttribute) observedAttributes.push(cfg.statusAttribute);
  // A typing indicator is often shown and hidden in place rather than inserted and removed.
  if (cfg.typing) observedAttributes.push('style', 'hidden');
  var observeOptions = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: observedAttributes };
  var observer = new MutationObserver(onMutations);
  observer.observe(document, observeOptions);

  function watchRoot(root) {
    if (roots.indexOf(root) >= 0) return;
    roots.push(root);
    observer.observe(root, observeOptions);
    // Usually empty when attached; content added later arrives through the observer.
    if (root.firstChild) onMutations([]);
  }
  var attachShadow = Element.prototype.attachShadow;
  if (attachShadow) {
    Element.prototype.attachShadow = function (init) {
      var root = attachShadow.apply(this, arguments);
      try {
        if (init && init.mode === 'closed') closedHosts.push(describeHost(this));
        else watchRoot(root);
      } catch (e) { /* never break the widget */ }
      return root;
    };
  }

  refreshContainer();
  checkState();
  document.addEventListener('DOMContentLoaded', function () {
    // Declarative shadow roots (<template shadowrootmode>) are attached by the parser, not attachShadow.
    queryAll(document, '*').forEach(function (el) { if (el.shadowRoot) watchRoot(el.shadowRoot); });
    refreshContainer();
    if (container) registerWithin(container, true);
    checkState();
    checkTyping();
    checkReady();
    // Not in blank documents (a prepared context's about:blank page waits with the clock installed),
    // and only where Node waits for the ready record (pollReady): elsewhere it would never stop.
    if (cfg.pollReady && location.protocol !== 'about:') pollReady();
  });

  // Node asks in the one frame it waits for (a widget's chat frame): is the ready selector there
  // now? If not, the 250 ms check runs in this document alone until it matches.
  window[cfg.readyName] = function () {
    checkReady();
    pollReady();
    return readySeen;
  };
  window[cfg.closedName] = function () { return closedHosts.slice(); };
  window[cfg.flushName] = function () {
    refreshContainer();
    checkState();
    checkTyping();
    known.forEach(function (rec) { settle(rec, true); });
    return history;
  };
})`;
