"""Fuzzy search over company names and aliases, in memory, fast at a million names.

Case-, accent- and typo-insensitive. A full rapidfuzz scan of a million names takes over a second, so
the index first picks candidates by character trigrams shared with the query (numpy postings, see
`search_keys`), then ranks those few hundred: rapidfuzz's WRatio drops the unlike ones, and `_score`
ranks the rest in tiers (exact, prefix, word start, typo, letters inside a word), dropping weak ones:
WRatio alone scored a short name found inside the query ("Rań" for "bpifrance") at 90. Small indexes
skip the first step and rank every name. Each hit carries the positions of the matched characters in
the original spelling, so the UI can highlight them.

Names are kept as two UTF-8 blobs with offsets rather than a million Python strings: the index is
smaller, and it loads from its cache file (`search_cache`) without rebuilding anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from .names import MAX_QUERY_LENGTH, fold, fold_with_map
from .search_keys import PostingsBuilder, query_trigrams, search_key, search_keys

# Below this a name is not a hit at all. Scores come in tiers (see `_score`): exact 100, the name
# starting with the query 95-99, a later word starting with it 90-94, a close typo of the name or of
# the start of one of its words 72-89 (81-100 alike), the query inside a word 80-84, its letters in
# order near the start ("opn" for "OpenAI") 78-88. What used to pass (WRatio >= 55) included names
# found inside the query ("Rań" for "bpifrance", 90) and scattered letters ("Roleñarí" for "openai").
MIN_SCORE = 72.0
# WRatio below this drops a candidate before the finer scoring (a cheap C-level first pass).
FIRST_PASS = 35.0
# A whole-name typo ("kakwaald" for "Kakawald") counts from this alike (fuzz.ratio, 0-100): below,
# two names of a similar length share letters by chance ("openai" and "Roleñarí" are 71 alike).
WHOLE_NAME_TYPO = 80.0
# Fuzzy matches stay below every exact prefix or word start: their 0-100 likeness is scaled to 0-89
# (so a fuzzy hit needs to be 81 alike).
FUZZY_CEILING = 89.0
# A name stands for a query (`stands_for`) when they differ by a typo or two (search keys at least
# this alike, 0-100: "Cognac" for "Cognaé", "softbnk" for "SoftBank")...
CLOSE_RATIO = 80.0
# ... or when the query's words are words of the name making up at least this share of its letters
# ("Mistral" for "Mistral AI", "暗面" for "月之暗面"). Not a piece of a word ("nope" in "OpenAI"), not
# a name lacking one of the query's words ("Kaja Health" is not "Kaja"): those are search results only.
CLOSE_WORD_SHARE = 0.5
# A hit scoring this or more has a name starting with the query (the prefix tier of `_score`).
PREFIX_SCORE = 95.0
# Below this many names every name is ranked: exact results, and the index costs nothing to build.
RANK_ALL_BELOW = 2000
# A query typed as 2-4 capitals ("BEI", "EIB") is an acronym: it answers a name that is it, starts with
# it, has a word that is it, or whose words' initials spell it ("European Investment Bank"), never one
# whose letters merely come in order ("Brennic" for "BEI" scored 82) or are a typo away. Those tiers
# (`_fuzzy`, letters inside a word or in order) count for it only from this score up.
ACRONYM_FLOOR = 90.0
ACRONYM_LENGTHS = range(2, 5)
# The initials tier, below a name starting with the query (PREFIX_SCORE), above any fuzzy match.
INITIALS_SCORE = 93.0
# Words an acronym leaves out ("Banque européenne d'investissement" is BEI, "Bank of America" BoA).
_ACRONYM_SKIPS = frozenset(("d", "de", "des", "du", "l", "la", "le", "les", "et", "of", "the", "and", "for", "&"))
# How many trigram candidates (at least) are ranked with rapidfuzz.
MIN_CANDIDATES = 400
# Postings counted per query at most: the rarest trigrams are read first, and the commonest ones
# ("sys", " ag", "ing"), which tell few names apart, are left out once this many were counted.
POSTINGS_BUDGET = 300_000


@dataclass(frozen=True)
class IndexedName:
    company_id: int
    text: str
    is_alias: bool


@dataclass(frozen=True)
class NameMatch:
    company_id: int
    text: str
    score: float
    positions: list[int]


@dataclass(frozen=True)
class IndexArrays:
    """Everything a `SearchIndex` holds, as arrays: what the cache file stores."""

    company_ids: np.ndarray  # int64, one per name
    is_alias: np.ndarray  # uint8, one per name
    text_blob: np.ndarray  # uint8, the original names in UTF-8, back to back
    text_offsets: np.ndarray  # int64, len(names) + 1
    key_blob: np.ndarray  # uint8, the search keys in UTF-8
    key_offsets: np.ndarray  # int64, len(names) + 1
    postings: np.ndarray  # uint32, name indices grouped by trigram
    posting_offsets: np.ndarray  # int64, one more than the number of trigrams


def _blob(texts: list[str]) -> tuple[bytes, np.ndarray]:
    """Texts back to back in UTF-8, and each one's length."""
    encoded = [text.encode("utf-8", "surrogatepass") for text in texts]
    return b"".join(encoded), np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))


