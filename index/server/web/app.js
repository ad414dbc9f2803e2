// Kronika search page. Plain JavaScript, no dependencies: the server's
// Content-Security-Policy allows only this file, so nothing is inlined and
// every string from the index reaches the DOM as text, except highlight
// fragments, which are rebuilt keeping only their <mark> elements.
"use strict";

(() => {
  // ---- Interface language -------------------------------------------------

  const MESSAGES = {
    en: {
      nations: "Nations", ministers: "Ministers", languages: "Language", sources: "Source",
      moreFilters: "More filters", published: "Published", mentionsDate: "Mentions a date",
      amount: "Euro amount", fromDate: "from", toDate: "to", atLeast: "at least", atMost: "at most",
      apply: "Apply", more: "More results", search: "Search",
      placeholder: "Search news in Italian, English and Ukrainian",
      sortRelevance: "Most relevant", sortDate: "Newest first", sortDateAsc: "Oldest first",
      timelineCaption: "Matches per month of publication — click a month to filter",
      results: (n, ms) => `${numberFmt.format(n)} ${n === 1 ? "document" : "documents"} · ${numberFmt.format(ms)} ms`,
      noResults: "No documents match. Try fewer words or remove a filter.",
      clearAll: "clear all", remove: "Remove filter", showAll: "show all", showFewer: "show fewer",
      none: "none", dates: "Dates", money: "Amounts", original: "original", loading: "Loading…",
      kNation: "nation", kMinister: "minister", kLang: "language", kSource: "source",
      kPublished: "published", kMentions: "mentions a date", kMinEur: "at least €", kMaxEur: "at most €",
      mentions: (n) => `${n} ${n === 1 ? "mention" : "mentions"}`,
      failed: "The search failed. Try again in a moment.",
      docFailed: "This document could not be loaded.",
    },
    it: {
      nations: "Nazioni", ministers: "Ministri", languages: "Lingua", sources: "Fonte",
      moreFilters: "Altri filtri", published: "Pubblicato", mentionsDate: "Cita una data",
      amount: "Importo in euro", fromDate: "dal", toDate: "al", atLeast: "almeno", atMost: "al massimo",
      apply: "Applica", more: "Altri risultati", search: "Cerca",
      placeholder: "Cerca notizie in italiano, inglese e ucraino",
      sortRelevance: "Più pertinenti", sortDate: "Più recenti", sortDateAsc: "Meno recenti",
      timelineCaption: "Risultati per mese di pubblicazione — clic su un mese per filtrare",
      results: (n, ms) => `${numberFmt.format(n)} ${n === 1 ? "documento" : "documenti"} · ${numberFmt.format(ms)} ms`,
      noResults: "Nessun documento trovato. Prova con meno parole o togli un filtro.",
      clearAll: "togli tutti", remove: "Togli filtro", showAll: "mostra tutti", showFewer: "mostra meno",
      none: "nessuno", dates: "Date", money: "Importi", original: "originale", loading: "Caricamento…",
      kNation: "nazione", kMinister: "ministro", kLang: "lingua", kSource: "fonte",
      kPublished: "pubblicato", kMentions: "cita una data", kMinEur: "almeno €", kMaxEur: "al massimo €",
      mentions: (n) => `${n} ${n === 1 ? "menzione" : "menzioni"}`,
      failed: "La ricerca non è riuscita. Riprova tra poco.",
      docFailed: "Impossibile caricare il documento.",
    },
    uk: {
      nations: "Країни", ministers: "Міністри", languages: "Мова", sources: "Джерело",
      moreFilters: "Інші фільтри", published: "Опубліковано", mentionsDate: "Згадує дату",
      amount: "Сума в євро", fromDate: "з", toDate: "по", atLeast: "щонайменше", atMost: "щонайбільше",
      apply: "Застосувати", more: "Більше результатів", search: "Шукати",
      placeholder: "Пошук новин італійською, англійською та українською",
      sortRelevance: "Найрелевантніші", sortDate: "Найновіші", sortDateAsc: "Найстаріші",
      timelineCaption: "Збіги за місяцем публікації — клацніть місяць, щоб відфільтрувати",
      results: (n, ms) => `Документів: ${numberFmt.format(n)} · ${numberFmt.format(ms)} мс`,
      noResults: "Нічого не знайдено. Спробуйте менше слів або приберіть фільтр.",
      clearAll: "прибрати всі", remove: "Прибрати фільтр", showAll: "показати всі", showFewer: "згорнути",
      none: "немає", dates: "Дати", money: "Суми", original: "оригінал", loading: "Завантаження…",
      kNation: "країна", kMinister: "міністр", kLang: "мова", kSource: "джерело",
      kPublished: "опубліковано", kMentions: "згадує дату", kMinEur: "щонайменше €", kMaxEur: "щонайбільше €",
      mentions: (n) => `Згадок: ${n}`,
      failed: "Пошук не вдався. Спробуйте ще раз трохи згодом.",
      docFailed: "Не вдалося завантажити документ.",
    },
  };

  const uiLocales = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"]);
  const uiLang = (() => {
    for (const l of uiLocales) {
      const base = String(l).toLowerCase().split("-")[0];
      if (MESSAGES[base]) return base;
    }
    return "en";
  })();
  const M = MESSAGES[uiLang];
  const numberFmt = new Intl.NumberFormat(uiLocales);

  const displayNames = (type) => {
    try { return new Intl.DisplayNames(uiLocales, { type, fallback: "none" }); } catch { return null; }
  };
  const regionNames = displayNames("region");
  const languageNames = displayNames("language");

  // Names the entities endpoint gave, for codes the browser does not know.
  const entityNames = new Map();

  function nationName(code) {
    if (regionNames && /^[A-Za-z]{2}$/.test(code)) {
      try {
        const n = regionNames.of(code.toUpperCase());
        if (n) return n;
      } catch { /* not a region code */ }
    }
    return entityNames.get(code) || code;
  }

  function langName(code) {
    if (languageNames && /^[A-Za-z]{2,3}$/.test(code)) {
      try {
        const n = languageNames.of(code.toLowerCase());
        if (n) return n.charAt(0).toLocaleUpperCase(uiLang) + n.slice(1);
      } catch { /* not a language code */ }
    }
    return code;
  }

  // ---- State, kept in the URL ---------------------------------------------

  const LIST_KEYS = ["nation", "minister", "lang", "source"];
  const SCALAR_KEYS = ["q", "from", "to", "date_from", "date_to", "min_eur", "max_eur", "sort", "size"];

  function readState() {
    const p = new URLSearchParams(location.search);
    const st = {};
    for (const k of SCALAR_KEYS) st[k] = p.get(k) || "";
    for (const k of LIST_KEYS) {
      st[k] = [];
      for (const v of p.getAll(k)) {
        for (const part of v.split(",")) {
          const t = part.trim();
          if (t && !st[k].includes(t)) st[k].push(t);
        }
      }
    }
    st.doc = p.get("doc") || "";
    return st;
  }

  function searchParams(st) {
    const p = new URLSearchParams();
    for (const k of SCALAR_KEYS) {
      if (st[k] && !(k === "sort" && st[k] === "relevance")) p.set(k, st[k]);
    }
    for (const k of LIST_KEYS) for (const v of st[k]) p.append(k, v);
    return p;
  }

  function stateURL(st) {
    const p = searchParams(st);
    if (st.doc) p.set("doc", st.doc);
    const s = p.toString();
    return s ? "/?" + s : "/";
  }

  let state = readState();

  function navigate(change, { replace = false, keepDoc = false } = {}) {
    const next = { ...state, ...change };
    for (const k of LIST_KEYS) next[k] = [...next[k]];
    if (!keepDoc) next.doc = "";
    const url = stateURL(next);
    if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
    const searchChanged = searchParams(next).toString() !== searchParams(state).toString();
    state = next;
    syncForm();
    if (searchChanged || !lastResult) runSearch();
    syncDoc();
  }

  window.addEventListener("popstate", () => {
    const prev = searchParams(state).toString();
    state = readState();
    syncForm();
    if (searchParams(state).toString() !== prev || !lastResult) runSearch();
    syncDoc();
  });

  // ---- Elements -----------------------------------------------------------

  const $ = (sel) => document.querySelector(sel);
  const el = (tag, props, ...children) => {
    const e = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === "class") e.className = v;
        else if (k === "text") e.textContent = v;
        else if (k === "dataset") Object.assign(e.dataset, v);
        else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? "" : v);
      }
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  };

  const form = $("#search");
  const qInput = $("#q");
  const sortSelect = $("#sort");
  const filtersForm = $("#filters");

  function translatePage() {
    document.documentElement.lang = uiLang;
    for (const n of document.querySelectorAll("[data-t]")) {
      const m = M[n.dataset.t];
      if (typeof m === "string") n.textContent = m;
    }
    qInput.placeholder = M.placeholder;
    $("#go").textContent = M.search;
    const opts = { relevance: M.sortRelevance, date: M.sortDate, date_asc: M.sortDateAsc };
    for (const o of sortSelect.options) o.textContent = opts[o.value] || o.textContent;
  }

  function syncForm() {
    qInput.value = state.q;
    sortSelect.value = state.sort || "relevance";
    for (const k of ["from", "to", "date_from", "date_to", "min_eur", "max_eur"]) {
      filtersForm.elements[k].value = state[k];
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    navigate({ q: qInput.value.trim() });
  });
  sortSelect.addEventListener("change", () => navigate({ sort: sortSelect.value }));
  filtersForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const change = {};
    for (const k of ["from", "to", "date_from", "date_to", "min_eur", "max_eur"]) {
      change[k] = filtersForm.elements[k].value.trim();
    }
    navigate(change);
  });
  $("#home").addEventListener("click", (ev) => {
    ev.preventDefault();
    navigate({ q: "", nation: [], minister: [], lang: [], source: [], from: "", to: "",
      date_from: "", date_to: "", min_eur: "", max_eur: "", sort: "" });
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "/" && document.activeElement !== qInput && !(ev.target instanceof HTMLInputElement)) {
      ev.preventDefault();
      qInput.focus();
      qInput.select();
    }
  });

  // ---- Search ---------------------------------------------------------------

  let lastResult = null;
  let inflight = null;
  let seq = 0;

  async function fetchJSON(url, signal) {
    const res = await fetch(url, { signal, headers: { Accept: "application/json" } });
    let body = null;
    try { body = await res.json(); } catch { /* not JSON */ }
    if (!res.ok) {
      const err = new Error((body && body.error) || `HTTP ${res.status}`);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  function setBusy(on) { $("#progress").hidden = !on; document.body.classList.toggle("busy", on); }

  function showError(msg) {
    const box = $("#error");
    box.textContent = msg || "";
    box.hidden = !msg;
  }

  async function runSearch() {
    if (inflight) inflight.abort();
    const ctrl = new AbortController();
    inflight = ctrl;
    const my = ++seq;
    setBusy(true);
    renderChips();
    try {
      const res = await fetchJSON("/api/search?" + searchParams(state).toString(), ctrl.signal);
      if (my !== seq) return;
      lastResult = res;
      showError("");
      renderResult(res, false);
    } catch (err) {
      if (ctrl.signal.aborted || my !== seq) return;
      lastResult = null;
      showError(err.status === 400 ? err.message : M.failed);
      $("#results").replaceChildren();
      $("#summary").textContent = "";
      $("#timeline").hidden = true;
      $("#more").hidden = true;
    } finally {
      if (my === seq) { setBusy(false); inflight = null; }
    }
  }

  async function loadMore() {
    if (!lastResult || !lastResult.next) return;
    const btn = $("#more");
    btn.disabled = true;
    const my = seq;
    try {
      const p = searchParams(state);
      p.set("search_after", lastResult.next);
      p.set("facets", "false"); // the first page's facets still hold
      const res = await fetchJSON("/api/search?" + p.toString());
      if (my !== seq) return;
      lastResult = { ...lastResult, next: res.next };
      renderResult(res, true);
    } catch (err) {
      if (my === seq) showError(err.status === 400 ? err.message : M.failed);
    } finally {
      btn.disabled = false;
    }
  }
  $("#more").addEventListener("click", loadMore);

  function toggleFilter(kind, term) {
    const list = state[kind].includes(term) ? state[kind].filter((t) => t !== term) : [...state[kind], term];
    navigate({ [kind]: list });
  }

  // ---- Rendering: results ---------------------------------------------------

  // safeFragment rebuilds a highlight fragment as DOM, keeping only text and
  // <mark>: the index sends it escaped, and this makes sure of it.
  const scratch = document.createElement("template");
  function safeFragment(html) {
    scratch.innerHTML = String(html);
    const out = document.createDocumentFragment();
    const walk = (node, into) => {
      for (const c of node.childNodes) {
        if (c.nodeType === Node.TEXT_NODE) into.append(c.textContent);
        else if (c.nodeType === Node.ELEMENT_NODE) {
          if (c.nodeName === "MARK") {
            const m = document.createElement("mark");
            m.textContent = c.textContent;
            into.append(m);
          } else {
            walk(c, into);
          }
        }
      }
    };
    walk(scratch.content, out);
    scratch.innerHTML = "";
    return out;
  }

  function safeHref(u) {
    try {
      const url = new URL(u, location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch { return null; }
  }

  function hostOf(u) {
    try { return new URL(u).hostname.replace(/^www\./, ""); } catch { return ""; }
  }

  function renderResult(res, append) {
    const list = $("#results");
    if (!append) list.replaceChildren();
    for (const h of res.hits || []) list.append(renderHit(h));
    if (!append) {
      const took = Math.max(0, Math.round(Number(res.took_ms) || 0));
      $("#summary").textContent = M.results(Number(res.total) || 0, took);
      if (!(res.hits || []).length) list.append(el("li", { class: "empty", text: M.noResults }));
      renderFacets(res.facets || {});
      renderTimeline((res.facets && res.facets.timeline) || []);
    }
    $("#more").hidden = !res.next;
  }

  function renderHit(h) {
    const hl = h.highlights || {};
    const titleNode = el("a", { href: stateURL({ ...state, doc: h.id }), class: "open", dataset: { id: h.id } });
    const titleHL = hl.title && hl.title[0];
    if (titleHL) titleNode.append(safeFragment(titleHL)); else titleNode.textContent = h.title || h.id;
    titleNode.addEventListener("click", (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      navigate({ doc: h.id }, { keepDoc: true });
    });

    const meta = el("p", { class: "meta" });
    if (h.published) meta.append(el("time", { datetime: h.published, text: h.published }));
    if (h.lang) meta.append(el("span", { class: "lang", title: langName(h.lang), text: h.lang }));
    const site = h.source || hostOf(h.url || "");
    if (site) meta.append(el("span", { class: "source", text: site }));
    const href = safeHref(h.url || "");
    if (href) meta.append(el("a", { href, rel: "noopener noreferrer", target: "_blank", text: M.original + " ↗" }));

    const snippets = [];
    for (const [field, frags] of Object.entries(hl)) {
      if (field === "title" || !Array.isArray(frags)) continue;
      for (const f of frags) if (snippets.length < 3) snippets.push(el("p", { class: "snippet" }, safeFragment(f)));
    }

    const tags = el("div", { class: "tags" });
    const ents = h.entities || {};
    for (const code of ents.nations || []) {
      tags.append(el("button", { type: "button", class: "tag nation", title: `${M.kNation}: ${code}`,
        onclick: () => addFilter("nation", code) }, nationName(code)));
    }
    for (const name of ents.ministers || []) {
      tags.append(el("button", { type: "button", class: "tag minister", title: M.kMinister,
        onclick: () => addFilter("minister", name) }, name));
    }

    return el("li", { class: "hit", dataset: { id: h.id } },
      el("h3", null, titleNode), meta, ...snippets, tags.childNodes.length ? tags : null);
  }

  function addFilter(kind, term) {
    if (!state[kind].includes(term)) navigate({ [kind]: [...state[kind], term] });
  }

  // ---- Rendering: facets, chips, timeline ----------------------------------

  const FACETS = [
    { kind: "nation", key: "nations", label: (t) => nationName(t), code: true },
    { kind: "minister", key: "ministers", label: (t) => t },
    { kind: "lang", key: "lang", label: (t) => langName(t), code: true },
    { kind: "source", key: "source", label: (t) => t },
  ];
  const FACET_LIMIT = 8;
  const expanded = new Set();

  function renderFacets(facets) {
    for (const f of FACETS) {
      const ul = document.querySelector(`.facet[data-kind="${f.kind}"] ul`);
      const terms = [...(facets[f.key] || [])];
      // Active filters stay visible even when the facet no longer lists them.
      for (const t of state[f.kind]) if (!terms.some((x) => x.term === t)) terms.unshift({ term: t, count: 0 });
      ul.replaceChildren();
      if (!terms.length) { ul.append(el("li", { class: "none", text: "—" })); continue; }
      const open = expanded.has(f.kind);
      terms.forEach((t, i) => {
        const active = state[f.kind].includes(t.term);
        if (!open && i >= FACET_LIMIT && !active) return;
        const label = f.label(t.term);
        const btn = el("button", { type: "button", "aria-pressed": active ? "true" : "false",
          title: t.term, dataset: { kind: f.kind, term: t.term }, onclick: () => toggleFilter(f.kind, t.term) },
        el("span", { class: "name" }, label, f.code && label !== t.term ? el("span", { class: "code", text: t.term }) : null),
        el("span", { class: "count", text: numberFmt.format(t.count) }));
        ul.append(el("li", null, btn));
      });
      if (terms.length > FACET_LIMIT) {
        ul.append(el("li", null, el("button", { type: "button", class: "toggle",
          onclick: () => { if (open) expanded.delete(f.kind); else expanded.add(f.kind); renderFacets(lastResult ? lastResult.facets || {} : {}); } },
        open ? M.showFewer : `${M.showAll} (${terms.length})`)));
      }
    }
  }

  function renderChips() {
    const box = $("#chips");
    box.replaceChildren();
    const chip = (kind, label, onRemove) => box.append(el("span", { class: "chip" },
      el("span", { class: "kind", text: kind + ":" }), el("span", { class: "label", text: label }),
      el("button", { type: "button", "aria-label": M.remove, title: M.remove, onclick: onRemove }, "×")));
    const kinds = { nation: M.kNation, minister: M.kMinister, lang: M.kLang, source: M.kSource };
    const labels = { nation: nationName, lang: langName };
    let n = 0;
    for (const k of LIST_KEYS) {
      for (const t of state[k]) {
        n++;
        chip(kinds[k], (labels[k] || String)(t), () => navigate({ [k]: state[k].filter((x) => x !== t) }));
      }
    }
    const range = (a, b) => `${a || "…"} – ${b || "…"}`;
    if (state.from || state.to) { n++; chip(M.kPublished, range(state.from, state.to), () => navigate({ from: "", to: "" })); }
    if (state.date_from || state.date_to) { n++; chip(M.kMentions, range(state.date_from, state.date_to), () => navigate({ date_from: "", date_to: "" })); }
    if (state.min_eur) { n++; chip(M.kMinEur, numberFmt.format(Number(state.min_eur)), () => navigate({ min_eur: "" })); }
    if (state.max_eur) { n++; chip(M.kMaxEur, numberFmt.format(Number(state.max_eur)), () => navigate({ max_eur: "" })); }
    if (n > 1) {
      box.append(el("span", { class: "chip clear" }, el("button", { type: "button", onclick: () => navigate({
        nation: [], minister: [], lang: [], source: [], from: "", to: "", date_from: "", date_to: "", min_eur: "", max_eur: "" }) }, M.clearAll)));
    }
  }

  function monthRange(first, last) {
    const out = [];
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    // Bounded: a timeline wider than 50 years is shown by year ends only.
    for (let i = 0; i < 600 && (y < ly || (y === ly && m <= lm)); i++) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      m++;
      if (m > 12) { m = 1; y++; }
    }
    return out;
  }

  function lastDay(month) {
    const [y, m] = month.split("-").map(Number);
    return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }

  const monthFmt = (() => {
    try { return new Intl.DateTimeFormat(uiLocales, { month: "short", year: "numeric", timeZone: "UTC" }); } catch { return null; }
  })();
  function monthLabel(month) {
    const [y, m] = month.split("-").map(Number);
    return monthFmt ? monthFmt.format(new Date(Date.UTC(y, m - 1, 1))) : month;
  }

  function renderTimeline(timeline) {
    const fig = $("#timeline");
    const valid = timeline.filter((t) => /^\d{4}-\d{2}$/.test(t.month)).sort((a, b) => a.month.localeCompare(b.month));
    if (!valid.length) { fig.hidden = true; return; }
    const counts = new Map(valid.map((t) => [t.month, t.count]));
    const months = monthRange(valid[0].month, valid[valid.length - 1].month);
    const maxCount = Math.max(1, ...valid.map((t) => t.count));
    const bars = $("#bars");
    const axis = $("#axis");
    bars.replaceChildren();
    axis.replaceChildren();
    fig.hidden = false;
    // Bars are at most 3.5rem wide; one axis label per ~85 px keeps labels
    // from overlapping, on a phone as on a wide screen.
    const perBar = Math.min(56, (bars.clientWidth || 600) / months.length);
    const step = Math.max(1, Math.ceil(85 / perBar));
    bars.classList.toggle("labelled", perBar >= 24);
    months.forEach((mo, i) => {
      const c = counts.get(mo) || 0;
      const active = state.from === `${mo}-01` && state.to === lastDay(mo);
      const title = `${monthLabel(mo)}: ${numberFmt.format(c)}`;
      const bar = el("button", { type: "button", class: "bar" + (c ? "" : " zero") + (active ? " active" : ""),
        title, "aria-label": title, dataset: { month: mo, count: c ? numberFmt.format(c) : "" }, disabled: c ? null : true,
        onclick: () => (active ? navigate({ from: "", to: "" }) : navigate({ from: `${mo}-01`, to: lastDay(mo) })) });
      bar.style.height = c ? `${Math.max(6, Math.round((c / maxCount) * 100))}%` : "2px";
      bars.append(bar);
      const label = i % step === 0 ? (months.length > 36 ? mo.slice(0, 4) : monthLabel(mo)) : "";
      axis.append(el("span", { text: label }));
    });
  }

  // ---- Document view ---------------------------------------------------------

  const dialog = $("#doc");
  let docSeq = 0;
  let shownDoc = "";

  $("#doc-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    shownDoc = "";
    if (state.doc) navigate({ doc: "" }, { replace: true });
  });
  dialog.addEventListener("click", (ev) => { if (ev.target === dialog) dialog.close(); });

  function syncDoc() {
    if (!state.doc) {
      if (dialog.open) dialog.close();
      return;
    }
    if (state.doc === shownDoc && dialog.open) return;
    openDoc(state.doc);
  }

  async function openDoc(id) {
    const my = ++docSeq;
    shownDoc = id;
    $("#doc-title").textContent = M.loading;
    $("#doc-meta").replaceChildren();
    $("#doc-entities").replaceChildren();
    $("#doc-text").replaceChildren();
    if (!dialog.open) dialog.showModal();
    try {
      const rec = await fetchJSON("/api/documents/" + encodeURIComponent(id));
      if (my !== docSeq) return;
      renderDoc(rec);
    } catch (err) {
      if (my !== docSeq) return;
      $("#doc-title").textContent = M.docFailed;
      $("#doc-text").textContent = err.status === 404 ? err.message : "";
    }
  }

  const moneyFmt = (amount, currency) => {
    try { return new Intl.NumberFormat(uiLocales, { style: "currency", currency, maximumFractionDigits: 2 }).format(amount); }
    catch { return `${numberFmt.format(amount)} ${currency}`; }
  };

  function renderDoc(rec) {
    $("#doc-title").textContent = rec.title || rec.id;
    const meta = $("#doc-meta");
    if (rec.published) meta.append(el("time", { datetime: rec.published, text: rec.published }));
    if (rec.lang) meta.append(el("span", { class: "lang", text: langName(rec.lang) }));
    const site = rec.site || rec.source || hostOf(rec.url || "");
    if (site) meta.append(el("span", { text: site }));
    if (rec.author) meta.append(el("span", { text: rec.author }));
    const href = safeHref(rec.url || "");
    if (href) meta.append(el("a", { href, rel: "noopener noreferrer", target: "_blank", text: M.original + " ↗" }));

    const ents = rec.entities || {};
    const groups = [
      { type: "nation", title: M.nations, items: (ents.nations || []).map((n) => ({
        label: nationName(n.code || n.name), sub: n.code, mentions: n.mentions })) },
      { type: "minister", title: M.ministers, items: (ents.ministers || []).map((m) => ({
        label: m.name, sub: [m.role && m.role.replace(/_/g, " "), m.portfolio, m.nation && nationName(m.nation)].filter(Boolean).join(" · "),
        mentions: m.mentions })) },
      { type: "date", title: M.dates, items: (ents.dates || []).map((d) => ({ label: d.value, mentions: d.mentions })) },
      { type: "money", title: M.money, items: (ents.money || []).map((m) => ({
        label: moneyFmt(m.amount, m.currency || "EUR"), mentions: m.mentions })) },
    ];

    const text = typeof rec.text === "string" ? rec.text : "";
    const marks = renderMarkedText($("#doc-text"), text, groups);

    const side = $("#doc-entities");
    for (const g of groups) {
      if (!g.items.length) continue;
      side.append(el("h3", null, el("span", { class: "swatch " + g.type }), g.title));
      const ul = el("ul");
      g.items.forEach((it, i) => {
        const n = (it.mentions || []).length;
        ul.append(el("li", null, el("button", { type: "button", title: M.mentions(n),
          onclick: () => flash(marks.get(`${g.type}:${i}`)) },
        it.label, el("span", { class: "sub", text: [it.sub, M.mentions(n)].filter(Boolean).join(" · ") }))));
      });
      side.append(ul);
    }
  }

  function flash(nodes) {
    if (!nodes || !nodes.length) return;
    nodes[0].scrollIntoView({ block: "center", behavior: "smooth" });
    for (const n of nodes) n.classList.add("flash");
    setTimeout(() => { for (const n of nodes) n.classList.remove("flash"); }, 1500);
  }

  // renderMarkedText writes text into box with every mention wrapped in a
  // coloured <span>. Mention offsets count Unicode code points, while JS
  // strings index UTF-16 units, so the text is split into code points first.
  function renderMarkedText(box, text, groups) {
    const cps = Array.from(text);
    const spans = [];
    for (const g of groups) {
      g.items.forEach((it, i) => {
        for (const m of it.mentions || []) {
          const s = Number(m.start), e = Number(m.end);
          if (Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= cps.length) {
            spans.push({ s, e, type: g.type, key: `${g.type}:${i}`, label: it.label });
          }
        }
      });
    }
    spans.sort((a, b) => a.s - b.s || b.e - a.e);
    const byKey = new Map();
    const frag = document.createDocumentFragment();
    let pos = 0;
    for (const sp of spans) {
      if (sp.s < pos) continue; // overlaps one already shown
      if (sp.s > pos) frag.append(cps.slice(pos, sp.s).join(""));
      const node = el("span", { class: "ent " + sp.type, title: sp.label, dataset: { key: sp.key } }, cps.slice(sp.s, sp.e).join(""));
      frag.append(node);
      if (!byKey.has(sp.key)) byKey.set(sp.key, []);
      byKey.get(sp.key).push(node);
      pos = sp.e;
    }
    if (pos < cps.length) frag.append(cps.slice(pos).join(""));
    box.replaceChildren(frag);
    return byKey;
  }

  // ---- Start -----------------------------------------------------------------

  async function loadEntityNames() {
    try {
      const res = await fetchJSON("/api/entities?type=nation");
      for (const e of (res && res.entities) || []) {
        if (e && e.id && e.name) entityNames.set(String(e.id), String(e.name));
      }
    } catch { /* names are a nicety; codes still work */ }
    if (lastResult) { renderFacets(lastResult.facets || {}); renderChips(); }
  }

  translatePage();
  syncForm();
  loadEntityNames();
  runSearch();
  syncDoc();
})();
