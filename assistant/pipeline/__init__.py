"""The conversational pipeline: input hygiene → understanding → retrieval + rules → composer → Reply.

Public API::

    from assistant.pipeline import Assistant, ChatSession, unsupported_numbers

    assistant = Assistant(settings=None, retriever=None, router=None, chat_model=None)
    assistant.warm_up()                      # lazy, once per process (model + index; builds a missing index)
    session = assistant.new_session()        # one per user; nothing mutable is shared between sessions
    reply = assistant.ask(session, "Hvor længe gælder et udlæg i Sverige?", country=None)  # never raises
    for item in assistant.ask_stream(session, "Og i Belgien?"):  # str increments, then the final Reply
        ...
    unsupported_numbers(reply)               # [] when every number is a Fact value or in a cited quote

Modules: ``service`` (facade), ``session`` (follow-up resolution) + ``followup_cues`` (its wording cues),
``understanding`` (query signals), ``composer`` + ``sentences`` (deterministic grounded answer; candidate
spans in ``sentence_spans``, query weights in ``term_weights``, sentence tests in ``sentence_features``),
``generative`` (optional LLM rewrite),
``prompts`` (every text and prompt), ``grounding`` (checks), ``rules_adapter``, ``protocols``,
``inputs`` (bad input), ``fakes`` (keyword retriever and rule tables for tests and ``--fake``).
"""

from assistant.pipeline.grounding import unsupported_numbers
from assistant.pipeline.service import Assistant
from assistant.pipeline.session import ChatSession

__all__ = ["Assistant", "ChatSession", "unsupported_numbers"]
