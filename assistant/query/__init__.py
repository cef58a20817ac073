"""Deterministic query understanding: countries, topic (section), language, expansion, scope.

Every lexicon is reviewable data under assistant/query/data/*.toml, validated when first loaded.
All functions are pure and fast (no models, no I/O after the first call) and return SIGNALS; the
pipeline decides what to do with them.
"""

from .glossary import expand_query, expansion_terms
from .language import LanguageCode, detect_language
from .places import CountryDetection, CountryMatch, detect_countries, place_name
from .scope import asks_to_evade, asks_to_forge, detect_out_of_scope, looks_like_injection
from .topics import TopicIntent, detect_topic

__all__ = [
    "asks_to_evade",
    "asks_to_forge",
    "CountryDetection",
    "CountryMatch",
    "LanguageCode",
    "TopicIntent",
    "detect_countries",
    "detect_language",
    "detect_out_of_scope",
    "detect_topic",
    "expand_query",
    "expansion_terms",
    "looks_like_injection",
    "place_name",
]
