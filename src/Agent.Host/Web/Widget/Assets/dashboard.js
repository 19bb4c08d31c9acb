/*
 * SegmentAI personas dashboard. Served at /dashboard.js to the page /dashboard/{tenant}/personas; draws the numbers
 * of GET /api/tenants/{tenant}/personas with the chat widget's own renderers (widget.js, loaded with
 * data-mount="none"), so a chart on the dashboard and in the chat are the same drawing of the same numbers.
 */
(function () {
  'use strict';

  var root = document.getElementById('dashboard');
  var draw = window.SegmentAIContent;
  if (!root || !draw) {
    return;
  }

  var state = {
    tenant: root.getAttribute('data-tenant'),
    user: root.getAttribute('data-user'),
    days: root.getAttribute('data-days'),
    asOf: root.getAttribute('data-as-of'),
    persona: root.getAttribute('data-persona') ? Number(root.getAttribute('data-persona')) : null,
    view: null
  };
  var summary = document.getElementById('dash-summary');
  var main = document.getElementById('dash-main');
  var storageKey = 'segmentai-dashboard:' + state.tenant;

  var el = draw.element;

  function percent(share) {
    return Math.round(share * 100) + ' %';
  }

  async function problemText(response) {
    try {
      var problem = await response.json();
      var errors = problem.errors ? Object.keys(problem.errors).map(function (k) { return [].concat(problem.errors[k]).join(' '); }) : [];
      return [problem.title, problem.detail].concat(errors).filter(Boolean).join(': ');
    } catch (e) {
      return 'The dashboard could not be loaded (HTTP ' + response.status + '). Please reload the page.';
    }
  }

  // ---- Signing in: the host's identity headers when it knows the visitor, else the demo login's choice.

  function headers() {
    return { Accept: 'application/json', 'X-SegmentAI-Tenant': state.tenant, 'X-SegmentAI-User': state.user };
  }

  async function signIn() {
    try {
      state.user = window.sessionStorage.getItem(storageKey);
    } catch (e) {
      state.user = null;
    }
    if (state.user) {
      load();
      return;
    }
    summary.replaceChildren(el('p', { role: 'status', text: 'Loading sign-in…' }));
    var response = await fetch('/api/widget/login?tenant=' + encodeURIComponent(state.tenant), { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      summary.replaceChildren(el('p', { className: 'dash-error', role: 'alert', text: await problemText(response) }));
      return;
    }
    var screen = await response.json();
    var users = (screen.tenants[0] || { users: [] }).users;
    var select = el('select', { id: 'dash-user' }, users.map(function (u) {
      return el('option', { value: u.id, text: u.display_name + ' (' + u.role + ')' });
    }));
    var form = el('form', { className: 'dash-window', 'aria-labelledby': 'dash-sign-in' }, [
      el('h2', { id: 'dash-sign-in', text: screen.title || 'Sign in' }),
      el('p', { text: screen.notice || '' }),
      el('label', { 'for': 'dash-user', text: 'View as' }),
      select,
      el('button', { type: 'submit', className: 'dash-primary', text: 'Show the dashboard' })
    ]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      state.user = select.value;
      try {
        window.sessionStorage.setItem(storageKey, state.user);
      } catch (e) {
        // Without storage the visitor signs in again after a reload; nothing else is lost.
      }
      load();
    });
    summary.replaceChildren(form);
  }

  // ---- The data.

  async function load() {
    summary.replaceChildren(el('p', { role: 'status', text: 'Finding the personas…' }));
    var query = '?days=' + encodeURIComponent(state.days) + (state.asOf ? '&asOf=' + encodeURIComponent(state.asOf) : '');
    try {
      var response = await fetch('/api/tenants/' + encodeURIComponent(state.tenant) + '/personas' + query, { headers: headers() });
      if (!response.ok) {
        summary.replaceChildren(el('p', { className: 'dash-error', role: 'alert', text: await problemText(response) }));
        return;
      }
      state.view = await response.json();
    } catch (e) {
      summary.replaceChildren(el('p', { className: 'dash-error', role: 'alert', text: 'Could not reach SegmentAI. Check your connection and reload the page.' }));
      return;
    }
    render();
  }

  // Paragraphs of a view's text that the page does not show again as a table or as cards.
  function prose(text) {
    return text.split('\n\n').filter(function (p) {
      return p.charAt(0) !== '|' && p.slice(0, 3) !== '###' && p.slice(0, 2) !== '- ' && p.slice(0, 3) !== '\n- ';
    }).join('\n\n');
  }

  function contents(list) {
    return list.map(function (content) {
      if (content.type === 'text') {
        var node = draw.markdown(prose(content.text));
        node.classList.add('dash-text');
        return node;
      }
      if (content.type === 'table' && /^Experiments for /.test(content.title || '')) {
        return cards(content);
      }
      if (content.type === 'table') {
        return draw.table(content);
      }
      if (content.type === 'chart') {
        return draw.chart(content);
      }
      return null;
    }).filter(Boolean);
  }

  // An experiment table as one card per idea: the columns are the idea's title, change, evidence, metric and size.
  function cards(table) {
    var names = table.columns.map(function (c) { return c.header; });
    return el('section', { className: 'dash-experiments', 'aria-label': table.title }, [
      el('h3', { text: table.title }),
      el('div', { className: 'dash-cards' }, table.rows.map(function (row) {
        return el('article', { className: 'dash-card' }, [
          el('h4', { text: row[0] }),
          el('dl', {}, names.slice(1).reduce(function (all, name, i) {
            return all.concat([el('dt', { text: name }), el('dd', { text: row[i + 1] })]);
          }, []))
        ]);
      }))
    ]);
  }

  // Text, tables and charts side by side where the page is wide; experiment cards below them at full width.
  function layout(nodes) {
    var cardSections = nodes.filter(function (n) { return n.classList.contains('dash-experiments'); });
    var rest = nodes.filter(function (n) { return !n.classList.contains('dash-experiments'); });
    return [el('div', { className: 'dash-grid' }, rest)].concat(cardSections);
  }

  function panel(id, title, children) {
    return el('section', { className: 'dash-panel', id: id, 'aria-labelledby': id + '-title' }, [el('h2', { id: id + '-title', text: title })].concat(children));
  }

  function render() {
    var view = state.view;
    var stability = 'Stability ' + view.stability.toFixed(2) + ' (mean adjusted Rand index of reruns; personas below ' + view.stable_above.toFixed(1) + ' are tentative).';
    summary.replaceChildren(
      el('p', {}, [el('strong', { text: view.tenant_name }), ': ' + view.users.toLocaleString('en-US') + ' users active ' + view.period + ', ' + view.personas.length + ' personas.']),
      view.stable
        ? el('p', { text: stability })
        : el('p', { className: 'dash-warning', role: 'alert' }, [el('strong', { text: 'Warning: stability ' + view.stability.toFixed(2) + '. ' }), 'Reruns on subsamples group these users differently, so treat these personas as tentative; a longer window usually helps.'])
    );

    var overview = view.views.overview;
    var personaTable = draw.table(overview[1]);
    personaTable.querySelectorAll('tbody tr').forEach(function (row, i) {
      var cell = row.querySelector('th');
      var name = cell.textContent;
      cell.replaceChildren(el('button', {
        type: 'button',
        className: 'dash-persona',
        text: name,
        'aria-controls': 'dash-drilldown',
        onclick: function () { open(i + 1, true); }
      }));
    });

    main.replaceChildren(
      panel('dash-overview', 'Who the personas are', [
        el('p', { className: 'dash-hint', text: 'Choose a persona for its traits, drop-off, retention and experiments.' }),
        personaTable,
        el('div', { className: 'dash-grid' }, contents(overview.slice(2)))
      ]),
      el('section', { className: 'dash-panel', id: 'dash-drilldown', 'aria-live': 'polite', 'aria-labelledby': 'dash-drilldown-title', hidden: true }),
      panel('dash-dropoff', 'Drop-off', layout(contents(view.views.drop_off))),
      panel('dash-retention', 'Retention (N-day)', layout(contents(view.views.retention_n_day))),
      panel('dash-retention-unbounded', 'Retention (unbounded)', layout(contents(view.views.retention_unbounded))),
      panel('dash-experiments', 'Experiments', contents(view.views.experiments))
    );
    if (state.persona) {
      open(state.persona, false);
    }
  }

  // ---- Drill-down: one persona in depth; the link names it, so sharing the link shares this view.

  function open(number, focus) {
    var section = document.getElementById('dash-drilldown');
    var view = state.view;
    var url = new URL(window.location.href);
    if (number < 1 || number > view.drilldowns.length) {
      section.hidden = false;
      section.replaceChildren(el('h2', { id: 'dash-drilldown-title', text: 'No persona ' + number }),
        el('p', { text: 'This window has ' + view.drilldowns.length + ' personas; choose one in the table above.' }));
      return;
    }
    state.persona = number;
    url.searchParams.set('persona', String(number));
    window.history.replaceState(null, '', url.toString());
    var persona = view.personas[number - 1];
    var title = el('h2', { id: 'dash-drilldown-title', tabindex: '-1', text: 'Persona ' + number + ': ' + persona.name });
    section.hidden = false;
    section.replaceChildren(
      title,
      el('p', { text: persona.users.toLocaleString('en-US') + ' users (' + percent(persona.share) + '), ' + percent(persona.drop_off_rate) + ' dropped off.' }),
      el('button', { type: 'button', text: 'Back to all personas', onclick: close })
    );
    layout(contents(view.drilldowns[number - 1])).forEach(function (node) { section.appendChild(node); });
    if (focus) {
      section.scrollIntoView({ block: 'start' });
      title.focus({ preventScroll: true });
    }
  }

  function close() {
    var url = new URL(window.location.href);
    url.searchParams.delete('persona');
    window.history.replaceState(null, '', url.toString());
    state.persona = null;
    var section = document.getElementById('dash-drilldown');
    section.hidden = true;
    var first = document.querySelector('.dash-persona');
    if (first) {
      first.focus();
    }
  }

  // ---- Sharing: the address bar holds the whole view (window and persona).

  var copyStatus = document.getElementById('dash-copy-status');
  document.getElementById('dash-copy').addEventListener('click', async function () {
    var link = document.getElementById('dash-link');
    link.value = window.location.href;
    try {
      await navigator.clipboard.writeText(window.location.href);
      copyStatus.textContent = 'Link copied.';
    } catch (e) {
      // No clipboard access (an insecure origin or a refused permission): the link is shown to copy by hand.
      link.parentNode.parentNode.hidden = false;
      link.select();
      copyStatus.textContent = 'Copy the link shown below.';
    }
  });

  if (state.user) {
    load();
  } else if (root.getAttribute('data-sign-in') === 'demo') {
    signIn();
  } else {
    summary.replaceChildren(el('p', { className: 'dash-error', role: 'alert', text: 'Sign in to see this dashboard.' }));
  }
})();
