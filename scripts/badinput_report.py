"""Run the bad-input corpus (tests/badinput) and print what CI reports for issue 12:
how many cases, how many behave, the worst time and the peak memory among them.
Exit status 1 if any case misbehaves; ``-v`` lists every case."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "badinput"))

from badinput_cases import all_cases  # noqa: E402
from badinput_runner import run_all, summary  # noqa: E402


def main() -> int:
    results = run_all(all_cases())
    verbose = "-v" in sys.argv
    for r in results:
        if verbose or not r.ok:
            state = "ok  " if r.ok else "FAIL"
            line = f"{state} {r.case.id:<42} rc={r.rc} {r.seconds:5.2f} s CPU {r.peak_mb:5.0f} MB"
            print(line + ("" if r.ok else "  " + "; ".join(r.problems)))  # noqa: T201
            if not r.ok:
                print("     stderr: " + r.stderr[-400:].replace("\n", "\n             "))  # noqa: T201
    print(summary(results))  # noqa: T201
    keys = next((r for r in results if r.case.id == "facts-100k-keys"), None)
    if keys is not None:
        print(f"validation of a facts file with 10^5 keys: {keys.seconds:.2f} s CPU, {keys.peak_mb:.0f} MB")  # noqa: T201,E501
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
