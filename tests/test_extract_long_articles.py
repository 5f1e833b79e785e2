"""A long article naming thousands of companies is read in time linear in its length (qa45 #8): the
names met were all read again at every word (`_short_name`, `_national_names`), 4,000 one-line rounds
taking 17 s, 2,000 taking 6 s. Counted, not timed: how often a name's OrgInfo is looked at."""

from __future__ import annotations

from ai_deals.importers.article import parse_article
from ai_deals.importers.extract import entities


def _rounds(count: int) -> str:
    return "\n\n".join(
        f"Co{i} AI said it raised ${i + 1} million in a Series A round led by Fund {i}." for i in range(count)
    )


def _entity_reads(monkeypatch, count: int) -> int:
    reads = [0]
    original = entities.OrgInfo.__getattribute__

    def counting(info, name):
        if name == "entity":
            reads[0] += 1
        return original(info, name)

    monkeypatch.setattr(entities.OrgInfo, "__getattribute__", counting)
    source = parse_article(_rounds(count), title="Big", published="2024-03-01")
    monkeypatch.undo()
    assert len(source.facts) == count
    return reads[0]


def test_the_names_met_are_not_read_again_at_every_word(monkeypatch):
    small, large = _entity_reads(monkeypatch, 200), _entity_reads(monkeypatch, 400)
    assert large <= 2.2 * small, "twice the article, twice the work (it was four times)"


def test_names_added_and_removed_keep_the_indexes_by_name_part_right():
    names = entities.NamesMet()
    names["Corvex Robotics"] = entities.OrgInfo(name="Corvex Robotics")
    names.setdefault("U.S. Navy", entities.OrgInfo(name="U.S. Navy"))
    reader = entities.EntityReader(orgs=names)
    assert reader._short_name("Corvex") == "Corvex Robotics"
    assert reader._without_country("Navy") == "U.S. Navy"
    names["Corvex Systems"] = entities.OrgInfo(name="Corvex Systems")
    assert reader._short_name("Corvex") is None, "two names open with it: neither"
    del names["Corvex Systems"]
    assert reader._short_name("Corvex") == "Corvex Robotics"
