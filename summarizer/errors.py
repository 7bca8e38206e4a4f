"""The errors users see, each tied to a place in an input file.

Stages raise these; only the CLI catches them, prints them compiler style
(``file:line:col: error: message``) and exits with status 2. Anything else
escaping a stage is a bug and is reported as one.
"""

from __future__ import annotations

from .model import SourceSpan


class SummarizerError(Exception):
    """Base class: one or more problems, each with a place and a message."""

    def __init__(self, problems: list[tuple[SourceSpan | None, str]]) -> None:
        self.problems = problems
        # worded when shown (str, render), not here: a file with 10^5 bad keys
        # is raised, caught and raised again before anyone reads the text
        super().__init__(problems)

    def __str__(self) -> str:
        return self.render()

    @classmethod
    def at(cls, span: SourceSpan | None, message: str) -> SummarizerError:
        return cls([(span, message)])

    def render(self) -> str:
        lines = []
        for span, message in self.problems:
            where = f"{span}: " if span else ""
            lines.append(f"{where}error: {message}")
        return "\n".join(lines)


class SeedError(SummarizerError):
    """A facts file is malformed or inconsistent."""


class GlossaryError(SummarizerError):
    """glossary.yaml (or an imported glossary) is malformed or inconsistent."""


class ConfigError(SummarizerError):
    """personas.yaml, lint configuration or command-line options are wrong."""


class BuildError(SummarizerError):
    """Rendering or writing the output failed."""
