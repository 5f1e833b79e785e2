"""The names of the schema's migrations, without loading them.

The explorer checks a database file before its first frame; `schema.py` needs sqlite-utils, whose
import (it loads numpy) costs about 0.1 s, so the check reads the names from here. `schema.py`
refuses to load if its steps and these names differ.
"""

from __future__ import annotations

MIGRATION_SET = "ai_deals"
MIGRATION_NAMES = (
    "m001_initial",
    "m002_merges_and_reviews",
    "m003_full_text_search",
    "m004_search_generation",
    "m005_round_investors_by_investor",
    "m006_names_of_every_script",
    "m007_evidence_cited_source",
    "m008_retired_record_ids",
    "m009_fact_identity",
    "m010_every_spelling_an_alias",
    "m011_sources_by_citation",
    "m012_split_sources",
    "m013_removed_companies",
    "m014_percentage_bound",
    "m015_timeline_order",
    "m016_round_tranches",
    "m017_names_without_controls",
    "m018_merges_split_apart",
    "m019_search_additions",
    "m020_stake_round_types",
    "m021_acquisitions_by_acquirer",
    "m022_evidence_by_source_and_record",
    "m023_search_token",
    "m024_round_investors_joined",
    "m025_tranche_sentences",
    "m026_partnership_amounts",
    "m027_computed_tranches",
    "m028_source_companies",
    "m029_spelling_sources",
    "m030_names_chosen",
    "m031_spellings_from_aliases",
    "m032_names_without_markup",
    "m033_names_with_pictographs",
    "m034_computed_tranches_follow_edits",
    "m035_sources_by_path",
    "m036_correction_sources",
    "m037_splits",
    "m038_evidence_cited_corrections",
    "m039_stake_tranches_by_stake",
    "m040_recalled_rounds",
    "m041_evidence_row_lines",
    "m042_recalled_after_its",
    "m043_valuations_not_raised_yet",
)
SCHEMA_VERSION = len(MIGRATION_NAMES)
KNOWN_MIGRATIONS = frozenset(MIGRATION_NAMES)
