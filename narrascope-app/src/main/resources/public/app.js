/*
 * Narrascope dashboard: a small hash-routed single page over the JSON API.
 * Safety rule: article data is untrusted. Every piece of it enters the page through textContent
 * or setAttribute on a fixed attribute list, never through innerHTML, so markup in a title or body
 * is shown as text and never runs.
 */
(function () {
  'use strict';

  const TOKEN_KEY = 'narrascope.token';
  const view = document.getElementById('view');
  const charts = [];

  /* ---------------- tokens ---------------- */

  function takeTokenFromHash() {
    const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (!m) return;
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    // Drop the token from the address bar and history right away.
    history.replaceState(null, '', location.pathname + '#/');
  }

  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  /* ---------------- DOM helpers (text only) ---------------- */

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v == null) continue;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k === 'href') node.setAttribute('href', safeHref(v));
        else if (k === 'onclick' || k === 'onsubmit') node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v);
      }
    }
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  /** Only in-app hash links and http(s) URLs; anything else (javascript:, data:) becomes inert. */
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith('#/')) return s;
    try {
      const u = new URL(s, location.href);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch (e) { /* fall through */ }
    return '#/';
  }

  function link(href, text, cls) { return el('a', { href: href, text: text, class: cls }); }

  function q(params) {
    const usp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v != null && v !== '') usp.set(k, v);
    const s = usp.toString();
    return s ? '?' + s : '';
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function show(...nodes) {
    charts.splice(0).forEach(c => c.destroy());
    clear(view);
    view.removeAttribute('data-ready');
    nodes.flat().forEach(n => n && view.appendChild(n));
  }

  /** Marks the view as rendered for the route in the address bar (browser tests wait on it). */
  function ready() {
    view.setAttribute('data-route', location.hash || '#/');
    view.setAttribute('data-ready', 'true');
  }

  function card(cls, title, ...body) {
    return el('section', { class: 'card ' + (cls || '') }, title ? el('h2', { text: title }) : null, ...body);
  }

  function empty(text) { return el('p', { class: 'empty', text: text }); }

  function fmtDate(d) { return d || 'undated'; }

  function pct(x) { return (100 * x).toFixed(1) + '%'; }

  /* ---------------- API ---------------- */

  class ApiError extends Error {
    constructor(status, code, message) { super(message); this.status = status; this.code = code; }
  }

  /** GETs {@code path}, or POSTs {@code body} as JSON to it when given. */
  async function api(path, body) {
    const headers = { 'Authorization': 'Bearer ' + (token() || ''), 'Accept': 'application/json' };
    const init = { headers: headers };
    if (body !== undefined) {
      init.method = 'POST';
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    let answer = null;
    try { answer = await res.json(); } catch (e) { /* non-JSON error */ }
    if (!res.ok) {
      throw new ApiError(res.status, answer && answer.error || 'error', answer && answer.message || res.statusText);
    }
    return answer;
  }

  /* ---------------- charts ---------------- */

  const PALETTE = ['#2f5bea', '#b91c1c', '#15803d', '#7c3aed', '#c2410c', '#0e7490', '#a16207', '#be185d'];
  const ROLE_COLORS = { Protagonist: '#15803d', Antagonist: '#b91c1c', Innocent: '#7c3aed', Unknown: '#64748b' };

  function chart(type, labels, datasets, opts) {
    const canvas = el('canvas', { 'aria-label': (opts && opts.label) || 'chart', role: 'img' });
    const box = el('div', { class: 'chart-box' + (opts && opts.tall ? ' tall' : '') }, canvas);
    if (typeof window.Chart !== 'function') {
      box.replaceChildren(empty('Charts unavailable (chart.umd.min.js did not load).'));
      return box;
    }
    // Drawn after the box is in the page, so Chart.js can size it.
    requestAnimationFrame(() => {
      if (!canvas.isConnected) return;
      charts.push(new window.Chart(canvas, {
        type: type,
        data: { labels: labels, datasets: datasets },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
          scales: { y: { beginAtZero: true, stacked: !!(opts && opts.stacked), ticks: { precision: 0 } },
                    x: { stacked: !!(opts && opts.stacked) } }
        }
      }));
      canvas.setAttribute('data-drawn', 'true');
    });
    return box;
  }

  /**
   * Day points (with empty days as zeros, as /api/timeline sends them) summed into weeks (Monday) or
   * months when the span is long, so a sparse multi-year range stays a readable number of bars:
   * day up to about three months, week up to two years, month beyond.
   */
  function autoBuckets(points) {
    if (!points.length) return { by: 'day', points: points };
    const day = s => Date.parse(s + 'T00:00:00Z');
    const span = (day(points[points.length - 1].start) - day(points[0].start)) / 86400000;
    const by = span <= 92 ? 'day' : span <= 731 ? 'week' : 'month';
    if (by === 'day') return { by: by, points: points };
    const keyOf = s => {
      if (by === 'month') return s.slice(0, 7);
      const d = new Date(day(s));
      d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);
      return d.toISOString().slice(0, 10);
    };
    const out = [];
    for (const p of points) {
      const k = keyOf(p.start);
      const last = out[out.length - 1];
      if (last && last.start === k) { last.count += p.count; last.total += p.total; }
      else out.push({ start: k, count: p.count, total: p.total });
    }
    return { by: by, points: out };
  }

  function barList(items, hrefOf, max) {
    if (!items.length) return empty('Nothing yet.');
    const top = max || Math.max(...items.map(i => i.count), 1);
    return el('div', null, items.map(i => el('div', { class: 'bar-row' },
      el('div', null, link(hrefOf(i.label), i.label),
        el('div', { class: 'bar' }, barFill(i.count / top))),
      el('span', { class: 'n', text: String(i.count) }))));
  }

  function barFill(fraction) {
    const s = el('span');
    s.style.width = Math.max(2, Math.round(100 * fraction)) + '%';
    return s;
  }

  /* ---------------- shared pieces ---------------- */

  function articleRow(a) {
    return el('li', null,
      link('#/article/' + encodeURIComponent(a.id), a.title || '(untitled)'),
      el('div', { class: 'meta' }, outletLink(a.outlet), ' · ' + [fmtDate(a.published), a.language].join(' · ')),
      a.narratives && a.narratives.length ? el('div', null, a.narratives.slice(0, 3).map(n =>
        link('#/narrative' + q({ label: n }), n, 'chip'))) : null);
  }

  /** An outlet's name linking to its profile page. */
  function outletLink(name) {
    return name ? link('#/outlet' + q({ name: name }), name, 'outlet-link') : 'unknown outlet';
  }

  function pager(page, hrefFor) {
    const prev = page.offset > 0 ? link(hrefFor(Math.max(0, page.offset - page.limit)), '← Previous') : null;
    const next = page.hasMore ? link(hrefFor(page.offset + page.limit), 'Next →') : null;
    const range = page.items.length ? (page.offset + 1) + '–' + (page.offset + page.items.length) : '0';
    const total = page.total != null ? ' of ' + page.total : '';
    return el('div', { class: 'pager' }, prev, el('span', { class: 'muted small', text: range + total }), next);
  }

  /** Renders snippet text whose matches are wrapped in [ ] as text with <b> highlights. */
  function snippet(s) {
    const out = el('div', { class: 'snippet' });
    const re = /\[([^\[\]]*)\]/g;
    let last = 0, m;
    while ((m = re.exec(s || '')) !== null) {
      out.appendChild(document.createTextNode(s.slice(last, m.index)));
      out.appendChild(el('b', { text: m[1] }));
      last = m.index + m[0].length;
    }
    out.appendChild(document.createTextNode((s || '').slice(last)));
    return out;
  }

  /* ---------------- views ---------------- */

  async function overview(params) {
    // The facets narrow the article, timeline, narrative and actor cards; stories and alerts stay corpus-wide.
    const f = filtersOf(params);
    const [articles, timeline, narratives, actors, stories] = await Promise.all([
      api('/api/articles' + q(Object.assign({ limit: 8 }, f))), api('/api/timeline' + q(f)),
      api('/api/narratives' + q(Object.assign({ limit: 10 }, f))),
      api('/api/actors' + q(Object.assign({ limit: 10 }, f))), api('/api/stories' + q({ limit: 5 }))]);
    const pts = timeline.points;
    const volume = autoBuckets(pts);
    // Corpora are often historical: the alert window ends on the newest article's day, not today.
    const alerts = await api('/api/alerts' + q({ now: pts.length ? pts[pts.length - 1].start : null }));
    show(
      card('', null, filterForm('#/', f)),
      el('div', { class: 'grid' },
        card('span-3', null, el('div', { class: 'stat', text: String(articles.total) }), el('div', { class: 'stat-label', text: 'Articles' })),
        card('span-3', null, el('div', { class: 'stat', id: 'stat-stories', text: String(stories.total) }), el('div', { class: 'stat-label', text: 'Stories' })),
        card('span-3', null, el('div', { class: 'stat', id: 'stat-narratives', text: String(narratives.total) }), el('div', { class: 'stat-label', text: 'Narratives' })),
        card('span-3', null, el('div', { class: 'stat', text: String(alerts.alerts.length) }), el('div', { class: 'stat-label', text: 'Alerts' })),
        card('span-8', 'Articles per ' + volume.by, pts.length ? chart('bar', volume.points.map(p => p.start), [{
          label: 'articles', data: volume.points.map(p => p.count), backgroundColor: '#2f5bea' }], { label: 'articles per ' + volume.by })
          : empty('No dated articles yet.')),
        card('span-4', 'Rising narratives and actors', alertList(alerts)),
        card('span-6', 'Top narratives', barList(narratives.items, l => '#/narrative' + q({ label: l }))),
        card('span-6', 'Most framed actors', barList(actors.items, l => '#/actor' + q({ name: l }))),
        card('span-6', 'Biggest stories', storyList(stories.items)),
        card('span-6', 'Latest articles', articles.items.length ? el('ul', { class: 'list' }, articles.items.map(articleRow))
          : empty('No articles yet. POST some to /api/articles.'))));
    ready();
  }

  function alertList(alerts) {
    const period = el('p', { class: 'meta', text: 'Share of articles ' + alerts.windowFrom + ' – ' + alerts.now
      + ' vs the ' + alerts.settings.baselineDays + ' days before' });
    if (!alerts.alerts.length) return el('div', null, period, empty('Nothing is rising.'));
    return el('div', null, period, alerts.alerts.slice(0, 8).map(a => el('div', { class: 'alert' },
      a.kind === 'actor' ? link('#/actor' + q({ name: a.label }), a.label) : link('#/narrative' + q({ label: a.label }), a.label),
      el('span', { class: 'muted small', text: ' ' + a.kind }),
      el('div', { class: 'meta', text: pct(a.baselineShare) + ' → ' + pct(a.windowShare) + ' (×' + a.ratio.toFixed(1)
        + ' smoothed, z ' + a.z.toFixed(1) + ', ' + a.windowCount + ' articles)' }))));
  }

  function storyList(items) {
    if (!items.length) return empty('No stories yet.');
    return el('ul', { class: 'list' }, items.map(s => el('li', null,
      link('#/story/' + encodeURIComponent(s.id), s.headline || '(untitled story)'),
      el('div', { class: 'meta', text: s.articleIds.length + ' articles · ' + s.outlets.length + ' outlets · '
        + (s.first ? s.first + (s.last && s.last !== s.first ? ' – ' + s.last : '') : 'undated') }))));
  }

  async function storiesView(params) {
    const offset = Number(params.get('offset') || 0);
    const page = await api('/api/stories' + q({ offset: offset, limit: 25 }));
    show(card('', 'Stories', exportButtons('stories', '/api/stories', {}), storyList(page.items), pager(page, o => '#/stories' + q({ offset: o }))));
    ready();
  }

  async function storyView(id) {
    const path = '/api/stories/' + encodeURIComponent(id);
    const [one, cmp, write] = await Promise.all([api(path), api(path + '/compare'), canWrite()]);
    const s = cmp.story;
    show(
      el('div', { class: 'card', style: null }, el('h1', { text: s.headline || '(untitled story)' }),
        el('p', { class: 'meta', text: s.articleIds.length + ' articles · ' + s.outlets.length + ' outlets · languages: '
          + (s.languages.join(', ') || '–') + ' · ' + (s.first || 'undated') + (s.last && s.last !== s.first ? ' – ' + s.last : '') })),
      propagationSection(one.propagation, s.articleIds.length),
      silentOutletsCard(one.silentOutlets || []),
      (one.history || []).length ? historyCard(one.history) : null,
      el('h2', { text: 'How each outlet tells it', class: 'section-title' }),
      el('div', { class: 'outlets' }, cmp.outlets.map(outletCard)),
      write ? storyEditCard(s, cmp) : null);
    ready();
  }

  /** Outlets that published while the story ran (its dates ± 3 days) but carried none of it. */
  function silentOutletsCard(silent) {
    return card('', 'Active at the time but silent',
      el('p', { class: 'meta', text: 'Outlets with articles within the story’s dates ± 3 days and none in the story.' }),
      silent.length ? el('ul', { class: 'list', id: 'silent-outlets' }, silent.map(o => el('li', null, outletLink(o.outlet),
        el('span', { class: 'muted small', text: ' ' + o.articles + (o.articles === 1 ? ' article' : ' articles') + ' then' }))))
        : empty('Every outlet active at the time covered it.'));
  }

  /** Why stored articles changed story: merges, splits and re-clusterings (oldest first). */
  function historyCard(history) {
    const story = id => link('#/story/' + encodeURIComponent(id), id);
    const article = id => link('#/article/' + encodeURIComponent(id), id);
    const moved = ids => el('span', null, ids.length + (ids.length === 1 ? ' article' : ' articles') + ': ',
      ...ids.slice(0, 10).flatMap((id, i) => i ? [', ', article(id)] : [article(id)]), ids.length > 10 ? ' and ' + (ids.length - 10) + ' more' : '');
    const line = c => {
      switch (c.kind) {
        case 'merged-in': return ['story ', story(c.otherStory), ' merged in, bridged by new article ', article(c.articleId)];
        case 'merged-into': return ['merged into story ', story(c.otherStory), ', bridged by new article ', article(c.articleId)];
        case 'split-off': return [moved(c.moved), ' split off to story ', story(c.otherStory), ' with new article ', article(c.articleId)];
        case 'split-from': return ['founded by new article ', article(c.articleId), ' with ', moved(c.moved), ' split from story ', story(c.otherStory)];
        case 'reclustered-off': return [moved(c.moved), ' moved to story ', story(c.otherStory), ' by a re-clustering'];
        default: return [moved(c.moved), ' moved in from story ', story(c.otherStory), ' by a re-clustering'];
      }
    };
    return card('', 'History', el('p', { class: 'meta', text: 'Why stored articles changed story, oldest first.' }),
      el('ul', { class: 'list', id: 'story-history' }, history.map(c => el('li', { 'data-kind': c.kind },
        el('span', { class: 'muted small', text: fmtDate(c.at.slice(0, 10)) + ' ' }), ...line(c)))));
  }

  /* ---------------- outlet profile ---------------- */

  async function outletView(params) {
    const name = params.get('name') || '';
    const p = await api('/api/outlets/' + encodeURIComponent(name));
    const roles = [...new Set(p.actors.flatMap(a => Object.keys(a.roles)))];
    show(el('div', { class: 'grid', id: 'outlet-profile' },
      card('span-12', null, el('h1', { text: p.outlet }),
        el('p', { class: 'meta', text: p.articles + ' articles · ' + fmtDate(p.first) + (p.last && p.last !== p.first ? ' – ' + p.last : '')
          + (p.undated ? ' · ' + p.undated + ' undated' : '') + ' · languages: '
          + (p.languages.map(l => l.language + ' ' + l.articles).join(', ') || '–') }),
        el('p', null, link('#/articles' + q({ outlet: p.outlet }), 'All its articles →'))),
      card('span-8', 'Articles per ' + p.bucket, p.volume.length ? chart('bar', p.volume.map(b => b.start), [{
        label: 'articles', data: p.volume.map(b => b.articles), backgroundColor: '#2f5bea' }], { label: 'articles per ' + p.bucket })
        : empty('No dated articles.')),
      card('span-4', 'Narrative mix', p.narratives.length ? el('div', { id: 'outlet-narratives' }, p.narratives.map(n =>
        el('div', { class: 'bar-row' },
          el('div', null, link('#/narrative' + q({ label: n.label }), n.label), el('div', { class: 'bar' }, barFill(n.share))),
          el('span', { class: 'n', text: pct(n.share) })))) : empty('No narrative found.')),
      card('span-6', 'Actor roles', p.actors.length ? el('div', { class: 'table-wrap' }, el('table', null,
        el('thead', null, el('tr', null, ['Actor', 'Articles'].concat(roles).map(h => el('th', { text: h })))),
        el('tbody', null, p.actors.slice(0, 30).map(a => el('tr', null,
          el('td', null, link('#/actor' + q({ name: a.actor }), a.actor)),
          el('td', { class: 'num', text: String(a.articles) }),
          roles.map(r => el('td', { class: 'num', text: String(a.roles[r] || '') })))))))
        : empty('No actor framed.')),
      card('span-6', 'Stories it published first', p.firstStories.length ? el('ul', { class: 'list', id: 'first-stories' },
        p.firstStories.map(f => el('li', null, link('#/story/' + encodeURIComponent(f.storyId), f.headline || '(untitled story)'),
          el('div', { class: 'meta', text: fmtDate(f.first.published) + ' · ' + f.storyArticles + ' articles in the story' }))))
        : empty('None: it broke no story.'))));
    ready();
  }

  /* ---------------- story propagation ---------------- */

  const MAX_CHART_OUTLETS = 8;
  const MAX_CHAINS = 50;

  function lagText(d) {
    if (d == null) return 'lag unknown';
    if (d === 0) return 'same day';
    return (d > 0 ? '+' : '') + d + (Math.abs(d) === 1 ? ' day' : ' days');
  }

  /** "+2 days after Mirror Daily (a copy)": how long after what it copies a copy came out. */
  function copyText(cp, original) {
    const of = cp.copyOf.id === original.id ? 'the original' : (cp.copyOf.outlet || 'unknown outlet') + ' (a copy)';
    return cp.lagDays == null ? 'copies ' + of + ' (undated, lag unknown)' : lagText(cp.lagDays) + ' after ' + of;
  }

  /** An article the propagation names: a link when the store has it, else its bare id. */
  function refLink(r) {
    return r.title != null ? link('#/article/' + encodeURIComponent(r.id), r.title || '(untitled)') : el('span', { class: 'muted', text: r.id });
  }

  function refMeta(r) { return (r.outlet || 'unknown outlet') + ' · ' + fmtDate(r.published); }

  /** How the story spread: its first article, articles per day and outlet, the spread table and the repost chains. */
  function propagationSection(p, size) {
    if (!p || !p.articles) return null;
    const f = p.first;
    const lags = p.spread.map(o => o.lagDays).filter(d => d != null);
    const maxLag = lags.length > 1 ? Math.max(...lags) : null;
    const reach = p.spread.length + (p.spread.length === 1 ? ' outlet' : ' outlets')
      + (maxLag == null ? '' : maxLag > 0 ? ' within ' + maxLag + (maxLag === 1 ? ' day' : ' days') : ' on the same day');
    const copies = p.repostChains.reduce((n, c) => n + c.copies.length, 0);
    return el('section', { id: 'propagation' },
      el('h2', { text: 'How it spread', class: 'section-title' }),
      el('div', { class: 'grid' },
        card('span-4 first-article', 'First article',
          f ? el('div', null, refLink(f), el('div', { class: 'meta', text: refMeta(f) })) : empty('None.'),
          el('p', { class: 'meta', text: 'Reached ' + reach + ' · ' + copies + (copies === 1 ? ' repost' : ' reposts')
            + (p.articles < size ? ' · from the earliest ' + p.articles + ' of ' + size + ' articles' : '') })),
        card('span-8', 'Articles per day by outlet', spreadChart(p.spread)),
        card('span-12', 'Spread per outlet', spreadTable(p.spread)),
        card('span-12', 'Reposts: who copied whom', repostChains(p.repostChains))));
  }

  /** Days from the first to the last dated article (every day when the span is under a year, else only days with articles). */
  function spreadDays(spread) {
    const days = Array.from(new Set(spread.flatMap(o => o.days.map(d => d.day)))).sort();
    if (days.length < 2) return days;
    const t0 = Date.parse(days[0] + 'T00:00:00Z'), t1 = Date.parse(days[days.length - 1] + 'T00:00:00Z');
    const n = Math.round((t1 - t0) / 86400000);
    if (!(n < 366)) return days;
    const out = [];
    for (let i = 0; i <= n; i++) out.push(new Date(t0 + i * 86400000).toISOString().slice(0, 10));
    return out;
  }

  function spreadChart(spread) {
    const days = spreadDays(spread);
    if (!days.length) return empty('No dated articles.');
    // The first outlets to pick the story up each get a colour; the rest are summed.
    const dated = spread.filter(o => o.days.length);
    const shown = dated.length > MAX_CHART_OUTLETS ? dated.slice(0, MAX_CHART_OUTLETS - 1) : dated;
    const rest = dated.slice(shown.length);
    const series = shown.map(o => ({ label: o.outlet, days: o.days }));
    if (rest.length) series.push({ label: rest.length + ' other outlets', days: rest.flatMap(o => o.days) });
    const datasets = series.map((o, i) => {
      const count = {};
      o.days.forEach(d => { count[d.day] = (count[d.day] || 0) + d.articles; });
      return { label: o.label, data: days.map(d => count[d] || 0), backgroundColor: PALETTE[i % PALETTE.length] };
    });
    return chart('bar', days, datasets, { stacked: true, label: 'articles per day by outlet' });
  }

  function spreadTable(spread) {
    if (!spread.length) return empty('No articles.');
    return el('div', { class: 'table-wrap' }, el('table', { id: 'spread-table' },
      el('thead', null, el('tr', null, ['Outlet', 'Articles', 'First', 'Last', 'Lag', 'Per day'].map(h => el('th', { text: h })))),
      el('tbody', null, spread.map(o => el('tr', null,
        el('td', null, link('#/articles' + q({ outlet: o.outlet }), o.outlet)),
        el('td', { class: 'num', text: o.articles + (o.undated ? ' (' + o.undated + ' undated)' : '') }),
        el('td', { text: fmtDate(o.first) }),
        el('td', { text: fmtDate(o.last) }),
        el('td', { text: o.lagDays == null ? '–' : o.lagDays === 0 ? 'first day' : lagText(o.lagDays) }),
        el('td', { class: 'small', text: o.days.map(d => d.day + ' ×' + d.articles).join(', ') || '–' }))))));
  }

  function repostChains(chains) {
    if (!chains.length) return empty('No article in this story reposts another.');
    return el('div', { id: 'repost-chains' },
      chains.slice(0, MAX_CHAINS).map(c => el('div', { class: 'chain' },
        el('div', { class: 'chain-original' }, el('span', { class: 'muted small', text: 'Original: ' }), refLink(c.original),
          el('span', { class: 'meta', text: ' · ' + refMeta(c.original) }),
          c.originalInStory ? null : el('span', { class: 'chip warn', text: 'not in this story' })),
        el('ul', { class: 'list chain-copies' }, c.copies.map(cp => {
          const li = el('li', null, el('span', { class: 'muted', text: '↳ ' }), refLink(cp.article),
            el('div', { class: 'meta', text: refMeta(cp.article) + ' · ' + copyText(cp, c.original) }));
          li.style.marginLeft = (1.25 * cp.depth) + 'rem';
          return li;
        })))),
      chains.length > MAX_CHAINS ? el('p', { class: 'meta', text: (chains.length - MAX_CHAINS) + ' more chains not shown.' }) : null);
  }

  /** One column of the core outlet comparison: articles, narratives, framing of shared actors, quotes, distinctive words. */
  function outletCard(o) {
    return el('section', { class: 'card outlet' },
      el('h2', null, el('span', null, o.outlet === '(unknown outlet)' ? o.outlet : outletLink(o.outlet)),
        el('span', { class: 'muted small', text: o.articles.length + ' art.' })),
      el('ul', { class: 'list' }, o.articles.map(a => el('li', null,
        link('#/article/' + encodeURIComponent(a.id), a.title || '(untitled)'),
        el('div', { class: 'meta', text: fmtDate(a.published) })))),
      el('h3', { text: 'Narratives' }),
      o.narratives.length ? el('div', null, o.narratives.map(n => link('#/narrative' + q({ label: n.label }),
        n.label + (n.articles > 1 ? ' ×' + n.articles : ''), 'chip'))) : empty('None found.'),
      el('h3', { text: 'Shared actors' }),
      o.actors.length ? el('ul', { class: 'list' }, o.actors.map(a => el('li', null,
        link('#/actor' + q({ name: a.actor }), a.actor), ' ',
        a.mainRole ? el('span', { class: 'small role-' + a.mainRole, text: a.mainRole + ' ' + Math.round(100 * a.meanConfidence)
          + '% (' + a.articles + ' art.)' })
          : el('span', { class: 'muted small', text: 'not framed' }),
        a.fineRoles.length ? el('div', { class: 'meta', text: a.fineRoles.join(', ') }) : null))) : empty('No actor framed by two outlets.'),
      el('h3', { text: 'Distinctive words' }),
      o.distinctiveWords.length ? el('div', null, o.distinctiveWords.map(w => el('span', { class: 'chip',
        title: 'z ' + w.zScore.toFixed(1), text: w.word + ' ×' + w.count }))) : empty('None found.'),
      el('h3', { text: 'Quotes' }),
      o.quotes.length ? el('ul', { class: 'list' }, o.quotes.slice(0, 6).map(qt => el('li', null,
        el('span', { text: '“' + qt.text + '”' }), el('div', { class: 'meta', text: '— ' + (qt.speaker || 'unattributed') })))) : empty('None found.'));
  }

  async function articleView(id) {
    const path = '/api/articles/' + encodeURIComponent(id);
    const [a, write, trail] = await Promise.all([api(path), canWrite(), api(path + '/corrections')]);
    const taxonomy = write ? await labelling() : null;
    const an = a.analysis || {};
    // The taxonomy's "Other" labels (LabelScore.isOther) name no narrative: stored, never shown.
    const narratives = named(an.narratives), subNarratives = named(an.subNarratives);
    const ex = an.explanation && !isOther(an.explanation.narrative) ? an.explanation : null;
    const fix = write ? (summary, form) => el('details', { class: 'fix' }, el('summary', { text: summary }), form) : () => null;
    const actorNames = (an.actors || []).map(f => f.actor);
    const side = el('aside', null,
      correctionsCard(a, write, trail),
      card('', 'Narratives',
        narratives.length ? el('div', { id: 'article-narratives' }, narratives.map(n => link('#/narrative' + q({ label: n.label }),
          n.label + (n.corrected ? '' : ' ' + Math.round(100 * n.confidence) + '%'), 'chip' + (n.corrected ? ' corrected' : ''))))
          : empty('None found.'),
        subNarratives.length ? el('div', null, el('h3', { text: 'Sub-narratives' }),
          subNarratives.map(n => el('span', { class: 'chip' + (n.corrected ? ' corrected' : ''), text: n.label }))) : null,
        fix('Correct narratives', write && narrativeForm(a, taxonomy))),
      card('', 'Actors and roles', (an.actors || []).length ? el('ul', { class: 'list', id: 'article-actors' }, an.actors.map(f =>
        el('li', { 'data-actor': f.actor },
          link('#/actor' + q({ name: f.actor }), f.actor), ' ',
          f.mainRole ? el('span', { class: 'role role-' + f.mainRole, text: f.mainRole + (f.corrected ? '' : ' ' + Math.round(100 * f.mainConfidence) + '%') })
            : el('span', { class: 'role muted small', text: 'not framed' }),
          f.corrected ? correctedChip() : null,
          (f.fineRoles || []).length ? el('div', { class: 'meta', text: f.fineRoles.join(', ') }) : null,
          fix('Correct role', write && roleForm(a, f, taxonomy.roles))))) : empty('None found.')),
      card('', 'Quotes', (an.quotes || []).length ? el('ul', { class: 'list', id: 'article-quotes' }, an.quotes.map((qt, i) => el('li', null,
        el('span', { text: '“' + qt.text + '”' }), el('div', { class: 'meta' }, '— ' + (qt.speaker || 'unattributed')
          + (qt.direct ? '' : ' (reported)'), qt.corrected ? correctedChip() : null),
        fix('Correct speaker', write && speakerForm(a, i, qt, actorNames))))) : empty('None found.')),
      an.storyId || write ? card('', 'Story',
        an.storyId ? link('#/story/' + encodeURIComponent(an.storyId), 'Compare outlets on this story') : empty('In no story.'),
        fix('Move to another story', write && storyForm(a))) : null);
    show(el('div', { class: 'article-layout' },
      el('article', { class: 'card' },
        el('h1', { text: a.title || '(untitled)' }),
        el('p', { class: 'meta' }, [a.outlet || 'unknown outlet', fmtDate(a.published), a.language].join(' · '),
          /^https?:\/\//i.test(a.url || '') ? el('span', null, ' · ', el('a', { href: a.url, text: 'source', rel: 'noopener noreferrer nofollow', target: '_blank' })) : null),
        ex ? el('div', { class: 'explanation' }, el('strong', { text: ex.narrative + (ex.subNarrative && !isOther(ex.subNarrative) ? ' — ' + ex.subNarrative : '') }),
          el('p', { text: ex.text || '' })) : null,
        el('p', { class: 'legend' }, el('span', null, el('i', { class: 'evidence' }), 'evidence'), el('span', null, el('i', { class: 'quote' }), 'quote')),
        highlighted(a.text, (ex && ex.evidence) || [], an.quotes || [])),
      side));
    ready();
  }

  /** Labels without the taxonomy's "Other" ones: stored, never shown or chosen. */
  function named(labels) {
    return (labels || []).filter(n => !isOther(n.label || n));
  }

  /** The one "Other" rule of the page, the same as the server's LabelScore.isOther. */
  function isOther(label) {
    return label === 'Other' || label.endsWith(': Other');
  }

  /* ---------------- corrections ---------------- */

  /** The analyst's name for the audit trail; not a secret, so it outlives the tab. */
  const AUTHOR_KEY = 'narrascope.author';
  let access = null;
  let taxonomyCache = null;

  /** Whether the signed-in token may write (GET /api/access, asked once per token): read-only tokens get no editing controls. */
  async function canWrite() {
    if (!access || access.token !== token()) access = { token: token(), write: (await api('/api/access')).access === 'write' };
    return access.write;
  }

  async function labelling() {
    if (!taxonomyCache) taxonomyCache = await api('/api/taxonomy');
    return taxonomyCache;
  }

  function correctedChip() { return el('span', { class: 'chip corrected', text: 'corrected' }); }

  function formStatus() { return el('p', { class: 'form-status small', role: 'status' }); }

  /**
   * Posts one correction of article {@code a} with the analyst's name; on success the page is drawn
   * again from the server (so it shows what every other reader now sees), else the form says why.
   */
  async function submitCorrection(a, body, status) {
    const author = authorOr(status);
    if (!author) return;
    status.textContent = 'Saving…';
    try {
      await api('/api/articles/' + encodeURIComponent(a.id) + '/corrections', Object.assign({ author: author }, body));
      await route();
    } catch (e) {
      status.textContent = (e instanceof ApiError && e.status === 403 ? 'This token is read-only: ' : '') + (e.message || String(e));
    }
  }

  function correctionForm(cls, a, bodyOf, ...fields) {
    const status = formStatus();
    return el('form', { class: 'correction ' + cls, onsubmit: e => {
      e.preventDefault();
      submitCorrection(a, bodyOf(), status);
    } }, fields, el('button', { type: 'submit', class: 'save', text: 'Save' }), status);
  }

  function checkbox(value, checked, text) {
    const box = el('input', { type: 'checkbox', value: value, checked: checked ? 'checked' : null });
    return { box: box, label: el('label', { class: 'check' }, box, ' ' + (text || value)) };
  }

  /** Narratives and sub-narratives from the taxonomy, the article's own ticked; a ticked sub-narrative brings its narrative. */
  function narrativeForm(a, taxonomy) {
    const an = a.analysis || {};
    const current = new Set(named(an.narratives).concat(named(an.subNarratives)).map(n => n.label));
    const picks = [];
    const groups = taxonomy.narratives.map(n => {
      const top = checkbox(n.label, current.has(n.label));
      const subs = named(n.subNarratives).map(sn => checkbox(sn, current.has(sn), sn.slice(n.label.length + 2)));
      picks.push({ narrative: n.label, top: top.box, subs: subs.map(x => x.box) });
      return el('div', { class: 'taxonomy-narrative' }, top.label, el('div', { class: 'taxonomy-subs' }, subs.map(x => x.label)));
    });
    return correctionForm('narrative-form', a, () => {
      const narratives = [], subNarratives = [];
      picks.forEach(p => {
        const subs = p.subs.filter(b => b.checked).map(b => b.value);
        if (p.top.checked || subs.length) narratives.push(p.narrative);
        subNarratives.push(...subs);
      });
      // None ticked ([]) stores "Other"; a narrative without a ticked sub-narrative gets its "…: Other".
      return { kind: 'narratives', narratives: narratives, subNarratives: subNarratives };
    }, el('p', { class: 'meta', text: 'Tick every narrative the article pushes; none ticked means Other.' }),
    el('div', { class: 'taxonomy-picker' }, groups));
  }

  /** The main role ("not framed" = none) and its fine roles. */
  function roleForm(a, f, roles) {
    const main = el('select', { class: 'role-main', 'aria-label': 'Main role of ' + f.actor },
      el('option', { value: 'none', text: 'not framed' }),
      Object.keys(roles).map(r => el('option', { value: r, text: r, selected: f.mainRole === r ? 'selected' : null })));
    const fine = el('div', { class: 'fine-roles' });
    const fill = () => {
      clear(fine);
      (roles[main.value] || []).forEach(r => fine.appendChild(checkbox(r, (f.fineRoles || []).includes(r)).label));
    };
    main.addEventListener('change', fill);
    fill();
    return correctionForm('role-form', a, () => ({ kind: 'role', actor: f.actor, role: main.value,
      subRoles: Array.from(fine.querySelectorAll('input:checked')).map(b => b.value) }), main, fine);
  }

  function speakerForm(a, index, qt, actorNames) {
    const listId = 'speakers-' + index;
    const input = el('input', { type: 'text', class: 'speaker-input', list: listId, maxlength: '200', value: qt.speaker || null,
      'aria-label': 'Speaker of quote ' + (index + 1), placeholder: 'speaker' });
    return correctionForm('speaker-form', a, () => ({ kind: 'speaker', quote: index, speaker: input.value.trim() }),
      input, el('datalist', { id: listId }, actorNames.map(n => el('option', { value: n }))));
  }

  function storyForm(a) {
    const input = el('input', { type: 'text', class: 'story-input', maxlength: '200', placeholder: 'story id', 'aria-label': 'Story id' });
    return correctionForm('story-form', a, () => ({ kind: 'story', story: input.value.trim() }),
      el('p', { class: 'meta', text: 'The id is the last part of a story page’s address.' }), input);
  }

  /** The analyst's name, kept for the next corrections (the audit trail records it). */
  function authorField() {
    const author = el('input', { type: 'text', id: 'author-input', maxlength: '100', placeholder: 'your name', 'aria-label': 'Your name',
      value: localStorage.getItem(AUTHOR_KEY) || null });
    author.addEventListener('input', () => localStorage.setItem(AUTHOR_KEY, author.value.trim()));
    return el('label', { class: 'small' }, 'Correcting as ', author);
  }

  /** The analyst's name, or null after telling {@code status} that one is needed. */
  function authorOr(status) {
    const author = (localStorage.getItem(AUTHOR_KEY) || '').trim();
    if (!author) status.textContent = 'Enter your name first: the audit trail records who corrected what.';
    return author || null;
  }

  /**
   * Merge this story into another, or split some of its articles into a new one (each a story
   * correction of every article moved, in the articles' audit trails); then opens the story that
   * holds them.
   */
  function storyEditCard(s, cmp) {
    const articles = cmp.outlets.flatMap(o => o.articles.map(a => ({ id: a.id, text: (a.title || '(untitled)') + ' · ' + o.outlet })));
    const post = async (status, path, body, target) => {
      const author = authorOr(status);
      if (!author) return;
      status.textContent = 'Saving…';
      try {
        const answer = await api('/api/stories/' + encodeURIComponent(s.id) + path, Object.assign({ author: author }, body));
        location.hash = '#/story/' + encodeURIComponent(target(answer));
      } catch (e) { status.textContent = e.message || String(e); }
    };
    const into = el('input', { type: 'text', id: 'merge-into', maxlength: '200', placeholder: 'story id', 'aria-label': 'Merge into story' });
    const mergeStatus = formStatus();
    const merge = el('form', { class: 'correction', id: 'merge-form', onsubmit: e => {
      e.preventDefault();
      post(mergeStatus, '/merge', { into: into.value.trim() }, st => st.id);
    } }, el('label', { class: 'small' }, 'Merge all its articles into story ', into),
      el('button', { type: 'submit', class: 'save', text: 'Merge' }), mergeStatus);
    const boxes = articles.map(a => checkbox(a.id, false, a.text));
    const splitStatus = formStatus();
    const split = el('form', { class: 'correction', id: 'split-form', onsubmit: e => {
      e.preventDefault();
      post(splitStatus, '/split', { articles: boxes.filter(b => b.box.checked).map(b => b.box.value) }, r => r.story);
    } }, el('p', { class: 'small', text: 'Split the ticked articles into a new story:' }), boxes.map(b => b.label),
      el('button', { type: 'submit', class: 'save', text: 'Split' }), splitStatus);
    return card('story-edit', 'Correct this story', el('div', { class: 'correction-author' }, authorField()), merge, split);
  }

  /** Who corrects (the name kept for the audit trail), "reviewed", and the audit trail: who changed what, when. */
  function correctionsCard(a, write, trail) {
    const items = trail.items || [];
    const status = formStatus();
    const reviewed = el('button', { type: 'button', id: 'mark-reviewed', class: 'ghost-light', text: 'Labels are right: mark reviewed' });
    reviewed.addEventListener('click', () => submitCorrection(a, { kind: 'reviewed' }, status));
    return card('', 'Corrections',
      write ? el('div', { class: 'correction-author' }, authorField(), reviewed, status, link('#/review', '← Review queue', 'small'))
        : el('p', { class: 'meta', id: 'read-only-note', text: 'Read-only token: sign in with the full token to correct labels.' }),
      items.length ? el('ol', { class: 'list', id: 'audit-trail' }, items.slice().reverse().map(c => el('li', null,
        el('div', { text: describeCorrection(c) }),
        el('div', { class: 'meta', text: (c.author || 'unknown') + ' · ' + (c.createdAt || '').replace('T', ' ').replace(/\.\d+/, '') }))))
        : empty('No corrections yet: these are the model’s labels.'));
  }

  function describeCorrection(c) {
    const v = c.value || {};
    const list = xs => (xs && xs.length ? xs.join('; ') : 'none');
    switch (c.kind) {
      case 'narratives': return 'Narratives: ' + list(v.narratives) + (v.subNarratives && v.subNarratives.length ? ' — sub-narratives: ' + list(v.subNarratives) : '');
      case 'role': return (c.target || v.actor) + ': ' + (v.role === 'none' || !v.role ? 'not framed' : v.role + (v.subRoles && v.subRoles.length ? ' (' + v.subRoles.join(', ') + ')' : ''));
      case 'speaker': return 'Quote ' + (Number(c.target != null ? c.target : v.quote) + 1) + ' spoken by ' + (v.speaker || 'nobody');
      case 'story': return 'Moved to story ' + v.story;
      case 'reviewed': return 'Reviewed: labels confirmed';
      default: return c.kind + (c.target ? ' ' + c.target : '') + ': ' + JSON.stringify(v);
    }
  }

  /* ---------------- review queue ---------------- */

  async function reviewView(params) {
    const f = filtersOf(params);
    const offset = Number(params.get('offset') || 0);
    const page = await api('/api/review' + q(Object.assign({ offset: offset, limit: 25 }, f)));
    show(card('', 'Review queue', filterForm('#/review', f),
      el('p', { class: 'meta', id: 'review-total', text: page.total + ' articles to review, least sure first. An article leaves the queue'
        + ' once it has a correction or is marked reviewed.' }),
      exportButtons('review', '/api/review', f),
      page.items.length ? el('ul', { class: 'list', id: 'review-list' }, page.items.map(r => el('li', { 'data-id': r.id },
        el('div', { class: 'review-row' },
          el('span', { class: 'uncertainty', title: 'how unsure the model is (its least sure decision)', text: Math.round(100 * r.uncertainty) + '% unsure' }),
          el('div', null, link('#/article/' + encodeURIComponent(r.id), r.title || '(untitled)'),
            el('div', { class: 'meta' }, outletLink(r.outlet), ' · ' + [fmtDate(r.published), r.language].join(' · ')),
            el('div', { class: 'reason small', text: 'Least sure: ' + r.reason }))))))
        : empty('Nothing to review.'),
      pager(page, o => '#/review' + q(Object.assign({}, f, { offset: o })))));
    ready();
  }

  /**
   * The clean text with evidence sentences and quotes marked. Offsets come from the server and are
   * clamped; overlapping spans get both classes.
   */
  function highlighted(text, evidence, quotes) {
    const n = text.length;
    const spans = [];
    const add = (s, e, cls) => {
      s = Math.max(0, Math.min(n, s | 0)); e = Math.max(0, Math.min(n, e | 0));
      if (e > s) spans.push({ s: s, e: e, cls: cls });
    };
    evidence.forEach(ev => add(ev.start, ev.end, 'evidence'));
    quotes.forEach(qt => add(qt.start, qt.end, 'quote'));
    const cuts = Array.from(new Set([0, n].concat(spans.flatMap(sp => [sp.s, sp.e])))).sort((x, y) => x - y);
    const out = el('div', { class: 'article-text' });
    for (let i = 0; i + 1 < cuts.length; i++) {
      const s = cuts[i], e = cuts[i + 1];
      const classes = Array.from(new Set(spans.filter(sp => sp.s <= s && sp.e >= e).map(sp => sp.cls)));
      const piece = text.slice(s, e);
      out.appendChild(classes.length ? el('mark', { class: classes.join(' '), text: piece }) : document.createTextNode(piece));
    }
    return out;
  }

  /* ---------------- filters ---------------- */

  /** The article facets a list can be filtered by: query parameter, label, input type. */
  const FACETS = [['from', 'From', 'date'], ['to', 'To', 'date'], ['outlet', 'Outlet', 'text'],
    ['language', 'Language', 'text'], ['narrative', 'Narrative', 'text'], ['actor', 'Actor', 'text'], ['role', 'Role', 'role']];
  const MAIN_ROLES = ['Protagonist', 'Antagonist', 'Innocent'];

  function filtersOf(params) {
    const f = {};
    FACETS.forEach(([k]) => { f[k] = params.get(k); });
    return f;
  }

  /** A form over the facets; submitting it opens {@code base} with the filled ones (a deep link). */
  function filterForm(base, f) {
    // Role: articles that frame an actor (the Actor field's, when filled) in that main role.
    const inputs = FACETS.map(([k, label, type]) => type === 'role'
      ? el('select', { name: k, id: 'filter-' + k, 'aria-label': label }, el('option', { value: '', text: 'any' }),
        MAIN_ROLES.map(r => el('option', { value: r, text: r, selected: f[k] === r ? 'selected' : null })))
      : el('input', { type: type, name: k, id: 'filter-' + k,
        'aria-label': label, placeholder: label, maxlength: '500', value: f[k] || null }));
    return el('form', { class: 'filters', id: 'filter-form', onsubmit: e => {
      e.preventDefault();
      const chosen = {};
      inputs.forEach(i => { chosen[i.name] = i.value.trim(); });
      location.hash = base + q(chosen);
    } }, FACETS.map(([, label], i) => el('label', { class: 'small' }, label + ' ', inputs[i])),
      el('button', { type: 'submit', text: 'Filter' }),
      Object.values(f).some(v => v) ? link(base, 'clear filters') : null);
  }

  /* ---------------- export ---------------- */

  /** Most rows one export fetches (page by page, as the API pages). */
  const MAX_EXPORT = 10000;

  /** Every item of a paged list endpoint ({@code path} without offset/limit), up to {@link MAX_EXPORT}. */
  async function fetchAll(path, params) {
    const items = [];
    for (let offset = 0; items.length < MAX_EXPORT;) {
      const page = await api(path + q(Object.assign({}, params, { offset: offset, limit: 200 })));
      items.push(...page.items);
      if (!page.hasMore || !page.items.length) break;
      offset += page.items.length;
    }
    return items;
  }

  /**
   * CSV (RFC 4180) of flat rows: every field quoted; arrays joined with "; "; a leading = + - @ gets a
   * quote mark so a spreadsheet shows article text as text and never runs it as a formula.
   */
  function toCsv(rows) {
    const cols = Array.from(new Set(rows.flatMap(r => Object.keys(r))));
    const cell = v => {
      let s = v == null ? '' : Array.isArray(v) ? v.map(x => typeof x === 'object' ? JSON.stringify(x) : String(x)).join('; ')
        : typeof v === 'object' ? JSON.stringify(v) : String(v);
      if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
      return '"' + s.replace(/"/g, '""') + '"';
    };
    return [cols.map(cell).join(',')].concat(rows.map(r => cols.map(c => cell(r[c])).join(','))).join('\r\n') + '\r\n';
  }

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    const a = el('a', { download: name });
    a.href = url;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * CSV and JSON buttons for a list: both download every item the list's filters select (not only the
   * page shown), built in the browser from the API's JSON, so each list exports the same way.
   */
  function exportButtons(name, path, params, rowOf) {
    const run = async (button, fmt) => {
      button.disabled = true;
      try {
        const items = await fetchAll(path, params);
        if (fmt === 'csv') download(name + '.csv', 'text/csv;charset=utf-8', toCsv(items.map(rowOf || (x => x))));
        else download(name + '.json', 'application/json', JSON.stringify(items, null, 2));
      } finally { button.disabled = false; }
    };
    const csv = el('button', { type: 'button', class: 'ghost', id: 'export-csv', text: 'Export CSV' });
    const json = el('button', { type: 'button', class: 'ghost', id: 'export-json', text: 'Export JSON' });
    csv.addEventListener('click', () => run(csv, 'csv'));
    json.addEventListener('click', () => run(json, 'json'));
    return el('div', { class: 'export' }, csv, json);
  }

  async function articlesView(params) {
    const f = filtersOf(params);
    const offset = Number(params.get('offset') || 0);
    const page = await api('/api/articles' + q(Object.assign({ offset: offset, limit: 25 }, f)));
    show(card('', 'Articles', filterForm('#/articles', f),
      el('p', { class: 'meta', id: 'article-total', text: page.total + ' articles' }),
      exportButtons('articles', '/api/articles', f),
      page.items.length ? el('ul', { class: 'list', id: 'article-list' }, page.items.map(articleRow)) : empty('No articles match.'),
      pager(page, o => '#/articles' + q(Object.assign({}, f, { offset: o })))));
    ready();
  }

  async function narrativesView(params) {
    const kind = params.get('kind') || 'narrative';
    const offset = Number(params.get('offset') || 0);
    const page = await api('/api/narratives' + q({ kind: kind, offset: offset, limit: 50 }));
    show(card('', kind === 'narrative' ? 'Narratives' : 'Sub-narratives',
      el('p', null, link('#/narratives' + q({ kind: kind === 'narrative' ? 'subNarrative' : 'narrative' }),
        kind === 'narrative' ? 'Show sub-narratives' : 'Show narratives')),
      exportButtons(kind === 'narrative' ? 'narratives' : 'sub-narratives', '/api/narratives', { kind: kind }),
      barList(page.items, l => '#/narrative' + q({ label: l })),
      pager(page, o => '#/narratives' + q({ kind: kind, offset: o }))));
    ready();
  }

  async function narrativeView(params) {
    const label = params.get('label') || '';
    const bucket = params.get('bucket') || 'day';
    const [timeline, articles, actors] = await Promise.all([
      api('/api/timeline' + q({ narrative: label, by: bucket })),
      api('/api/articles' + q({ narrative: label, limit: 20 })),
      api('/api/actors' + q({ narrative: label, limit: 10 }))]);
    const pts = timeline.points;
    show(el('div', { class: 'grid' },
      card('span-12', null, el('h1', { text: label }), el('p', { class: 'meta', text: articles.total + ' articles' }),
        el('p', null, link('#/narrative' + q({ label: label, bucket: bucket === 'day' ? 'week' : 'day' }),
          bucket === 'day' ? 'Per week' : 'Per day'))),
      card('span-12', 'Trend', pts.length ? chart('line', pts.map(p => p.start), [
        { label: 'with this narrative', data: pts.map(p => p.count), borderColor: '#b91c1c', backgroundColor: '#b91c1c', tension: .25 },
        { label: 'all articles', data: pts.map(p => p.total), borderColor: '#94a3b8', backgroundColor: '#94a3b8', borderDash: [4, 4], tension: .25 }],
        { label: 'narrative trend', tall: true }) : empty('No dated articles with this narrative.')),
      card('span-8', 'Articles', articles.items.length ? el('ul', { class: 'list' }, articles.items.map(articleRow)) : empty('None.'),
        articles.hasMore ? link('#/articles' + q({ narrative: label }), 'All ' + articles.total + ' articles →') : null),
      card('span-4', 'Actors in these articles', barList(actors.items, l => '#/actor' + q({ name: l })))));
    ready();
  }

  async function actorsView(params) {
    const offset = Number(params.get('offset') || 0);
    const page = await api('/api/actors' + q({ offset: offset, limit: 50 }));
    show(card('', 'Actors', exportButtons('actors', '/api/actors', {}), barList(page.items, l => '#/actor' + q({ name: l })),
      pager(page, o => '#/actors' + q({ offset: o }))));
    ready();
  }

  async function actorView(params) {
    const name = params.get('name') || '';
    const bucket = params.get('bucket') || 'day';
    const [framing, articles] = await Promise.all([
      api('/api/actors/framing' + q({ actor: name, by: bucket })),
      api('/api/articles' + q({ actor: name, limit: 20 }))]);
    const roles = Object.keys(framing.totals);
    const periods = framing.points.map(p => p.start);
    show(el('div', { class: 'grid' },
      card('span-12', null, el('h1', { text: name }),
        roleSplit(framing.totals),
        el('p', null, link('#/actor' + q({ name: name, bucket: bucket === 'day' ? 'week' : 'day' }), bucket === 'day' ? 'Per week' : 'Per day'))),
      card('span-12', 'Framing over time', periods.length ? chart('bar', periods, roles.map((r, i) => ({
        label: r, data: framing.points.map(p => p.roles[r] || 0), backgroundColor: ROLE_COLORS[r] || PALETTE[i % PALETTE.length] })),
        { stacked: true, label: 'framing timeline', tall: true }) : empty('No dated articles frame this actor.')),
      card('span-12', 'Articles', articles.items.length ? el('ul', { class: 'list' }, articles.items.map(articleRow)) : empty('None.'),
        articles.hasMore ? link('#/articles' + q({ actor: name }), 'All ' + articles.total + ' articles →') : null)));
    ready();
  }

  /**
   * How often the actor is framed in each main role, as counts and shares of its framings (the store
   * keeps framed actors only, so mentions without a role never dilute the split).
   */
  function roleSplit(totals) {
    const order = MAIN_ROLES.concat(Object.keys(totals).filter(r => !MAIN_ROLES.includes(r)));
    const roles = order.filter(r => totals[r]);
    const all = roles.reduce((s, r) => s + totals[r], 0);
    if (!all) return el('p', { id: 'role-split' }, 'No framing found.');
    const bar = el('div', { class: 'role-bar', 'aria-hidden': 'true' }, roles.map(r => {
      const s = el('span', { class: 'role-bg-' + r });
      s.style.width = (100 * totals[r] / all) + '%';
      s.style.background = ROLE_COLORS[r] || PALETTE[0];
      return s;
    }));
    return el('div', { id: 'role-split' }, bar, el('p', null, roles.map(r => el('span', { class: 'chip role-' + r,
      'data-role': r, text: r + ': ' + totals[r] + ' (' + Math.round(100 * totals[r] / all) + '%)' }))),
      el('p', { class: 'meta', text: all + ' framed mentions (one per article)' }));
  }

  async function searchView(params) {
    const text = params.get('q') || '';
    document.getElementById('search-input').value = text;
    if (!text.trim()) { show(card('', 'Search', empty('Type words to search titles and text.'))); ready(); return; }
    const offset = Number(params.get('offset') || 0);
    const page = await api('/api/search' + q({ q: text, offset: offset, limit: 20 }));
    show(card('', 'Results for “' + text + '”',
      page.items.length ? el('ul', { class: 'list', id: 'search-results' }, page.items.map(h => el('li', null,
        link('#/article/' + encodeURIComponent(h.article.id), h.article.title || '(untitled)'),
        el('div', { class: 'meta', text: [h.article.outlet || 'unknown outlet', fmtDate(h.article.published)].join(' · ') }),
        snippet(h.snippet)))) : empty('No article contains all these words.'),
      pager(Object.assign({ total: null }, page), o => '#/search' + q({ q: text, offset: o }))));
    ready();
  }

  function tokenView(message) {
    const input = el('input', { type: 'password', id: 'token-input', autocomplete: 'off', placeholder: 'access token' });
    show(el('form', { class: 'card token-form', id: 'token-form', onsubmit: e => {
      e.preventDefault();
      if (!input.value.trim()) return;
      sessionStorage.setItem(TOKEN_KEY, input.value.trim());
      route();
    } },
      el('h1', { text: 'Sign in' }),
      el('p', { class: 'muted', text: message || 'Enter the access token printed by “narrascope serve”. It is kept for this browser tab only.' }),
      input, el('button', { type: 'submit', text: 'Open dashboard' })));
    ready();
    input.focus();
  }

  /* ---------------- router ---------------- */

  async function route() {
    view.removeAttribute('data-ready');
    takeTokenFromHash();
    const hash = location.hash.replace(/^#/, '') || '/';
    const qi = hash.indexOf('?');
    const path = qi < 0 ? hash : hash.slice(0, qi);
    const params = new URLSearchParams(qi < 0 ? '' : hash.slice(qi + 1));
    const section = path.split('/')[1] || '';
    const nav = { '': 'overview', overview: 'overview', story: 'stories', stories: 'stories', narrative: 'narratives',
      narratives: 'narratives', actor: 'actors', actors: 'actors', article: 'articles', articles: 'articles', outlet: 'articles', review: 'review' }[section];
    document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('active', a.getAttribute('data-nav') === nav));
    if (!token()) { tokenView(); return; }
    try {
      const id = decodeURIComponent(path.split('/').slice(2).join('/'));
      if (path === '/' || path === '') await overview(params);
      else if (path === '/stories') await storiesView(params);
      else if (path.startsWith('/story/')) await storyView(id);
      else if (path.startsWith('/article/')) await articleView(id);
      else if (path === '/articles') await articlesView(params);
      else if (path === '/review') await reviewView(params);
      else if (path === '/narratives') await narrativesView(params);
      else if (path === '/narrative') await narrativeView(params);
      else if (path === '/actors') await actorsView(params);
      else if (path === '/actor') await actorView(params);
      else if (path === '/outlet') await outletView(params);
      else if (path === '/search') await searchView(params);
      else { show(card('', 'Not found', empty('No such page.'))); ready(); }
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        tokenView('That token was not accepted. Enter the token printed by “narrascope serve”.');
        return;
      }
      show(el('div', { class: 'error-box' }, el('strong', { text: e instanceof ApiError ? e.code : 'error' }), ': ',
        e.message || String(e)));
      ready();
    }
  }

  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    location.hash = '#/search' + q({ q: document.getElementById('search-input').value.trim() });
  });
  document.getElementById('logout').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    route();
  });
  window.addEventListener('hashchange', route);
  route();
})();
