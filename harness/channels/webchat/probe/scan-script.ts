/**
 * In-page helpers of `probe`, part 2: finding the parts of a chat in one document (a frame) by
 * general cues — ARIA roles and labels, the words widgets put on their buttons, vendor container
 * conventions (see vocabulary.ts), geometry (a launcher floats in a corner; the message list sits
 * above the composer and scrolls). Each finder returns scored candidates with a verified selector
 * and the reasons, so the report can say why it believes what it proposes.
 */
export const PROBE_SCAN_SCRIPT = String.raw`
  P.isEditable = function (el) {
    var tag = el.tagName;
    if (tag === 'TEXTAREA') return !el.disabled && !el.readOnly;
    if (tag === 'INPUT') return /^(text|search|)$/.test((el.getAttribute('type') || '').toLowerCase()) && !el.disabled && !el.readOnly;
    var ce = el.getAttribute('contenteditable');
    if (ce !== null && ce !== 'false') return !(P.parentOf(el) && P.parentOf(el).isContentEditable);
    return el.getAttribute('role') === 'textbox';
  };
  P.clickable = function (el) {
    var tag = el.tagName;
    if (tag === 'BUTTON' || (tag === 'INPUT' && /^(button|submit|image)$/i.test(el.type)) || tag === 'A' || tag === 'SUMMARY') return true;
    var role = el.getAttribute('role');
    if (role === 'button' || role === 'link') return true;
    if (el.hasAttribute('onclick') || el.hasAttribute('tabindex') && tag !== 'IFRAME') return getComputedStyle(el).cursor === 'pointer' || el.hasAttribute('onclick');
    if (getComputedStyle(el).cursor !== 'pointer') return false;
    var parent = P.parentOf(el);
    return !(parent && parent.nodeType === 1 && getComputedStyle(parent).cursor === 'pointer');
  };
  P.floating = function (el) {
    for (var n = el, d = 0; n && n.nodeType === 1 && d < 6; n = P.parentOf(n), d++) {
      var pos = getComputedStyle(n).position;
      if (pos === 'fixed' || pos === 'sticky') return true;
    }
    return false;
  };
  P.navigatesAway = function (el) {
    var a = el.closest && el.closest('a[href]');
    if (!a) return false;
    var href = a.getAttribute('href') || '';
    return !(href === '' || href[0] === '#' || /^javascript:/i.test(href));
  };
  /** Links that lead to a chat page (在线客服 opening kefu.example.cn in a new window): probe that URL. */
  P.chatLinks = function () {
    return P.deepAll('a[href]').filter(function (a) {
      return P.visible(a) && P.navigatesAway(a) && (V.launcherWords.test(P.ownText(a)) || V.vendorMarkers.test(a.getAttribute('href')));
    }).slice(0, 3).map(function (a) { return a.href; });
  };
  P.pack = function (el, score, why) {
    var sel = P.selectorFor(el);
    return sel ? { selector: sel.selector, quality: sel.quality, score: score, why: why, element: P.describe(el), visible: P.visible(el) } : null;
  };

  // ---- composer: input, send button, message list --------------------------------------
  P.inputCandidates = function () {
    var vh = innerHeight;
    return P.elements().filter(function (el) { return P.isEditable(el) && P.visible(el); }).map(function (el) {
      var why = [];
      var score = 0;
      var text = [el.getAttribute('placeholder'), el.getAttribute('aria-label'), el.getAttribute('data-placeholder'), el.getAttribute('title'), el.getAttribute('name')].filter(Boolean).join(' ');
      if (el.tagName === 'TEXTAREA') { score += 2; why.push('textarea'); }
      if (el.isContentEditable) { score += 2; why.push('contenteditable'); }
      if (el.getAttribute('role') === 'textbox') { score += 1; why.push('role=textbox'); }
      if (V.composerWords.test(text)) { score += 3; why.push('label "' + P.clean(text).slice(0, 24) + '"'); }
      if (/search|搜索|查找|query/i.test(text) || el.getAttribute('type') === 'search') { score -= 6; why.push('looks like a search box'); }
      var form = el.closest && el.closest('form');
      var fields = form ? form.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select').length : 0;
      if (fields >= 2) { score -= 3; why.push('inside a form with ' + fields + ' fields'); }
      if (el.closest && el.closest('header, nav')) { score -= 3; why.push('in a header/nav'); }
      if (el.getBoundingClientRect().top > vh * 0.45) { score += 1; why.push('lower half'); }
      for (var n = el, d = 0; n && d < 12; n = P.parentOf(n), d++) if (n.nodeType === 1 && V.vendorMarkers.test(P.markers(n))) { score += 1; why.push('inside a chat widget container'); break; }
      return { el: el, score: score, why: why };
    }).sort(function (a, b) { return b.score - a.score; });
  };
  P.findSend = function (input) {
    var ir = input.getBoundingClientRect();
    var best = null;
    var seen = new Set();
    for (var anc = P.parentOf(input), d = 0; anc && d < 5; anc = P.parentOf(anc), d++) {
      var pool = Array.prototype.slice.call(anc.querySelectorAll('button, [role=button], input[type=submit], input[type=button], a, [onclick]'));
      if (anc.shadowRoot) pool = pool.concat(Array.prototype.slice.call(anc.shadowRoot.querySelectorAll('button, [role=button], input[type=submit], a')));
      pool.forEach(function (el) {
        if (seen.has(el) || el === input || !P.visible(el)) return;
        seen.add(el);
        var marks = P.ownText(el) + ' ' + P.markers(el);
        var score = 0;
        var why = [];
        if (V.sendWords.test(marks)) { score += 5; why.push('says send (' + P.clean(P.ownText(el) || el.className).slice(0, 20) + ')'); }
        if (el.type === 'submit') { score += 2; why.push('type=submit'); }
        if (/emoji|表情|attach|附件|upload|上传|file|文件|image|图片|voice|语音|rate|评价|menu|more|更多/i.test(marks)) { score -= 6; }
        if (V.dangerousWords.test(marks)) { score -= 8; }
        var r = el.getBoundingClientRect();
        if (r.left >= ir.right - 4 && Math.abs((r.top + r.bottom) / 2 - (ir.top + ir.bottom) / 2) < 60) { score += 1; why.push('right of the input'); }
        score -= d * 0.5;
        if (score >= 3 && (!best || score > best.score)) best = { el: el, score: score, why: why };
      });
    }
    return best;
  };
  P.findMessages = function (input) {
    var ir = input.getBoundingClientRect();
    var scored = [];
    P.elements().forEach(function (el) {
      if (!P.displayed(el) || P.contains(el, input)) return;
      var r = el.getBoundingClientRect();
      var role = el.getAttribute('role');
      var live = role === 'log' || !!el.getAttribute('aria-live');
      // An empty list may have no height yet; only a log / live region is trusted then.
      if (r.top > ir.top + 4 || r.width < 40 || (r.height < 40 && !live)) return;
      var s = getComputedStyle(el);
      var score = 0;
      var why = [];
      if (role === 'log') { score += 5; why.push('role=log'); }
      if (el.getAttribute('aria-live') === 'polite' || el.getAttribute('aria-live') === 'assertive') { score += 3; why.push('aria-live'); }
      if (role === 'list' || el.tagName === 'UL' || el.tagName === 'OL') { score += 1; why.push('a list'); }
      if (/message|msg|conversation|transcript|chat-?(body|content|log|history|list|area|window)|history|dialog-?(list|content)|消息|聊天记录/i.test(P.markers(el))) { score += 3; why.push('named like a message list'); }
      if (/(auto|scroll)/.test(s.overflowY)) { score += 2; why.push('scrolls'); }
      // The harness watches the container with Node.contains, which stops at shadow boundaries:
      // a host whose content lives in its shadow root cannot be the container of its bubbles.
      if (el.shadowRoot && !el.childElementCount) { score -= 4; }
      if (score < 2) return;
      // Nearer the composer wins over an outer panel that merely contains it all.
      var gap = Math.max(0, ir.top - r.bottom);
      if (gap < 120) { score += 1; } else { score -= 2; }
      scored.push({ el: el, score: score, why: why });
    });
    scored.sort(function (a, b) { return b.score - a.score; });
    return scored[0] || null;
  };
  P.findComposer = function () {
    var inputs = P.inputCandidates();
    if (!inputs.length || inputs[0].score < 2) return { input: null, candidates: inputs.length };
    var input = inputs[0];
    var send = P.findSend(input.el);
    var messages = P.findMessages(input.el);
    return {
      input: P.pack(input.el, input.score, input.why),
      send: send ? P.pack(send.el, send.score, send.why) : null,
      messages: messages ? P.pack(messages.el, messages.score, messages.why) : null,
      runnerUp: inputs[1] ? inputs[1].score : null,
    };
  };

  // A button that ends the chat (for the scenario's end step; probe never clicks it).
  P.findEnd = function () {
    var best = null;
    P.elements().forEach(function (el) {
      if (!P.clickable(el) || !P.visible(el)) return;
      var marks = P.ownText(el) + ' ' + P.markers(el);
      if (!/结束(会话|对话|咨询|聊天|服务)|end[ -_]?(chat|conversation|session)|close[ -_]?chat|leave[ -_]?chat|挂断|退出会话/i.test(marks)) return;
      var score = /结束|end/i.test(P.ownText(el)) ? 5 : 4;
      if (!best || score > best.score) best = { el: el, score: score };
    });
    return best ? P.pack(best.el, best.score, ['"' + P.clean(P.ownText(best.el) || P.markers(best.el)).slice(0, 20) + '"']) : null;
  };

  // ---- launcher and consent (top page) ----------------------------------------------------
  P.findLaunchers = function () {
    var vw = innerWidth, vh = innerHeight;
    var out = [];
    P.elements().forEach(function (el) {
      if (!P.clickable(el) || !P.visible(el) || P.navigatesAway(el)) return;
      var r = el.getBoundingClientRect();
      var marks = P.markers(el);
      var text = P.ownText(el);
      var score = 0;
      var why = [];
      if (V.vendorMarkers.test(marks)) { score += 4; why.push('chat-widget markup (' + (marks.match(V.vendorMarkers) || [''])[0] + ')'); }
      if (V.launcherWords.test(text)) { score += 4; why.push('says "' + text.slice(0, 20) + '"'); }
      // a short label that is a chat word ("在线客服", "Chat with us") is a launcher even where it
      // does not float: service pages put the button in their content (probe verifies by clicking)
      if (V.launcherWords.test(text) && P.clean(text).length <= 12) score += 1;
      if (P.floating(el)) { score += 3; why.push('floating'); }
      if (r.left > vw * 0.55 && r.top > vh * 0.45) { score += 2; why.push('bottom-right corner'); }
      if (r.width > 320 || r.height > 200) score -= 3;
      if (V.dangerousWords.test(text)) score -= 6;
      for (var n = el, d = 0; n && d < 8; n = P.parentOf(n), d++) if (n.nodeType === 1 && V.consentContainer.test(P.markers(n))) { score -= 10; break; }
      if (el.closest && el.closest('header, nav, footer')) score -= 2;
      if (score >= 5) out.push({ el: el, score: score, why: why });
    });
    // Some vendors draw the launcher inside its own small iframe (Zendesk's iframe#launcher,
    // LiveChat's minimized frame). The harness clicks in the top page only, but a click on the
    // iframe element lands on its centre, i.e. on the button drawn there.
    P.deepAll('iframe').forEach(function (el) {
      if (!P.visible(el)) return;
      var r = el.getBoundingClientRect();
      var marks = P.markers(el);
      if (r.width > 320 || r.height > 200 || !(V.vendorMarkers.test(marks) || V.launcherWords.test(marks))) return;
      var score = 4 + (P.floating(el) ? 3 : 0) + (r.left > vw * 0.55 && r.top > vh * 0.45 ? 2 : 0);
      out.push({ el: el, score: score, why: ['a small chat-widget iframe (' + (marks.match(V.vendorMarkers) || marks.match(V.launcherWords) || [''])[0] + '): clicking it clicks the button inside'] });
    });
    // A clickable inside another candidate (icon in a button) is the same launcher: keep the outer.
    out = out.filter(function (c) { return !out.some(function (o) { return o !== c && P.contains(o.el, c.el) && o.score >= c.score - 1; }); });
    out.sort(function (a, b) { return b.score - a.score; });
    return out.slice(0, 5).map(function (c) { return P.pack(c.el, c.score, c.why); }).filter(Boolean);
  };
  P.findConsent = function () {
    var best = null;
    P.elements().forEach(function (el) {
      if (!P.clickable(el) || !P.visible(el)) return;
      var text = P.clean(P.ownText(el));
      if (!V.consentAccept.test(text) || /reject|decline|拒绝|不同意|设置|settings|manage|管理|more|更多|仅必要/i.test(text)) return;
      var inBanner = false;
      for (var n = el, d = 0; n && d < 8; n = P.parentOf(n), d++) {
        if (n.nodeType !== 1) continue;
        var role = n.getAttribute('role');
        if (V.consentContainer.test(P.markers(n)) || ((role === 'dialog' || role === 'alertdialog' || role === 'region') && /cookie|隐私|privacy/i.test(n.textContent || ''))) { inBanner = true; break; }
      }
      if (!inBanner) return;
      var score = /^(accept|accept all|同意|接受|全部接受|我同意)$/i.test(text) ? 6 : 4;
      if (!best || score > best.score) best = { el: el, score: score, why: ['"' + text.slice(0, 16) + '" in a cookie/consent banner'] };
    });
    return best ? P.pack(best.el, best.score, best.why) : null;
  };

  // ---- pre-chat form --------------------------------------------------------------------
  P.fieldLabel = function (el) {
    var parts = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('name'), el.id, el.getAttribute('type')];
    var root = el.getRootNode();
    if (el.id && root.querySelector) { var lab = root.querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (lab) parts.unshift(lab.textContent); }
    var wrap = el.closest && el.closest('label');
    if (wrap) parts.unshift(wrap.textContent);
    return P.clean(parts.filter(Boolean).join(' ')).slice(0, 60);
  };
  P.fieldKind = function (el, label) {
    var type = (el.getAttribute('type') || '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') return 'checkbox';
    if (el.tagName === 'SELECT') return 'select';
    if (type === 'tel' || /phone|tel|mobile|手机|电话|联系方式/i.test(label)) return 'phone';
    if (type === 'email' || /mail|邮箱/i.test(label)) return 'email';
    if (/name|姓名|称呼|名字|昵称|nick/i.test(label)) return 'name';
    if (el.tagName === 'TEXTAREA' || /question|问题|咨询|message|内容|描述|留言|subject|主题/i.test(label)) return 'question';
    return 'other';
  };
  P.findPrechat = function () {
    var containers = P.deepAll('form');
    P.elements().forEach(function (el) {
      if (/pre-?chat|prechat|pre_chat|welcome-?form|visitor-?form|留资|信息登记/i.test(P.markers(el)) && containers.indexOf(el) < 0) containers.push(el);
    });
    var best = null;
    containers.forEach(function (form) {
      if (!P.visible(form)) return;
      var fields = Array.prototype.slice.call(form.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select')).filter(P.visible);
      if (fields.length < 2) return;
      var buttons = Array.prototype.slice.call(form.querySelectorAll('button, input[type=submit], [role=button]')).filter(P.visible);
      var submit = buttons.filter(function (b) { return b.type === 'submit' || V.prechatSubmit.test(P.ownText(b)); })[0];
      if (!submit) return;
      // A shop's newsletter or search form is not a pre-chat form: it must sit in a chat context.
      var inChat = window.top !== window || V.launcherWords.test(P.clean(form.textContent).slice(0, 300));
      for (var n = form, d = 0; !inChat && n && d < 10; n = P.parentOf(n), d++) if (n.nodeType === 1 && V.vendorMarkers.test(P.markers(n))) inChat = true;
      if (!inChat) return;
      if (!best || fields.length > best.fields.length) best = { form: form, fields: fields, submit: submit };
    });
    if (!best) return null;
    return {
      form: P.describe(best.form),
      fields: best.fields.map(function (el) {
        var label = P.fieldLabel(el);
        var sel = P.selectorFor(el);
        return sel ? { selector: sel.selector, quality: sel.quality, kind: P.fieldKind(el, label), label: label, required: el.required || el.getAttribute('aria-required') === 'true' } : null;
      }).filter(Boolean),
      submit: P.pack(best.submit, 5, ['"' + P.clean(P.ownText(best.submit)).slice(0, 16) + '"']),
    };
  };

  /** Custom elements that render something but expose no light DOM and no open shadow root. */
  P.closedShadowHosts = function () {
    return P.elements().filter(function (el) {
      if (el.tagName.indexOf('-') < 0 || el.shadowRoot || el.childElementCount > 0) return false;
      var r = el.getBoundingClientRect();
      return r.width > 40 && r.height > 40;
    }).map(function (el) { var s = P.selectorFor(el); return s ? s.selector : el.tagName.toLowerCase(); });
  };
`;
