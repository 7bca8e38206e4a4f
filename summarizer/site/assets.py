"""The site's static files: copied into the staging tree, CSS and JS under a
content hash in their names so a browser may cache them for good."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from ..filehash import tree_files
from . import urls


def template_files(directory: Path) -> list[Path]:
    """Every file under ``directory`` (the site templates: their hash is part
    of the site's fingerprint)."""
    return tree_files(directory)


def copy_assets(template_dir: Path, staging: Path) -> dict[str, str]:
    """Copy static files; CSS and JS get a content hash in their URL for caching."""
    assets = {}
    for src in sorted((template_dir / "static").iterdir()):
        digest = hashlib.sha256(src.read_bytes()).hexdigest()[:10]
        rel = f"static/{src.stem}.{digest}{src.suffix}"
        target = urls.inside(staging, rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
        # the page-wide assets by type ('css', 'js', 'svg'), page-specific ones by name
        key = src.suffix.lstrip(".") if src.stem in ("site", "favicon") else src.name
        assets[key] = rel
    return assets
