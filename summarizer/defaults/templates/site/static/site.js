/* Persona picker: progressive enhancement of plain anchor links.
   Without JS every section is on the page and the picker links jump to it.
   With JS the picker becomes a tablist (arrow keys, Home, End) showing one
   section; the choice comes from ?persona=, #persona-<id> or #<id>, else
   from localStorage, and is remembered for the next page and visit. */
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
        panels[j].hidden = !on;
      });
      if (focus) tabs[i].focus();
      if (remember) {
        store(KEY, ids[i]);
        var url = location.pathname + (i === 0 ? "" : "#persona-" + ids[i]);
        history.replaceState(null, "", url);
      }
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
    if (fromUrl) { select(fromUrl, false, true); picker.scrollIntoView(); }
    else select(load(KEY) || ids[0], false, false);
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
    var root = document.querySelector("[data-root]");
    if (!root) { store(LANG_KEY, document.documentElement.getAttribute("lang")); return; }
    var lang = load(LANG_KEY);
    var link = lang && root.querySelector('a[hreflang="' + lang + '"]');
    if (link) location.replace(link.href);
  }

  document.addEventListener("DOMContentLoaded", function () {
    rememberLanguage();
    var picker = document.querySelector("[data-picker]");
    if (picker) initPicker(picker);
    markDigests();
  });
})();
