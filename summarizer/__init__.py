"""summarizer: rule- and template-based bilingual quick reads from editor-written facts."""

from __future__ import annotations

__version__ = "0.1.0"
