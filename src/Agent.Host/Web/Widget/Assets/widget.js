/*
 * SegmentAI chat widget. Plain JavaScript, no build step: served by Agent.Host at /widget.js.
 *
 * Embed it with one tag:
 *   <script src="https://agent.example.com/widget.js" data-tenant="acme-retail"></script>
 * data-tenant   fixes the workspace (otherwise the visitor picks one on the sign-in screen);
 * data-target   a CSS selector: render inline in that element instead of a floating launcher and panel;
 * data-title    heading of the panel (default "SegmentAI");
 * data-mount    "none" to load the reply-content renderers only (window.SegmentAIContent), as the dashboard does.
 *
 * Messages go to POST /api/chat/stream on the host that served this file; the reply comes back as server-sent
 * events (typing, partial, reply or error), read from the fetch() response because EventSource only does GET.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }

  var config = {
    base: new URL('./', script.src),
    tenant: script.getAttribute('data-tenant') || null,
    target: script.getAttribute('data-target') || null,
    title: script.getAttribute('data-title') || 'SegmentAI',
    mount: script.getAttribute('data-mount') !== 'none'
  };
  var instance = 0;

  function start() {
    if (!config.mount) {
      return;
    }
    instance += 1;
    new Widget(config, 'segmentai-' + instance).mount();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  // ---- DOM helpers: every piece of text goes in as a text node, so nothing a reply says can become markup.

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'text') {
        node.textContent = value;
      } else if (name === 'className') {
        node.className = value;
      } else if (name.slice(0, 2) === 'on') {
        node.addEventListener(name.slice(2), value);
      } else {
        node.setAttribute(name, value === true ? '' : value);
      }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function button(label, onClick, attributes) {
    var attrs = Object.assign({ type: 'button', text: label, onclick: onClick }, attributes || {});
    return el('button', attrs);
  }

  function formatNumber(value) {
    return Number(value).toLocaleString('en-US');
  }

  // ---- Markdown: the subset replies use (paragraphs, - and 1. lists, ```code fences```, **bold**, `code`).

  function appendInline(parent, text) {
    text.split(/(\*\*[^*]+\*\*|`[^`]+`)/).forEach(function (part) {
      if (!part) {
        return;
      }
      if (part.slice(0, 2) === '**' && part.slice(-2) === '**' && part.length > 4) {
        parent.appendChild(el('strong', { text: part.slice(2, -2) }));
      } else if (part.charAt(0) === '`' && part.charAt(part.length - 1) === '`' && part.length > 2) {
        parent.appendChild(el('code', { text: part.slice(1, -1) }));
      } else {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  function renderMarkdown(text) {
    var container = el('div', { className: 'sa-markdown' });
    var lines = String(text || '').split('\n');
    var list = null;
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      if (line.slice(0, 3) === '```') {
        var code = [];
        for (i += 1; i < lines.length && lines[i].slice(0, 3) !== '```'; i++) {
          code.push(lines[i]);
        }
        container.appendChild(el('pre', {}, [el('code', { text: code.join('\n') })]));
        list = null;
        continue;
      }
      var bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      var numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
      if (bullet || numbered) {
        var tag = bullet ? 'UL' : 'OL';
        if (!list || list.tagName !== tag) {
          list = container.appendChild(el(tag.toLowerCase()));
        }
        var item = list.appendChild(el('li'));
        appendInline(item, (bullet || numbered)[1]);
      } else if (!line.trim()) {
        list = null;
      } else {
        list = null;
        appendInline(container.appendChild(el('p')), line);
      }
    }
    return container;
  }

  // ---- Typed reply contents: one renderer per type. A reply holding a type the widget has no renderer for is shown
  // as its text, which says everything in words.

  var SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attributes, children) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') {
        node.textContent = attributes[name];
      } else {
        node.setAttribute(name, attributes[name]);
      }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function renderTable(content) {
    var numeric = content.columns.map(function (c) { return !!c.numeric; });
    var head = el('tr', {}, content.columns.map(function (c, i) {
      return el('th', { scope: 'col', className: numeric[i] ? 'sa-num' : null, text: c.header });
    }));
    var rows = content.rows.map(function (row) {
      return el('tr', {}, row.map(function (cell, i) {
        return el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, className: numeric[i] ? 'sa-num' : null, text: cell });
      }));
    });
    return el('figure', { className: 'sa-table' }, [
      content.title ? el('figcaption', { text: content.title }) : null,
      el('div', { className: 'sa-scroll' }, [el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)])])
    ]);
  }

  // Bars run sideways so long labels stay readable on a phone; lines, areas and points share one vertical scale.
  // A series may carry an interval per value (low/high: whiskers on bars, a band under lines) and, for a scatter on
  // two measured axes, its own x per point.
  function renderChart(content) {
    var categories = content.categories || [];
    var series = content.series || [];
    var share = content.unit === 'share';
    var show = function (v) { return share ? Math.round(v * 100) + ' %' : formatNumber(v); };
    var values = series.reduce(function (all, s) { return all.concat(s.values, s.low || [], s.high || []); }, []);
    var max = Math.max.apply(null, values.concat([0])) || 1;
    var min = Math.min.apply(null, values.concat([0]));
    var label = (content.title || 'Chart') + ': ' + (categories.length ? categories.map(function (c, i) {
      return c + ' ' + series.map(function (s) { return show(s.values[i]); }).join(' / ');
    }).join(', ') : series.map(function (s) { return s.name + ' (' + s.values.length + ' points)'; }).join(', '));
    var width = 320;
    var chart;
    if (content.kind === 'bar') {
      var row = 22;
      var left = 130;
      var right = 48;
      var height = categories.length * row * series.length + 8;
      var bars = [];
      var scale = function (v) { return Math.max(1, (width - left - right) * v / max); };
      categories.forEach(function (category, i) {
        series.forEach(function (s, j) {
          var y = 4 + (i * series.length + j) * row;
          var length = scale(s.values[i]);
          bars.push(svg('text', { x: left - 6, y: y + 15, 'text-anchor': 'end', 'class': 'sa-chart-label', text: j === 0 ? (category.length > 18 ? category.slice(0, 17) + '…' : category) : '' }));
          bars.push(svg('rect', { x: left, y: y + 3, width: length.toFixed(1), height: row - 6, rx: 2, 'class': 'sa-bar sa-series-' + (j % 4) }));
          if (s.low && s.high) {
            bars.push(svg('line', { x1: (left + scale(s.low[i])).toFixed(1), x2: (left + scale(s.high[i])).toFixed(1), y1: y + row / 2, y2: y + row / 2, 'class': 'sa-whisker' }));
          }
          bars.push(svg('text', { x: left + (s.high ? scale(s.high[i]) : length) + 4, y: y + 15, 'class': 'sa-chart-value', text: show(s.values[i]) }));
        });
      });
      chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': label }, bars);
    } else {
      var plotHeight = 140;
      var xs = series.reduce(function (all, s) { return all.concat(s.x || []); }, []);
      var numericX = xs.length > 0;
      var xMin = numericX ? Math.min.apply(null, xs) : 0;
      var xMax = numericX ? Math.max.apply(null, xs) : Math.max(1, categories.length - 1);
      var yMin = numericX ? min : Math.min(0, min);
      var px = function (x) { return 20 + (width - 40) * (x - xMin) / ((xMax - xMin) || 1); };
      var py = function (v) { return 10 + plotHeight - plotHeight * (v - yMin) / ((max - yMin) || 1); };
      var marks = [];
      series.forEach(function (s, j) {
        var at = function (i) { return numericX ? px(s.x[i]) : px(i); };
        var points = s.values.map(function (v, i) { return at(i).toFixed(1) + ',' + py(v).toFixed(1); });
        if (s.low && s.high && !numericX) {
          var upper = s.high.map(function (v, i) { return at(i).toFixed(1) + ',' + py(v).toFixed(1); });
          var lower = s.low.map(function (v, i) { return at(i).toFixed(1) + ',' + py(v).toFixed(1); }).reverse();
          marks.push(svg('polygon', { points: upper.concat(lower).join(' '), 'class': 'sa-band sa-series-' + (j % 4) }));
        }
        if (content.kind === 'area') {
          marks.push(svg('polygon', { points: '20,' + py(yMin).toFixed(1) + ' ' + points.join(' ') + ' ' + at(points.length - 1).toFixed(1) + ',' + py(yMin).toFixed(1), 'class': 'sa-area sa-series-' + (j % 4) }));
        }
        if (content.kind !== 'scatter') {
          marks.push(svg('polyline', { points: points.join(' '), 'class': 'sa-line sa-series-' + (j % 4) }));
        }
        points.forEach(function (p) {
          var xy = p.split(',');
          marks.push(svg('circle', { cx: xy[0], cy: xy[1], r: numericX ? 2 : 3, 'class': 'sa-point sa-series-' + (j % 4) }));
        });
      });
      chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + (plotHeight + 20), role: 'img', 'aria-label': label }, marks);
    }
    var legend = series.length > 1 ? el('ul', { className: 'sa-legend' }, series.map(function (s, j) {
      return el('li', { className: 'sa-legend-' + (j % 4), text: s.name });
    })) : null;
    var axes = content.kind === 'scatter' && content.xLabel ? el('p', { className: 'sa-chart-axes', text: content.xLabel + ' → · ' + (content.yLabel || '') + ' ↑' }) : null;
    return el('figure', { className: 'sa-chart' }, [content.title ? el('figcaption', { text: content.title }) : null, chart, axes, legend]);
  }

  var contentRenderers = {
    text: function (content) { return renderMarkdown(content.text); },
    table: renderTable,
    chart: renderChart,
    segment: function (content, widget) { return widget.segmentCard(content.segment); },
    clarification: function (content, widget) { return widget.clarificationCard(content.clarification); },
    metric: function (content) {
      return el('p', { className: 'sa-metric' }, [el('strong', { text: content.label + ': ' }), formatNumber(content.value) + (content.unit ? ' ' + content.unit : '')]);
    },
    // The host checks who asks for a file, so it is fetched with the caller's identity, then saved from memory.
    file: function (content, widget) {
      var status = el('span', { className: 'sa-download-status', role: 'status' });
      var download = button('Download ' + content.name, async function () {
        status.textContent = 'Preparing the file…';
        try {
          var response = await fetch(widget.url(content.url), { headers: widget.identityHeaders() });
          if (!response.ok) {
            status.textContent = await problemText(response);
            return;
          }
          var blob = await response.blob();
          var link = el('a', { href: URL.createObjectURL(blob), download: content.name });
          link.click();
          setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
          status.textContent = 'Downloaded ' + content.name + '.';
        } catch (e) {
          status.textContent = 'The download failed. Check your connection and try again.';
        }
      }, { className: 'sa-download' });
      return el('p', { className: 'sa-file' }, [download, ' ', status]);
    }
  };

  // The dashboard draws the same tables and charts as the chat, so a number looks the same wherever it is shown.
  window.SegmentAIContent = Object.freeze({ element: el, markdown: renderMarkdown, table: renderTable, chart: renderChart });

  function rendersAll(contents) {
    return !!contents && contents.length > 0 && contents.every(function (c) { return contentRenderers.hasOwnProperty(c.type); });
  }

  // ---- Server-sent events over a fetch() body. The host frames events with \n and ends each with a blank line.

  function parseEvent(block) {
    var type = 'message';
    var data = [];
    block.split('\n').forEach(function (raw) {
      var line = raw.replace(/\r$/, '');
      if (!line || line.charAt(0) === ':') {
        return;
      }
      var colon = line.indexOf(':');
      var field = colon < 0 ? line : line.slice(0, colon);
      var value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') {
        type = value;
      } else if (field === 'data') {
        data.push(value);
      }
    });
    return data.length ? { type: type, data: data.join('\n') } : null;
  }

  async function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    for (;;) {
      var chunk = await reader.read();
      buffer += chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
      var end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        var event = parseEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event) {
          onEvent(event);
        }
      }
      if (chunk.done) {
        return;
      }
    }
  }

  // A problem-details body becomes one readable sentence; anything else a plain status, never a stack trace.
  async function problemText(response) {
    var fallback = 'The agent could not answer (HTTP ' + response.status + '). Please try again.';
    try {
      var problem = await response.json();
      var parts = [];
      if (problem.title) {
        parts.push(problem.title);
      }
      if (problem.detail) {
        parts.push(problem.detail);
      }
      if (problem.errors) {
        Object.keys(problem.errors).forEach(function (key) {
          parts.push([].concat(problem.errors[key]).join(' '));
        });
      }
      return parts.length ? parts.join(': ').replace(/\.?$/, '.') : fallback;
    } catch (e) {
      return fallback;
    }
  }

  // ---- The widget.

  function Widget(options, id) {
    this.options = options;
    this.id = id;
    this.tenant = null;
    this.user = null;
    this.session = null;
    this.busy = false;
    this.segmentCards = [];
  }

  Widget.prototype.url = function (path) {
    return new URL(path, this.options.base).toString();
  };

  Widget.prototype.mount = function () {
    var inline = this.options.target ? document.querySelector(this.options.target) : null;
    if (this.options.target && !inline) {
      console.warn('SegmentAI widget: no element matches data-target "' + this.options.target + '"; showing the floating launcher instead.');
    }
    var host = inline || document.body.appendChild(el('div', { 'data-segmentai-widget': '' }));
    // The shadow root keeps the page's styles out of the widget and the widget's out of the page.
    this.root = host.attachShadow({ mode: 'open' });
    this.root.appendChild(el('link', { rel: 'stylesheet', href: this.url('widget.css') }));
    this.panel = el('section', {
      className: 'sa-panel' + (inline ? ' sa-inline' : ' sa-floating'),
      id: this.id + '-panel',
      'aria-labelledby': this.id + '-title'
    });
    this.header = el('header', { className: 'sa-header' }, [
      el('h2', { id: this.id + '-title', className: 'sa-title', text: this.options.title })
    ]);
    this.body = el('div', { className: 'sa-body' });
    this.panel.appendChild(this.header);
    this.panel.appendChild(this.body);

    if (inline) {
      this.root.appendChild(el('div', { className: 'sa-root sa-root-inline' }, [this.panel]));
    } else {
      var self = this;
      this.panel.hidden = true;
      this.header.appendChild(button('Close', function () { self.close(); }, { className: 'sa-close', 'aria-label': 'Close chat' }));
      this.launcher = button('Chat with ' + this.options.title, function () { self.toggle(); }, {
        className: 'sa-launcher',
        'aria-expanded': 'false',
        'aria-controls': this.id + '-panel'
      });
      this.panel.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
          self.close();
        }
      });
      this.root.appendChild(el('div', { className: 'sa-root' }, [this.panel, this.launcher]));
    }
    this.showLogin();
  };

  Widget.prototype.toggle = function () {
    if (this.panel.hidden) {
      this.panel.hidden = false;
      this.launcher.setAttribute('aria-expanded', 'true');
      this.focusFirst();
    } else {
      this.close();
    }
  };

  Widget.prototype.close = function () {
    if (!this.launcher) {
      return;
    }
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.focus();
  };

  Widget.prototype.focusFirst = function () {
    var target = this.input || this.body.querySelector('select, input, button');
    if (target) {
      target.focus();
    }
  };

  // ---- Sign-in: whatever the host's login (Widget:Login) offers; the default is the labelled demo login.

  // focus is true when the visitor asked for this screen; on page load the widget never takes focus from the page.
  Widget.prototype.showLogin = async function (focus) {
    var self = this;
    this.input = null;
    this.body.replaceChildren(el('p', { className: 'sa-status', role: 'status', text: 'Loading sign-in…' }));
    var query = this.options.tenant ? '?tenant=' + encodeURIComponent(this.options.tenant) : '';
    var screen;
    try {
      var response = await fetch(this.url('api/widget/login' + query), { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        this.showLoginProblem(await problemText(response));
        return;
      }
      screen = await response.json();
    } catch (e) {
      this.showLoginProblem('Could not reach SegmentAI at ' + this.options.base.origin + '. Check that the host is running and allows this page (Widget:AllowedOrigins).');
      return;
    }

    var tenants = (screen.tenants || []).filter(function (t) { return t.users && t.users.length; });
    if (!tenants.length) {
      this.showLoginProblem('No one is enrolled in ' + (this.options.tenant || 'any workspace') + ' yet, so there is no one to chat as.');
      return;
    }

    var tenantSelect = el('select', { id: this.id + '-tenant', name: 'tenant' });
    tenants.forEach(function (t) {
      tenantSelect.appendChild(el('option', { value: t.id, text: t.display_name }));
    });
    var userSelect = el('select', { id: this.id + '-user', name: 'user' });
    function fillUsers() {
      var chosen = tenants.filter(function (t) { return t.id === tenantSelect.value; })[0];
      userSelect.replaceChildren.apply(userSelect, chosen.users.map(function (u) {
        return el('option', { value: u.id, text: u.display_name + ' (' + u.role + ')' });
      }));
      // The people trying the widget are mostly marketers; an admin is chosen, not fallen into.
      var marketer = chosen.users.filter(function (u) { return u.role === 'marketer'; })[0];
      if (marketer) {
        userSelect.value = marketer.id;
      }
    }
    tenantSelect.addEventListener('change', fillUsers);
    fillUsers();

    var isDemo = screen.scheme === 'demo';
    var form = el('form', { className: 'sa-login', 'aria-labelledby': this.id + '-login-title' }, [
      el('h3', { id: this.id + '-login-title' }, [
        screen.title || 'Sign in',
        isDemo ? el('span', { className: 'sa-demo-badge', text: 'Demo' }) : null
      ]),
      el('p', { className: 'sa-notice', text: screen.notice || '' }),
      el('div', { className: 'sa-field', hidden: tenants.length === 1 }, [
        el('label', { 'for': this.id + '-tenant', text: 'Workspace' }),
        tenantSelect
      ]),
      tenants.length === 1 ? el('p', { className: 'sa-workspace', text: 'Workspace: ' + tenants[0].display_name }) : null,
      el('div', { className: 'sa-field' }, [
        el('label', { 'for': this.id + '-user', text: 'Chat as' }),
        userSelect
      ]),
      el('button', { type: 'submit', className: 'sa-primary', text: 'Start chatting' })
    ]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var tenant = tenants.filter(function (t) { return t.id === tenantSelect.value; })[0];
      var user = tenant.users.filter(function (u) { return u.id === userSelect.value; })[0];
      self.signIn(tenant, user, isDemo);
    });
    this.body.replaceChildren(form);
    if (focus) {
      userSelect.focus({ preventScroll: true });
    }
  };

  Widget.prototype.showLoginProblem = function (message) {
    var self = this;
    this.body.replaceChildren(
      el('p', { className: 'sa-error', role: 'alert', text: message }),
      button('Try again', function () { self.showLogin(true); })
    );
  };

  Widget.prototype.signIn = function (tenant, user, isDemo) {
    var self = this;
    this.tenant = tenant;
    this.user = user;
    this.session = null;
    this.segmentCards = [];
    var noun = tenant.noun || 'customers';

    this.log = el('div', {
      className: 'sa-log',
      role: 'log',
      'aria-live': 'polite',
      'aria-label': 'Conversation'
    });
    this.input = el('input', {
      id: this.id + '-input',
      className: 'sa-input',
      type: 'text',
      name: 'message',
      autocomplete: 'off',
      'aria-describedby': this.id + '-hint',
      placeholder: 'Describe the ' + noun + ' you want'
    });
    var defaultHint = 'For example: "gold members who bought toys in the last 30 days". Enter sends.';
    this.hint = el('p', { id: this.id + '-hint', className: 'sa-hint', text: defaultHint });
    this.sendButton = el('button', { type: 'submit', className: 'sa-primary', text: 'Send' });
    var composer = el('form', { className: 'sa-composer' }, [
      el('label', { 'for': this.id + '-input', className: 'sa-label', text: 'Message' }),
      el('div', { className: 'sa-row' }, [this.input, this.sendButton]),
      this.hint
    ]);
    composer.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = self.input.value;
      if (!text.trim() || self.busy) {
        return;
      }
      self.input.value = '';
      self.hint.textContent = defaultHint;
      self.send(text);
    });

    var who = el('p', { className: 'sa-who' }, [
      'Chatting as ',
      el('strong', { text: user.display_name }),
      ' (' + user.role + ') in ' + tenant.display_name,
      isDemo ? el('span', { className: 'sa-demo-badge', text: 'Demo login' }) : null
    ]);
    var bar = el('div', { className: 'sa-session' }, [
      who,
      el('span', {}, [
        button('New conversation', function () { self.forget(); self.signIn(tenant, user, isDemo); }, { className: 'sa-link' }),
        ' ',
        button('Switch user', function () { self.showLogin(true); }, { className: 'sa-link' })
      ])
    ]);
    this.body.replaceChildren(bar, this.log, composer);
    this.input.focus({ preventScroll: true });
    this.restore();
  };

  // ---- History: the session id is kept in the page's storage, so a reload shows the conversation again.

  Widget.prototype.storageKey = function () {
    return 'segmentai:' + this.id + ':' + this.tenant.id + ':' + this.user.id + ':session';
  };

  Widget.prototype.remember = function () {
    try {
      if (this.session) {
        window.localStorage.setItem(this.storageKey(), this.session);
      }
    } catch (e) {
      // Storage may be off (private browsing); the conversation then simply starts anew after a reload.
    }
  };

  Widget.prototype.forget = function () {
    try {
      window.localStorage.removeItem(this.storageKey());
    } catch (e) {
      // Nothing stored, nothing to forget.
    }
  };

  Widget.prototype.identityHeaders = function () {
    return { Accept: 'application/json', 'X-SegmentAI-Tenant': this.tenant.id, 'X-SegmentAI-User': this.user.id };
  };

  Widget.prototype.restore = async function () {
    var stored = null;
    try {
      stored = window.localStorage.getItem(this.storageKey());
    } catch (e) {
      return;
    }
    if (!stored) {
      return;
    }
    var self = this;
    var log = this.log;
    try {
      var query = '?tenant=' + encodeURIComponent(this.tenant.id) + '&user=' + encodeURIComponent(this.user.id);
      var response = await fetch(this.url('api/chat/sessions/' + encodeURIComponent(stored) + query), { headers: { Accept: 'application/json' } });
      if (response.status === 404) {
        this.forget();
        return;
      }
      if (!response.ok || log !== this.log || this.session) {
        return;
      }
      var history = await response.json();
      this.session = history.session_id;
      var restored = [el('p', {
        className: 'sa-restored',
        text: 'Your conversation from earlier' + (history.earlier_turns ? ' (its latest messages)' : '') + '. "New conversation" starts afresh.'
      })];
      history.turns.forEach(function (turn) {
        var who = turn.speaker === 'user' ? 'user' : 'agent';
        var body = who === 'user' ? turn.text : renderMarkdown(turn.text);
        restored.push(el('div', { className: 'sa-message sa-' + who + ' sa-history' }, [
          el('span', { className: 'sa-visually-hidden', text: who === 'user' ? 'You: ' : 'SegmentAI: ' }), body
        ]));
      });
      log.prepend.apply(log, restored);
      self.scrollToEnd();
    } catch (e) {
      // A history that cannot be read leaves a fresh conversation; nothing the user typed is lost.
    }
  };

  // ---- One turn: POST the message, show typing, then the partial text, then the rendered reply.

  Widget.prototype.setBusy = function (busy) {
    this.busy = busy;
    this.sendButton.disabled = busy;
    this.log.setAttribute('aria-busy', busy ? 'true' : 'false');
  };

  Widget.prototype.send = async function (text) {
    if (this.busy) {
      return;
    }
    var self = this;
    var hadFocus = this.root.activeElement;
    this.setBusy(true);
    this.addMessage('user', [el('span', { className: 'sa-visually-hidden', text: 'You: ' }), text]);
    var message = this.addMessage('agent', [this.typing()]);
    var finished = false;
    var partial = '';
    try {
      var response = await fetch(this.url('api/chat/stream'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ tenant: this.tenant.id, user: this.user.id, session: this.session, text: text })
      });
      if (!response.ok) {
        this.fill(message, [this.errorText(await problemText(response))]);
        return;
      }
      await readEvents(response, function (event) {
        if (event.type === 'partial') {
          partial += JSON.parse(event.data).delta;
          self.fill(message, [el('span', { className: 'sa-visually-hidden', text: 'SegmentAI: ' }), el('div', { className: 'sa-partial', text: partial })], true);
        } else if (event.type === 'reply') {
          var reply = JSON.parse(event.data);
          self.session = reply.session_id || self.session;
          self.remember();
          self.fill(message, [el('span', { className: 'sa-visually-hidden', text: 'SegmentAI: ' }), self.renderReply(reply)]);
          finished = true;
        } else if (event.type === 'error') {
          var problem = JSON.parse(event.data);
          self.fill(message, [self.errorText((problem.title || 'The agent failed to answer') + '. Please send your message again.')]);
          finished = true;
        }
      });
      if (!finished) {
        this.fill(message, [this.errorText('The answer was cut off before it finished. Please send your message again.')]);
      }
    } catch (e) {
      this.fill(message, [this.errorText('Could not reach SegmentAI. Check your connection and send the message again.')]);
    } finally {
      this.setBusy(false);
      // Focus left on a button the reply disabled (an answered question) would fall to the page; bring it home.
      if (!hadFocus || hadFocus.disabled || !this.root.contains(hadFocus) || hadFocus === this.sendButton) {
        this.input.focus({ preventScroll: true });
      }
    }
  };

  Widget.prototype.typing = function () {
    return el('span', { className: 'sa-typing' }, [
      el('span', { className: 'sa-dots', 'aria-hidden': 'true' }, [el('span'), el('span'), el('span')]),
      el('span', { className: 'sa-visually-hidden', text: 'SegmentAI is typing…' })
    ]);
  };

  Widget.prototype.errorText = function (text) {
    return el('p', { className: 'sa-error', text: text });
  };

  Widget.prototype.addMessage = function (who, children) {
    var message = el('div', { className: 'sa-message sa-' + who }, children);
    if (who === 'agent') {
      message.setAttribute('aria-busy', 'true');
    }
    this.log.appendChild(message);
    this.scrollToEnd();
    return message;
  };

  Widget.prototype.fill = function (message, children, stillBusy) {
    message.replaceChildren.apply(message, children);
    message.setAttribute('aria-busy', stillBusy ? 'true' : 'false');
    this.scrollToEnd();
  };

  Widget.prototype.scrollToEnd = function () {
    var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.log.scrollTo({ top: this.log.scrollHeight, behavior: reduce ? 'auto' : 'smooth' });
  };

  // ---- Replies.

  Widget.prototype.renderReply = function (reply) {
    var body;
    if (reply.kind === 'segment' && reply.segment) {
      body = this.segmentCard(reply.segment);
    } else if (reply.kind === 'clarification' && reply.clarification) {
      body = this.clarificationCard(reply.clarification);
    } else if (rendersAll(reply.contents)) {
      var self = this;
      body = el('div', { className: 'sa-contents' }, reply.contents.map(function (c) { return contentRenderers[c.type](c, self); }));
    } else {
      body = renderMarkdown(reply.text);
      if (reply.kind === 'refusal' || reply.kind === 'error') {
        body.classList.add(reply.kind === 'refusal' ? 'sa-refusal' : 'sa-error');
      }
    }
    var similar = reply.similar_segments || [];
    if (similar.length) {
      body = el('div', {}, [
        body,
        el('p', { className: 'sa-similar', text: 'Similar saved segments: ' + similar.map(function (s) { return s.name; }).join(', ') + '.' })
      ]);
    }
    return body;
  };

  Widget.prototype.clarificationCard = function (clarification) {
    var self = this;
    var questionId = this.nextId('question');
    var options = el('div', { className: 'sa-options', role: 'group', 'aria-labelledby': questionId });
    clarification.options.forEach(function (label) {
      options.appendChild(button(label, function (event) {
        // Only the first answer counts: the engine asks each question once.
        options.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        event.currentTarget.setAttribute('aria-pressed', 'true');
        self.send(label);
      }, { className: 'sa-option' }));
    });
    return el('div', { className: 'sa-clarification' }, [
      el('p', { id: questionId, className: 'sa-question', text: clarification.question }),
      options
    ]);
  };

  Widget.prototype.nextId = function (what) {
    this.counter = (this.counter || 0) + 1;
    return this.id + '-' + what + '-' + this.counter;
  };

  Widget.prototype.segmentCard = function (segment) {
    var self = this;
    var noun = (this.tenant && this.tenant.noun) || 'members';
    var titleId = this.nextId('segment');
    var sqlId = this.nextId('sql');

    var conditions = el('ul', { className: 'sa-conditions' }, segment.conditions.map(function (c) {
      var inferred = c.grounding === 'inferred';
      return el('li', {}, [
        el('span', {
          className: 'sa-badge ' + (inferred ? 'sa-inferred' : 'sa-retrieved'),
          title: inferred ? 'Inferred: not found in the catalog as said; check it' : 'Retrieved: matched to the catalog',
          text: inferred ? 'inferred' : 'retrieved'
        }),
        ' ',
        el('span', { className: 'sa-condition', text: c.description }),
        el('span', { className: 'sa-source', text: ' — from "' + c.source_text + '"' })
      ]);
    }));

    var size;
    if (segment.estimated_size !== null && segment.estimated_size !== undefined && segment.total_population) {
      var share = Math.min(100, (100 * segment.estimated_size) / segment.total_population);
      size = el('div', { className: 'sa-size' }, [
        el('p', {
          text: formatNumber(segment.estimated_size) + ' of ' + formatNumber(segment.total_population) + ' ' + noun + ' (' + share.toFixed(1) + '%)'
        }),
        el('div', { className: 'sa-bar', 'aria-hidden': 'true' }, [el('span', { style: 'width:' + share.toFixed(1) + '%' })])
      ]);
    } else {
      size = el('div', { className: 'sa-size' }, [el('p', { text: 'Size not estimated.' })]);
    }

    var assumptions = segment.assumptions && segment.assumptions.length
      ? el('div', { className: 'sa-assumptions' }, [
        el('h4', { text: 'Assumptions' }),
        el('ul', {}, segment.assumptions.map(function (a) { return el('li', { text: a }); }))
      ])
      : null;

    var sql = el('pre', { id: sqlId, className: 'sa-sql', hidden: true }, [el('code', { text: segment.sql })]);
    var sqlToggle = button('Show SQL', function () {
      var open = sql.hidden;
      sql.hidden = !open;
      sqlToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      sqlToggle.textContent = open ? 'Hide SQL' : 'Show SQL';
    }, { className: 'sa-link', 'aria-expanded': 'false', 'aria-controls': sqlId });

    var nameId = this.nextId('name');
    var nameInput = el('input', { id: nameId, type: 'text', value: segment.name, autocomplete: 'off', required: true });
    var saveForm = el('form', { className: 'sa-save', hidden: true }, [
      el('label', { 'for': nameId, text: 'Save as' }),
      el('div', { className: 'sa-row' }, [
        nameInput,
        el('button', { type: 'submit', className: 'sa-primary', text: 'Save segment' }),
        button('Cancel', function () { saveForm.hidden = true; saveButton.focus(); })
      ])
    ]);
    saveForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var name = nameInput.value.trim();
      if (!name) {
        return;
      }
      saveForm.hidden = true;
      self.send('save it as ' + name);
    });

    var saveButton = button('Save', function () {
      saveForm.hidden = false;
      nameInput.focus();
      nameInput.select();
    });
    var actions = el('div', { className: 'sa-actions', role: 'group', 'aria-label': 'Segment actions' }, [
      saveButton,
      button('Edit', function () { self.startEdit(); }),
      button('Explain', function () { self.send('explain it'); }),
      button('Export CSV', function () { self.send('export it'); }),
      this.feedbackButton('👍', 'Good answer'),
      this.feedbackButton('👎', 'Bad answer')
    ]);

    var card = el('article', { className: 'sa-card', 'aria-labelledby': titleId }, [
      el('h3', { id: titleId, className: 'sa-card-title' }, [
        segment.name,
        el('span', { className: 'sa-state', text: segment.status.replace('_', ' ') })
      ]),
      el('p', { className: 'sa-description', text: segment.description }),
      el('h4', { text: 'Conditions' }),
      conditions,
      size,
      assumptions,
      sqlToggle,
      sql,
      actions,
      saveForm
    ]);

    // The buttons act on the conversation's current segment ("save it"), so an older card must not offer them.
    this.segmentCards.forEach(function (older) {
      older.classList.add('sa-superseded');
      older.querySelectorAll('.sa-actions button, .sa-save button, .sa-save input').forEach(function (b) { b.disabled = true; });
      var saveFormOld = older.querySelector('.sa-save');
      if (saveFormOld) {
        saveFormOld.hidden = true;
      }
    });
    this.segmentCards.push(card);
    return card;
  };

  // The engine reads a lone thumb as a 5/5 or 1/5 rating of its last answer.
  Widget.prototype.feedbackButton = function (thumb, label) {
    var self = this;
    return el('button', { type: 'button', className: 'sa-feedback', 'aria-label': label, onclick: function () { self.send(thumb); } }, [
      el('span', { 'aria-hidden': 'true', text: thumb }),
      ' ' + label.split(' ')[0]
    ]);
  };

  Widget.prototype.startEdit = function () {
    // "only …" narrows the segment; the hint lists the other changes the engine understands.
    this.input.value = 'only ';
    this.hint.textContent = 'Change the segment, e.g. "only gold members", "exclude anyone in Texas", "make it 60 days". Enter sends.';
    this.input.focus();
    this.input.setSelectionRange(this.input.value.length, this.input.value.length);
  };
})();
