"""Pure rendering of replies for the app: chat HTML, source cards, fact box, copy text and exports.

Everything that came from a user or a source is escaped here: the Chatbot renders HTML, and a
question such as ``<script>alert(1)</script>`` must show literally and never run.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date

from assistant.models import Citation, Fact, Reply
from assistant.pipeline.composer import format_number
from assistant.pipeline.prompts import flag_word

_UI = {
    "da": {"sources": "Kilder", "facts": "Tal fra reglerne", "updated": "opdateret", "open": "Åbn kilden",
           "you": "Du", "assistant": "Assistent", "quote_note": "Citat fra kilden"},
    "nb": {"sources": "Kilder", "facts": "Tall fra reglene", "updated": "oppdatert", "open": "Åpne kilden",
           "you": "Du", "assistant": "Assistent", "quote_note": "Sitat fra kilden"},
    "sv": {"sources": "Källor", "facts": "Siffror från reglerna", "updated": "uppdaterad", "open": "Öppna källan",
           "you": "Du", "assistant": "Assistent", "quote_note": "Citat från källan"},
    "en": {"sources": "Sources", "facts": "Figures from the rules", "updated": "updated", "open": "Open the source",
           "you": "You", "assistant": "Assistant", "quote_note": "Quote from the source"},
}


def ui_text(language: str, key: str) -> str:
    return _UI.get(language, _UI["en"])[key]


def user_message(text: str) -> str:
    """A user's message as chat content: HTML-escaped so markup shows literally."""
    return html.escape(text, quote=False)


def _fmt_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "–"


def _country_name(code: str, language: str) -> str:
    from assistant.countries import registry
    country = registry().get(code)
    return country.name(language) if country else code


def section_label(c: Citation) -> str:
    """'5 Kan en afgørelse …' for e-Justice sections; the heading alone for Norway."""
    return c.title if c.section == c.title else f"{c.section} {c.title}"


def _safe_url(url: str) -> str:
    return url if re.match(r"^https?://", url) else "#"


def source_card(c: Citation, language: str, index: int) -> str:
    t = lambda key: ui_text(language, key)  # noqa: E731
    key = c.key if c.key is not None else index
    head = (f"[{key}] {html.escape(_country_name(c.country, language))} – {html.escape(section_label(c))}"
            f" · {t('updated')} {_fmt_date(c.last_updated)}")
    url = _safe_url(c.url)
    link = (f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">{t("open")}</a>'
            if url != "#" else f"<span>{html.escape(c.url)}</span>")
    return (f'<details class="source-card" data-key="{key}"><summary>{head}</summary>'
            f'<blockquote class="source-quote">{html.escape(c.quote)}</blockquote>{link}</details>')


def _unit(f: Fact, language: str) -> str:
    from assistant.pipeline.prompts import unit_word
    if f.unit in ("date", "text"):
        return ""
    word = unit_word(f.unit, f.value if isinstance(f.value, (int, float)) else 2, language)
    return " " + word if word else ""


def fact_line(f: Fact, language: str) -> str:
    value = format_number(f.value, language) if isinstance(f.value, (int, float)) else str(f.value)
    unit = _unit(f, language)
    flags = (f' <em class="fact-flag">({html.escape(", ".join(flag_word(x, language) for x in f.flags))})</em>'
             if f.flags else "")
    where = f"{_country_name(f.citation.country, language)} – {section_label(f.citation)}"
    return (f'<li class="fact"><span class="fact-label">{html.escape(f.label)}</span>: '
            f'<strong class="fact-value">{html.escape(value + unit)}</strong>{flags}'
            f'<details class="fact-source"><summary>{html.escape(where)}</summary>'
            f'<blockquote class="source-quote">{html.escape(f.citation.quote)}</blockquote></details></li>')


def _without_sources_block(text: str, language: str) -> str:
    """The reply text minus its plain 'Kilder:' paragraph: in the app the source cards show it."""
    from assistant.pipeline.prompts import text as template
    heading = template("sources_heading", language)
    return "\n\n".join(p for p in text.split("\n\n") if not p.startswith(heading))


