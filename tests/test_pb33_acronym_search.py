"""A query typed as 2-4 capitals ("BEI", French for the EIB) is an acronym: it finds a name or alias that
is it, a name with a word that is it, or one whose initials spell it, never an unrelated name whose letters
merely come in order ("Brennic" scored 82 for "BEI", qa32 #10). pb33."""

from __future__ import annotations

from cli_helpers import import_files, run, run_ok  # noqa: F401 (autouse fixture private_default_db)

from ai_deals.store import search
from ai_deals.store.search import SearchIndex, build_arrays, rank_names

NAMES = [
    (1, "Brennic"),
    (2, "Banque européenne d'investissement"),
    (3, "Beijing Capital"),
    (4, "BEI Partners"),
    (5, "Bpifrance"),
]


def test_an_acronym_query_does_not_rank_a_name_whose_letters_merely_come_in_order():
    found = [match.text for match in rank_names("BEI", NAMES)]
    assert "Brennic" not in found


def test_an_acronym_query_prefers_a_word_that_is_it_then_initials_over_a_word_starting_with_it():
    found = [match.text for match in rank_names("BEI", NAMES)]
    assert found == ["BEI Partners", "Banque européenne d'investissement", "Beijing Capital"]


def test_an_acronym_query_through_the_index_finds_the_initials_and_not_the_unrelated_name():
    ids, texts = [company for company, _ in NAMES], [text for _, text in NAMES]
    index = SearchIndex.from_arrays(build_arrays(ids, texts, [False] * len(NAMES)))
    found = [match.text for match in index.search("BEI")]
    assert "Brennic" not in found and "Banque européenne d'investissement" in found


def test_only_two_to_four_capitals_are_an_acronym():
    is_acronym = search.is_acronym
    assert is_acronym("BEI") and is_acronym("AI") and is_acronym(" KKR ")
    assert not is_acronym("bei") and not is_acronym("Bei") and not is_acronym("BPIFR") and not is_acronym("B1")


def test_the_search_command_does_not_answer_brennic_for_bei(capsys, tmp_path):
    deals = "Company,Round,Amount,Currency,Date,Investors\nBrennic,Series A,51M,USD,2024-11-14,Amberline Capital\n"
    db = import_files(capsys, tmp_path, ("deals.csv", deals))
    assert "Brennic" in run_ok(capsys, db, "search", "Brennic")
    _code, out, err = run(capsys, "--db", str(db), "search", "BEI")
    assert "Brennic" not in out + err
