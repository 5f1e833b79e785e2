"""Score the article extractor on a folder of articles with expected facts.

Usage: python bench/extraction.py [DIR]   (default: tests/fixtures/articles)

Each article is `NAME.txt` (optional `key: value` header lines — title, date, publisher, language,
url — then a blank line, then the body) next to `NAME.expected.json` (`{"facts": [...]}`).
A reported fact matches an expected one when kind, parties (company, investor, partner), amount
(within 0.5 %) and currency agree. Parties agree when the store would identify them as one company,
or when one is a short form of the other that the article itself uses ("Vantor" for the "Vantor
Dynamics" it introduced): the importer naming the party by its full form is not an error; so is a
name the expected file gives with the acronym the article puts after it ("Agence spatiale européenne
(ESA)"). Kinds are
compared as the issue defines them: an annualised revenue run-rate is revenue, so an expected fact
filed as a metric "arr" is a revenue fact. A second
line gives the strict figures (names equal as the store sees them) for comparison. Prints precision, recall, F1, the facts that did not match, any
amount that does not appear in its own sentence ("invented"), and the time per article.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract.amounts import parse_amounts
from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store.names import normalize_name

_HEADER_RE = re.compile(r"^(title|date|published|publisher|language|url|source):\s*(.*)$", re.IGNORECASE)
_HEADER_ARGUMENT = {"date": "published", "source": "url"}
TOLERANCE = 0.005
# Metric names that the issue counts as revenue ("annualized revenue run-rate").
REVENUE_METRICS = frozenset(
    {"arr", "run_rate", "revenue_run_rate", "annualized_revenue", "annualised_revenue"}
)


def read_case(path: Path) -> tuple[str, dict]:
    """The body of a fixture article and its header as `parse_article` keyword arguments."""
    lines = path.read_text(encoding="utf-8").split("\n")
    header: dict[str, str] = {}
    position = 0
    while position < len(lines) and (match := _HEADER_RE.match(lines[position])):
        key = match.group(1).lower()
        header[_HEADER_ARGUMENT.get(key, key)] = match.group(2).strip()
        position += 1
    if header and position < len(lines) and not lines[position].strip():
        position += 1
    return "\n".join(lines[position:]), header


def parse_case(path: Path) -> ParsedSource:
    body, header = read_case(path)
    return parse_article(body, path=str(path), **header)


def expected_facts(path: Path) -> list[dict]:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))["facts"]


def matches(fact: Fact, expected: dict, text: str | None = None) -> bool:
    """Kind, parties, amount (±0.5 %) and currency agree. With the article's `text`, a party may be
    named by a short form the article uses; without it, names must be equal as the store sees them."""
    if "kind" in expected and fact.kind != expected_kind(expected):
        return False
    if "currency" in expected and fact.currency != expected["currency"]:
        return False
    for key in ("company", "investor", "partner"):
        found, wanted = getattr(fact, key), expected.get(key)
        if key in expected and not (same_name(found, wanted) or same_party(found, wanted, text)):
            return False
    if (
        expected.get("investor") is None
        and fact.kind in ("investment", "acquisition")
        and "investor" not in expected
    ):
        return False
    amount = expected.get("amount")
    if amount is None or fact.amount is None:
        return amount is None and fact.amount is None
    return abs(fact.amount - amount) <= TOLERANCE * abs(amount)


def expected_kind(expected: dict) -> str:
    """The expected fact's kind as the issue defines kinds: a run-rate filed as a metric is revenue."""
    if expected["kind"] == "metric" and str(expected.get("metric") or "").lower() in REVENUE_METRICS:
        return "revenue"
    return expected["kind"]


def same_name(found: str | None, wanted: str | None) -> bool:
    """Names agree as the store's `normalize_name` sees them: "Aker ASA" is "Aker", "Meta" is not
    "Meta Platforms"."""
    if found is None or wanted is None:
        return found is wanted
    return normalize_name(found) == normalize_name(wanted)


def same_party(found: str | None, wanted: str | None, text: str | None) -> bool:
    """One name is the other's leading words and the article writes that short form on its own:
    "Vantor" and "Vantor Dynamics" in a story that says both."""
    if found is None or wanted is None or not text:
        return False
    if (named := _with_acronym(wanted, text)) and any(same_name(found, form) for form in named):
        return True
    shorter, longer = sorted((normalize_name(found).split(), normalize_name(wanted).split()), key=len)
    if not shorter or longer[: len(shorter)] != shorter:
        return False
    short_form, long_form = sorted((found, wanted), key=lambda name: len(normalize_name(name).split()))
    alone = text.replace(long_form, " ")
    return re.search(rf"(?<!\w){re.escape(short_form)}(?!\w)", alone) is not None


