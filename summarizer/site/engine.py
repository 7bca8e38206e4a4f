"""The engine as the site sees it: load a story, derive its briefs and facts.

``build_site`` talks to the pipeline only through ``Engine`` so the site can
be built and tested before (and independently of) the rules and templates
that write the briefs: tests pass a small fake engine. An engine must be
picklable (it is sent to the worker processes) and deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from .. import __version__
from ..config.project import DEFAULT, ProjectConfig
from ..filehash import hash_files, tree_files
from ..model import Brief, FactRow, Persona, Story
from ..paths import DEFAULTS_DIR, GLOSSARY_PATH, PACKAGE_DIR


class Engine(Protocol):
    """What the site needs from the pipeline."""

    def story_paths(self, seeds_dir: Path) -> list[Path]: ...

    def story_names(self, seeds_dir: Path) -> list[str]:
        """The names of the files ``story_paths`` lists (all in ``seeds_dir``),
        in order, without a Path object per file (what a build lists)."""
        ...

    def is_story_name(self, name: str) -> bool:
        """Whether a file named ``name`` in a seeds folder would be listed by
        ``story_names`` (a build told which files changed checks them by name)."""
        ...

    def load_project(self) -> Any: ...

    def personas(self, project: Any) -> Sequence[Persona]: ...

    def load_story(self, path: Path) -> Story: ...

    def brief(self, project: Any, story: Story, lang: str) -> Brief: ...

    def fact_rows(self, project: Any, story: Story, lang: str) -> Sequence[FactRow]: ...

    def glossary_path(self) -> Path | None: ...

    def fingerprint(self) -> str:
        """Hash of everything besides a story file that changes its pages."""
        ...


class PipelineEngine:
    """The real engine: summarizer.facts.load + summarizer.pipeline, for one site."""

    def __init__(self, config: ProjectConfig = DEFAULT) -> None:
        self.config = config

    def story_paths(self, seeds_dir: Path) -> list[Path]:
        from ..facts.load import story_paths

        return list(story_paths(seeds_dir))

    def story_names(self, seeds_dir: Path) -> list[str]:
        from ..facts.load import story_names

        return story_names(seeds_dir)

    def is_story_name(self, name: str) -> bool:
        from ..facts.load import is_story_name

        return is_story_name(name)

    def load_project(self) -> Any:
        from ..pipeline import load_project  # type: ignore[attr-defined,unused-ignore]

        return load_project(self.config)

    def personas(self, project: Any) -> Sequence[Persona]:
        return tuple(project.personas)

    def load_story(self, path: Path) -> Story:
        from ..facts.load import load_stories

        (story,) = load_stories([path])
        return story

    def brief(self, project: Any, story: Story, lang: str) -> Brief:
        from ..pipeline import make_brief  # type: ignore[attr-defined,unused-ignore]

        brief: Brief = make_brief(project, story, lang)
        return brief

    def fact_rows(self, project: Any, story: Story, lang: str) -> Sequence[FactRow]:
        from ..pipeline import fact_rows  # type: ignore[attr-defined,unused-ignore]

        return tuple(fact_rows(project, story, lang))

    def glossary_path(self) -> Path | None:
        return self.config.glossary or GLOSSARY_PATH

    def fingerprint(self) -> str:
        files = tree_files(PACKAGE_DIR, (".py", ".json", ".yaml"))
        files += tree_files(DEFAULTS_DIR)
        files += self.config.override_files()
        return hash_files(files, salt=__version__)