def reply_html(reply: Reply) -> str:
    """The assistant message: the reply text (Markdown), a fact box and numbered source cards."""
    lang = reply.language
    parts = [_without_sources_block(reply.text, lang) if reply.citations else reply.text]
    if reply.facts:
        items = "".join(fact_line(f, lang) for f in reply.facts)
        parts.append(f'<div class="fact-box"><strong>{ui_text(lang, "facts")}</strong><ul>{items}</ul></div>')
    if reply.citations:
        cards = "".join(source_card(c, lang, i) for i, c in enumerate(reply.citations, start=1))
        parts.append(f'<div class="source-cards"><strong>{ui_text(lang, "sources")}</strong>{cards}</div>')
    return "\n\n".join(parts)


def plain_text(reply: Reply) -> str:
    """'Copy answer with sources': plain text ready to paste into an email."""
    lines = [reply.text.strip()]
    if reply.facts:
        lines += ["", ui_text(reply.language, "facts") + ":"]
        for f in reply.facts:
            unit = _unit(f, reply.language)
            lines.append(f"- {f.label}: {f.value}{unit} ({_country_name(f.citation.country, reply.language)},"
                         f" {section_label(f.citation)})")
    if reply.citations:
        lines += ["", ui_text(reply.language, "sources") + ":"]
        for i, c in enumerate(reply.citations, start=1):
            lines.append(f"[{c.key or i}] {_country_name(c.country, reply.language)} – {section_label(c)}"
                         f" ({ui_text(reply.language, 'updated')} {_fmt_date(c.last_updated)}): {c.url}")
            lines.append(f'    "{c.quote}"')
    return "\n".join(lines)


def conversation_markdown(turns: list[tuple[str, Reply]]) -> str:
    """The whole conversation as Markdown (export)."""
    out = ["# Samtale / Conversation", ""]
    for question, reply in turns:
        out += [f"## {ui_text(reply.language, 'you')}", "", question, "",
                f"## {ui_text(reply.language, 'assistant')}", "", plain_text(reply), ""]
    return "\n".join(out)


def conversation_json(turns: list[tuple[str, Reply]]) -> str:
    """The whole conversation as JSON following the Reply contract (export)."""
    payload = [{"question": q, "reply": r.model_dump(mode="json", exclude={"debug"})} for q, r in turns]
    return json.dumps(payload, ensure_ascii=False, indent=2)


def debug_markdown(reply: Reply | None) -> str:
    """Support-staff view: understanding, per-country retrieval (scores, ranks, reasons), tool calls."""
    if reply is None or not reply.debug:
        return "_Ingen data endnu._"
    d = reply.debug
    u = d.get("understanding") or {}
    out = [f"**Sprog:** {u.get('language', reply.language)}  ·  **lande:** {', '.join(u.get('countries') or []) or '–'}"
           f"  ·  **emne:** {u.get('topic') or '–'}  ·  **abstained:** {reply.abstained}  ·  "
           f"**composer:** {d.get('composer', '–')}"]
    flags = [name for name in ("out_of_scope", "injection") if u.get(name)]
    if flags or u.get("uncovered"):
        out.append(f"**Signaler:** {', '.join(flags + [f'ikke dækket: {c}' for c in u.get('uncovered') or []])}")
    if d.get("fallback_reason"):
        out.append(f"**Fallback:** {html.escape(str(d['fallback_reason']))}")
    for block in d.get("retrieval") or []:
        override = " (svag, men besvaret)" if block.get("weak_overridden") else ""
        out += ["", f"**{block.get('country', '')}** · confidence {block.get('confidence', 0):.2f}"
                    f"{' · svag' if block.get('weak') else ''}{override}",
                "", "| # | afsnit | score | dense | bm25 | boost | hvorfor | chunk |", "|---|---|---|---|---|---|---|---|"]
        for i, e in enumerate(block.get("evidence") or [], start=1):
            reasons = "; ".join(e.get("reasons", []))
            out.append(f"| {i} | {e.get('section', '')} | {e.get('score', 0):.3f} | {e.get('dense_rank') or '–'} | "
                       f"{e.get('bm25_rank') or '–'} | {e.get('boost', 0)} | {html.escape(reasons)} | "
                       f"`{e.get('chunk_id', '')}` |")
    notes = d.get("rule_notes") or {}
    if notes:  # the rules' reviewer notes (English, for support staff; never shown in the reply)
        out += ["", "**Regelnoter / reviewer notes**"] + [f"- `{rid}`: {html.escape(note)}" for rid, note in notes.items()]
    calls = d.get("tool_calls") or []
    if calls:
        out += ["", "**Værktøjskald / tool calls**", "```json",
                json.dumps(calls, ensure_ascii=False, indent=2, default=str), "```"]
    return "\n".join(out)