def _with_acronym(name: str, text: str) -> tuple[str, str] | None:
    """A name written with its acronym, "Agence spatiale européenne (ESA)", as the article writes it:
    the name and the acronym, each of which names the same party."""
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name.strip())
    if match is None or name.strip() not in text:
        return None
    return match.group(1), match.group(2)


def pair(
    facts: list[Fact], expected: list[dict], text: str | None = None
) -> tuple[list[tuple[Fact, dict]], list[Fact], list[dict]]:
    """Greedy one-to-one matching: (pairs, unmatched reported facts, unmatched expected facts)."""
    left = list(facts)
    pairs, missed = [], []
    for wanted in expected:
        found = next((fact for fact in left if matches(fact, wanted, text)), None)
        if found is None:
            missed.append(wanted)
        else:
            pairs.append((found, wanted))
            left.remove(found)
    return pairs, left, missed


def invented(fact: Fact, language: str | None) -> bool:
    """True when the fact's amount is not one written in its own sentence."""
    if fact.amount is None:
        return False
    written = [a for a in parse_amounts(fact.sentence, language)]
    values = {a.value for a in written} | {a.amount_max for a in written if a.amount_max}
    return not any(abs(fact.amount - value) <= TOLERANCE * fact.amount for value in values)


def main(argv: list[str]) -> int:
    folder = (
        Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "tests/fixtures/articles"
    )
    cases = sorted(p for p in folder.glob("*.txt") if p.with_name(p.stem + ".expected.json").exists())
    if not cases:
        print(f"{folder}: no NAME.txt + NAME.expected.json pairs")
        return 1
    true_positive = strict_positive = reported = wanted = invented_count = 0
    elapsed = 0.0
    for path in cases:
        started = time.perf_counter()
        source = parse_case(path)
        elapsed += time.perf_counter() - started
        expected = expected_facts(path)
        pairs, extra, missed = pair(source.facts, expected, read_case(path)[0])
        strict_positive += len(pair(source.facts, expected)[0])
        true_positive += len(pairs)
        reported += len(source.facts)
        wanted += len(expected)
        bad = [fact for fact in source.facts if invented(fact, source.language)]
        invented_count += len(bad)
        for fact in extra:
            print(f"  {path.name}: unexpected {_short(fact.model_dump())}")
        for fact in missed:
            print(f"  {path.name}: missed     {_short(fact)}")
        for fact in bad:
            print(f"  {path.name}: INVENTED   {_short(fact.model_dump())}")
    precision = true_positive / reported if reported else 1.0
    recall = true_positive / wanted if wanted else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"command: python bench/extraction.py {folder}")
    print(f"articles: {len(cases)}  expected facts: {wanted}  reported: {reported}  matched: {true_positive}")
    print(
        f"precision: {precision:.3f}  recall: {recall:.3f}  F1: {f1:.3f}  invented amounts: {invented_count}"
    )
    if strict_positive != true_positive:
        print(
            f"strict names (no short forms): precision {strict_positive / reported:.3f}"
            f"  recall {strict_positive / wanted:.3f}  matched: {strict_positive}"
        )
    print(f"time: {1000 * elapsed / len(cases):.1f} ms per article")
    _stress()
    return 0


def _stress() -> None:
    """Time hostile inputs: they must finish (the tests prove it); here we see how fast."""
    seed = "OpenAI a levé 1,2 Md$ auprès de Amazon, plus de (environ « "
    inputs = {
        "5 KB article": (
            Path(__file__).resolve().parents[1] / "tests/fixtures/articles/en_corvex_each.txt"
        ).read_text(encoding="utf-8")
        * 5,
        "'1,1,…,1 millions' x10k": ",".join(["1"] * 10_000) + " millions",
        "1 MB single line": (seed * 20_000)[:1_000_000],
    }
    for label, text in inputs.items():
        started = time.perf_counter()
        parse_article(text)
        print(f"stress: {label}: {1000 * (time.perf_counter() - started):.0f} ms")


def _short(fact: dict) -> str:
    keys = ("kind", "company", "investor", "partner", "amount", "currency", "bound", "date")
    return ", ".join(f"{k}={fact.get(k)}" for k in keys if fact.get(k) is not None)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
