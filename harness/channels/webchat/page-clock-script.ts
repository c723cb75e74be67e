/**
 * The in-page half of the page clock (see page-clock.ts), kept as plain ES2017 source text rather
 * than a TypeScript function: tsx/esbuild may rewrite functions (e.g. `__name(...)` helpers for
 * keepNames) into something that does not exist in the page, and a string survives any toolchain.
 *
 * How a message is timed:
 * - One MutationObserver on `document` (subtree) from document start, so the messages container
 *   may appear late or be replaced; only elements inside the current container count.
 * - A message element (matches the customer, system or agent selector — checked in that order, so a
 *   broad agent selector cannot swallow the others) gets its time when the observer first sees it:
 *   `performance.timeOrigin + performance.now()` in the callback, i.e. the insertion's microtask.
 * - Its text is read from the text selector inside it (or the element itself). Widgets that insert
 *   an empty bubble and fill it later, or stream it in, are handled by re-reading the text on every
 *   mutation inside the bubble and reporting it once it is non-empty and has not changed for
 *   `settleMs` (bounded by `maxSettleMs` since it first became non-empty); the time stays the
 *   insertion time. Later edits are reported as `update` records with the same id.
 * - An element removed before it was reported (a typing indicator) is dropped; a reported one that
 *   comes back with the same speaker and text (a widget that re-renders its whole list) keeps its
 *   id instead of counting twice.
 * - A status change first reports every message still settling, so the order is kept.
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
  var reportedProblems = {};
  var namedBroken = false;
  var roles = [['customer', cfg.customer], ['system', cfg.system], ['agent', cfg.agent]].filter(function (r) { return !!r[1]; });
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
  function query(sel) { return safe(function () { return document.querySelector(sel); }, sel, null); }

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

  function speakerOf(el) {
    for (var i = 0; i < roles.length; i++) if (matchesSel(el, roles[i][1])) return roles[i][0];
    return null;
  }
  function clean(text) { return (text || '').replace(/\s+/g, ' ').trim(); }
  function textOf(el, fallbackToElement) {
    if (cfg.text) {
      var inner = safe(function () { return el.querySelector(cfg.text); }, cfg.text, null);
      if (inner) return clean(inner.textContent);
      return fallbackToElement ? clean(el.textContent) : '';
    }
    return clean(el.textContent);
  }

  function register(el, late) {
    if (known.has(el) || !container || !container.contains(el)) return;
    var speaker = speakerOf(el);
    if (!speaker) return;
    var rec = { id: docId + '-' + (++seq), el: el, speaker: speaker, at: now(), late: !!late, emitted: '', timer: 0, firstTextAt: 0 };
    known.set(el, rec);
    touch(rec);
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
    container = query(cfg.messages);
    if (container) queryAll(container, anyMessage).forEach(function (el) { register(el, false); });
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
    var el = query(cfg.status);
    if (!el) return;
    var value = cfg.statusAttribute ? el.getAttribute(cfg.statusAttribute) : clean(el.textContent);
    if (value === null || value === lastState) return;
    lastState = value;
    // Messages shown before the status changed are reported before it: a chat that is "ended"
    // must not overtake its closing line that is still settling.
    known.forEach(function (rec) { if (rec.timer) settle(rec, false); });
    deliver({ kind: 'state', value: value, at: now() });
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
            if (node.nodeType !== 1) continue;
            if (matchesSel(node, anyMessage)) register(node, false);
            queryAll(node, anyMessage).forEach(function (el) { register(el, false); });
          }
          if (m.removedNodes.length) removed = true;
        }
        var target = m.target.nodeType === 1 ? m.target : m.target.parentElement;
        if (!target || !target.isConnected) continue;
        var msgEl = closestSel(target, anyMessage);
        if (!msgEl) continue;
        var rec = known.get(msgEl);
        if (rec) touch(rec); else register(msgEl, false);
      }
    }
    if (removed) forgetDetached();
    checkState();
  }

  // Name the broken selector by its role up front; the combined list would not say which one it is.
  var probe = document.createDocumentFragment();
  [['messages', cfg.messages], ['agentMessage', cfg.agent], ['customerMessage', cfg.customer], ['systemMessage', cfg.system],
   ['text', cfg.text], ['status', cfg.status]].forEach(function (pair) {
    if (!pair[1]) return;
    try { probe.querySelector(pair[1]); } catch (e) { namedBroken = true; problem('role:' + pair[0], 'invalid selector ' + pair[0] + ' "' + pair[1] + '"'); }
  });

  var observedAttributes = ['class'];
  if (cfg.status && cfg.statusAttribute) observedAttributes.push(cfg.statusAttribute);
  new MutationObserver(onMutations).observe(document, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: observedAttributes,
  });
  refreshContainer();
  checkState();
  document.addEventListener('DOMContentLoaded', function () {
    refreshContainer();
    if (container) queryAll(container, anyMessage).forEach(function (el) { register(el, true); });
    checkState();
  });

  window[cfg.flushName] = function () {
    refreshContainer();
    checkState();
    known.forEach(function (rec) { settle(rec, true); });
    return history;
  };
})`;
