// The review page's script (review mode of the report page): overrides with a required reason,
// scores for the items the tool leaves to the assessor, sign-off. Every save sends the item's
// revision as seen; a 409 means a colleague changed it first, and the page reloads that item.
(function () {
  'use strict';
  var R = window.msReport;
  var esc = R.esc;
  var who = document.getElementById('reviewer');
  who.value = localStorage.getItem('ms-reviewer') || '';
  who.addEventListener('change', function () { localStorage.setItem('ms-reviewer', who.value.trim()); });

  function say(text, kind) {
    var el = document.getElementById('review-msg');
    el.className = 'msg ' + (kind || 'info');
    el.textContent = text;
  }

  function api(route, body) {
    return fetch(route + '?token=' + encodeURIComponent(R.token), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (res) { return res.json().then(function (json) { return { status: res.status, json: json }; }); });
  }

  /** Puts the server's fresh views into the page's data and redraws what shows them. */
  function refresh(json) {
    if (json.run) R.data.run = json.run;
    if (json.contact) {
      var c = json.contact;
      var list = R.data.contacts;
      for (var k = 0; k < list.length; k++) if (list[k].id === c.id) list[k] = c;
      for (var j = 0; j < R.state.rows.length; j++) if (R.state.rows[j].id === c.id) R.state.rows[j] = c;
      R.byId.set(c.id, c);
    }
    R.renderHeader();
    R.renderOverview();
    if (R.state.selected) R.renderContact(R.state.selected);
  }

  function openForm(btn) {
    var tr = btn.closest('tr');
    if (tr.nextElementSibling && tr.nextElementSibling.classList.contains('edit-row')) return;
    var cols = tr.children.length;
    var row = document.createElement('tr');
    row.className = 'edit-row';
    row.innerHTML = '<td colspan="' + cols + '"><form class="edit-form">' +
      '<label>新得分（0–' + esc(btn.dataset.max) + '）<input type="number" name="score" min="0" max="' + esc(btn.dataset.max) + '" step="0.01" value="' + esc(btn.dataset.old) + '"></label>' +
      '<label><input type="checkbox" name="na"> 不适用</label>' +
      '<textarea name="reason" placeholder="修改理由（必填）"></textarea>' +
      '<button type="submit">保存</button><button type="button" class="cancel">取消</button></form></td>';
    tr.after(row);
    var form = row.querySelector('form');
    form.querySelector('.cancel').addEventListener('click', function () { row.remove(); });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var reviewer = who.value.trim();
      var reason = form.reason.value.trim();
      var na = form.na.checked;
      var score = form.score.value === '' ? NaN : Number(form.score.value);
      if (!reviewer) return say('请先在页面顶部填写复核人。', 'err');
      if (!reason) return say('必须填写修改理由。', 'err');
      if (!na && !(score >= 0 && score <= Number(btn.dataset.max))) return say('得分应在 0 到 ' + btn.dataset.max + ' 之间。', 'err');
      var inContact = btn.closest('#contact-sheets');
      var body = { reviewer: reviewer, reason: reason, sheetId: btn.dataset.sheet, item: btn.dataset.item, new: na ? null : score, revision: Number(btn.dataset.rev) };
      if (inContact) body.contactId = R.state.selected;
      api('api/override', body).then(function (r) {
        if (r.status === 200) { refresh(r.json); say('已保存：' + body.sheetId + ' ' + body.item + ' → ' + (na ? '不适用' : score), 'info'); }
        else if (r.status === 409) { refresh(r.json); say('该项已被 ' + ((r.json.latest && r.json.latest.reviewer) || '他人') + ' 修改，已重新载入该项，请确认后再修改。', 'err'); }
        else say('未保存：' + (r.json.message || r.status), 'err');
      }, function (e) { say('未保存：' + e.message, 'err'); });
    });
  }

  document.addEventListener('click', function (ev) {
    var btn = ev.target.closest('button.edit');
    if (btn) openForm(btn);
  });

  document.getElementById('signoff').addEventListener('click', function () {
    var reviewer = who.value.trim();
    if (!reviewer) return say('请先填写复核人。', 'err');
    api('api/signoff', { reviewer: reviewer, note: '已复核全部联络' }).then(function (r) {
      if (r.status === 200) { refresh(r.json); say('已签核。', 'info'); } else say('未签核：' + (r.json.message || r.status), 'err');
    });
  });

  // Assessors work through the contacts, needs-review first.
  R.showTab('contacts');
  var first = R.state.rows[0];
  if (first && !R.state.selected) R.renderContact(first.id);
})();
