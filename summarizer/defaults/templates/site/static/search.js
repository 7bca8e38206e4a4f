/* Search page: results as you type, from the static index the build wrote
   (summarizer/site/search_index.py says how it is made; the tokenizer and the
   ranking here repeat search_tokens.py and search_rank.py exactly, and
   tests/site/test_search_js.py runs both).
   The page's form carries the index's description (data-search); a query
   loads the shard of each of its tokens in every segment, then the chunks
   its best results are in. Everything shown is set as text: nothing from the
   index becomes HTML. */
(function (root) {
  "use strict";
  var RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;
  var CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var STOP = {};
  ("a an and are as at be by for from has have in into is it its of on or that the " +
    "their this to was were will with").split(" ").forEach(function (w) { STOP[w] = true; });
  var SATURATION = 8;
  var LIMIT = 20;

  function normalise(text) { return text.normalize("NFKC").toLowerCase(); }

  function fold(w) {
    if (w.length > 4 && /ies$/.test(w)) return w.slice(0, -3) + "y";
    if (w.length > 3 && /s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  function chars(run) { return Array.from(run); }

  function docTokens(text) {
    var out = [];
    (normalise(text).match(RUN) || []).forEach(function (run) {
      if (CJK.test(run)) {
        var c = chars(run);
        out = out.concat(c);
        for (var i = 0; i + 1 < c.length; i++) out.push(c[i] + c[i + 1]);
      } else if (!STOP[run]) {
        out.push(fold(run));
      }
    });
    return out;
  }

  function queryTokens(text) {
    var out = [];
    (normalise(text).match(RUN) || []).forEach(function (run) {
      var grams;
      if (CJK.test(run)) {
        var c = chars(run);
        grams = c.length === 1 ? c : c.slice(0, -1).map(function (x, i) { return x + c[i + 1]; });
      } else if (STOP[run]) {
        return;
      } else {
        grams = [fold(run)];
      }
      grams.forEach(function (g) { if (out.indexOf(g) < 0) out.push(g); });
    });
    return out;
  }

  function shardOf(token, shards) {
    var h = 0x811c9dc5;
    for (var ch of token) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
    return h % shards;
  }

  /* A Chinese pair no story has, split into its characters, when most of
     the query is found (search_rank.split_missing). */
  function splitMissing(tokens, postings) {
    var missing = tokens.filter(function (t) {
      return chars(t).length === 2 && CJK.test(t) && !(t in postings);
    });
    if (!missing.length || missing.length * 2 > tokens.length) return tokens.slice();
    var out = [];
    tokens.forEach(function (t) {
      var grams = missing.indexOf(t) >= 0 ? chars(t) : [t];
      grams.forEach(function (g) { if (out.indexOf(g) < 0) out.push(g); });
    });
    return out;
  }

  /* Each token's postings from the segments' shards, in segment order, which
     is document order (search_rank.merge_postings). */
  function mergePostings(parts) {
    var out = Object.create(null);
    parts.forEach(function (part) {
      Object.keys(part).forEach(function (t) { out[t] = (out[t] || []).concat(part[t]); });
    });
    return out;
  }

  function round6(x) { return Math.round(x * 1e6) / 1e6; }

  /* Document numbers ranked (search_rank.score): those with every token, else
     those with at least half; most tokens first, then BM25, then newer first
     (documents are numbered oldest first: the higher number). */
  function score(postings, tokens, total) {
    var found = new Map();
    tokens.forEach(function (token) {
      var flat = postings[token] || [];
      var df = flat.length / 2;
      if (!df) return;
      var idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      for (var i = 0; i < flat.length; i += 2) {
        var tf = flat[i + 1];
        var hit = found.get(flat[i]);
        if (!hit) { hit = [0, 0]; found.set(flat[i], hit); }
        hit[0] += 1;
        hit[1] += idf * tf * (SATURATION + 1) / (tf + SATURATION);
      }
    });
    var docs = Array.from(found.keys());
    var complete = docs.filter(function (d) { return found.get(d)[0] === tokens.length; });
    var partial = docs.filter(function (d) { return found.get(d)[0] * 2 >= tokens.length; });
    return (complete.length ? complete : partial).sort(function (a, b) {
      var x = found.get(a), y = found.get(b);
      return (y[0] - x[0]) || (round6(y[1]) - round6(x[1])) || (b - a);
    });
  }

  /* Ranges [start, end) of ``text`` (original indices) that match the query. */
  function matches(text, query) {
    var norm = "", map = [];
    for (var i = 0; i < text.length; ) {
      var cp = text.codePointAt(i), ch = String.fromCodePoint(cp);
      var n = normalise(ch);
      for (var k = 0; k < n.length; k++) map.push(i);
      norm += n;
      i += ch.length;
    }
    map.push(text.length);
    var ranges = [];
    function add(s, e) { ranges.push([map[s], map[e]]); }
    function all(needle) {
      var found = false;
      for (var at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
        add(at, at + needle.length);
        found = true;
      }
      return found;
    }
    var words = {};
    (normalise(query).match(RUN) || []).forEach(function (run) {
      if (CJK.test(run)) {
        if (!all(run)) queryTokens(run).forEach(all);
      } else if (!STOP[run]) {
        words[fold(run)] = true;
      }
    });
    var re = /[a-z0-9]+/g, m;
    while ((m = re.exec(norm))) if (words[fold(m[0])]) add(m.index, m.index + m[0].length);
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      // "lock-up", "de minimis": one mark across a space or hyphen between matches
      var joined = last && r[0] <= last[1] + 1 && /^[\s\-]?$/.test(text.slice(last[1], r[0]));
      if (last && (r[0] <= last[1] || joined)) last[1] = Math.max(last[1], r[1]);
      else merged.push(r.slice());
    });
    return merged;
  }

  var api = { normalise: normalise, fold: fold, docTokens: docTokens, queryTokens: queryTokens,
    shardOf: shardOf, splitMissing: splitMissing, mergePostings: mergePostings, score: score,
    matches: matches };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }

  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var meta = JSON.parse(form.getAttribute("data-search"));
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var cjkPage = /^zh/.test(document.documentElement.lang);
  var files = new Map();
  var seq = 0;
  var timer = 0;

  /* Index files are scripts that call quickreadSearch(name, data): unlike
     fetch, a script loads from file:// too. One promise per file, kept. */
  var pending = {};
  root.quickreadSearch = function (name, data) {
    if (pending[name]) { pending[name](data); delete pending[name]; }
  };

  /* File ``name`` (no ".js"): a shard "t<segment start>_<n>.<hash>", a chunk "d<n>.<hash>". */
  function load(name) {
    if (!files.has(name)) {
      files.set(name, new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        pending[name] = resolve;
        script.src = meta.dir + name + ".js";
        script.onload = function () { script.remove(); };
        script.onerror = function () {
          script.remove();
          delete pending[name];
          files.delete(name);
          reject(new Error(name));
        };
        document.head.appendChild(script);
      }));
    }
    return files.get(name);
  }

  /* The field to quote: the one with the most query tokens (lede and Quick Summary win ties). */
  function bestField(row, tokens) {
    var fields = [["", row[3]]].concat(row[4]);
    var best = fields[0], most = -1;
    fields.forEach(function (f) {
      var have = {};
      docTokens(f[1]).forEach(function (t) { have[t] = true; });
      var n = tokens.filter(function (t) { return have[t]; }).length;
      if (n > most) { best = f; most = n; }
    });
    return best;
  }

  function snippet(el, text, query) {
    var ranges = matches(text, query);
    var width = cjkPage ? 90 : 220, lead = cjkPage ? 24 : 60;
    var start = ranges.length ? Math.max(0, ranges[0][0] - lead) : 0;
    var end = Math.min(text.length, start + width);
    if (!cjkPage) {  // English snippets start and end between words
      var first = ranges.length ? ranges[0][0] : end;
      if (start > 0 && text.indexOf(" ", start) >= 0 && text.indexOf(" ", start) < first) {
        start = text.indexOf(" ", start) + 1;
      }
      var space = text.lastIndexOf(" ", end);
      if (end < text.length && space > start) end = space;
    }
    if (start > 0) el.appendChild(document.createTextNode("…"));
    var at = start;
    ranges.forEach(function (r) {
      if (r[1] <= at || r[0] >= end) return;
      var s = Math.max(r[0], at), e = Math.min(r[1], end);
      if (s > at) el.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s, e);
      el.appendChild(mark);
      at = e;
    });
    el.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? "…" : "")));
  }

  function show(rows, tokens, query) {
    list.textContent = "";
    var n = rows.length;
    status.textContent = n ? (n === 1 ? status.dataset.one : status.dataset.count.replace("{n}", n))
      : status.dataset.none;
    rows.forEach(function (row) {
      var field = bestField(row, tokens);
      var li = document.createElement("li");
      var h = document.createElement("h2");
      var a = document.createElement("a");
      a.href = "stories/" + encodeURIComponent(row[0]) + ".html" +
        (field[0] ? "?persona=" + encodeURIComponent(field[0]) : "");
      a.textContent = row[1];
      h.appendChild(a);
      var info = document.createElement("p");
      info.className = "meta";
      var time = document.createElement("span");
      time.textContent = row[2];
      info.appendChild(time);
      if (field[0] && meta.personas[field[0]]) {
        info.appendChild(document.createTextNode(" · " +
          status.dataset.in.replace("{name}", meta.personas[field[0]])));
      }
      var p = document.createElement("p");
      p.className = "snippet";
      snippet(p, field[1], query);
      li.appendChild(h);
      li.appendChild(info);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  function run(query) {
    var mine = ++seq;
    var tokens = queryTokens(query);
    if (!tokens.length) { list.textContent = ""; status.textContent = ""; return; }
    /* The shard of each token in every segment, all at once; the postings
       joined segment after segment. */
    function postingsOf(list) {
      var names = [];
      meta.segments.forEach(function (seg) {
        list.forEach(function (t) {
          var n = shardOf(t, seg.shards.length);
          var name = "t" + seg.start + "_" + n + "." + seg.shards[n];
          if (seg.shards[n] && names.indexOf(name) < 0) names.push(name);
        });
      });
      return Promise.all(names.map(load)).then(mergePostings);
    }
    postingsOf(tokens).then(function (postings) {
      tokens = splitMissing(tokens, postings);
      return postingsOf(tokens);
    }).then(function (postings) {
      var ranked = score(postings, tokens, meta.n).slice(0, LIMIT);
      var chunks = [];
      ranked.forEach(function (d) {
        var c = Math.floor(d / meta.chunk);
        if (chunks.indexOf(c) < 0) chunks.push(c);
      });
      function chunk(c) { return load("d" + c + "." + meta.chunks[c]); }
      return Promise.all(chunks.map(chunk)).then(function () {
        return Promise.all(ranked.map(function (d) {
          return chunk(Math.floor(d / meta.chunk)).then(function (rows) {
            return rows[d % meta.chunk];
          });
        }));
      });
    }).then(function (rows) {
      if (mine === seq) show(rows, tokens, query);
    }).catch(function () {
      if (mine === seq) { list.textContent = ""; status.textContent = status.dataset.error; }
    });
  }

  function changed() {
    var q = input.value;
    var url = new URL(location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    run(q);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(changed, 120);
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); clearTimeout(timer); changed(); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
}(this));
