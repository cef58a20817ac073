"""Optional generative composer: a LangChain chat model rewrites the grounded evidence fluently.

The model never sees chunk ids or URLs – only the numbered excerpts and facts the grounded composer
already chose, by key. Its output is then checked, and any failure falls back to the grounded reply
with the reason recorded in ``Reply.debug['fallback_reason']``:

1. keys [n] that match no excerpt are stripped;
2. no valid key left → fallback (an uncited answer is not grounded);
3. any number that is neither a Fact value nor inside a cited quote → fallback;
4. HTML is escaped (the reply is plain Markdown).

Provider packages (langchain-ollama, langchain-openai) are imported lazily and are not dependencies.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from assistant.models import Reply
from assistant.pipeline import prompts as P
from assistant.pipeline.composer import Composed, country_name, render_value
from assistant.pipeline.grounding import unsupported_numbers

_KEY = re.compile(r"\[(\d+)\]")


class GenerativeUnavailable(RuntimeError):
    """The configured chat model cannot be constructed (package missing or bad settings)."""


def build_chat_model(llm_settings: Any) -> Any:
    """A LangChain chat model for ``settings.llm``; raises ``GenerativeUnavailable`` with a clear message."""
    provider, model, base_url = llm_settings.provider, llm_settings.model, llm_settings.base_url
    if provider == "none":
        raise GenerativeUnavailable("llm.provider is 'none': the generative composer is off")
    if not model:
        raise GenerativeUnavailable(f"llm.provider={provider!r} needs llm.model (EA_LLM__MODEL)")
    try:
        if provider == "ollama":
            from langchain_ollama import ChatOllama  # type: ignore[import-not-found]

            kwargs = {"base_url": base_url} if base_url else {}
            return ChatOllama(model=model, temperature=0, **kwargs)
        if provider == "openai":
            from langchain_openai import ChatOpenAI  # type: ignore[import-not-found]

            kwargs = {"base_url": base_url} if base_url else {}
            return ChatOpenAI(model=model, temperature=0, **kwargs)
    except ImportError as exc:
        pkg = "langchain-ollama" if provider == "ollama" else "langchain-openai"
        raise GenerativeUnavailable(
            f"llm.provider={provider!r} needs the package {pkg!r}, which is not installed "
            f"(pip install {pkg}); falling back is not automatic at start-up") from exc
    raise GenerativeUnavailable(f"unknown llm.provider {provider!r}")


@dataclass
class Generated:
    text: str | None
    reason: str | None  # why the grounded reply was used instead (None = generated text accepted)
    raw: str = ""
    stripped_keys: list[int] | None = None


def build_messages(question: str, language: str, grounded: Composed) -> list[tuple[str, str]]:
    facts = [P.GENERATIVE_FACT.format(key=f.citation.key, label=f.label, value=render_value(f, language),
                                      country=country_name(f.citation.country, "en"), section=f.citation.section)
             for f in grounded.facts]
    fact_keys = {f.citation.key for f in grounded.facts}
    excerpts = [P.GENERATIVE_EXCERPT.format(key=c.key, country=country_name(c.country, "en"),
                                            section=c.section, title=c.title, quote=c.quote)
                for c in grounded.citations if c.key not in fact_keys]
    keys = ", ".join(f"[{c.key}]" for c in grounded.citations)
    system = P.GENERATIVE_SYSTEM.format(language_name=P.LANGUAGE_NAMES_EN[language], keys=keys)
    user = P.GENERATIVE_USER.format(question=question, facts="\n".join(facts) or P.GENERATIVE_NO_FACTS,
                                    excerpts="\n".join(excerpts))
    return [("system", system), ("human", user)]


class GenerativeComposer:
    def __init__(self, model: Any) -> None:
        self.model = model

    def generate(self, question: str, language: str, grounded: Composed) -> Generated:
        if not grounded.citations:
            return Generated(None, "no evidence to write from")
        try:
            message = self.model.invoke(build_messages(question, language, grounded))
        except Exception as exc:  # noqa: BLE001 - a model failure must never break the reply
            return Generated(None, f"model error: {type(exc).__name__}: {exc}"[:300])
        raw = message.content if hasattr(message, "content") else str(message)
        if not isinstance(raw, str):
            raw = " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in raw)
        return self.check(raw, grounded)

    @staticmethod
    def check(raw: str, grounded: Composed) -> Generated:
        valid = {c.key for c in grounded.citations}
        stripped = sorted({int(k) for k in _KEY.findall(raw) if int(k) not in valid})
        text = _KEY.sub(lambda m: m.group(0) if int(m.group(1)) in valid else "", raw)
        text = html.escape(text.strip(), quote=False)
        if not text:
            return Generated(None, "empty output", raw, stripped)
        if not {int(k) for k in _KEY.findall(text)}:
            return Generated(None, "no valid citation key in output", raw, stripped)
        probe = Reply(text=text, citations=grounded.citations, facts=grounded.facts)
        bad = unsupported_numbers(probe)
        if bad:
            return Generated(None, f"unsupported numbers: {bad[:5]}", raw, stripped)
        return Generated(text, None, raw, stripped)
