"""tools.need: a missing checker skips locally but fails under CI, so a measured
check can never pass in CI by not running."""

from __future__ import annotations

from pathlib import Path

import pytest
from tools import need


def test_present_tools_pass(tmp_path: Path) -> None:
    (tmp_path / "vnu.jar").write_text("", "utf-8")
    need("sh", tmp_path / "vnu.jar")  # neither skips nor fails


@pytest.mark.parametrize("missing", [Path("/nonexistent/vnu.jar"), "no-such-command-xyz"])
def test_missing_tool_skips_locally_and_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch, missing: Path | str
) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="bash scripts/setup.sh"):
        need("sh", missing)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run this measurement"):
        need("sh", missing)