def _joined(blobs: list[bytes], lengths: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """One blob out of a batch's blobs, and where each text starts in it (plus the end)."""
    all_lengths = np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64)
    offsets = np.zeros(len(all_lengths) + 1, dtype=np.int64)
    np.cumsum(all_lengths, out=offsets[1:])
    return np.frombuffer(b"".join(blobs), dtype=np.uint8), offsets


class IndexBuilder:
    """Index arrays built a batch of names at a time: a million names are never all Python strings
    at once, which is what a build's memory peak used to be made of."""

    def __init__(self, first: int = 0) -> None:
        """Names numbered from `first` in the postings (after an existing index's: `extend_arrays`)."""
        self._ids: list[np.ndarray] = []
        self._aliases: list[np.ndarray] = []
        self._texts: tuple[list[bytes], list[np.ndarray]] = ([], [])
        self._keys: tuple[list[bytes], list[np.ndarray]] = ([], [])
        self._postings = PostingsBuilder(first)

    def add(self, company_ids: list[int], texts: list[str], is_alias: list[bool]) -> None:
        """The next names, as three parallel columns."""
        keys = search_keys(texts)
        self._ids.append(np.asarray(company_ids, dtype=np.int64))
        self._aliases.append(np.asarray(is_alias, dtype=np.uint8))
        for (blobs, lengths), batch in ((self._texts, texts), (self._keys, keys)):
            blob, batch_lengths = _blob(batch)
            blobs.append(blob)
            lengths.append(batch_lengths)
        self._postings.add(keys)

    def finish(self) -> IndexArrays:
        text_blob, text_offsets = _joined(*self._texts)
        key_blob, key_offsets = _joined(*self._keys)
        postings, posting_offsets = self._postings.finish()
        return IndexArrays(
            company_ids=np.concatenate(self._ids) if self._ids else np.zeros(0, dtype=np.int64),
            is_alias=np.concatenate(self._aliases) if self._aliases else np.zeros(0, dtype=np.uint8),
            text_blob=text_blob,
            text_offsets=text_offsets,
            key_blob=key_blob,
            key_offsets=key_offsets,
            postings=postings,
            posting_offsets=posting_offsets,
        )


def build_arrays(
    company_ids: list[int], texts: list[str], is_alias: list[bool], batch: int = 100_000
) -> IndexArrays:
    """Index arrays for names given as three parallel columns (no per-name objects: 1M is a lot)."""
    builder = IndexBuilder()
    for start in range(0, len(texts), batch):
        end = start + batch
        builder.add(company_ids[start:end], texts[start:end], is_alias[start:end])
    return builder.finish()


