/**
 * In-page helpers of `probe`, part 1: walking the DOM through open shadow roots, visibility, and
 * building selectors that are robust and verified. Plain source text (not TypeScript functions)
 * for the same reason as page-clock-script.ts: tsx may rewrite functions passed to
 * `page.evaluate` into code that does not exist in the page; a string survives any toolchain.
 *
 * The parts are concatenated by probe-script.ts into one `window.__msProbe` object per document.
 *
 * Selector policy (why, in order): an id that does not look generated; a data-* attribute with a
 * readable value; an ARIA role / label, title, name or placeholder; stable class names (hashed
 * ones such as `css-1x2y3z`, `sc-bdVaJa`, `Foo_bar__a1B2c` are never used); the same scoped under
 * a uniquely identified ancestor in the same root; only then an nth-of-type chain, reported as
 * fragile. Every candidate is checked to match exactly the intended element(s) across the
 * document and all of its open shadow roots (the way Playwright's CSS engine pierces them), and
 * never relies on a descendant combinator that crosses a shadow boundary.
 */
export const PROBE_DOM_SCRIPT = String.raw`
  var P = {};
  var V = {};
  Object.keys(cfg.vocabulary).forEach(function (k) { V[k] = new RegExp(cfg.vocabulary[k], 'i'); });
  P.V = V;

  P.clean = function (text) { return (text || '').replace(/\s+/g, ' ').trim(); };
  P.roots = function () {
    var out = [document];
    for (var i = 0; i < out.length; i++) {
      var all = out[i].querySelectorAll('*');
      for (var j = 0; j < all.length; j++) if (all[j].shadowRoot) out.push(all[j].shadowRoot);
    }
    return out;
  };
  P.elements = function () {
    var out = [];
    P.roots().forEach(function (root) { Array.prototype.push.apply(out, root.querySelectorAll('*')); });
    return out;
  };
  P.deepAll = function (sel) {
    var out = [];
    P.roots().forEach(function (root) {
      try { Array.prototype.push.apply(out, root.querySelectorAll(sel)); } catch (e) { /* invalid: no match */ }
    });
    return out;
  };
  P.parentOf = function (el) {
    if (el.parentElement) return el.parentElement;
    var root = el.getRootNode && el.getRootNode();
    return root && root.host ? root.host : null;
  };
  P.contains = function (outer, inner) {
    for (var n = inner; n; n = P.parentOf(n)) if (n === outer) return true;
    return false;
  };
  P.visible = function (el) {
    if (!el || !el.isConnected) return false;
    var r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    return P.displayed(el);
  };
  /** Not hidden by style anywhere up the tree (an empty message list may still have no height). */
  P.displayed = function (el) {
    if (!el || !el.isConnected) return false;
    for (var n = el; n && n.nodeType === 1; n = P.parentOf(n)) {
      var s = getComputedStyle(n);
      if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  P.ownText = function (el) {
    return P.clean([el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('alt'),
      el.getAttribute('placeholder'), el.getAttribute('data-placeholder'), el.value && el.tagName !== 'TEXTAREA' ? el.value : '',
      el.textContent && el.textContent.length < 80 ? el.textContent : ''].filter(Boolean).join(' '));
  };
  P.markers = function (el) {
    var parts = [el.id, typeof el.className === 'string' ? el.className : (el.getAttribute('class') || ''), el.getAttribute('name'),
      el.getAttribute('title'), el.getAttribute('role'), el.tagName.toLowerCase()];
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      if (a.name.indexOf('data-') === 0 || a.name.indexOf('aria-') === 0) parts.push(a.name + ' ' + a.value);
    }
    return parts.filter(Boolean).join(' ');
  };
  P.describe = function (el) {
    if (!el) return '';
    var s = '<' + el.tagName.toLowerCase();
    if (el.id) s += ' id="' + el.id + '"';
    var cls = el.getAttribute('class');
    if (cls) s += ' class="' + P.clean(cls).slice(0, 60) + '"';
    ['role', 'aria-label', 'title', 'name', 'placeholder', 'type'].forEach(function (a) {
      var v = el.getAttribute(a);
      if (v) s += ' ' + a + '="' + v.slice(0, 40) + '"';
    });
    s += '>';
    var t = P.clean(el.textContent).slice(0, 30);
    return t ? s + t + (P.clean(el.textContent).length > 30 ? '…' : '') : s;
  };

  // ---- stability of names -------------------------------------------------------------
  P.stableName = function (name) {
    if (!name || name.length > 40 || /^[0-9]/.test(name)) return false;
    if (/^(css|sc|jsx|emotion|styled|svelte|ng|_ngcontent|ember|react|radix|mui|jss|makeStyles|tw-[0-9a-f]|v-[0-9a-f])-/i.test(name)) return false;
    if (/^:r|^[a-f0-9]{8}-[a-f0-9]{4}/i.test(name)) return false;
    if (/__[A-Za-z0-9_-]{5}$/.test(name)) return false;                // CSS modules: Button_root__a1B2c
    if (/[0-9]{3,}/.test(name)) return false;                           // counters and timestamps
    var digits = (name.match(/[0-9]/g) || []).length;
    var upper = (name.match(/[A-Z]/g) || []).length;
    if (name.length >= 6 && digits >= 2 && /[a-z]/i.test(name) && !/[-_]/.test(name)) return false;   // a1b2c3
    if (name.length >= 5 && digits >= 1 && upper >= 1 && !/[-_]/.test(name)) return false;           // xY3zQ
    if (/-[A-Za-z0-9]{5,8}$/.test(name) && /[0-9]/.test(name.split('-').pop()) && /[a-z]/i.test(name.split('-').pop())) return false;
    if (/^(active|open|opened|closed|show|shown|hidden|hide|visible|focus|focused|hover|selected|disabled|enabled|is-[a-z]+|has-[a-z]+|animate\w*|fade\w*|in|out|new|loading|loaded|first|last|even|odd|ng-\w+|clearfix|row|col|flex|block|inline|relative|absolute|fixed)$/.test(name)) return false;
    return true;
  };
  P.stableValue = function (v) {
    return typeof v === 'string' && v.length > 0 && v.length <= 60 && !/[0-9]{4,}/.test(v) && !/^[a-f0-9-]{16,}$/i.test(v) && v.indexOf('"') < 0 && v.indexOf('\n') < 0;
  };
  P.classes = function (el) {
    var c = el.getAttribute('class');
    return c ? c.split(/\s+/).filter(function (x) { return x && P.stableName(x); }) : [];
  };
  P.esc = function (s) { return CSS.escape(s); };
  P.attr = function (name, value) { return '[' + name + '="' + value + '"]'; };

  // ---- selector candidates for one element -------------------------------------------------
  var DATA_SKIP = /^data-(v-|reactid|react|index|key|timestamp|time|ts|count|state$|status$|unread|badge)/;
  P.candidates = function (el) {
    var tag = el.tagName.toLowerCase();
    var out = [];
    if (el.id && P.stableName(el.id)) out.push({ s: '#' + P.esc(el.id), q: 'id' });
    // A custom element's tag is a name its author chose: as telling as a class.
    if (tag.indexOf('-') > 0) out.push({ s: tag, q: 'class' });
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      if (a.name.indexOf('data-') !== 0 || DATA_SKIP.test(a.name) || !P.stableValue(a.value)) continue;
      out.push({ s: P.attr(a.name, a.value), q: 'data' });
      out.push({ s: tag + P.attr(a.name, a.value), q: 'data' });
    }
    var attrs = function (names, q) {
      names.forEach(function (name) {
        var v = el.getAttribute(name);
        if (v !== null && P.stableValue(v)) out.push({ s: tag + P.attr(name, v), q: q });
      });
    };
    attrs(['aria-label', 'title', 'name', 'placeholder', 'role'], 'aria');
    var cls = P.classes(el);
    cls.forEach(function (c) { out.push({ s: '.' + P.esc(c), q: 'class' }); out.push({ s: tag + '.' + P.esc(c), q: 'class' }); });
    for (var x = 0; x < cls.length; x++) for (var y = x + 1; y < cls.length; y++) {
      out.push({ s: tag + '.' + P.esc(cls[x]) + '.' + P.esc(cls[y]), q: 'class' });
    }
    // Generic attributes say little about which element it is: only after names and classes.
    attrs(['contenteditable', 'aria-live', 'type'], 'attr');
    var role = el.getAttribute('role');
    if (role && cls.length) out.push({ s: tag + P.attr('role', role) + '.' + P.esc(cls[0]), q: 'aria' });
    if (tag === 'iframe' || tag === 'textarea' || tag === 'form') out.push({ s: tag, q: 'tag' });
    return out;
  };
  P.uniqueFor = function (el, sel) {
    var all = P.deepAll(sel);
    return all.length === 1 && all[0] === el;
  };

  /** A verified selector for exactly this element, or null. */
  P.selectorFor = function (el) {
    if (!el) return null;
    var cands = P.candidates(el);
    for (var i = 0; i < cands.length; i++) if (P.uniqueFor(el, cands[i].s)) return { selector: cands[i].s, quality: cands[i].q };
    // Scope under the nearest ancestor (same root: no shadow-crossing combinator) that is unique.
    var root = el.getRootNode();
    var own = cands.filter(function (c) { return c.q !== 'tag'; }).concat([{ s: el.tagName.toLowerCase(), q: 'tag' }]);
    for (var anc = el.parentElement, depth = 0; anc && depth < 6; anc = anc.parentElement, depth++) {
      var ac = P.candidates(anc).filter(function (c) { return c.q !== 'tag' && P.uniqueFor(anc, c.s); });
      if (!ac.length) continue;
      for (var j = 0; j < own.length; j++) {
        var s = ac[0].s + ' ' + own[j].s;
        if (P.uniqueFor(el, s)) return { selector: s, quality: own[j].q === 'tag' ? 'scoped-tag' : 'scoped' };
      }
    }
    // Last resort: a position chain from the root; valid but breaks when the page changes.
    var chain = [];
    for (var n = el; n && n.nodeType === 1; n = n.parentElement) {
      if (n.id && P.stableName(n.id)) { chain.unshift('#' + P.esc(n.id)); break; }
      var idx = 1;
      for (var sib = n.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName === n.tagName) idx++;
      chain.unshift(n.tagName.toLowerCase() + ':nth-of-type(' + idx + ')');
      if (n.parentNode === root) break;
    }
    var fragile = chain.join(' > ');
    return P.uniqueFor(el, fragile) ? { selector: fragile, quality: 'fragile' } : null;
  };

  /**
   * A selector matching every element of pos and none of neg (message roles: the customer's
   * bubbles but not the agent's). Tried from simplest: one token, then two; a token that also
   * appears on a negative element is fine as long as the combination excludes it.
   */
  P.groupSelector = function (pos, neg, roleRe) {
    if (!pos.length) return null;
    var tokens = null;
    pos.forEach(function (el) {
      var mine = P.candidates(el).filter(function (c) { return c.q !== 'id' && c.q !== 'tag'; }).map(function (c) { return c.s; });
      tokens = tokens === null ? mine : tokens.filter(function (t) { return mine.indexOf(t) >= 0; });
    });
    tokens = tokens || [];
    var test = function (sel) {
      try {
        for (var i = 0; i < pos.length; i++) if (!pos[i].matches(sel)) return false;
        for (var j = 0; j < neg.length; j++) if (neg[j].matches(sel)) return false;
        return true;
      } catch (e) { return false; }
    };
    // A token that names the role (agent, visitor, bot…) first: with few bubbles seen, a generic
    // one (.chat-item) also excludes the others today but would swallow them tomorrow.
    var names = function (s) {
      if (!roleRe) return false;
      return s.replace(/[^A-Za-z0-9\u4e00-\u9fff]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').split(' ').some(function (w) { return w && roleRe.test(w.toLowerCase()); });
    };
    var rank = function (s) { return (names(s) ? 0 : 1000) + (s.indexOf('[data-') >= 0 ? 0 : s.indexOf('[') >= 0 ? 1 : 2) * 100 + s.length; };
    var found = tokens.filter(test).sort(function (a, b) { return rank(a) - rank(b); });
    if (found.length && (names(found[0]) || !roleRe)) return { selector: found[0], quality: found[0].indexOf('[') >= 0 ? 'data' : 'class' };
    var simple = tokens.filter(function (t) { return /^[.\[]/.test(t); });
    var pairs = [];
    for (var x = 0; x < simple.length; x++) for (var y = x + 1; y < simple.length; y++) {
      if (test(simple[x] + simple[y])) pairs.push(simple[x] + simple[y]);
    }
    pairs.sort(function (a, b) { return rank(a) - rank(b); });
    if (pairs.length && names(pairs[0])) return { selector: pairs[0], quality: 'class' };
    if (found.length) return { selector: found[0], quality: found[0].indexOf('[') >= 0 ? 'data' : 'class' };
    return pairs.length ? { selector: pairs[0], quality: 'class' } : null;
  };
`;
