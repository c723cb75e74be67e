/**
 * In-page helpers of `probe`, part 3: watching what a sent line does to the chat, and turning the
 * bubbles into message-role selectors.
 *
 * - `watchStart` observes the document and every open shadow root (a MutationObserver does not
 *   see into shadow roots by itself) and remembers every element inserted, with a selector taken
 *   at insertion time for the short-lived ones (a typing indicator is gone by the time we look).
 * - `analyse` finds the message items (children of the list inside the message container), tells
 *   the customer's own bubble by the text it sent, classifies the rest by the tokens their
 *   markup carries (bot / agent / system words, vocabulary.ts) and by system-notice text, then
 *   asks `groupSelector` for a selector per role that matches that role's bubbles and no other's.
 *   Bubbles a virtualised list removed while watching still count (element.matches works on
 *   detached elements).
 */
export const PROBE_WATCH_SCRIPT = String.raw`
  P.watch = null;
  P.typingSelector = function (el) {
    var cands = P.candidates(el).filter(function (c) { return V.typingWords.test(c.s) && P.uniqueFor(el, c.s); });
    if (cands.length) return cands[0].s;
    var own = P.selectorFor(el);
    return own && own.quality !== 'fragile' ? own.selector : null;
  };
  P.looksLikeTyping = function (el) {
    return V.typingWords.test(P.markers(el)) || V.typingWords.test(el.getAttribute('aria-label') || '') ||
      /^(\.{2,}|…+|正在输入.*|.*is typing.*)$/i.test(P.clean(el.textContent));
  };
  P.watchStart = function () {
    if (P.watch) P.watch.observers.forEach(function (o) { o.disconnect(); });
    var w = { added: [], observers: [], observed: new Set(), typing: [], started: Date.now() };
    P.watch = w;
    var noteTyping = function (el) {
      if (!P.looksLikeTyping(el) || !P.visible(el)) return;
      var sel = P.typingSelector(el);
      if (sel && w.typing.indexOf(sel) < 0) w.typing.push(sel);
    };
    var onAdded = function (el) {
      w.added.push({ el: el, parent: el.parentElement });
      noteTyping(el);
      el.querySelectorAll && Array.prototype.forEach.call(el.querySelectorAll('*'), function (inner) {
        if (inner.shadowRoot) observe(inner.shadowRoot);
        noteTyping(inner);
      });
      if (el.shadowRoot) observe(el.shadowRoot);
    };
    var observe = function (root) {
      if (w.observed.has(root)) return;
      w.observed.add(root);
      var mo = new MutationObserver(function (muts) {
        muts.forEach(function (m) {
          if (m.type === 'childList') Array.prototype.forEach.call(m.addedNodes, function (n) { if (n.nodeType === 1) onAdded(n); });
          else if (m.type === 'attributes' && m.target.nodeType === 1) noteTyping(m.target);
        });
      });
      mo.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'] });
      w.observers.push(mo);
    };
    P.roots().forEach(observe);
    P.elements().forEach(function (el) { if (P.looksLikeTyping(el) && P.visible(el)) noteTyping(el); });
    return true;
  };

  /** Words naming an element: class names, data-* / role / aria-label values, and their parts. */
  P.wordsOf = function (n) {
    var raw = [];
    var cls = n.getAttribute('class');
    if (cls) raw = raw.concat(cls.split(/\s+/));
    for (var i = 0; i < n.attributes.length; i++) {
      var a = n.attributes[i];
      if (a.name.indexOf('data-') === 0 || a.name === 'role' || a.name === 'aria-label') raw.push(a.value);
    }
    var parts = [];
    raw.filter(Boolean).forEach(function (w) { parts = parts.concat(w.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_-]+/)); });
    return raw.concat(parts).filter(Boolean).map(function (w) { return w.toLowerCase(); });
  };
  P.roleOfWords = function (words) {
    var has = function (re) { return words.some(function (w) { return re.test(w); }); };
    if (has(V.systemTokens)) return 'system';
    if (has(V.botTokens)) return 'bot';
    if (has(V.customerTokens)) return 'customer';
    if (has(V.agentTokens)) return 'agent';
    return null;
  };
  /** The item's own words decide; its children's (a bubble inside a row) only when those say nothing. */
  P.roleByTokens = function (el) {
    var own = P.roleOfWords(P.wordsOf(el));
    if (own) return own;
    var kids = [];
    Array.prototype.forEach.call(el.children, function (c) { kids = kids.concat(P.wordsOf(c)); });
    return P.roleOfWords(kids);
  };

  /**
   * The element whose children are the message items. Learnt from what was inserted while
   * watching (the shallowest parent that received elements inside the container: rows go into
   * the list, streamed spans go deeper); before anything arrived, single-child wrappers are
   * skipped, but never into something that looks like a message itself.
   */
  P.listOf = function (container) {
    var w = P.watch;
    if (w) {
      var best = null, bestDepth = Infinity;
      w.added.forEach(function (a) {
        var parent = a.parent;
        if (!parent || !(parent === container || container.contains(parent))) return;
        var depth = 0;
        for (var n = parent; n && n !== container; n = n.parentElement) depth++;
        if (depth < bestDepth) { best = parent; bestDepth = depth; }
      });
      if (best) return best;
    }
    var list = container;
    for (var d = 0; d < 6; d++) {
      var kids = list.children;
      if (kids.length === 0 && list.shadowRoot) return list;
      if (kids.length !== 1 || /^(LI|ARTICLE)$/.test(kids[0].tagName)) break;
      var words = P.wordsOf(kids[0]);
      if (P.roleOfWords(words) || words.some(function (x) { return /^(message|msg|bubble|item|row|entry|chat)$/.test(x); })) break;
      list = kids[0];
    }
    return list;
  };

  /**
   * Where a sent line actually landed, when the guessed container did not show it: the nearest
   * ancestor (same root) of the new element holding the line that scrolls, is a log/list, or
   * holds other bubbles too.
   */
  P.containerForSent = function (line, currentSel) {
    var w = P.watch;
    if (!w) return null;
    var current = currentSel ? P.deepAll(currentSel)[0] : null;
    var best = null;
    w.added.forEach(function (a) {
      var el = a.el;
      if (!el.isConnected) return;
      var t = P.clean(el.textContent);
      if (t.indexOf(line) < 0) return;
      if (!best || t.length < P.clean(best.textContent).length) best = el;
    });
    if (!best || (current && current.contains(best))) return null;
    for (var n = best.parentElement; n; n = n.parentElement) {
      var role = n.getAttribute('role');
      var scrolls = /(auto|scroll)/.test(getComputedStyle(n).overflowY);
      if (role === 'log' || role === 'list' || scrolls || (n.children.length >= 2 && P.clean(n.textContent).length > line.length + 2)) {
        var sel = P.selectorFor(n);
        return sel ? { selector: sel.selector, quality: sel.quality, score: 4, why: ['the sent line appeared inside it'], element: P.describe(n), visible: true } : null;
      }
    }
    return null;
  };

  /** Items in the list now plus those a virtualised list removed while we watched. */
  P.itemCount = function (containerSel) {
    var container = P.deepAll(containerSel)[0];
    if (!container) return 0;
    var list = P.listOf(container);
    // Items inserted while watching (removed ones included: a virtualised list drops old rows).
    if (P.watch) return P.watch.added.filter(function (a) { return a.parent === list && P.clean(a.el.textContent) && !P.looksLikeTyping(a.el); }).length;
    return list.children.length;
  };

  P.analyse = function (containerSel, sentTexts) {
    var container = P.deepAll(containerSel)[0];
    if (!container) return { error: 'the message container ' + containerSel + ' is gone' };
    var list = P.listOf(container);
    var w = P.watch || { added: [] };
    var items = [];
    var add = function (el) { if (el && el.nodeType === 1 && items.indexOf(el) < 0) items.push(el); };
    var kids = list.shadowRoot && !list.children.length ? list.shadowRoot.children : list.children;
    Array.prototype.forEach.call(kids, add);
    var newSet = new Set();
    w.added.forEach(function (a) {
      // An item that arrived while watching: the added node itself, or the item it was added into.
      var el = a.el;
      if (el.parentElement === list || (!el.isConnected && a.parent === list)) { add(el); newSet.add(el); return; }
      for (var n = el; n && n.isConnected; n = n.parentElement) if (n.parentElement === list) { newSet.add(n); break; }
    });
    items = items.filter(function (el) { return !/^(SCRIPT|STYLE|TEMPLATE)$/.test(el.tagName); });
    var textOfItem = function (el) { return P.clean(el.textContent); };
    var typingItems = items.filter(function (el) { return P.looksLikeTyping(el) || !textOfItem(el); });
    var msgs = items.filter(function (el) { return typingItems.indexOf(el) < 0; });
    var roles = { customer: [], system: [], bot: [], agent: [] };
    var observedCustomer = 0;
    var sent = (sentTexts || []).map(P.clean);
    // Each sent line is one customer bubble: the new item holding it with the least else around
    // it (a name or a time stamp), so an agent's echo ("收到：你好…") is not taken for it.
    var mine = new Set();
    sent.forEach(function (s) {
      var best = null;
      msgs.forEach(function (el) {
        var text = textOfItem(el);
        if (!s || !newSet.has(el) || mine.has(el) || text.indexOf(s) < 0) return;
        if (!best || text.length < textOfItem(best).length) best = el;
      });
      if (best) mine.add(best);
    });
    msgs.forEach(function (el) {
      var text = textOfItem(el);
      if (mine.has(el)) { roles.customer.push(el); observedCustomer++; return; }
      var byTokens = P.roleByTokens(el);
      if (byTokens === 'customer' && !sent.length) { roles.customer.push(el); return; }
      if (byTokens === 'system' || (byTokens === null && V.systemText.test(text) && !el.querySelector('img'))) { roles.system.push(el); return; }
      if (byTokens === 'bot') { roles.bot.push(el); return; }
      if (byTokens === 'customer') { roles.customer.push(el); return; }
      roles.agent.push(el);
    });
    var others = function (name) { var out = []; Object.keys(roles).forEach(function (k) { if (k !== name) out = out.concat(roles[k]); }); return out.concat(typingItems); };
    var result = { items: msgs.length, newItems: newSet.size, observedCustomer: observedCustomer, roles: {}, samples: {}, typing: w.typing.slice(0, 3) };
    Object.keys(roles).forEach(function (name) {
      if (!roles[name].length) return;
      var roleRe = { customer: V.customerTokens, agent: V.agentTokens, bot: V.botTokens, system: V.systemTokens }[name];
      var g = P.groupSelector(roles[name], others(name), roleRe);
      result.samples[name] = roles[name].slice(0, 3).map(textOfItem).map(function (t) { return t.slice(0, 40); });
      result.roles[name] = { count: roles[name].length, selector: g ? g.selector : null, quality: g ? g.quality : null,
        byTokens: roles[name].filter(function (el) { return P.roleByTokens(el) === name; }).length };
    });
    result.text = P.textSelector(roles, sent);
    // A typing indicator must never be mistaken for a message: drop candidates that match one.
    result.typing = result.typing.filter(function (sel) { return !msgs.some(function (el) { try { return el.matches(sel); } catch (e) { return true; } }); });
    return result;
  };

  /**
   * The element(s) inside a bubble that hold its text, when the bubble also shows a sender name,
   * a time stamp or buttons. Learnt from the customer's bubble, whose text we know; accepted when
   * the joined text of all matches is exactly the sent line and every other bubble has a match.
   */
  P.textSelector = function (roles, sent) {
    var all = roles.customer.concat(roles.agent, roles.bot, roles.system);
    var probeEl = roles.customer.filter(function (el) { return el.isConnected; })[0];
    if (!probeEl || !sent.length) return null;
    var whole = P.clean(probeEl.textContent);
    var line = sent.filter(function (s) { return whole.indexOf(s) >= 0; })[0];
    if (!line) return null;
    var squash = function (t) { return t.replace(/\s+/g, ''); };
    var joined = function (el, sel) { return P.clean(Array.prototype.map.call(el.querySelectorAll(sel), function (m) { return m.textContent; }).join('')); };
    var tokens = [];
    Array.prototype.forEach.call(probeEl.querySelectorAll('*'), function (el) {
      var t = P.clean(el.textContent);
      if (!t || line.indexOf(t) < 0) return;
      P.candidates(el).forEach(function (c) { if (c.q !== 'id' && c.q !== 'tag' && tokens.indexOf(c.s) < 0) tokens.push(c.s); });
    });
    var ok = tokens.filter(function (sel) {
      try {
        if (squash(joined(probeEl, sel)) !== squash(line)) return false;
        return all.every(function (el) { return el.querySelector(sel); });
      } catch (e) { return false; }
    });
    ok.sort(function (a, b) { return a.length - b.length; });
    // Needed when some bubble shows more than its text (a sender name, a time stamp).
    var extra = all.some(function (el) { return ok.length ? squash(joined(el, ok[0])) !== squash(P.clean(el.textContent)) : false; });
    if (ok.length && (extra || whole !== line)) return { selector: ok[0], reason: 'bubbles also hold other text (name, time)' };
    if (whole === line) return { selector: null, reason: 'bubbles hold only their text' };
    return { selector: null, reason: 'no element holds exactly the text', unresolved: true };
  };
`;
