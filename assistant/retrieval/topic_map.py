"""Where each national page treats each topic: country-aware section weights for the topic boost.

Why: topics.toml maps a topic to ONE section, but the pages disagree. Limitation periods are section 6
on most pages and 4.3 on Estonia's and the Netherlands'; exempt wages and household goods are 6 on
Hungary's page and 4.1 on Germany's. A boost on the nominal section alone pushes the wrong section of
such a page up. A union boost (nominal + every neighbour for every country) was tried and cost
Recall@1, because it also lifts the neighbour on pages where it is off-topic.

So the weights come from the page itself: at first use, every chunk is scanned for each topic's own
lexicon words (topics.term_mass: strong and ordinary terms, not question hints) and the hits are summed
per (country, topic, section). A question's topic then boosts, on a given country's page, a blend of
the nominal section (the prior, kept because a page may mention a topic in passing elsewhere) and the
sections where that page actually uses the topic's words. Nothing here looks at golden labels; it is
derived from the chunk texts, like the BM25 index, and recomputed whenever the index is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assistant.models import Chunk

# Share of a topic's weight that stays on its nominal section; the rest follows the page's own usage.
# Tuned on the dev split (see evals/bench_retrieval.py); 1.0 = the old single-section boost.
PRIOR = 0.5
# Below this much lexicon weight on a page (one strong term = 2) the page says too little about the
# topic to move the boost: the nominal section keeps the full weight.
MIN_MASS = 2.0


# Whether a subsection topic's bare heading ("3" above "3.2") counts as an implicit neighbour (see
# TopicMap.parents).
PARENTS = True


# Where a page without the topic's nominal section (and without the topic's words in a declared
# neighbour) treats it: its general section, which summarises what the page has no section for.
FALLBACK_SECTION = "1"

# How much of a topic's lexicon weight (one strong term = 2) a page must hold in ONE other declared
# section, while its nominal section holds none, before that section leads the topic on the page (see
# TopicMap.page_lead): four strong terms' worth. At 4.0 (two) thin evidence moved too much: Germany's
# exemptions (6) to its 4.1 and Greece's durations (4.3) to its 6, and the dev QA eval broke four turns.
LEAD_MASS = 8.0

_CACHE: dict[tuple[str, ...], TopicMap] = {}


class TopicMap:
    """``mass[(country, topic id)][section]``: lexicon weight of the topic in that section's chunks."""

    def __init__(self, mass: Mapping[tuple[str, str], Mapping[str, float]], *, prior: float = PRIOR,
                 min_mass: float = MIN_MASS, pages: Mapping[str, Iterable[str]] | None = None) -> None:
        self.mass = {key: dict(secs) for key, secs in mass.items()}
        self.prior = prior
        self.min_mass = min_mass
        # country -> the sections its page actually has (None = unknown, no empty-section rule)
        self.pages = {c: frozenset(secs) for c, secs in pages.items()} if pages is not None else None

    @classmethod
    def from_chunks(cls, chunks: Iterable[Chunk], **kwargs: float) -> TopicMap:
        from assistant.query.topics import term_mass

        mass: dict[tuple[str, str], dict[str, float]] = {}
        pages: dict[str, set[str]] = {}
        for ch in chunks:
            pages.setdefault(ch.country, set()).add(ch.section)
            for topic_id, weight in term_mass(ch.text).items():
                secs = mass.setdefault((ch.country, topic_id), {})
                secs[ch.section] = secs.get(ch.section, 0.0) + weight
        return cls(mass, pages=pages, **kwargs)

    @classmethod
    def for_index(cls, chunks: Mapping[str, Chunk]) -> TopicMap:
        """``from_chunks`` cached per process by the chunk ids (content hashes of country, section and
        text, so equal ids mean an equal map): scanning ~600 chunks takes about a second, and the app,
        the evals and the tests build several retrievers over the same index."""
        key = tuple(sorted(chunks))
        if key not in _CACHE:
            if len(_CACHE) >= 4:
                _CACHE.pop(next(iter(_CACHE)))
            _CACHE[key] = cls.from_chunks(chunks.values())
        return _CACHE[key]

    def placement(self, country: str, topic_id: str, nominal: str, also: Iterable[str] = ()) -> dict[str, float]:
        """Where ``topic_id`` sits on ``country``'s page: section -> share of the topic's weight (max 1).

        Only the nominal section and the topic's declared ``also`` sections compete: the nominal one
        gets ``prior``, and each of them ``1 - prior`` times its lexicon weight relative to the densest
        of them. A page without enough of the topic's words there keeps the nominal section alone.
        """
        candidates = (nominal, *also, *self.parents(nominal, also))
        secs = self.mass.get((country, topic_id), {})
        found = {s: secs[s] for s in candidates if secs.get(s, 0.0) > 0}
        page = self.pages.get(country) if self.pages is not None else None
        if page and nominal not in page:
            # The page leaves the nominal section out (the Netherlands has no section 2 and states
            # its bailiffs under 1): a boost there lifts nothing. The topic goes to the declared
            # neighbours where this page uses its words, else to the page's general section 1.
            there = {s: m for s, m in found.items() if s in page}
            if sum(there.values()) >= self.min_mass:
                top = max(there.values())
                return {s: m / top for s, m in there.items()}
            return {FALLBACK_SECTION: 1.0} if FALLBACK_SECTION in page else {nominal: 1.0}
        if len(candidates) == 1 or sum(found.values()) < self.min_mass:
            return {nominal: 1.0}
        top = max(found.values())
        out = {s: (1.0 - self.prior) * m / top for s, m in found.items()}
        out[nominal] = out.get(nominal, 0.0) + self.prior
        return out

    def page_lead(self, country: str, topic_id: str, nominal: str, also: Iterable[str] = (), *,
                  min_mass: float = LEAD_MASS) -> str | None:
        """The section that treats ``topic_id`` on ``country``'s page INSTEAD of its nominal one, else None.

        Why: Greece's page puts the list of seizable and exempt assets directly under the bare heading 4
        and uses 4.1 for what happens when the debtor does not comply; its 4.1 has none of the assets
        topic's words. Retrieval boosts both (``placement`` keeps the prior on the nominal section), but the
        composer, told the topic is "4.1", then leads with and quotes the page's 4.1. Only when the nominal
        section has no mass at all on the page and one declared neighbour (or the bare heading) has at
        least ``min_mass`` is that neighbour the page's own place for the topic.
        """
        secs = self.mass.get((country, topic_id), {})
        if secs.get(nominal, 0.0) > 0:
            return None
        candidates = [s for s in (*also, *self.parents(nominal, also)) if s != nominal]
        found = {s: secs.get(s, 0.0) for s in candidates if secs.get(s, 0.0) >= min_mass}
        if not found:
            return None
        best = max(found.values())
        tops = [s for s in candidates if found.get(s) == best]
        return tops[0] if len(tops) == 1 else None

    def parents(self, nominal: str, also: Iterable[str] = ()) -> tuple[str, ...]:
        """The bare heading above a subsection topic ("3" for "3.2"), when PARENTS is on.

        Why: several pages (Spain, Slovenia, Poland, Croatia, Cyprus, Malta under 3; Greece, the
        Netherlands under 4) put text directly under the bare heading, before or instead of its
        subsections; the enforceable titles that 3.2 lists elsewhere are Spain's and Slovenia's "3".
        The heading is an implicit neighbour: it competes like a declared ``also`` section, i.e. only
        on pages whose own text under it uses the topic's words (a page with an empty heading has no
        chunks there, hence no mass).
        """
        if not PARENTS or "." not in nominal:
            return ()
        parent = nominal.split(".", 1)[0]
        return () if parent == nominal or parent in also else (parent,)

    def section_scores(self, country: str, topic_scores: Mapping[str, float],
                       placing: Mapping[str, tuple[str, ...]]) -> dict[str, float]:
        """Section -> summed topic weight on ``country``'s page (same scale as TopicIntent.scores).

        ``placing``: topic id -> (nominal section, *also sections), from topics.toml.
        """
        out: dict[str, float] = {}
        for topic_id, score in topic_scores.items():
            if topic_id not in placing:
                continue
            nominal, *also = placing[topic_id]
            for sec, share in self.placement(country, topic_id, nominal, also).items():
                out[sec] = out.get(sec, 0.0) + score * share
        return out
