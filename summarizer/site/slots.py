"""Page templates rendered once per language, then filled per story.

Most of a story page (head, header, picker, footer, every interface string)
is the same for every story in a language. ``SlotTemplate`` renders the
Jinja2 template once with a marker in place of each per-story value, splits
the result at the markers, and fills each story in by joining strings; the
values are escaped exactly as autoescape would (``markupsafe.escape``;
``Markup`` passes through). Templates stay ordinary Jinja2 files; they only
have to print per-story values as they are (``{{ title }}``), not test or
filter them, and ``SlotTemplate`` refuses a template where a marker was lost
or mangled. tests/test_site_html.py checks that filling equals rendering.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

from ..errors import BuildError

_MARK = "\x00"


def slot(name: str) -> Markup:
    """The marker standing for slot ``name`` while the template is rendered."""
    return Markup(f"{_MARK}{name}{_MARK}")


class SlotTemplate:
    """A template rendered with markers, ready to be filled many times."""

    def __init__(
        self,
        env: Environment,
        name: str,
        context: Mapping[str, Any],
        slots: Iterable[str],
        optional: Iterable[str] = (),
    ) -> None:
        """``optional``: slots a template may leave out (a site's own older
        template that predates them)."""
        names = set(slots)
        markers = {n: slot(n) for n in names}
        rendered = env.get_template(name).render(**context, **markers)
        self.parts = rendered.split(_MARK)
        used = set(self.parts[1::2])
        if len(self.parts) % 2 == 0 or not used <= names or names - used - set(optional):
            raise BuildError.at(
                None,
                f"template {name}: slots {sorted(names)} must each be printed as they are "
                f"(found {sorted(used)})",
            )

    def fill(
        self, values: Mapping[str, Any], each: Callable[[str], str] | None = None
    ) -> str:
        """The page for ``values`` (str are escaped, Markup is kept);
        ``each`` is given every filled value in page order, and its result is
        printed instead (what a pass over the whole page would do to the
        values, where the template's own text has nothing for it)."""
        out = self.parts[:]
        for i in range(1, len(out), 2):
            out[i] = str(escape(values[out[i]]))
            if each is not None:
                out[i] = each(out[i])
        return "".join(out)