def extend_arrays(arrays: IndexArrays, batches) -> IndexArrays:
    """`arrays` with more names appended, given as batches of three parallel columns: the arrays a
    build of all the names in that order makes, at the cost of keying the new names only."""
    builder = IndexBuilder(first=len(arrays.company_ids))
    for batch in batches:
        builder.add(*batch)
    added = builder.finish()
    # Each trigram's new postings go at the end of its run: they name later names, so it stays ascending.
    where = np.repeat(np.asarray(arrays.posting_offsets[1:]), np.diff(added.posting_offsets))
    return IndexArrays(
        company_ids=np.concatenate([arrays.company_ids, added.company_ids]),
        is_alias=np.concatenate([arrays.is_alias, added.is_alias]),
        text_blob=np.concatenate([arrays.text_blob, added.text_blob]),
        text_offsets=np.concatenate([arrays.text_offsets, added.text_offsets[1:] + arrays.text_offsets[-1]]),
        key_blob=np.concatenate([arrays.key_blob, added.key_blob]),
        key_offsets=np.concatenate([arrays.key_offsets, added.key_offsets[1:] + arrays.key_offsets[-1]]),
        postings=np.insert(np.asarray(arrays.postings), where, added.postings),
        posting_offsets=np.asarray(arrays.posting_offsets) + added.posting_offsets,
    )


class SearchIndex:
    """An immutable index of names; build a new one when the names change."""

    def __init__(self, names: list[IndexedName]) -> None:
        self.arrays = build_arrays(
            [n.company_id for n in names], [n.text for n in names], [n.is_alias for n in names]
        )
        self._ready()

    @classmethod
    def from_arrays(cls, arrays: IndexArrays) -> SearchIndex:
        """An index over arrays already built (by `build_arrays` or read from the cache)."""
        index = cls.__new__(cls)
        index.arrays = arrays
        index._ready()
        return index

    def _ready(self) -> None:
        arrays = self.arrays
        # Each name's key length capped at 1023 (what `_candidates` orders ties by), 2 bytes a name: a
        # keystroke gathers these for every name read from the postings (100,000-250,000 at 1M names),
        # and the 8-byte offsets' differences made that gather 4 times the memory traffic.
        self._short_first = np.minimum(np.diff(arrays.key_offsets), 1023).astype(np.uint16)
        # Views, not copies: a memory-mapped cache file stays on disk until a name is read.
        self._texts = memoryview(arrays.text_blob)
        self._keys = memoryview(arrays.key_blob)
        self._read = _plain(arrays)
        """The arrays as searches read them: plain views of the same memory, which numpy's
        `memmap` indexes without its Python-level `__getitem__` (~350 reads a keystroke)."""

    def __len__(self) -> int:
        return len(self._read.company_ids)

    def text(self, index: int) -> str:
        """The original spelling of name number `index`."""
        return _decode(self._texts, self._read.text_offsets, np.array([index]))[0]

    def keys(self, indices: np.ndarray) -> list[str]:
        """The search keys of the names at `indices`."""
        return _decode(self._keys, self._read.key_offsets, indices)

    def search(self, query: str, limit: int = 50) -> list[NameMatch]:
        """Best match per company, best first; an empty query matches nothing. A query is read up to
        MAX_QUERY_LENGTH characters."""
        query = query[:MAX_QUERY_LENGTH]
        key = search_key(query)
        if not key or limit <= 0:
            return []
        candidates = self._candidates(key, max(MIN_CANDIDATES, limit * 8))
        # Read for every candidate at once: one by one, each spelling and company id cost a numpy
        # call of its own (~10 us), for the few hundred candidates most keystrokes rank.
        companies = self._read.company_ids[candidates].tolist()
        texts = _decode(self._texts, self._read.text_offsets, candidates)
        ranked = _ranked(
            key, self.keys(candidates), companies.__getitem__, texts.__getitem__, is_acronym(query)
        )[:limit]
        folded_query = " ".join(fold(query).split())
        return [
            NameMatch(m.company_id, m.text, m.score, match_positions(folded_query, m.text)) for m in ranked
        ]

    def _candidates(self, key: str, wanted: int) -> np.ndarray:
        """Indices of the names sharing the most trigrams with `key` (shorter names first on ties,
        then lower company ids: `_highest`)."""
        count = len(self)
        if count < RANK_ALL_BELOW:
            return np.arange(count)
        offsets, postings = self._read.posting_offsets, self._read.postings
        lists = _rarest_first([postings[offsets[t] : offsets[t + 1]] for t in query_trigrams(key)])
        if not lists:
            return np.zeros(0, dtype=np.int64)
        hits, shared = _shared_trigrams(lists)
        # One number orders by shared trigrams, then by shortness (key lengths capped at 1023).
        priority = shared * 1024 - self._short_first[hits].astype(np.int64)
        if len(hits) > wanted:
            hits = self._highest(hits, priority, wanted)
        return hits

    def _highest(self, hits: np.ndarray, priority: np.ndarray, wanted: int) -> np.ndarray:
        """The `wanted` hits of highest priority, ties at the cutoff broken by `_first_alike`: not by
        where a name lies in the index, which differs between an index extended with new names
        (`extend_arrays`, appended) and one built from every name (companies, then aliases)."""
        cut = np.partition(priority, len(priority) - wanted)[len(priority) - wanted]
        above = hits[priority > cut]
        return np.concatenate([above, self._first_alike(hits[priority == cut], wanted - len(above))])

    def _first_alike(self, alike: np.ndarray, count: int) -> np.ndarray:
        """`count` of these names of equal priority: lowest company id first, then by search key and
        spelling (several names of the company that the cutoff falls on; they are few)."""
        if len(alike) <= count:
            return alike
        ids = self._read.company_ids[alike]
        last_id = np.partition(ids, count - 1)[count - 1]
        below = alike[ids < last_id]
        tied = alike[ids == last_id]
        named = sorted(zip(self.keys(tied), map(self.text, tied.tolist()), tied.tolist(), strict=True))
        last = [index for _, _, index in named[: count - len(below)]]
        return np.concatenate([below, np.asarray(last, dtype=alike.dtype)])


