{# The embed's persona picker. It runs in the host page, so it defines no
   global, stores nothing, and touches only its own element: the
   <quick-read> just before this script. Without JS the picker stays hidden
   and every reader's section is shown. #}
(function (script) {
  "use strict";
  var host = script && script.previousElementSibling;
  if (!host || host.localName !== "quick-read") return;
  var root = host.shadowRoot;
  if (!root && host.attachShadow) {
    /* a browser without declarative shadow DOM: attach the template ourselves */
    var tpl = host.querySelector("template");
    if (!tpl) return;
    root = host.attachShadow({ mode: "open" });
    root.appendChild(tpl.content);
    host.removeChild(tpl);
  }
  if (!root) return;
  var picker = root.querySelector("[data-picker]");
  var tabs = Array.prototype.slice.call(root.querySelectorAll("[role=tab]"));
  var panels = tabs.map(function (t) { return root.getElementById(t.getAttribute("aria-controls")); });
  if (!picker || !tabs.length || panels.indexOf(null) >= 0) return;
  panels.forEach(function (p, i) { p.setAttribute("role", "tabpanel"); p.setAttribute("aria-labelledby", tabs[i].id); });
  function select(i, focus) {
    tabs.forEach(function (t, j) {
      t.setAttribute("aria-selected", i === j ? "true" : "false");
      t.tabIndex = i === j ? 0 : -1;
      panels[j].hidden = i !== j;
    });
    if (focus) tabs[i].focus();
  }
  tabs.forEach(function (t, i) {
    t.addEventListener("click", function () { select(i, false); });
    t.addEventListener("keydown", function (ev) {
      var keys = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: tabs.length - 1 };
      if (!Object.prototype.hasOwnProperty.call(keys, ev.key)) return;
      var n = keys[ev.key];
      ev.preventDefault();
      select((n + tabs.length) % tabs.length, true);
    });
  });
  var wanted = host.getAttribute("data-persona");
  var start = tabs.map(function (t) { return t.getAttribute("data-persona"); }).indexOf(wanted);
  picker.hidden = false;
  select(start < 0 ? 0 : start, false);
})(document.currentScript);
