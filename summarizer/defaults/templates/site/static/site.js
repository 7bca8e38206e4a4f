/* Persona picker: progressive enhancement of plain links.
   Without JS every section is on the story page and each picker link leads
   to that reader's own page (stories/ID/<persona>.html: the Quick Summary
   and that reader's points). With JS the picker becomes a tablist (arrow
   keys, Home, End) showing the Quick Summary and the chosen reader's
   section; the choice comes from ?persona=, #persona-<id> or #<id>, else
   from localStorage, and is remembered for the next page and visit. A
   shared link opens at the headline, never scrolled past it. */
(function () {
  "use strict";
  var KEY = "quickread.persona";
  var LANG_KEY = "quickread.lang";
  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  function load(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }

  function requested(ids) {
    var q = new URLSearchParams(location.search).get("persona");
    if (q && ids.indexOf(q) >= 0) return q;
    var h = decodeURIComponent(location.hash.replace(/^#/, "")).replace(/^persona-/, "");
    if (h && ids.indexOf(h) >= 0) return h;
    return null;
  }

  /* Scroll a one-line picker sideways (never the page) so the chosen reader shows. */
  function reveal(list, tab) {
    var left = tab.offsetLeft - list.offsetLeft, right = left + tab.offsetWidth;
    if (left < list.scrollLeft) list.scrollLeft = left;
    else if (right > list.scrollLeft + list.clientWidth) list.scrollLeft = right - list.clientWidth;
  }

  function initPicker(picker) {
    var list = picker.querySelector(".picker-tabs");
    var tabs = Array.prototype.slice.call(list.querySelectorAll("a[data-persona]"));
    var ids = tabs.map(function (t) { return t.getAttribute("data-persona"); });
    var panels = ids.map(function (id) { return document.querySelector('section.persona[data-persona="' + id + '"]'); });
    document.documentElement.classList.add("js");
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", document.getElementById("picker-lead").textContent);
    list.removeAttribute("aria-labelledby");
    Array.prototype.forEach.call(list.children, function (li) { li.setAttribute("role", "presentation"); });
    tabs.forEach(function (tab, i) {
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panels[i].id);
      panels[i].setAttribute("role", "tabpanel");
      panels[i].setAttribute("aria-labelledby", tab.id);
    });

    function select(id, focus, remember) {
      var i = ids.indexOf(id);
      if (i < 0) i = 0;
      tabs.forEach(function (tab, j) {
        var on = j === i;
        tab.setAttribute("aria-selected", on ? "true" : "false");
        tab.setAttribute("tabindex", on ? "0" : "-1");
        panels[j].hidden = !on && j !== 0;  /* the Quick Summary always stays */
      });
      if (focus) tabs[i].focus();
      reveal(list, tabs[i]);
      if (remember) {
        store(KEY, ids[i]);
        var url = location.pathname + (i === 0 ? "" : "?persona=" + encodeURIComponent(ids[i]));
        history.replaceState(null, "", url);
      }
      return ids[i];
    }

    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function (ev) { ev.preventDefault(); select(ids[i], false, true); });
      tab.addEventListener("keydown", function (ev) {
        var next = null;
        if (ev.key === "ArrowRight" || ev.key === "ArrowDown") next = (i + 1) % tabs.length;
        else if (ev.key === "ArrowLeft" || ev.key === "ArrowUp") next = (i - 1 + tabs.length) % tabs.length;
        else if (ev.key === "Home") next = 0;
        else if (ev.key === "End") next = tabs.length - 1;
        if (next === null) return;
        ev.preventDefault();
        select(ids[next], true, true);
      });
    });
    window.addEventListener("hashchange", function () {
      var id = requested(ids);
      if (id) select(id, false, true);
    });
    var fromUrl = requested(ids);
    if (fromUrl) {
      select(fromUrl, false, true);
      if (location.hash) toHeadline(false);  /* the browser jumped to the section */
    } else select(load(KEY) || ids[0], false, false);
  }

  /* Scroll back to the headline (the top of the quick read) and move focus
     there, so reading (and a screen reader) starts again from the title. */
  function toHeadline(smooth) {
    var title = document.getElementById("title");
    if (!title) return;
    window.scrollTo({ top: 0, behavior: smooth ? "smooth" : "auto" });
    title.focus({ preventScroll: true });
  }

  function initReread() {
    var link = document.querySelector("[data-reread]");
    if (!link) return;
    link.addEventListener("click", function (ev) {
      ev.preventDefault();
      var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      toHeadline(!reduce);
    });
  }

  /* A reader's share link leads to their own page, whose share card shows
     their version. With JS it opens the system share sheet where there is
     one, else copies the link and says so; failing both it is a plain link. */
  function initShare() {
    var article = document.querySelector("article.story");
    if (!article) return;
    var copied = article.getAttribute("data-copied") || "";
    Array.prototype.forEach.call(document.querySelectorAll("a[data-share]"), function (a) {
      var note = document.createElement("span");
      note.className = "share-note";
      note.setAttribute("role", "status");
      a.parentNode.appendChild(note);
      a.addEventListener("click", function (ev) {
        var url = a.href;
        if (navigator.share) {
          ev.preventDefault();
          navigator.share({ title: document.title, url: url }).catch(function () { /* dismissed */ });
        } else if (navigator.clipboard && navigator.clipboard.writeText) {
          ev.preventDefault();
          navigator.clipboard.writeText(url).then(
            function () { note.textContent = copied; },
            function () { location.href = url; });
        }
      });
    });
  }

  function markDigests() {
    var chosen = load(KEY);
    if (!chosen) return;
    var link = document.querySelector('.digests a[data-persona="' + chosen + '"]');
    if (link) link.classList.add("mine");
  }

  /* The root page sends a returning reader to the language they last read;
     a first visit shows the three links. */
  function rememberLanguage() {
    if (document.querySelector("[data-not-found]")) return;  /* every language: not a choice */
    var root = document.querySelector("[data-root]");
    if (!root) { store(LANG_KEY, document.documentElement.getAttribute("lang")); return; }
    var lang = load(LANG_KEY);
    var link = lang && root.querySelector('a[hreflang="' + lang + '"]');
    if (link) location.replace(link.href);
  }

  /* The 404 page is in every language: the one in the address (or the one the
     reader last read) goes first and gets the page's h1. */
  function notFoundLanguage() {
    var main = document.querySelector("[data-not-found]");
    if (!main) return;
    var sections = Array.prototype.slice.call(main.querySelectorAll("section[data-lang]"));
    var langs = sections.map(function (s) { return s.getAttribute("data-lang"); });
    var wanted = location.pathname.split("/").filter(function (p) { return langs.indexOf(p) >= 0; })[0];
    var i = langs.indexOf(wanted || load(LANG_KEY) || "");
    if (i <= 0) return;
    main.insertBefore(sections[i], sections[0]);
    document.documentElement.setAttribute("lang", sections[i].getAttribute("lang"));
    main.querySelectorAll("section[data-lang]").forEach(function (s, j) {
      var h = s.querySelector("h1, h2"), level = j === 0 ? "H1" : "H2";
      if (h.tagName === level) return;
      var n = document.createElement(level);
      n.id = h.id;
      n.textContent = h.textContent;
      h.replaceWith(n);
    });
  }

  /* Sources in place: a reference mark opens a small popover with its fact's
     value, quoted passage, source and date (cloned from the facts table, so
     nothing is re-parsed as HTML), a link to the original article and one to
     the row. Escape, the close button or a click elsewhere closes it and
     gives focus back to the mark. Without JS the mark jumps to the row. */
  function initRefs() {
    var marks = document.querySelectorAll("a.ref");
    if (!marks.length) return;
    var pop = document.createElement("div"), opener = null;
    pop.className = "ref-pop";
    pop.setAttribute("role", "dialog");
    pop.hidden = true;
    document.body.appendChild(pop);
    var original = document.querySelector(".byline a[rel~=noopener]");
    function close() {
      if (pop.hidden) return;
      pop.hidden = true;
      if (opener) opener.focus();
      opener = null;
    }
    function part(row, selector, cls) {
      var cell = row.querySelector(selector);
      if (!cell) return null;
      var el = cell.cloneNode(true);
      if (cls) el.className = cls;
      return el;
    }
    function open(mark, row) {
      pop.textContent = "";
      var btn = document.createElement("button");
      btn.type = "button";
      btn.className = "close";
      btn.setAttribute("aria-label", document.documentElement.lang.indexOf("zh") === 0 ? "关闭" : "Close");
      btn.textContent = "×";
      btn.addEventListener("click", close);
      pop.appendChild(btn);
      var what = row.cells[1] ? row.cells[1].cloneNode(true) : null;
      if (what) { var d = document.createElement("div"); while (what.firstChild) d.appendChild(what.firstChild); pop.appendChild(d); }
      var value = part(row, "td.num, td.text", "value");
      if (value) { var v = document.createElement("div"); v.className = "value"; v.textContent = value.textContent; pop.appendChild(v); }
      var quote = part(row, "td.quote q");
      if (quote) pop.appendChild(quote);
      var article = part(row, "td.quote .article", "article");
      if (article) pop.appendChild(article);
      var links = document.createElement("div");
      links.className = "links";
      if (original) {
        var a = document.createElement("a");
        a.href = original.href; a.rel = "noopener"; a.textContent = original.textContent;
        links.appendChild(a);
      }
      var all = document.createElement("a");
      all.href = "#" + row.id;
      all.textContent = (document.getElementById("facts-h") || { textContent: "#" }).textContent;
      all.addEventListener("click", function () { pop.hidden = true; });
      links.appendChild(all);
      pop.appendChild(links);
      pop.setAttribute("aria-label", mark.getAttribute("aria-label") || mark.textContent);
      pop.hidden = false;
      var r = mark.getBoundingClientRect(), width = pop.offsetWidth;
      var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
      pop.style.left = left + "px";
      pop.style.top = (r.bottom + window.scrollY + 6) + "px";
      opener = mark;
      btn.focus();
    }
    Array.prototype.forEach.call(marks, function (mark) {
      mark.addEventListener("click", function (ev) {
        var row = document.getElementById(decodeURIComponent(mark.hash.slice(1)));
        if (!row || !row.cells) return;  // not a facts row: an ordinary jump
        ev.preventDefault();
        if (!pop.hidden && opener === mark) { close(); return; }
        open(mark, row);
      });
    });
    document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") close(); });
    document.addEventListener("click", function (ev) {
      if (!pop.hidden && !pop.contains(ev.target) && !(ev.target.closest && ev.target.closest("a.ref"))) close();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initRefs();
    notFoundLanguage();
    rememberLanguage();
    var picker = document.querySelector("[data-picker]");
    if (picker) initPicker(picker);
    var own = document.querySelector("[data-persona-page]");
    if (own) {
      document.documentElement.classList.add("js");
      store(KEY, own.getAttribute("data-persona-page"));
      var mine = own.querySelector('.picker-tabs a[aria-current="page"]');
      if (mine) reveal(mine.closest(".picker-tabs"), mine);
    }
    initReread();
    initShare();
    markDigests();
  });
})();