def rank_names(query: str, names: list[tuple[int, str]]) -> list[NameMatch]:
    """`SearchIndex.search` of `query` over these (company id, name) alone, without building an
    index: the best match of each company, best first, scored and ranked alike (no positions). For a
    caller that knows which few names can answer it (`SearchService.similar_company`)."""
    key = search_key(query[:MAX_QUERY_LENGTH])
    if not key or not names:
        return []
    return _ranked(
        key,
        search_keys([text for _, text in names]),
        lambda at: names[at][0],
        lambda at: names[at][1],
        is_acronym(query),
    )


def _ranked(
    key: str,
    choices: list[str],
    company_of: Callable[[int], int],
    text_of: Callable[[int], str],
    acronym: bool = False,
) -> list[NameMatch]:
    """The best match of each company among `choices` (search keys; `company_of` and `text_of` tell a
    choice's company and spelling by its position) scoring at least MIN_SCORE, best first. An
    `acronym` query (`is_acronym`) is scored by `_acronym_score`."""
    if acronym:  # initials share no trigram with the query: every choice is weighed, not WRatio's pick
        scored = [(choice, 0.0, position) for position, choice in enumerate(choices)]
    else:
        scored = process.extract(key, choices, scorer=fuzz.WRatio, limit=None, score_cutoff=FIRST_PASS)
    best: dict[int, NameMatch] = {}
    query_words = key.split()
    for choice, _, position in scored:
        score = _acronym_score(key, choice) if acronym else _score(key, query_words, choice)
        company_id = company_of(position)
        if score < MIN_SCORE or (company_id in best and best[company_id].score > score):
            continue
        match = NameMatch(company_id, text_of(position), score, [])
        # Ties go by name, then company, never by where a name lies in the index: an index
        # extended with new names (`extend_arrays`) ranks the names it weighs as one built from
        # scratch, and weighs the same ones (`_candidates` breaks its ties alike too).
        if company_id not in best or _rank(match) < _rank(best[company_id]):
            best[company_id] = match
    return sorted(best.values(), key=_rank)


