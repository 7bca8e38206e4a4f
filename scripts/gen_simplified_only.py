"""Regenerate summarizer/convert/simplified_only.txt from OpenCC's own dictionaries.

A character is *Simplified only* when OpenCC's STCharacters maps it to other
characters and never to itself (发 -> 發 髮, but 后 -> 後 后 and 干 -> 幹 乾 干
stay: 后 and 干 are also Traditional), and TSCharacters does not list it as a
Traditional character. The region lint flags these in zh-Hant text. Run after
upgrading OpenCC: ``python3 scripts/gen_simplified_only.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parent.parent / "summarizer" / "convert" / "simplified_only.txt"


def dump(clib: Path, name: str) -> dict[str, list[str]]:
    """One OpenCC .ocd2 dictionary as text, key -> values."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, name + ".txt")
        env = {**os.environ, "LD_LIBRARY_PATH": str(clib / "lib64")}
        subprocess.run(
            [str(clib / "bin" / "opencc_dict"),
             "-i", str(clib / "share" / "opencc" / f"{name}.ocd2"),
             "-o", str(out), "-f", "ocd2", "-t", "text"],
            check=True, env=env,
        )  # fmt: skip
        rows = (line.rstrip("\n").split("\t") for line in out.read_text("utf-8").splitlines())
        return {r[0]: r[1].split() for r in rows if len(r) == 2}


def main() -> int:
    clib = Path(opencc.__file__).resolve().parent / "clib"
    st, ts = dump(clib, "STCharacters"), dump(clib, "TSCharacters")
    chars = sorted(k for k, v in st.items() if len(k) == 1 and k not in v and k not in ts)
    one = "".join(c for c in chars if len(st[c]) == 1)
    many = "".join(c for c in chars if len(st[c]) > 1)
    header = f"# Simplified-only characters ({len(chars)}), from OpenCC {opencc.__version__}: "
    header += "scripts/gen_simplified_only.py\n"
    header += "# line 1: one Traditional form (safe to fix); line 2: several (发 -> 發 or 髮)\n"
    OUT.write_text(header + one + "\n" + many + "\n", encoding="utf-8")
    sys.stdout.write(f"{OUT}: {len(chars)} characters\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
