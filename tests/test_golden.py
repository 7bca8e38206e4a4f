"""Golden outputs: every seed, every persona, every language, Markdown and JSON.

The rendered text is the product, so it is kept in the repo and reviewed as
code. Regenerate after an intended change with
``python3 -m pytest tests/test_golden.py --update-goldens`` and read the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story, story_paths
from summarizer.model import LANGS
from summarizer.pipeline import Project, load_project, make_brief
from summarizer.writers.markdown import brief_markdown
from summarizer.writers.serialise import brief_json

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
SEEDS = story_paths(ROOT / "seeds")


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_golden(project: Project, seed: Path, lang: str, update_goldens: bool) -> None:
    story = load_story(seed)
    brief = make_brief(project, story, lang)  # type: ignore[arg-type]
    outputs = {
        GOLDEN / f"{story.id}.{lang}.md": brief_markdown(brief),
        GOLDEN / f"{story.id}.{lang}.json": brief_json(brief),
    }
    for path, text in outputs.items():
        if update_goldens:
            GOLDEN.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            continue
        assert path.exists(), f"missing {path}; run pytest --update-goldens and review it"
        assert text == path.read_text(encoding="utf-8"), (
            f"{path} differs; review and --update-goldens"
        )


def test_every_persona_in_every_golden(project: Project) -> None:
    """A golden file per seed and language, each with all personas' sections."""
    names = [p.name.zh for p in project.personas]
    for seed in SEEDS:
        md = (GOLDEN / f"{load_story(seed).id}.zh-Hans.md").read_text(encoding="utf-8")
        for name in names:
            assert f"## {name}\n" in md, (seed, name)


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_every_cited_id_is_a_fact_of_the_story(project: Project, seed: Path) -> None:
    """Each sentence cites the facts it rests on by id. A template that handed
    cite() a takeaway's parts (dicts of facts) once wrote their repr there,
    with the facts file's absolute path, into the JSON."""
    story = load_story(seed)
    ids = {f.id for f in story.facts}
    brief = make_brief(project, story, "en")
    for section in brief.sections:
        for point in section.points:
            for sentence in point.sentences:
                assert set(sentence.facts) <= ids, (section.persona, sentence.facts)
