"""The editor's loop in ``summarizer serve``: findings on the story's own page.

While an editor works on a facts file, ``serve`` rebuilds on save; this
module adds what ``check`` says about that story (validation errors with
``file:line:col``, stated figures that differ, quotes not in the article,
values not in their quotes) to the page being looked at, and reloads the
page when a build finishes. Nothing here reaches the published site: the
panel and its script are injected into responses by the preview server
only.

After each build the checks run in a thread of their own (``Checker``), so
the next save is rebuilt while they run; the page polls
``/__summarizer__/state?story=ID`` (a few hundred bytes of JSON) and either
redraws its panel in place or, when a newer build exists, reloads.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import SummarizerError
from ..model import SourceSpan

STATE_PATH = "/__summarizer__/state"
_STORY = re.compile(r"/stories/([^/?#]+?)(?:\.html|/)")

PANEL = """<aside id="summarizer-dev" role="status" aria-live="polite" style="position:fixed;\
right:12px;bottom:12px;max-width:min(42rem,92vw);max-height:45vh;overflow:auto;z-index:2147483647;\
background:#fff8e1;color:#222;border:2px solid #c77700;border-radius:8px;padding:8px 12px;\
font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 2px 10px rgba(0,0,0,.25)" \
hidden></aside>
<script>(function(){var s=%s,b=%d,el=document.getElementById("summarizer-dev");
function esc(t){return t.replace(/[&<>"]/g,function(c){return {"&":"&amp;","<":"&lt;",">":"&gt;",\
'"':"&quot;"}[c];});}
function draw(st){var rows=[];if(st.failed)rows.push("<strong>build failed; showing the last \
good site</strong><pre style='white-space:pre-wrap;margin:4px 0'>"+esc(st.failed)+"</pre>");
st.findings.forEach(function(f){rows.push("<div>"+esc(f)+"</div>");});
el.innerHTML=rows.length?"<strong>summarizer check</strong> ("+st.findings.length+")"\
+rows.join(""):"";
el.hidden=!rows.length;}
function poll(){fetch("%s?story="+encodeURIComponent(s),{cache:"no-store"}).then(function(r){\
return r.json();}).then(function(st){if(st.build!==b){location.reload();return;}draw(st);})\
.catch(function(){}).finally(function(){setTimeout(poll,250);});}
poll();})();</script>
"""


@dataclass
class DevState:
    """Build count, the last failure, and check's findings per story id."""

    build: int = 0
    failed: str = ""
    findings: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def built(self, error: str = "") -> None:
        with self.lock:
            if not error:
                self.build += 1
            self.failed = error

    def set_findings(self, findings: dict[str, list[str]]) -> None:
        with self.lock:
            self.findings = findings

    def snapshot(self, story: str) -> dict[str, Any]:
        with self.lock:
            return {
                "build": self.build,
                "failed": self.failed,
                "findings": list(self.findings.get(story, ())),
            }


class Checker:
    """Runs ``run`` (a check of every story) in its own thread whenever asked,
    the latest request only: asked again while it runs, it runs once more
    when done, however many times it was asked.

    A check reads every story and compares them with each other: 2-3 s a
    save at 1,000 stories (8.5 s the first, which loads them all), minutes
    at 50,000. Run in the watcher's thread, as it was, it held back the next
    rebuild that long, where a rebuild takes 0.1-0.2 s (issue 13)."""

    def __init__(self, run: Callable[[], None]) -> None:
        self._run = run
        self._wanted = threading.Event()
        self.done = 0
        """Checks finished (the tests wait on it)."""
        threading.Thread(target=self._loop, name="summarizer-check", daemon=True).start()

    def request(self) -> None:
        self._wanted.set()

    def _loop(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            self._run()
            self.done += 1


def story_of(url_path: str) -> str:
    """The story id a page URL shows ('' for other pages)."""
    m = _STORY.search(url_path)
    return m.group(1) if m else ""


def inject(page: bytes, url_path: str, state: DevState) -> bytes:
    """The page with the findings panel and its polling script before </body>."""
    snippet = PANEL % (json.dumps(story_of(url_path)), state.snapshot("")["build"], STATE_PATH)
    at = page.rfind(b"</body>")
    if at < 0:
        return page + snippet.encode()
    return page[:at] + snippet.encode() + page[at:]


def state_json(query: str, state: DevState) -> bytes:
    story = ""
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == "story":
            from urllib.parse import unquote

            story = unquote(value)
    return json.dumps(state.snapshot(story), ensure_ascii=False).encode()


def _line(span: SourceSpan | None, level: str, message: str) -> str:
    where = f"{Path(span.file).name}:{span.line}:{span.col}: " if span else ""
    return f"{where}{level}: {message}"


class StoryLoads:
    """Facts files as the last check loaded them, reused while unchanged.

    Loading (YAML, validation) is most of what a check costs, and an editor
    changes one file at a time: each save reloads that file only, keyed on
    its size and modification time. A file that failed keeps its problems
    until it changes. ``clear`` when the vocabulary or glossary in force
    changes, since they decide what validates.
    """

    def __init__(self) -> None:
        self._seen: dict[Path, tuple[tuple[int, int], Any]] = {}

    def clear(self) -> None:
        self._seen.clear()

    def load(self, path: Path) -> Any:
        """The story in ``path``, or the SummarizerError loading it raised."""
        from ..facts.load import load_story

        st = path.stat()
        key = (st.st_mtime_ns, st.st_size)
        hit = self._seen.get(path)
        if hit is not None and hit[0] == key:
            return hit[1]
        try:
            result: Any = load_story(path)
        except SummarizerError as exc:
            result = exc
        self._seen[path] = (key, result)
        return result

    def keep_only(self, paths: list[Path]) -> None:
        """Forget files that are gone (a story deleted or renamed)."""
        for gone in set(self._seen) - set(paths):
            del self._seen[gone]


def check_findings(
    stories_dir: Path,
    project_loader: Callable[[], Any],
    loads: StoryLoads | None = None,
    sources: tuple[Path, ...] = (),
) -> dict[str, list[str]]:
    """What ``check`` says, per story id: validation errors of files that do
    not load (keyed by file name), then the checks of those that do."""
    from ..facts.load import story_paths
    from ..rules.check import check_stories

    loads = loads or StoryLoads()
    out: dict[str, list[str]] = {}
    by_file: dict[str, str] = {}
    stories = []
    paths = list(story_paths(stories_dir))
    loads.keep_only(paths)
    for path in paths:
        story = loads.load(path)
        if isinstance(story, SummarizerError):
            out[path.stem] = [_line(s, "error", m) for s, m in story.problems]
            continue
        stories.append(story)
        by_file[str(Path(story.path).resolve())] = story.id
    if not stories:
        return out
    project = project_loader()
    try:
        report = check_stories(stories, project.glossary, project.personas, sources)
    except SummarizerError as exc:
        for s, m in exc.problems:
            sid = by_file.get(str(Path(s.file).resolve())) if s else None
            out.setdefault(sid or "", []).append(_line(s, "error", m))
        return out
    for f in report.findings:
        if f.level == "info":
            continue
        sid = by_file.get(str(Path(f.span.file).resolve())) if f.span else None
        out.setdefault(sid or "", []).append(_line(f.span, f.level, f"{f.message} [{f.code}]"))
    return out