def _rank(match: NameMatch) -> tuple:
    """Best first: higher score, then shorter name, then by name, then by company id."""
    return (-match.score, len(match.text), match.text, match.company_id)


def stands_for(query: str, name: str) -> bool:
    """Whether `name` is close enough to `query` to be taken for it when one company is asked for."""
    query_key, name_key = search_key(query), search_key(name)
    if not query_key or not name_key:
        return False
    if fuzz.ratio(query_key, name_key) >= CLOSE_RATIO:
        return True
    query_words, name_words = query_key.split(), name_key.split()
    if not set(query_words) <= set(name_words):
        return False
    return sum(map(len, query_words)) >= CLOSE_WORD_SHARE * sum(map(len, name_words))


def meant(query: str, ranked: list[tuple[str, float]]) -> int | None:
    """Which of search's hits (matched name, score; best first) a person asking for one company by
    `query` means, if one clearly is: the first that stands for it (`stands_for`: "Cognac" for
    "Cognaé") or starts with it as whole words ("Kima" for "Kima Ventures"), when no other hit does
    either or starts with the query at all ("Kimaro", "Kima Capital": then several could be meant);
    else the only hit there is. None when no hit or several are meant alike."""
    query_key = search_key(query)

    def starts_with_query(name: str) -> bool:
        return bool(query_key) and search_key(name).startswith(query_key + " ")

    standing = [
        index for index, (name, _) in enumerate(ranked) if stands_for(query, name) or starts_with_query(name)
    ]
    rivals = [
        index for index, (name, score) in enumerate(ranked) if index in standing or score >= PREFIX_SCORE
    ]
    if standing:
        return standing[0] if len(rivals) == 1 else None
    return 0 if len(ranked) == 1 else None


def _rarest_first(lists: list[np.ndarray]) -> list[np.ndarray]:
    """Non-empty posting lists, rarest first, within `POSTINGS_BUDGET` (the rarest is always kept)."""
    kept, total = [], 0
    for found in sorted((found for found in lists if len(found)), key=len):
        if kept and total + len(found) > POSTINGS_BUDGET:
            break
        kept.append(found)
        total += len(found)
    return kept


def _plain(arrays: IndexArrays) -> IndexArrays:
    """`arrays` as plain ndarrays viewing the same memory: a cache file's memory maps stay maps
    (nothing is copied), but a read of one no longer goes through `np.memmap`'s Python methods."""
    return IndexArrays(**{field.name: np.asarray(getattr(arrays, field.name)) for field in fields(arrays)})


