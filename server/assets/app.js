// kz-appeals-server, the clerk's page (issue 17): three views over the
// service's own /v1 endpoints. No storage in the browser (no cookies, no web
// storage), no external resources, nothing sent anywhere but here.
'use strict';
(function () {
  const I = window.KZ_I18N;
  const LANGS = I.LANGS;
  const params = new URLSearchParams(location.search);
  let lang = pickLang();

  function pickLang() {
    const q = params.get('lang');
    if (q && LANGS.includes(q)) return q;
    for (const l of navigator.languages || [navigator.language || 'en']) {
      const base = String(l).toLowerCase().slice(0, 2);
      if (LANGS.includes(base)) return base;
    }
    return 'en';
  }
  const li = () => LANGS.indexOf(lang);

  /** The text `key` in the current language, `{name}` replaced from vars. */
  function t(key, vars) {
    const e = I.T[key];
    let s = e ? e[li()] : key;
    if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
    return s;
  }
  function deadlineName(key) {
    const e = I.DEADLINES[key];
    return e ? e[li()] : key;
  }

  // ---------- dates ----------
  const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
  function isIso(s) { return typeof s === 'string' && ISO.test(s); }
  function parts(iso) { const m = ISO.exec(iso); return [+m[1], +m[2], +m[3]]; }
  /** Monday = 0 … Sunday = 6. */
  function weekdayIndex(iso) {
    const [y, m, d] = parts(iso);
    return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  }
  function weekday(iso) { return I.WEEKDAYS[li()][weekdayIndex(iso)]; }
  function fmtDate(iso) { const [y, m, d] = parts(iso); return `${pad(d)}.${pad(m)}.${y}`; }
  function pad(n) { return String(n).padStart(2, '0'); }
  function isoOf(y, m, d) { return `${y}-${pad(m)}-${pad(d)}`; }
  function addDays(iso, n) {
    const [y, m, d] = parts(iso);
    const x = new Date(Date.UTC(y, m - 1, d + n));
    return isoOf(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
  }
  function todayIso() {
    const x = new Date();
    return isoOf(x.getFullYear(), x.getMonth() + 1, x.getDate());
  }
  function daysInMonth(y, m) { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }

  // ---------- DOM ----------
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : v);
      }
    }
    for (const k of kids.flat()) {
      if (k === null || k === undefined || k === false) continue;
      el.append(k instanceof Node ? k : document.createTextNode(String(k)));
    }
    return el;
  }
  /** A date as people there write it, ISO in the markup. */
  function timeEl(iso, withWeekday) {
    const el = h('time', { datetime: iso }, fmtDate(iso));
    if (!withWeekday) return el;
    return h('span', { class: 'd' }, el, h('span', { class: 'wd' }, ', ' + weekday(iso)));
  }
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  /** Append the children that are not null (Element.append would write "null"). */
  function put(el, ...kids) { el.append(...kids.flat().filter((k) => k !== null && k !== undefined && k !== false)); }
  /** Each cell carries its column's header as data-label, for the phone layout (CSS). */
  function stack(table) {
    const heads = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent);
    for (const tr of table.querySelectorAll('tbody tr')) {
      Array.from(tr.children).forEach((c, i) => { if (heads[i]) c.dataset.label = heads[i]; });
    }
    table.classList.add('stack');
    return table;
  }
  function showError(box, msg) {
    box.textContent = msg;
    box.hidden = false;
  }
  function clearError(box) { box.textContent = ''; box.hidden = true; }
  function announce(msg) { const s = $('#status'); s.textContent = ''; setTimeout(() => { s.textContent = msg; }, 30); }

  // ---------- the service ----------
  class ApiError extends Error {
    constructor(message, problem) { super(message); this.problem = problem; }
  }
  async function api(method, path, body) {
    const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': lang };
    const opts = { method, headers, cache: 'no-store', credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      opts.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    let res;
    try { res = await fetch(path, opts); } catch (e) { throw new ApiError(t('err_network')); }
    const text = await res.text();
    let data = null;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    if (!res.ok) {
      if (data && typeof data === 'object' && (data.detail || data.title)) {
        let msg = String(data.detail || data.title);
        const where = data.field || data.pointer;
        if (where !== undefined && where !== null && !msg.includes(String(where))) msg += '\n' + t('err_field', { field: where });
        throw new ApiError(msg, data);
      }
      throw new ApiError(t('err_answer', { status: res.status }));
    }
    if (data === null) throw new ApiError(t('err_answer', { status: res.status }));
    return data;
  }

  // ---------- the page's frame: view, language ----------
  const VIEWS = { '/': 'deadlines', '/calendar': 'calendar', '/control': 'control' };
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const view = VIEWS[path] || 'deadlines';

  function setUrlParam(k, v) {
    const p = new URLSearchParams(location.search);
    if (v === null) p.delete(k); else p.set(k, v);
    history.replaceState(null, '', location.pathname + '?' + p.toString());
  }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.title = t('title_' + view);
    for (const el of $$('[data-t]')) el.textContent = t(el.dataset.t);
    for (const el of $$('[data-t-aria-label]')) el.setAttribute('aria-label', t(el.dataset.tAriaLabel));
    for (const a of $$('[data-view-link]')) {
      a.href = a.getAttribute('href').split('?')[0] + '?lang=' + lang;
      if (a.dataset.viewLink === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    for (const a of $$('[data-lang-link]')) {
      const p = new URLSearchParams(location.search);
      p.set('lang', a.dataset.langLink);
      a.href = location.pathname + '?' + p.toString();
      if (a.dataset.langLink === lang) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    }
  }

  function setLang(l) {
    if (!LANGS.includes(l) || l === lang) return;
    lang = l;
    setUrlParam('lang', lang);
    applyTexts();
    onLang.forEach((f) => f());
  }
  const onLang = [];

  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('[data-lang-link]');
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    setLang(a.dataset.langLink);
  });

  // Details open on paper: the reasons are what a printed sheet is for.
  let closedForPrint = [];
  window.addEventListener('beforeprint', () => {
    closedForPrint = $$('details:not([open])');
    closedForPrint.forEach((d) => { d.open = true; });
  });
  window.addEventListener('afterprint', () => { closedForPrint.forEach((d) => { d.open = false; }); closedForPrint = []; });

  function section(id) { return document.getElementById(id); }

  // ---------- downloads (in memory only) ----------
  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }
  /** CSV as Excel opens it in the chosen language: `;` for kk and ru, `,` for en; UTF-8 with a BOM. */
  function csv(rows) {
    const sep = lang === 'en' ? ',' : ';';
    const cell = (v) => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[",;\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return '\ufeff' + rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
  }
  function csvButton(id, what, fileName, rowsFn) {
    return h('button', {
      type: 'button', id, class: 'no-print',
      onclick: () => download(fileName, 'text/csv;charset=utf-8', csv(rowsFn())),
    }, h('span', { 'aria-hidden': 'true' }, '↓ '), t('export_csv'), h('span', { class: 'sr' }, ' — ' + what));
  }

  // iCalendar (RFC 5545): all-day events, lines folded at 75 octets, never inside a UTF-8 character.
  function icsEscape(s) { return String(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n'); }
  function icsFold(line) {
    const enc = new TextEncoder();
    const out = [];
    let cur = '';
    let octets = 0;
    let limit = 75;
    for (const ch of line) {
      const n = enc.encode(ch).length;
      if (octets + n > limit) { out.push(cur); cur = ' '; octets = 1; limit = 75; }
      cur += ch; octets += n;
    }
    out.push(cur);
    return out.join('\r\n');
  }
  function icsFile(events) {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kz-appeals//clerk page//' + lang.toUpperCase(), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
    for (const ev of events) {
      lines.push('BEGIN:VEVENT', 'UID:' + ev.uid + '@kz-appeals', 'DTSTAMP:' + stamp,
        'DTSTART;VALUE=DATE:' + ev.date.replace(/-/g, ''), 'DTEND;VALUE=DATE:' + addDays(ev.date, 1).replace(/-/g, ''),
        'SUMMARY:' + icsEscape(ev.summary), 'DESCRIPTION:' + icsEscape(ev.description), 'TRANSP:TRANSPARENT', 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    return lines.map(icsFold).join('\r\n') + '\r\n';
  }

  // =====================================================================
  // 1. Deadlines
  // =====================================================================
  const DATE_FIELDS = ['received', 'letter_until', 'extended_on', 'answered_on', 'reception', 'refusal_on', 'hearing_notice_sent', 'correction_until'];
  let lastFacts = null;
  let computeCount = 0;

  function initDeadlines() {
    const form = section('deadlines-form');
    form.addEventListener('submit', (e) => { e.preventDefault(); computeDeadlines(readFacts()); });
    form.addEventListener('reset', () => {
      lastFacts = null;
      clearError(section('deadlines-error'));
      const r = section('deadlines-result'); r.hidden = true; r.textContent = '';
      $$('table#deadlines').forEach((x) => x.remove());
    });
    onLang.push(() => { if (lastFacts) computeDeadlines(lastFacts); });
    $('#f-received').focus({ preventScroll: true });
  }
  function readFacts() {
    const form = section('deadlines-form');
    const facts = {};
    for (const f of DATE_FIELDS) {
      const v = form.elements[f].value;
      if (v) facts[f] = v;
    }
    if (form.elements.forward.checked) facts.forward = true;
    return facts;
  }
  async function computeDeadlines(facts) {
    const err = section('deadlines-error');
    const out = section('deadlines-result');
    const btn = $('#compute');
    clearError(err);
    btn.disabled = true;
    out.setAttribute('aria-busy', 'true');
    announce(t('busy'));
    try {
      const data = await api('POST', '/v1/deadlines', Object.assign({}, facts, { lang }));
      lastFacts = facts;
      renderDeadlines(data);
      announce(t('done'));
    } catch (e) {
      lastFacts = null;
      out.hidden = true;
      out.textContent = '';
      showError(err, e.message);
    } finally {
      btn.disabled = false;
      out.removeAttribute('aria-busy');
      computeCount += 1;
      out.dataset.computed = String(computeCount);
      document.body.dataset.computed = String(computeCount);
    }
  }

  function rulesList(rules) {
    if (!rules || !rules.length) return t('none_dash');
    return h('ul', { class: 'rules' }, rules.map((r) => h('li', null, r)));
  }
  function passedCell(list) {
    if (!list || !list.length) return t('none_dash');
    return h('details', null,
      h('summary', null, t('passed_n', { n: list.length })),
      h('ul', null, list.map((p) => h('li', null, timeEl(p.date, true), ': ', p.reason,
        p.provisional ? h('span', { class: 'badge prov' }, t('provisional')) : null))));
  }

  function renderDeadlines(d) {
    const out = section('deadlines-result');
    out.textContent = '';
    const byKey = new Map((d.deadlines || []).map((x) => [x.key, x]));
    // Every date key of the answer, each once, in the order of the schedule.
    const keys = [];
    const push = (k) => { if (isIso(d[k]) && !keys.includes(k)) keys.push(k); };
    push('received'); push('registered');
    for (const x of d.deadlines || []) push(x.key);
    for (const k of Object.keys(d)) if (k !== 'deemed_refusal_from') push(k);
    push('deemed_refusal_from');

    const tbody = h('tbody');
    for (const k of keys) {
      const iso = d[k];
      const x = byKey.get(k);
      let name; let term; let rules; let passed; let prov = false; let extra = null;
      if (k === 'received') {
        name = t('row_received'); term = t('none_dash'); rules = null; passed = null;
      } else if (k === 'registered') {
        const r = d.registration || {};
        name = deadlineName('registered'); term = t('term_registered'); rules = r.rules; passed = r.passed_over; prov = !!r.provisional;
      } else if (k === 'deemed_refusal_from') {
        name = t('row_deemed'); term = t('term_deemed'); rules = [t('rule_deemed')]; passed = null;
      } else if (x) {
        name = x.name || deadlineName(k); term = x.term; rules = x.rules; passed = x.passed_over; prov = !!x.provisional;
        if (x.reading) extra = h('span', { class: 'moved' }, I.T['rd_' + x.reading] ? t('rd_' + x.reading) : x.reading);

      } else {
        name = deadlineName(k); term = t('none_dash'); rules = null; passed = null;
      }
      const dateCell = h('td', null, h('time', { datetime: iso }, fmtDate(iso)),
        prov ? h('span', { class: 'badge prov' }, t('provisional')) : null,
        x && x.moved_from ? h('span', { class: 'moved' }, t('moved_from', { date: fmtDate(x.moved_from) })) : null);
      tbody.append(h('tr', { 'data-key': k, 'data-date': iso, class: k === 'deemed_refusal_from' ? 'deemed' : null },
        h('th', { scope: 'row' }, name),
        dateCell,
        h('td', null, weekday(iso)),
        h('td', null, term, extra),
        h('td', null, rulesList(rules)),
        h('td', null, passedCell(passed))));
    }
    const table = stack(h('table', { id: 'deadlines' },
      h('caption', { class: 'visually-hidden' }, t('cap_deadlines')),
      h('thead', null, h('tr', null, ['th_deadline', 'th_date', 'th_weekday', 'th_term', 'th_rule', 'th_passed'].map((c) => h('th', { scope: 'col' }, t(c))))),
      tbody));

    const icsLink = h('a', { id: 'ics', class: 'button no-print', href: '#', download: 'deadlines-' + d.received + '.ics' }, h('span', { 'aria-hidden': 'true' }, '↓ '), t('ics_deadlines'));
    icsLink.addEventListener('click', (e) => { e.preventDefault(); download(icsLink.getAttribute('download'), 'text/calendar;charset=utf-8', deadlinesIcs(d, keys)); });

    put(out, 
      h('div', { class: 'result-head' },
        h('h2', { id: 'h-result', tabindex: '-1' }, t('h_result')),
        h('div', { class: 'actions no-print' }, icsLink,
          h('button', { type: 'button', onclick: () => window.print() }, t('print')))),
      factsSummary(lastFacts),
      d.provisional ? h('p', { class: 'warn' }, t('provisional_note')) : null,
      h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'h-result', tabindex: '0' }, table));

    // Rules that read two ways: both dates and the safe (earlier) one.
    const pairs = [
      ['reading_p25', 'date_notice_due_after_answer', 'schedule_notice_due'],
      ['reading_p26', 'extension_max_due', 'extension_max_due_from_registration'],
    ].filter(([, a, b]) => isIso(d[a]) && isIso(d[b]));
    if (pairs.length) {
      put(out, h('h2', { id: 'h-readings' }, t('h_readings')), h('p', { class: 'muted' }, t('readings_note')),
        h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'h-readings', tabindex: '0' },
          h('table', { id: 'readings' },
            h('caption', { class: 'visually-hidden' }, t('cap_readings')),
            h('thead', null, h('tr', null, ['th_rule', 'th_reading_a', 'th_reading_b', 'th_safe'].map((c) => h('th', { scope: 'col' }, t(c))))),
            h('tbody', null, pairs.map(([label, a, b]) => {
              const safe = d[a] <= d[b] ? d[a] : d[b];
              return h('tr', { 'data-safe': safe },
                h('th', { scope: 'row' }, t(label)),
                h('td', null, timeEl(d[a], true)), h('td', null, timeEl(d[b], true)),
                h('td', null, h('strong', null, timeEl(safe, true))));
            })))));
    }

    // Violations.
    put(out, h('h2', { id: 'h-dviolations' }, t('h_violations')));
    const v = d.violations || [];
    if (!v.length) out.append(h('p', { id: 'no-violations' }, '✓ ' + t('no_violations')));
    else {
      put(out, h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'h-dviolations', tabindex: '0' },
        stack(h('table', { id: 'deadline-violations' },
          h('caption', { class: 'visually-hidden' }, t('cap_violations')),
          h('thead', null, h('tr', null, ['th_deadline', 'th_due', 'th_on', 'th_late'].map((c) => h('th', { scope: 'col', class: c === 'th_late' ? 'num' : null }, t(c))))),
          h('tbody', null, v.map((x) => h('tr', { 'data-key': x.deadline, 'data-date': x.due },
            h('th', { scope: 'row' }, (byKey.get(x.deadline) || {}).name || deadlineName(x.deadline)),
            h('td', null, timeEl(x.due, true)),
            h('td', null, x.on ? timeEl(x.on, true) : t('not_done')),
            h('td', { class: 'num' }, String(x.late_by_working_days)))))))));
    }

    // The deemed refusal.
    put(out, h('h2', null, t('h_deemed')));
    if (isIso(d.deemed_refusal_from)) {
      const due = addDays(d.deemed_refusal_from, -1);
      const p = h('p', { id: 'deemed' });
      const txt = t('deemed_text', { due: '\u0000due\u0000', from: '\u0000from\u0000' }).split('\u0000');
      for (const piece of txt) p.append(piece === 'due' ? timeEl(due, false) : piece === 'from' ? h('strong', null, timeEl(d.deemed_refusal_from, true)) : piece);
      put(out, p);
    } else out.append(h('p', { id: 'deemed' }, t('deemed_none')));

    out.hidden = false;
    $('#h-result').focus();
  }

  /** The facts the answer is for, so that a printed sheet says what it answers. */
  function factsSummary(facts) {
    if (!facts) return null;
    const dl = h('dl', { class: 'facts-summary', id: 'facts-summary' });
    for (const f of DATE_FIELDS) if (facts[f]) dl.append(h('div', null, h('dt', null, t('f_' + f)), h('dd', null, timeEl(facts[f], true))));
    if (facts.forward) dl.append(h('div', null, h('dt', null, t('f_forward')), h('dd', null, '✓')));
    return dl;
  }

  function deadlinesIcs(d, keys) {
    const byKey = new Map((d.deadlines || []).map((x) => [x.key, x]));
    const events = [];
    for (const k of keys) {
      if (k === 'received') continue;
      const x = byKey.get(k);
      let summary; let desc;
      if (k === 'registered') { summary = deadlineName('registered'); desc = [t('term_registered')].concat((d.registration || {}).rules || []).join('; '); }
      else if (k === 'deemed_refusal_from') { summary = t('row_deemed'); desc = t('term_deemed') + '; ' + t('rule_deemed'); }
      else if (x) { summary = x.name; desc = [x.term].concat(x.rules || []).join('; '); }
      else { summary = deadlineName(k); desc = ''; }
      events.push({ uid: d.received + '-' + k, date: d[k], summary, description: desc });
    }
    return icsFile(events);
  }

  // =====================================================================
  // 2. Calendar
  // =====================================================================
  const KINDS = ['working', 'weekend', 'holiday', 'estimated_holiday', 'carry_over', 'transferred_day_off', 'working_by_transfer', 'declared_day_off'];
  const MARKS = { working: '', weekend: '○', holiday: '★', estimated_holiday: '☆', carry_over: '↪', transferred_day_off: '⇄', working_by_transfer: '⚒', declared_day_off: '✱' };
  const dayCache = new Map(); // `${lang}|${date}` -> /v1/days answer (this page's memory only)
  let calState = null; // {year, month|null, data, kinds: Map}

  function initCalendar() {
    const form = section('calendar-form');
    const now = todayIso();
    let year = parseInt(now.slice(0, 4), 10);
    let month = null;
    const pm = params.get('month');
    const py = params.get('year');
    if (pm && /^\d{4}-\d{2}$/.test(pm)) { year = +pm.slice(0, 4); month = +pm.slice(5, 7); }
    else if (py && /^\d{4}$/.test(py)) year = +py;
    if (month !== null && (month < 1 || month > 12)) month = null;
    form.elements.year.value = String(year);
    fillMonths(month);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const y = parseInt(form.elements.year.value, 10);
      const m = form.elements.month.value ? parseInt(form.elements.month.value, 10) : null;
      showCalendar(y, m, true);
    });
    onLang.push(() => { fillMonths(form.elements.month.value ? +form.elements.month.value : null); if (calState) renderCalendar(); });
    showCalendar(year, month, false);
  }
  function fillMonths(sel) {
    const s = section('c-month');
    s.textContent = '';
    s.append(h('option', { value: '' }, t('whole_year')));
    I.MONTHS[li()].forEach((name, i) => s.append(h('option', { value: String(i + 1), selected: sel === i + 1 }, name)));
  }

  async function showCalendar(year, month, pushUrl) {
    const err = section('calendar-error');
    const out = section('calendar-result');
    clearError(err);
    if (pushUrl) {
      const p = new URLSearchParams(location.search);
      p.delete('year'); p.delete('month');
      if (month) p.set('month', `${year}-${pad(month)}`); else p.set('year', String(year));
      history.replaceState(null, '', location.pathname + '?' + p.toString());
      applyTexts();
    }
    out.setAttribute('aria-busy', 'true');
    try {
      const data = await api('GET', `/v1/calendar/${encodeURIComponent(String(year))}`);
      const kinds = await dayKinds(data, month);
      calState = { year, month, data, kinds };
      renderCalendar();
    } catch (e) {
      calState = null;
      out.hidden = true; out.textContent = '';
      showError(err, e.message);
    } finally {
      out.removeAttribute('aria-busy');
      document.body.dataset.calendar = `${year}-${month || ''}-${Date.now()}`;
    }
  }

  async function getDay(iso) {
    const key = lang + '|' + iso;
    if (!dayCache.has(key)) {
      const p = api('GET', `/v1/days/${iso}`);
      dayCache.set(key, p);
      p.catch(() => dayCache.delete(key));
    }
    return dayCache.get(key);
  }
  /** The kind of every day shown: a weekday not listed works; every other day is asked of /v1/days. */
  async function dayKinds(data, month) {
    const y = data.year;
    const off = new Set(data.non_working_weekdays || []);
    const worked = new Set(data.working_weekend_days || []);
    const kinds = new Map();
    const ask = [];
    for (let m = month || 1; m <= (month || 12); m++) {
      for (let d = 1; d <= daysInMonth(y, m); d++) {
        const iso = isoOf(y, m, d);
        const wd = weekdayIndex(iso);
        if (wd < 5 && !off.has(iso)) kinds.set(iso, 'working');
        else { kinds.set(iso, wd >= 5 && !worked.has(iso) ? 'weekend' : off.has(iso) ? 'holiday' : 'working_by_transfer'); ask.push(iso); }
      }
    }
    let i = 0;
    async function worker() {
      while (i < ask.length) {
        const iso = ask[i++];
        const day = await getDay(iso);
        if (day && KINDS.includes(day.kind)) kinds.set(iso, day.kind);
      }
    }
    await Promise.all(Array.from({ length: Math.min(6, ask.length) }, worker));
    return kinds;
  }

  function renderCalendar() {
    const { year, month, data, kinds } = calState;
    const out = section('calendar-result');
    out.textContent = '';
    const period = month ? `${I.MONTHS[li()][month - 1]} ${year}` : t('year_title', { year });
    const status = data.status;
    const nav = h('div', { class: 'cal-nav' });
    const link = (label, y, m) => {
      const p = new URLSearchParams(location.search);
      p.delete('year'); p.delete('month');
      if (m) p.set('month', `${y}-${pad(m)}`); else p.set('year', String(y));
      return h('a', { class: 'button', href: location.pathname + '?' + p.toString() }, label);
    };
    if (month) {
      const [py, pm] = month === 1 ? [year - 1, 12] : [year, month - 1];
      const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
      if (py >= 2018) nav.append(link(t('prev_month'), py, pm));
      if (ny <= 2035) nav.append(link(t('next_month'), ny, nm));
    } else {
      if (year > 2018) nav.append(link(t('prev_year'), year - 1, null));
      if (year < 2035) nav.append(link(t('next_year'), year + 1, null));
    }
    const ics = h('a', { id: 'calendar-ics', class: 'button', href: `/v1/calendar/${year}.ics`, download: `kz-calendar-${year}-${lang}.ics` }, h('span', { 'aria-hidden': 'true' }, '↓ '), t('ics_year'));
    ics.addEventListener('click', async (e) => {
      e.preventDefault();
      try {
        const res = await fetch(ics.getAttribute('href'), { headers: { 'Accept-Language': lang }, cache: 'no-store' });
        if (!res.ok) throw new Error(String(res.status));
        download(ics.getAttribute('download'), 'text/calendar;charset=utf-8', await res.text());
      } catch (x) { showError(section('calendar-error'), t('err_network')); }
    });
    nav.append(ics);

    put(out, h('div', { class: 'cal-head' },
      h('h2', { id: 'h-cal' }, period),
      h('span', { class: 'badge' + (status === 'official' ? '' : ' prov'), id: 'year-status', 'data-status': status },
        t('status_label', { s: t('status_' + status) }))),
    nav);
    if (status === 'provisional' || status === 'projected') out.append(h('p', { class: 'warn', id: 'status-note' }, '⚠ ' + t('status_note_' + status)));

    put(out, h('h3', { id: 'h-legend' }, t('h_legend')),
      h('ul', { class: 'legend', 'aria-labelledby': 'h-legend' }, KINDS.map((k) => h('li', null,
        h('span', { class: 'sw', 'data-kind': k, 'aria-hidden': 'true' }, MARKS[k]), t('k_' + k)))));

    const info = h('div', { id: 'day-info', class: 'note', 'aria-live': 'polite', 'data-empty': t('day_hint') });
    put(out, info);

    const grid = h('div', { class: 'months' + (month ? ' single' : ''), role: 'group', 'aria-label': t('cal_grid', { period }) });
    const today = todayIso();
    let first = null;
    for (let m = month || 1; m <= (month || 12); m++) {
      const tbody = h('tbody');
      let tr = h('tr');
      const lead = weekdayIndex(isoOf(year, m, 1));
      for (let i = 0; i < lead; i++) tr.append(h('td', { class: 'pad', 'aria-hidden': 'true' }));
      for (let d = 1; d <= daysInMonth(year, m); d++) {
        const iso = isoOf(year, m, d);
        const k = kinds.get(iso) || 'working';
        const td = h('td', {
          'data-date': iso, 'data-kind': k, tabindex: '-1',
          class: iso === today ? 'today' : null,
          'aria-label': `${fmtDate(iso)}, ${weekday(iso)}: ${t('k_' + k)}`,
        }, h('span', { class: 'n', 'aria-hidden': 'true' }, String(d)), MARKS[k] ? h('span', { class: 'mk', 'aria-hidden': 'true' }, MARKS[k]) : null);
        if (!first || iso === today) first = td;
        tr.append(td);
        if (weekdayIndex(iso) === 6) { tbody.append(tr); tr = h('tr'); }
      }
      if (tr.children.length) {
        while (tr.children.length < 7) tr.append(h('td', { class: 'pad', 'aria-hidden': 'true' }));
        tbody.append(tr);
      }
      grid.append(h('table', { class: 'month', 'data-month': `${year}-${pad(m)}` },
        h('caption', null, `${I.MONTHS[li()][m - 1]} ${year}`),
        h('thead', null, h('tr', null, I.WEEKDAYS_SHORT[li()].map((s, i) => h('th', { scope: 'col' }, h('abbr', { title: I.WEEKDAYS[li()][i] }, s))))),
        tbody));
    }
    if (first) first.tabIndex = 0;
    grid.addEventListener('keydown', onGridKey);
    grid.addEventListener('focusin', (e) => { const td = e.target.closest('td[data-date]'); if (td) showDay(td); });
    grid.addEventListener('click', (e) => { const td = e.target.closest('td[data-date]'); if (td) td.focus(); });
    put(out, grid);
    out.hidden = false;
  }

  function onGridKey(e) {
    const td = e.target.closest('td[data-date]');
    if (!td) return;
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
    let target = null;
    if (step) target = $(`td[data-date="${addDays(td.dataset.date, step)}"]`);
    else if (e.key === 'Home') target = td.closest('tbody').querySelector('td[data-date]');
    else if (e.key === 'End') { const all = td.closest('tbody').querySelectorAll('td[data-date]'); target = all[all.length - 1]; }
    else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); showDay(td); return; }
    if (!target) return;
    e.preventDefault();
    for (const c of $$('td[data-date][tabindex="0"]')) c.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  }

  let dayToken = 0;
  async function showDay(td) {
    const info = section('day-info');
    for (const c of $$('td.selected')) c.classList.remove('selected');
    td.classList.add('selected');
    const iso = td.dataset.date;
    const k = td.dataset.kind;
    const token = ++dayToken;
    const head = h('strong', null, timeEl(iso, true), ' — ', (MARKS[k] ? MARKS[k] + ' ' : '') + t('k_' + k));
    info.textContent = '';
    info.append(head);
    try {
      const day = await getDay(iso);
      if (token !== dayToken) return;
      info.append(h('br'), day.reason || '');
      if (day.rules && day.rules.length) info.append(h('br'), h('span', { class: 'muted' }, t('day_rules', { r: day.rules.join('; ') })));
    } catch (e) {
      if (token === dayToken) info.append(h('br'), h('span', { class: 'muted' }, e.message));
    }
  }

  // =====================================================================
  // 3. Control
  // =====================================================================
  let lastAgenda = null; // {text, as_of, within, report}: this page's memory only
  let agendaCount = 0;

  function initControl() {
    const form = section('control-form');
    form.elements.as_of.value = todayIso();
    fillQuarters();
    form.elements.as_of.addEventListener('change', fillQuarters);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const err = section('control-error');
      clearError(err);
      const file = section('case-file').files[0];
      if (!file) { showError(err, t('err_no_file')); section('case-file').focus(); return; }
      let text;
      try { text = await file.text(); } catch (x) { showError(err, t('err_read_file')); return; }
      const q = { text, as_of: form.elements.as_of.value, within: form.elements.within.value, report: form.elements.report.value };
      showAgenda(q);
    });
    onLang.push(() => {
      fillQuarters();
      if (lastAgenda) showAgenda(lastAgenda);
    });
  }
  function fillQuarters() {
    const s = section('report');
    const keep = s.value;
    const asOf = section('as-of').value || todayIso();
    const y = +asOf.slice(0, 4);
    const qNow = Math.floor((+asOf.slice(5, 7) - 1) / 3) + 1;
    const roman = ['I', 'II', 'III', 'IV'];
    s.textContent = '';
    s.append(h('option', { value: '' }, t('no_report')));
    for (let yy = y; yy >= Math.max(2018, y - 1); yy--) {
      for (let q = yy === y ? qNow : 4; q >= 1; q--) {
        const v = `${yy}-Q${q}`;
        s.append(h('option', { value: v, selected: v === keep }, t('quarter', { y: yy, q: roman[q - 1], n: q })));
      }
    }
  }

  async function showAgenda(q) {
    const err = section('control-error');
    const out = section('control-result');
    const btn = $('#show-agenda');
    clearError(err);
    btn.disabled = true;
    out.setAttribute('aria-busy', 'true');
    announce(t('busy'));
    // The file goes as it is: parsed here only to send it as JSON; when it
    // is not JSON the service reads it and says what is wrong, in the
    // language chosen (the file starts on line 1 of the body, so lines match).
    let text = q.text.replace(/^\ufeff/, '');
    const head = { as_of: q.as_of || undefined, lang };
    if (q.within !== '' && q.within !== undefined) head.within = Number(q.within);
    if (q.report) head.report = q.report;
    let body;
    try { body = Object.assign({ file: JSON.parse(text) }, head); } catch (x) {
      const rest = JSON.stringify(head).slice(1); // `"as_of":…}` (head is never empty: lang)
      body = '{"file":' + text + '\n,' + rest;
    }
    try {
      const data = await api('POST', '/v1/agenda', body);
      lastAgenda = q;
      renderAgenda(data);
      announce(t('done'));
    } catch (e) {
      lastAgenda = null;
      out.hidden = true; out.textContent = '';
      showError(err, e.message);
      err.focus && err.setAttribute('tabindex', '-1');
    } finally {
      text = null;
      btn.disabled = false;
      out.removeAttribute('aria-busy');
      agendaCount += 1;
      document.body.dataset.agenda = String(agendaCount);
    }
  }

  const STATE_MARK = { overdue: '‼', due_today: '●', due_soon: '○' };
  const REPORT_KEYS = ['received', 'registered', 'left_without_consideration', 'returned', 'forwarded', 'no_appointment',
    'answered_on_time', 'answered_late', 'extended_by_letter', 'extended_by_decision', 'refused',
    'receptions_in_person', 'receptions_by_videoconference', 'instructions_given', 'instructions_executed_on_time',
    'instructions_executed_late', 'instructions_open', 'deemed_refusals', 'receptions_moved',
    'receptions_cancelled', 'from_reception', 'forwarded_late'];
  const OUTCOME_KEYS = ['left_without_consideration', 'returned', 'forwarded', 'no_appointment', 'refused', 'answered', 'open'];
  function who(item) { return item.who || item.actor || item.responsible || null; }

  function renderAgenda(d) {
    const out = section('control-result');
    out.textContent = '';
    const items = d.agenda || [];
    const hasInstr = items.some((x) => x.instruction);
    const hasRule = items.some((x) => x.rule);
    const hasWho = items.some((x) => who(x));
    const cols = ['th_state', 'th_case', 'th_deadline', 'th_due', 'th_wdays'].concat(hasRule ? ['th_rule'] : [], hasWho ? ['th_who'] : [], hasInstr ? ['th_instruction'] : []);
    const agendaRows = () => [cols.map((c) => t(c)).concat(['deadline', 'due_iso'])].concat(items.map((x) => [t('st_' + x.state), x.case, deadlineName(x.deadline), fmtDate(x.due), x.working_days]
      .concat(hasRule ? [x.rule || ''] : [], hasWho ? [who(x) || ''] : [], hasInstr ? [x.instruction || ''] : [], [x.deadline, x.due])));

    put(out, h('div', { class: 'result-head' },
      h('h2', { id: 'h-agenda', tabindex: '-1' }, t('h_agenda'), ' ', h('span', { class: 'muted' }, '— ', t('as_of'), ' ', timeEl(d.as_of, true))),
      h('div', { class: 'actions no-print' }, csvButton('export-agenda', t('h_agenda'), `agenda-${d.as_of}.csv`, agendaRows),
        h('button', { type: 'button', onclick: () => window.print() }, t('print')))));
    const tbody = h('tbody');
    for (const x of items) {
      tbody.append(h('tr', { 'data-case': x.case, 'data-key': x.deadline, 'data-date': x.due, 'data-state': x.state, class: 'state-' + x.state },
        h('td', null, h('span', { class: 'state' }, STATE_MARK[x.state] + ' ' + t('st_' + x.state))),
        h('th', { scope: 'row' }, x.case),
        h('td', null, deadlineName(x.deadline)),
        h('td', null, timeEl(x.due, true)),
        h('td', { class: 'num' }, String(x.working_days)),
        hasRule ? h('td', null, x.rule || '') : null,
        hasWho ? h('td', null, who(x) || '') : null,
        hasInstr ? h('td', null, x.instruction || '') : null));
    }
    put(out, h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'h-agenda', tabindex: '0' },
      stack(h('table', { id: 'agenda' },
        h('caption', { class: 'visually-hidden' }, t('cap_agenda')),
        h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col', class: c === 'th_wdays' ? 'num' : null }, t(c))))),
        tbody))));
    if (!items.length) out.append(h('p', { id: 'agenda-empty' }, '✓ ' + t('agenda_empty')));

    // Violations so far.
    const v = d.violations || [];
    const vHasRule = v.some((x) => x.rule);
    const vHasInstr = v.some((x) => x.instruction);
    const vcols = ['th_case', 'th_deadline', 'th_due', 'th_on', 'th_late'].concat(vHasRule ? ['th_rule'] : [], vHasInstr ? ['th_instruction'] : []);
    const vRows = () => [vcols.map((c) => t(c)).concat(['deadline', 'due_iso', 'on_iso'])].concat(v.map((x) => [x.case, deadlineName(x.deadline), fmtDate(x.due), x.on ? fmtDate(x.on) : t('not_done'), x.late_by_working_days]
      .concat(vHasRule ? [x.rule || ''] : [], vHasInstr ? [x.instruction || ''] : [], [x.deadline, x.due, x.on || ''])));
    put(out, h('div', { class: 'result-head' }, h('h2', { id: 'h-violations' }, t('h_violations')),
      v.length ? h('div', { class: 'actions no-print' }, csvButton('export-violations', t('h_violations'), `violations-${d.as_of}.csv`, vRows)) : null));
    if (!v.length) out.append(h('p', { id: 'no-violations' }, '✓ ' + t('no_violations')));
    else {
      put(out, h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'h-violations', tabindex: '0' },
        stack(h('table', { id: 'violations' },
          h('caption', { class: 'visually-hidden' }, t('h_violations')),
          h('thead', null, h('tr', null, vcols.map((c) => h('th', { scope: 'col', class: c === 'th_late' ? 'num' : null }, t(c))))),
          h('tbody', null, v.map((x) => h('tr', { 'data-case': x.case, 'data-key': x.deadline, 'data-date': x.due },
            h('th', { scope: 'row' }, x.case),
            h('td', null, deadlineName(x.deadline)),
            h('td', null, timeEl(x.due, true)),
            h('td', null, x.on ? timeEl(x.on, true) : t('not_done')),
            h('td', { class: 'num' }, String(x.late_by_working_days)),
            vHasRule ? h('td', null, x.rule || '') : null,
            vHasInstr ? h('td', null, x.instruction || '') : null)))))));
    }

    // The report of п. 38.
    const r = d.report;
    if (r) {
      const rRows = () => {
        const rows = [[t('th_indicator'), t('th_count'), 'key'], [t('r_period'), r.period, 'period']];
        for (const k of REPORT_KEYS) if (k in r) rows.push([t('r_' + k), r[k], k]);
        for (const [rule, n] of Object.entries(r.violations_by_rule || {})) rows.push([t('h_by_rule') + ': ' + rule, n, 'violations_by_rule']);
        for (const k of OUTCOME_KEYS) if (r.outcomes && k in r.outcomes) rows.push([t('h_outcomes') + ': ' + t('o_' + k), r.outcomes[k], 'outcomes.' + k]);
        return rows;
      };
      put(out, h('div', { class: 'result-head' }, h('h2', { id: 'h-report' }, t('h_report')),
        h('div', { class: 'actions no-print' }, csvButton('export-report', t('h_report'), `report-${r.period}.csv`, rRows))));
      const countTable = (id, cap, rows) => h('div', { class: 'table-wrap' }, h('table', { id },
        h('caption', null, cap),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('th_indicator')), h('th', { scope: 'col', class: 'num' }, t('th_count')))),
        h('tbody', null, rows.map(([label, n, key]) => h('tr', { 'data-key': key }, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, String(n)))))));
      put(out, countTable('report', t('cap_report', { period: r.period }), REPORT_KEYS.filter((k) => k in r).map((k) => [t('r_' + k), r[k], k])));
      const byRule = Object.entries(r.violations_by_rule || {});
      if (byRule.length) out.append(countTable('report-by-rule', t('h_by_rule'), byRule.map(([rule, n]) => [rule, n, rule])));
      if (r.outcomes) out.append(countTable('report-outcomes', t('h_outcomes'), OUTCOME_KEYS.filter((k) => k in r.outcomes).map((k) => [t('o_' + k), r.outcomes[k], k])));
    }
    out.hidden = false;
    $('#h-agenda').focus();
  }

  // ---------- start ----------
  function start() {
    if (!params.get('lang')) setUrlParam('lang', lang);
    applyTexts();
    for (const s of $$('section.view')) s.hidden = s.dataset.view !== view;
    if (view === 'deadlines') initDeadlines();
    else if (view === 'calendar') initCalendar();
    else initControl();
    document.body.dataset.ready = '1';
  }
  start();
}());
