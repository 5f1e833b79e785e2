"""Every regular expression of the importers, fed inputs built to make regexes backtrack.

Catastrophic backtracking is one match attempt that takes exponential (or high polynomial) time.
Each module-level pattern gets one anchored attempt (`match`) on 20 kB runs of the characters
patterns usually repeat (digits and separators, spaces, letters, capitalised words, punctuation),
each ending in a character that forces a failure, and a `search` over the last 2 kB (the importers
never search a longer text: sentences over 2,000 characters are not read as prose). A sound
pattern needs milliseconds; a catastrophic one, minutes. The probe runs in a child process with a
budget per pattern far above the sound cost, so it detects hangs rather than timing anything.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, re, time
    import ai_deals.importers as root
    RUNS = ["1,", "1 ", "1.", "1'", "1\\u00a0", "12 345 ", "a", "a ", "A ", "Ab ", "AB ", " ", "\\u00a0", "-",
            "de ", "of the ", "\u00ab", "(", "M", "Md", "$1", "1 million ", "\u00e9", "d'", "\\n", ", ", "A, ",
            "1 et ", "plus de ", "environ "]
    RUNS = [run.encode().decode("unicode_escape") for run in RUNS]
    texts = [run * (20_000 // len(run)) + end for run in RUNS for end in ("!", "\\x00", "1", "a")]
    costs = {}
    for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, pattern in vars(module).items():
            if not isinstance(pattern, re.Pattern):
                continue
            encode = isinstance(pattern.pattern, bytes)
            started = time.process_time()
            for text in texts:
                data = text.encode() if encode else text
                pattern.match(data)
                pattern.search(data[-2000:])
            costs[f"{info.name}.{name}"] = time.process_time() - started
    print(json.dumps(costs))
    """
)
# Per pattern, over 120 inputs; the slowest sound pattern here needs about 1.5 s on a loaded 2-core machine.
BUDGET_SECONDS = 10.0


def test_no_importer_pattern_backtracks_catastrophically():
    # The timeout bounds the whole probe (every pattern of every importer module, ~120 inputs each), not one
    # pattern: on a slow shared machine the sound patterns alone neared 900 s (session 29). The per-pattern
    # budget below is what detects a catastrophic one.
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=2400)
    assert result.returncode == 0, result.stderr
    costs = json.loads(result.stdout)
    assert len(costs) > 50  # the probe found the importers' patterns
    slow = {name: round(cost, 2) for name, cost in costs.items() if cost > BUDGET_SECONDS}
    assert slow == {}
