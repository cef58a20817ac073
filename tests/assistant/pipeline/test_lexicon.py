"""The composer's everyday-word lexicon adds only what the query glossary does not already translate."""

import pytest

from assistant.pipeline.lexicon import _ENTRIES, _WHOLE_WORDS, danish_words
from assistant.pipeline.sentences import stems
from assistant.query.glossary import expansion_terms

pytestmark = pytest.mark.unit

# Inflections a word-start key catches ("vilkår" → "vilkårene", "dør" → "døra") that the glossary may not.
_ENDINGS = ("", "e", "en", "ene", "a", "ed", "er", "s", "et", "ar", "arna")


@pytest.mark.parametrize("key", sorted(_ENTRIES))
def test_entry_is_not_a_copy_of_the_glossary(key):
    """One list per concept: an entry whose Danish words the glossary already gives for the key and for
    each of its inflections only repeats it (at a lower weight, which the glossary's full weight overrides)."""
    want = stems(_ENTRIES[key])
    forms = [key] if " " in key or key in _WHOLE_WORDS else [key + e for e in _ENDINGS]
    assert any(not want <= stems(f + " " + " ".join(expansion_terms(f))) for f in forms)


def test_words_the_glossary_misses_are_still_translated():
    assert "betingelse" in danish_words("Hva er vilkårene?")  # "vilkårene": an inflection the glossary lacks