def _shared_trigrams(lists: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(names found, ascending; how many of the query's trigrams each shares) of posting lists.

    Counted over the postings read (at most `POSTINGS_BUDGET`), not over every name: a count per
    name (`np.bincount`) made and scanned an array of the whole index, 8 MB at a million names, at
    every keystroke (3.3 ms of CPU; this takes 1.0, and its work does not grow with the index).

    Each posting list is ascending, so a stable sort (numpy's is a merge sort that finds runs
    already in order) merges them instead of sorting the postings afresh as `np.unique` did: about
    half its CPU, with the same names and counts."""
    found = np.concatenate(lists)
    found.sort(kind="stable")
    starts = np.flatnonzero(np.concatenate(([True], found[1:] != found[:-1])))
    shared = np.diff(np.append(starts, len(found)))
    return found[starts].astype(np.intp, copy=False), shared


def _decode(blob: memoryview, offsets: np.ndarray, indices: np.ndarray) -> list[str]:
    """The UTF-8 strings at `indices` of a blob."""
    starts, ends = offsets[indices].tolist(), offsets[indices + 1].tolist()
    return [str(blob[start:end], "utf-8", "surrogatepass") for start, end in zip(starts, ends, strict=True)]


def _score(query: str, query_words: list[str], choice: str) -> float:
    """How well a name's search key answers a query's, in tiers (see MIN_SCORE): an exact name, then
    a name the query starts, then one a later word of which it starts; below those, typos anchored at
    the start of a word or of the whole name, the query inside a word, and letters typed in order
    from the first one ("opn" for "OpenAI"). Within a tier, a name the query covers more of ranks
    higher. Letters merely found somewhere, or a short name found inside a longer query, score too
    low to be a hit."""
    if choice == query:
        return 100.0
    cover = len(query) / max(len(choice), 1)
    if choice.startswith(query):
        return PREFIX_SCORE + 4.0 * cover
    if f" {query}" in choice:
        return 90.0 + 4.0 * cover
    score = _fuzzy(query, query_words, choice)
    if query in choice:
        score = max(score, 80.0 + 4.0 * cover)
    if score < 88.0 and query[:1] == choice[:1] and _in_order(query, choice):
        score = max(score, min(88.0, 78.0 + 10.0 * cover))
    return score


def is_acronym(query: str) -> bool:
    """Whether a query as typed is an acronym: 2-4 letters, all capitals ("BEI", "EIB", "KKR")."""
    typed = query.strip()
    return len(typed) in ACRONYM_LENGTHS and typed.isalpha() and typed.isupper()


def _acronym_score(query: str, choice: str) -> float:
    """`_score` of an acronym query (`is_acronym`): the name itself (100) or a name with a word that is
    it ("BEI Capital", `_score`'s prefix and word-start tiers), then a name whose words' initials spell
    it (INITIALS_SCORE), then a word merely starting with it ("Beijing", below the initials); its
    weaker tiers (typos, letters inside a word or in order) count only from ACRONYM_FLOOR up: none does."""
    words = choice.split()
    if "".join(word[0] for word in words if word not in _ACRONYM_SKIPS) == query and choice != query:
        return INITIALS_SCORE
    score = _score(query, [query], choice)
    if score < ACRONYM_FLOOR:
        return 0.0
    return score if score == 100.0 or query in words else min(score, INITIALS_SCORE - 1.0)


def _fuzzy(query: str, query_words: list[str], choice: str) -> float:
    """The best of: the query against the start of each word of the name (same length: a typo in
    what was typed so far), the whole name when they are typos of each other, the words in any order,
    and each query word against the start of a name word (reordered, unfinished words)."""
    width = len(query)
    best = fuzz.ratio(query, choice[:width])
    start = choice.find(" ")
    while start != -1 and best < 100.0:
        best = max(best, fuzz.ratio(query, choice[start + 1 : start + 1 + width]))
        start = choice.find(" ", start + 1)
    if best < 100.0:
        whole = max(fuzz.ratio(query, choice), fuzz.token_sort_ratio(query, choice))
        if whole >= WHOLE_NAME_TYPO:
            best = max(best, whole)
    if best < 100.0 and len(query_words) > 1:
        best = max(best, _words_score(query_words, choice.split()))
    # Scaled, not capped: two names alike to the query by 91 and 89 keep their order below the tiers.
    return best * FUZZY_CEILING / 100.0


def _words_score(query_words: list[str], name_words: list[str]) -> float:
    """Each query word against the start of its best name word, weighted by its length."""
    total = 0.0
    for word in query_words:
        total += len(word) * max(
            (fuzz.ratio(word, name_word[: len(word)]) for name_word in name_words), default=0.0
        )
    return total / sum(map(len, query_words))


def _in_order(query: str, choice: str) -> bool:
    """Whether the query's characters appear in `choice`'s first word in the same order, close
    together: within twice the query's length ("opn" in "openai", not "mistr" in "misu ventures")."""
    rest = iter(choice[: 2 * len(query)].split(" ", 1)[0])
    return all(char in rest for char in query)


def match_positions(folded_query: str, original: str) -> list[int]:
    """Indices of `original` whose characters the query matched (for highlighting)."""
    folded, origin = fold_with_map(original)
    positions = set()
    for op in Indel.opcodes(folded_query, folded):
        if op.tag == "equal":
            positions.update(origin[i] for i in range(op.dest_start, op.dest_end))
    return sorted(positions)
