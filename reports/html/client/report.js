// The report page's script (plain browser JS, inlined into report.html and the review page).
// It renders from the JSON embedded in the page: only the contacts in view of the list and the
// one contact opened are in the DOM, so 10,000 contacts stay responsive.
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var MODE = document.body.getAttribute('data-mode') || 'report';
  var TOKEN = new URLSearchParams(location.search).get('token') || '';
  var ROW = 30;
  var SILENCE_MS = 3000;
  var SPEAKERS = { agent: '坐席', customer: '客户', ivr: 'IVR', bot: '机器人', system: '系统' };
  var STATUS = { scored: '', na: '不适用', manual: '待人工评分', veto: '一票否决' };
  var state = { group: 'scored', scenario: '', channel: '', check: '', verdict: '', needsReview: false, q: '', selected: null, rows: [] };
  var byId = new Map();
  DATA.contacts.forEach(function (c) { byId.set(c.id, c); });

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
    });
  }
  function fmt(n) { return n == null ? '–' : (Math.round(n * 100) / 100).toString(); }
  function secs(ms) { var s = Math.max(0, ms) / 1000; var m = Math.floor(s / 60); var r = (s - m * 60).toFixed(1); return m + ':' + (r.length < 4 ? '0' : '') + r; }
  function label(check) { return DATA.checkLabels[check] || check; }
  function verdictBadge(pass) { return pass == null ? '<span class="badge muted">不适用</span>' : pass ? '<span class="badge ok">达标</span>' : '<span class="badge bad">未达标</span>'; }
  function $(sel) { return document.querySelector(sel); }
  function cellKey(sheetId, item) { return sheetId + '\u0000' + item; }

  // Contacts in the file are packed (see reports/html/page.ts): labels from the run's sheets,
  // notes and reasons as indexes into DATA.strings. The review server sends them unpacked.
  var templates = {};
  DATA.run.sheets.forEach(function (s) { templates[s.id] = s; });
  function unpack(c) {
    if (!c.packed) return c;
    var out = Object.assign({}, c);
    out.findings = c.findings.map(function (f) { return [f[0], f[1], DATA.strings[f[2]], f[3], f[4], f[5]]; });
    out.sheets = c.sheets.map(function (s) {
      if (!Array.isArray(s)) return s;
      var t = templates[s[0]];
      var sheet = { id: s[0], title: t.title, supplementary: t.supplementary, level: t.level, total: s[1], max: s[2], manualMax: s[3], normalised: s[4], items: s[6].map(function (it, k) { return [t.items[k][0], t.items[k][1], t.items[k][2], it[0], it[1], DATA.strings[it[2]]]; }) };
      if (s[5] != null) sheet.veto = s[5];
      return sheet;
    });
    out.packed = 0;
    return out;
  }

  // ---------- header and overview ----------
  function renderHeader() {
    var r = DATA.run;
    var changed = r.machineQuality !== r.quality;
    $('#headline').innerHTML =
      '<span>服务质量 <span class="score-big" id="quality-score">' + fmt(r.quality) + '</span> / 100</span> ' +
      '<span>合格线 ≥ ' + r.passLine + '</span> ' + verdictBadge(r.pass) +
      (changed ? ' <span class="badge changed" title="机器评分 ' + fmt(r.machineQuality) + '">人工复核后（机评 ' + fmt(r.machineQuality) + '）</span>' : '') +
      (r.signOffs.filter(function (s) { return !s.contactId; }).length ? ' <span class="badge ok">已签核</span>' : '');
  }

  function sheetTable(sheet, contact) {
    var revisions = contact ? contact.revisions : DATA.run.revisions;
    var changes = contact ? contact.changes : DATA.run.changes;
    var html = '<table class="sheet" data-sheet="' + esc(sheet.id) + '"><caption style="text-align:left;font-weight:600;padding:4px 0">' + esc(sheet.id + ' ' + sheet.title) +
      (sheet.veto ? ' <span class="badge bad">一票否决：' + esc(sheet.veto) + '</span>' : '') + '</caption>' +
      '<tr><th>评价项目</th><th>评价内容</th><th class="num">分值</th><th class="num">得分</th><th>备注</th>' + (MODE === 'review' ? '<th></th>' : '') + '</tr>';
    sheet.items.forEach(function (it) {
      var change = changes.find(function (c) { return c.sheetId === sheet.id && c.item === it[0]; });
      var status = STATUS[it[4]] || '';
      html += '<tr class="' + (change ? 'changed' : '') + '" data-item="' + esc(it[0]) + '">' +
        '<td>' + esc(it[0]) + '</td><td>' + esc(it[1]) + '</td><td class="num">' + it[2] + '</td>' +
        '<td class="num score">' + (it[3] == null ? '<span class="muted">' + esc(status || '–') + '</span>' : fmt(it[3])) +
        (change ? ' <span class="badge changed" title="' + esc(change.by + ' ' + change.at + '：' + change.why) + '">人工修改</span>' : '') + '</td>' +
        '<td class="note">' + esc(it[5]) + (change ? '<div><b>复核：</b>' + esc(fmt(change.old) + ' → ' + (change.new == null ? '不适用' : fmt(change.new)) + '，' + change.by + '，' + change.at.slice(0, 16).replace('T', ' ') + '，理由：' + change.why) + '</div>' : '') + '</td>' +
        (MODE === 'review' ? '<td><button class="small edit" data-sheet="' + esc(sheet.id) + '" data-item="' + esc(it[0]) + '" data-max="' + it[2] + '" data-old="' + (it[3] == null ? '' : it[3]) + '" data-rev="' + (revisions[cellKey(sheet.id, it[0])] || 0) + '">' + (it[4] === 'manual' || it[4] === 'na' ? '评分' : '修改') + '</button></td>' : '') +
        '</tr>';
    });
    html += '<tr class="sheet-total"><td colspan="2">合计</td><td class="num">' + fmt(sheet.max) + (sheet.manualMax ? '（+' + fmt(sheet.manualMax) + '待评）' : '') + '</td><td class="num total">' + fmt(sheet.total) + '</td><td>' + (sheet.normalised == null ? '' : '折合 ' + fmt(sheet.normalised) + ' / 100') + '</td>' + (MODE === 'review' ? '<td></td>' : '') + '</tr></table>';
    return html;
  }

  function renderOverview() {
    var r = DATA.run;
    var ac = r.appendixC;
    var html = '<section class="card"><h2>附录C 服务特性评价汇总</h2><table><tr><th>二级指标</th><th class="num">得分</th><th class="num">权重</th><th class="num">加权得分</th></tr>';
    ac.groups.forEach(function (g) { html += '<tr><td>' + esc(g.label) + '</td><td class="num">' + fmt(g.score) + '</td><td class="num">' + g.weight + '%</td><td class="num">' + fmt(g.weighted) + '</td></tr>'; });
    html += '<tr class="sheet-total"><td>合计（适用权重 ' + ac.applicableWeight + '%）</td><td class="num">' + fmt(ac.normalised) + '</td><td></td><td class="num">' + fmt(ac.weightedTotal) + '</td></tr></table></section>';
    html += '<section class="card"><h2>A.5 绩效指标：目标值与实际值</h2><table><tr><th>类别</th><th>指标</th><th class="num">目标</th><th class="num">实际</th><th>结论</th></tr>';
    r.targets.forEach(function (t) {
      var v = function (x) { return x == null ? '–' : t.unit === 'rate' ? (x * 100).toFixed(2) + '%' : t.unit === 'ms' ? (x / 1000).toFixed(1) + ' s' : fmt(x); };
      html += '<tr><td>' + esc(t.category) + '</td><td>' + esc(t.indicator) + '</td><td class="num">' + (t.direction === 'min' ? '≥ ' : '≤ ') + v(t.target) + '</td><td class="num">' + v(t.actual) + '</td><td>' + (t.met == null ? '<span class="muted">' + esc(t.note || '无法观测') + '</span>' : t.met ? '<span class="badge ok">达到</span>' : '<span class="badge bad">未达到</span>') + '</td></tr>';
    });
    html += '</table></section>';
    html += '<section class="card"><h2>各场景</h2><table><tr><th>场景</th><th class="num">联络数</th><th class="num">服务质量</th><th>结论</th></tr>';
    r.scenarios.forEach(function (s) { html += '<tr><td>' + esc(s.title) + ' <span class="muted">' + esc(s.id) + '</span></td><td class="num">' + s.contacts + '</td><td class="num">' + fmt(s.quality) + '</td><td>' + verdictBadge(s.pass) + '</td></tr>'; });
    html += '</table></section><section class="card" id="run-sheets"><h2>评分表（全部联络汇总）</h2>';
    r.sheets.forEach(function (s) { html += sheetTable(s, null); });
    html += '</section>';
    if (r.signOffs.length) {
      html += '<section class="card"><h2>签核</h2><ul>';
      r.signOffs.forEach(function (s) { html += '<li>' + esc(s.by) + ' · ' + esc(s.at) + (s.contactId ? ' · 联络 ' + esc(s.contactId) : ' · 整个测试') + (s.note ? ' · ' + esc(s.note) : '') + '</li>'; });
      html += '</ul></section>';
    }
    $('#overview-data').innerHTML = html;
  }

  // ---------- filters and the virtualised list ----------
  function matches(c) {
    if (c.group !== state.group) return false;
    if (state.scenario && c.scenario !== state.scenario) return false;
    if (state.channel && c.channel !== state.channel) return false;
    if (state.check && c.failed.indexOf(state.check) < 0) return false;
    if (state.verdict === 'pass' && c.pass !== true) return false;
    if (state.verdict === 'fail' && c.pass !== false) return false;
    if (state.verdict === 'changed' && !c.changes.length) return false;
    if (state.needsReview && !c.needsReview) return false;
    if (state.q && c.id.toLowerCase().indexOf(state.q) < 0) return false;
    return true;
  }

  function applyFilters() {
    state.rows = DATA.contacts.filter(matches);
    if (MODE === 'review') {
      // needs-review first, then contacts nobody has looked at yet, then by id (stable)
      state.rows.sort(function (a, b) { return (b.needsReview - a.needsReview) || (a.changes.length - b.changes.length) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
    }
    var counts = { scored: 0, unreached: 0, tool: 0 };
    DATA.contacts.forEach(function (c) { counts[c.group]++; });
    document.querySelectorAll('.group-tabs button').forEach(function (b) {
      var g = b.getAttribute('data-group');
      b.classList.toggle('on', g === state.group);
      b.querySelector('.n').textContent = counts[g];
    });
    $('#list-count').textContent = state.rows.length + ' 条联络';
    $('#list-spacer').style.height = state.rows.length * ROW + 'px';
    $('#list').scrollTop = 0;
    renderRows();
  }

  function rowHtml(c, top) {
    var badges = '';
    if (c.group === 'scored') badges += c.quality == null ? '<span class="badge muted">–</span>' : '<span class="badge ' + (c.pass ? 'ok' : 'bad') + '">' + fmt(c.quality) + '</span>';
    else badges += '<span class="badge ' + (c.group === 'tool' ? 'warn' : 'bad') + '">' + esc(c.outcome) + '</span>';
    if (c.needsReview) badges += '<span class="badge warn">待复核</span>';
    if (c.changes.length) badges += '<span class="badge changed">已修改</span>';
    return '<div class="row' + (state.selected === c.id ? ' sel' : '') + '" data-id="' + esc(c.id) + '" style="top:' + top + 'px">' +
      '<span class="id" title="' + esc(c.id) + '">' + esc(c.id) + '</span><span class="muted">' + (c.channel === 'voice' ? '语音' : '文字') + '</span>' + badges + '</div>';
  }

  function renderRows() {
    var list = $('#list');
    var first = Math.max(0, Math.floor(list.scrollTop / ROW) - 5);
    var last = Math.min(state.rows.length, first + Math.ceil((list.clientHeight || 600) / ROW) + 10);
    var html = '';
    for (var k = first; k < last; k++) html += rowHtml(state.rows[k], k * ROW);
    $('#list-rows').innerHTML = html;
  }

  function fillFilters() {
    var scen = Object.keys(DATA.scenarioTitles).sort();
    $('#f-scenario').innerHTML = '<option value="">全部场景</option>' + scen.map(function (s) { return '<option value="' + esc(s) + '">' + esc(DATA.scenarioTitles[s] + '（' + s + '）') + '</option>'; }).join('');
    var checks = new Set();
    DATA.contacts.forEach(function (c) { c.failed.forEach(function (f) { checks.add(f); }); });
    $('#f-check').innerHTML = '<option value="">全部检查项</option>' + Array.from(checks).sort().map(function (c) { return '<option value="' + esc(c) + '">未通过：' + esc(label(c)) + '</option>'; }).join('');
  }

  // ---------- one contact ----------
  function highlight(text, ranges) {
    ranges.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var out = '', pos = 0;
    ranges.forEach(function (r) {
      if (r.start < pos) return; // overlapping evidence: the first one is marked, all are listed below the turn
      out += esc(text.slice(pos, r.start)) + '<mark class="' + r.cls + '" title="' + esc(r.title) + '">' + esc(text.slice(r.start, r.end)) + '</mark>';
      pos = r.end;
    });
    return out + esc(text.slice(pos));
  }

  function timelineSvg(c) {
    var end = Math.max(c.durationMs, 1);
    c.turns.forEach(function (t) { end = Math.max(end, t[3]); });
    // lanes start after a 36-unit gutter for their labels
    var W = 1000, G = 36, x = function (ms) { return G + (ms / end) * (W - G); }, dx = function (ms) { return (ms / end) * (W - G); };
    var svg = '<svg viewBox="0 0 ' + W + ' 92" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="时间轴">';
    svg += '<text x="0" y="12" font-size="10" fill="#666">客户</text><text x="0" y="34" font-size="10" fill="#666">坐席</text><text x="0" y="56" font-size="10" fill="#666">事件</text><text x="0" y="76" font-size="10" fill="#666">静默</text>';
    // holds: from each hold-start to the next hold-end
    var holdStart = null;
    c.events.forEach(function (e) {
      if (e[0] === 'hold-start') holdStart = e[1];
      if (e[0] === 'hold-end' && holdStart != null) { svg += '<rect class="hold" x="' + x(holdStart) + '" y="44" width="' + Math.max(2, dx(e[1] - holdStart)) + '" height="14" fill="#e6a23c" opacity="0.7"><title>保持 ' + secs(holdStart) + '–' + secs(e[1]) + '</title></rect>'; holdStart = null; }
    });
    // silences: gaps with nobody speaking
    var sorted = c.turns.map(function (t, i) { return { t: t, i: i }; }).sort(function (a, b) { return a.t[2] - b.t[2]; });
    var busyUntil = null;
    sorted.forEach(function (s) {
      if (busyUntil != null && s.t[2] - busyUntil >= SILENCE_MS) svg += '<rect class="silence" x="' + x(busyUntil) + '" y="66" width="' + dx(s.t[2] - busyUntil) + '" height="10" fill="#999" opacity="0.5"><title>静默 ' + ((s.t[2] - busyUntil) / 1000).toFixed(1) + ' 秒（' + secs(busyUntil) + '–' + secs(s.t[2]) + '）</title></rect>';
      busyUntil = busyUntil == null ? s.t[3] : Math.max(busyUntil, s.t[3]);
    });
    // overlaps: a customer turn and a centre-side turn at the same time
    var cust = c.turns.filter(function (t) { return t[0] === 'customer'; });
    var centre = c.turns.filter(function (t) { return t[0] !== 'customer' && t[0] !== 'system'; });
    cust.forEach(function (a) { centre.forEach(function (b) {
      var s = Math.max(a[2], b[2]), e = Math.min(a[3], b[3]);
      if (e > s) svg += '<rect class="overlap" x="' + x(s) + '" y="0" width="' + Math.max(2, dx(e - s)) + '" height="42" fill="#c0392b" opacity="0.35"><title>抢话重叠 ' + ((e - s) / 1000).toFixed(1) + ' 秒</title></rect>';
    }); });
    c.turns.forEach(function (t, i) {
      var y = t[0] === 'customer' ? 2 : 24;
      svg += '<rect class="tl-turn" data-turn="' + i + '" x="' + x(t[2]) + '" y="' + y + '" width="' + Math.max(3, dx(t[3] - t[2])) + '" height="14" fill="' + (t[0] === 'customer' ? '#8a8a8a' : '#3b6ea8') + '" style="cursor:pointer"><title>' + esc(SPEAKERS[t[0]] || t[0]) + ' ' + secs(t[2]) + '：' + esc(t[1].slice(0, 40)) + '</title></rect>';
    });
    c.events.forEach(function (e) { if (e[0] !== 'hold-start' && e[0] !== 'hold-end') svg += '<line x1="' + x(e[1]) + '" x2="' + x(e[1]) + '" y1="46" y2="56" stroke="#555"><title>' + esc(e[0]) + ' ' + secs(e[1]) + '</title></line>'; });
    svg += '<text x="' + W + '" y="90" font-size="10" text-anchor="end" fill="#666">' + secs(end) + '</text><text x="' + G + '" y="90" font-size="10" fill="#666">0:00</text></svg>';
    return '<div class="timeline">' + svg + '<div class="legend"><i style="background:#3b6ea8"></i>坐席/IVR<i style="background:#8a8a8a"></i>客户<i style="background:#999;opacity:.5"></i>静默 ≥ ' + SILENCE_MS / 1000 + ' 秒<i style="background:#e6a23c"></i>保持<i style="background:#c0392b;opacity:.35"></i>抢话重叠<span style="margin-left:10px">| 竖线：事件</span></div></div>';
  }

  function renderContact(id) {
    var c = byId.get(id) && unpack(byId.get(id));
    state.selected = id;
    renderRows();
    if (!c) { $('#detail').innerHTML = '<p class="muted">选择左侧的一条联络。</p>'; return; }
    var title = DATA.scenarioTitles[c.scenario] || c.scenario;
    var html = '<section class="card"><h2>' + esc(c.id) + '</h2><div>' + esc(title) + ' · ' + (c.channel === 'voice' ? '语音' : '文字') + ' · 结果 ' + esc(c.outcome) + ' · 时长 ' + secs(c.durationMs) +
      ' · 服务质量 <b id="contact-quality">' + fmt(c.quality) + '</b> ' + (c.group === 'scored' ? verdictBadge(c.pass) : '') + (c.needsReview ? ' <span class="badge warn">待复核</span>' : '') + (c.signedOff ? ' <span class="badge ok">已签核</span>' : '') + '</div>';
    if (c.error) html += '<div class="msg err">' + esc(c.error) + '</div>';
    if (c.recording) {
      var src = MODE === 'review' ? 'files/' + c.recording.split('/').map(encodeURIComponent).join('/') + '?token=' + encodeURIComponent(TOKEN) : c.recording;
      html += '<audio id="player" controls preload="metadata" src="' + esc(src) + '"></audio><div class="muted" style="font-size:12px">点击对话或时间轴上的发言即从该处播放。</div>';
    }
    html += timelineSvg(c) + '</section>';
    // transcript with evidence in place
    var perTurn = c.turns.map(function () { return { ranges: [], why: [], listed: {} }; });
    c.findings.forEach(function (f, fi) {
      var cls = f[1] === 1 ? 'pass' : f[1] === 0 ? 'fail' : 'na';
      f[5].forEach(function (e) {
        if (e[0] == null || !perTurn[e[0]]) return;
        var text = c.turns[e[0]][1], at = e[1] ? text.indexOf(e[1]) : -1;
        if (at >= 0) perTurn[e[0]].ranges.push({ start: at, end: at + e[1].length, cls: cls, title: label(f[0]) + '：' + f[2] });
        // a finding quoting several phrases of one turn is marked at each, listed under it once
        if (perTurn[e[0]].listed[fi]) return;
        perTurn[e[0]].listed[fi] = true;
        perTurn[e[0]].why.push('<li><span class="badge ' + (cls === 'pass' ? 'ok' : cls === 'fail' ? 'bad' : 'muted') + '">' + esc(label(f[0])) + (cls === 'pass' ? ' ✓' : cls === 'fail' ? ' ✗' : ' —') + '</span> ' + esc(f[2]) + (f[4] ? ' <span class="badge warn">待复核</span>' : '') + '</li>');
      });
    });
    html += '<section class="card"><h2>对话记录（' + c.turns.length + ' 轮）</h2><div id="transcript">';
    if (!c.turns.length) html += '<p class="muted">没有对话记录。</p>';
    c.turns.forEach(function (t, i) {
      html += '<div class="turn ' + esc(t[0]) + '" data-turn="' + i + '"><span class="t">' + secs(t[2]) + '</span><span class="who">' + esc(SPEAKERS[t[0]] || t[0]) + '</span>' + highlight(t[1], perTurn[i].ranges) + (perTurn[i].why.length ? '<ul class="why">' + perTurn[i].why.join('') + '</ul>' : '') + '</div>';
    });
    html += '</div></section>';
    html += '<section class="card"><h2>检查结果与依据</h2><table><tr><th>检查项</th><th>结果</th><th>理由</th><th>证据</th><th class="num">置信度</th></tr>';
    c.findings.forEach(function (f) {
      html += '<tr><td>' + esc(label(f[0])) + '<div class="muted" style="font-size:11px">' + esc(f[0]) + '</div></td><td>' + (f[1] === 1 ? '<span class="badge ok">通过</span>' : f[1] === 0 ? '<span class="badge bad">未通过</span>' : '<span class="badge muted">不适用</span>') + (f[4] ? ' <span class="badge warn">待复核</span>' : '') + '</td><td>' + esc(f[2]) + '</td><td>' +
        f[5].map(function (e) { return e[0] == null ? '<div>' + esc(e[1]) + ' <span class="muted">@' + secs(e[2]) + '</span></div>' : '<div><a href="#" class="ev" data-turn="' + e[0] + '">第' + (e[0] + 1) + '轮</a>「' + esc(e[1]) + '」</div>'; }).join('') + '</td><td class="num">' + (f[3] == null ? '–' : f[3].toFixed(2)) + '</td></tr>';
    });
    html += '</table></section><section class="card" id="contact-sheets"><h2>评分表</h2>';
    if (!c.sheets.length) html += '<p class="muted">该联络未评分（' + (c.group === 'tool' ? '工具自身故障，不计入服务评分' : '未接通坐席') + '）。</p>';
    c.sheets.forEach(function (s) { html += sheetTable(s, c); });
    html += '</section>';
    $('#detail').innerHTML = html;
  }

  function seek(turnIndex) {
    var c = byId.get(state.selected);
    if (!c) return;
    document.querySelectorAll('.turn.playing').forEach(function (el) { el.classList.remove('playing'); });
    var el = document.querySelector('.turn[data-turn="' + turnIndex + '"]');
    if (el) { el.classList.add('playing'); el.scrollIntoView({ block: 'nearest' }); }
    var player = $('#player');
    if (!player) return;
    player.currentTime = Math.max(0, (c.turns[turnIndex][2] - c.recordingOffsetMs) / 1000);
    var p = player.play();
    if (p && p.catch) p.catch(function () { /* autoplay refused: the position is still set */ });
  }

  // ---------- wiring ----------
  function showTab(tab) {
    document.querySelectorAll('nav.tabs button').forEach(function (b) { b.classList.toggle('on', b.getAttribute('data-tab') === tab); });
    $('#overview').hidden = tab !== 'overview';
    $('#contacts').hidden = tab !== 'contacts';
    if (tab === 'contacts') renderRows();
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target;
    var tab = t.closest('nav.tabs button');
    if (tab) return showTab(tab.getAttribute('data-tab'));
    var g = t.closest('.group-tabs button');
    if (g) { state.group = g.getAttribute('data-group'); return applyFilters(); }
    var row = t.closest('.list .row');
    if (row) return renderContact(row.getAttribute('data-id'));
    var evl = t.closest('a.ev');
    if (evl) { ev.preventDefault(); return seek(Number(evl.getAttribute('data-turn'))); }
    var turn = t.closest('.turn, .tl-turn');
    if (turn) return seek(Number(turn.getAttribute('data-turn')));
  });
  $('#list').addEventListener('scroll', function () { window.requestAnimationFrame(renderRows); });
  [['#f-scenario', 'scenario'], ['#f-channel', 'channel'], ['#f-check', 'check'], ['#f-verdict', 'verdict']].forEach(function (p) {
    $(p[0]).addEventListener('change', function (e) { state[p[1]] = e.target.value; applyFilters(); });
  });
  $('#f-review').addEventListener('change', function (e) { state.needsReview = e.target.checked; applyFilters(); });
  $('#f-q').addEventListener('input', function (e) { state.q = e.target.value.trim().toLowerCase(); applyFilters(); });

  // Exposed for the review page's script (same page, review mode).
  window.msReport = {
    data: DATA, byId: byId, state: state, token: TOKEN, esc: esc, fmt: fmt,
    renderHeader: renderHeader, renderOverview: renderOverview, renderContact: renderContact, applyFilters: applyFilters, showTab: showTab,
  };

  fillFilters();
  renderHeader();
  renderOverview();
  applyFilters();
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash && byId.has(hash)) { state.group = byId.get(hash).group; applyFilters(); showTab('contacts'); renderContact(hash); }
  else showTab('overview');
})();
