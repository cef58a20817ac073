"""The Gradio app: chat with streamed, cited replies, a calculator tab, a support-staff view, feedback.

Each browser session gets its own ``UISession`` (its own ChatSession) through ``gr.State``; nothing
mutable is shared between users except the read-only assistant and the feedback store.
"""

from __future__ import annotations

import logging
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.countries import registry
from assistant.atomic import write_atomic
from assistant.feedback import FeedbackStore
from assistant.models import Reply
from assistant.ui import render
from assistant.ui.calculators import build_calculator_tab

log = logging.getLogger(__name__)

EXAMPLES = [
    "Hvor lang tid har jeg til at anke en afgørelse om udlæg i Sverige?",
    "Kan fogeden tage min bil i Tyskland?",
    "Hvor lenge varer et utlegg i Finland?",
    "Hur mycket av lönen kan utmätas i Estland?",
    "Who is the bailiff in Ireland, and what does enforcement cost?",
    "Hvad er forældelsesfristen i Belgien?",
]
CSS = """
.source-card { border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 8px; margin: 4px 0; }
.source-card summary { cursor: pointer; font-weight: 600; }
.source-quote { margin: 6px 0; padding-left: 8px; border-left: 3px solid #8c959f; white-space: pre-wrap; }
.fact-box { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
#disclaimer { font-size: 0.9em; }
"""


# A message longer than the pipeline accepts is refused there, but the UI would still echo it into the chat
# and keep it in the session (and a rating would store it): keep only this much of any message.
MAX_KEPT_CHARS = 4000


def _kept(message: str) -> str:
    return message if len(message) <= MAX_KEPT_CHARS else message[:MAX_KEPT_CHARS] + " […]"


# A session keeps at most this many finished turns (for rating and export); older ones are dropped so one
# endless conversation cannot grow the server's memory without bound (the pipeline keeps 20 itself).
MAX_TURNS = 200


@dataclass
class UISession:
    """Per-browser state: the chat session and the finished turns for feedback and export.

    ``turns`` holds the last ``MAX_TURNS`` turns; ``dropped`` counts the older ones, so turn ``n`` of the
    conversation (as the chatbot numbers it) is ``turns[n - dropped]``.
    """

    chat: Any
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    turns: list[tuple[str, Reply]] = field(default_factory=list)
    dropped: int = 0

    def add_turn(self, question: str, reply: Reply) -> None:
        self.turns.append((question, reply))
        excess = len(self.turns) - MAX_TURNS
        if excess > 0:
            del self.turns[:excess]
            self.dropped += excess

    def turn(self, n: int) -> tuple[str, Reply] | None:
        """Turn ``n`` of the conversation (0-based), or None if it was never kept or has been dropped."""
        i = n - self.dropped
        return self.turns[i] if 0 <= i < len(self.turns) else None


def _disclaimer() -> str:
    from ingest.parser import load_manifest
    from assistant.settings import get_settings
    pages = load_manifest(get_settings().paths.corpus_dir)["sources"][0]["pages"]
    dates = sorted(v for k, v in pages.items() if k != "EU")
    return ("**Generel information, ikke juridisk rådgivning.** Svarene bygger kun på e-Justice-portalens sider "
            f"om fuldbyrdelse (opdateret {dates[0][:4]}–{dates[-1][:4]}, senest {dates[-1]}) og en norsk "
            "artikel. Tjek altid den aktuelle lov eller spørg en advokat. Danmark, Portugal og Litauen er ikke "
            "dækket. · *General information, not legal advice.*")


EXPORT_TTL_S = 3600  # exports hold personal conversation data: keep them no longer than needed


def _prune_exports(folder: Path, now: float | None = None) -> None:
    """Delete exports older than EXPORT_TTL_S."""
    cutoff = (now or time.time()) - EXPORT_TTL_S
    for old in folder.glob("samtale-*"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:  # another worker removed it first
            pass


def _write_export(content: str, suffix: str) -> str:
    """Write an export atomically into the app's temp folder and return its path."""
    folder = Path(tempfile.gettempdir()) / "enforcement-exports"
    folder.mkdir(exist_ok=True)
    _prune_exports(folder)
    final = folder / f"samtale-{uuid.uuid4().hex[:8]}{suffix}"
    write_atomic(final, content)
    return str(final)


def build_app(assistant: Any, feedback: FeedbackStore, *, session_ttl_s: float | None = 3600) -> gr.Blocks:
    """Build the Blocks UI. ``assistant`` has ``new_session()`` and ``ask_stream(session, text, country=)``."""
    choices = [("Automatisk / auto", "auto")] + sorted(
        ((c.names["da"], c.code) for c in registry().values() if c.covered and c.code != "EU"))

    def ensure(state: UISession | None) -> UISession:
        return state if state is not None else UISession(chat=assistant.new_session())

    def respond(message: str, history: list[dict], state: UISession | None, country: str):
        state = ensure(state)
        history = list(history or [])
        history += [{"role": "user", "content": render.user_message(_kept(message or ""))},
                    {"role": "assistant", "content": "…"}]
        # While streaming, the support outputs keep showing the previous reply as PLAIN values. Never yield
        # gr.skip()/gr.update() to them: gr.skip() IS an update dict ({"__type__": "update"}), and Gradio
        # answers every update with a new component under a NEW id; the plain value that follows is then
        # stored under that id as well (blocks.py postprocess_data: `state[block._id] = block` after
        # `block = state[block._id]`), so each question left one Markdown and one Textbox (with the support
        # text) in the session config for good: the soak's steady RSS climb (issue #8).
        last = state.turns[-1][1] if state.turns else None
        prev_debug, prev_copy = render.debug_markdown(last), (render.plain_text(last) if last else "")
        yield "", history, state, prev_debug, prev_copy
        reply: Reply | None = None
        shown = ""
        try:
            for item in assistant.ask_stream(state.chat, message or "", country=None if country == "auto" else country):
                if isinstance(item, Reply):
                    reply = item
                else:
                    shown += str(item)
                    history[-1] = {"role": "assistant", "content": shown}
                    yield "", history, state, prev_debug, prev_copy
        except Exception as exc:  # the pipeline answers errors itself; this is the last line of defence
            from assistant.pipeline.service import scrubbed_traceback  # no user text in the log

            log.error("reply failed (session %s)\n%s", state.id, scrubbed_traceback(exc))
        if reply is None:
            reply = Reply(text="Beklager, der skete en fejl. Prøv igen. · Sorry, something went wrong.",
                          abstained=True, language="da")
        history[-1] = {"role": "assistant", "content": render.reply_html(reply)}
        state.add_turn(_kept(message or ""), reply)
        yield "", history, state, render.debug_markdown(reply), render.plain_text(reply)

    def on_like(state: UISession | None, data: gr.LikeData):
        state = ensure(state)
        index = data.index if isinstance(data.index, int) else data.index[0]
        kept = state.turn(index // 2)  # messages alternate user, assistant
        if kept is None:
            return "Ingen besked at bedømme."
        question, reply = kept
        feedback.add(session_id=state.id, rating=1 if data.liked else -1, question=question, reply=reply)
        return "Tak for din feedback! · Thanks for your feedback!"

    def on_comment(rating: str, comment: str, state: UISession | None):
        state = ensure(state)
        if not state.turns:
            return "Stil først et spørgsmål. · Ask a question first.", comment
        question, reply = state.turns[-1]
        feedback.add(session_id=state.id, rating=1 if rating == "👍" else -1, question=question, reply=reply,
                     comment=comment or "")
        return "Tak for din feedback! · Thanks for your feedback!", ""

    def new_conversation():
        return [], None, "", render.debug_markdown(None), "", "", None, None

    def export(state: UISession | None):
        state = ensure(state)
        return (_write_export(render.conversation_markdown(state.turns), ".md"),
                _write_export(render.conversation_json(state.turns), ".json"))

    # delete_cache: Gradio's own copies of exported files go after an hour too
    with gr.Blocks(title="Fuldbyrdelse af domme – assistent", analytics_enabled=False,
                   delete_cache=(EXPORT_TTL_S, EXPORT_TTL_S)) as demo:
        # idle sessions are dropped after session_ttl_s; launch(state_session_capacity=…) caps the rest (LRU)
        state = gr.State(None, time_to_live=session_ttl_s)
        gr.Markdown("# Fuldbyrdelse af domme i EU og Norge")
        gr.Markdown(_disclaimer(), elem_id="disclaimer")
        with gr.Tab("Chat", id="chat"):
            with gr.Row():
                country = gr.Dropdown(choices=choices, value="auto", label="Land / Country", scale=1)
                new_btn = gr.Button("Ny samtale / New conversation", scale=0)
            chatbot = gr.Chatbot(label="Samtale", height=520, sanitize_html=True, render_markdown=True,
                                 feedback_options=("Like", "Dislike"), elem_id="chatbot")
            msg = gr.Textbox(label="Dit spørgsmål / Your question", placeholder="Skriv dit spørgsmål…",
                             max_lines=6, elem_id="question", submit_btn=True)
            feedback_status = gr.Markdown("", elem_id="feedback-status")
            gr.Examples(EXAMPLES, inputs=[msg], label="Eksempler / Examples")
            with gr.Accordion("Feedback", open=False):
                with gr.Row():
                    rating = gr.Radio(["👍", "👎"], value="👍", label="Vurdering", scale=0)
                    comment = gr.Textbox(label="Kommentar (valgfri)", max_lines=3, scale=3)
                    send = gr.Button("Send", scale=0)
            with gr.Accordion("Eksport / Export", open=False):
                export_btn = gr.Button("Eksportér samtalen (Markdown + JSON)")
                with gr.Row():
                    md_file, json_file = gr.File(label="Markdown"), gr.File(label="JSON")
        with gr.Tab("Beregner / Calculator", id="calculator"):
            build_calculator_tab()
        with gr.Tab("Support", id="support"):
            gr.Markdown("Hentede tekststykker, værktøjskald og sikkerhed for seneste svar.")
            debug = gr.Markdown(render.debug_markdown(None), elem_id="debug")
            copy_text = gr.Textbox(label="Kopiér svar med kilder", lines=10, buttons=["copy"], elem_id="copy-text")

        # Named endpoints: the load test and support tooling drive the app through gradio_client.
        msg.submit(respond, [msg, chatbot, state, country], [msg, chatbot, state, debug, copy_text], api_name="ask")
        chatbot.like(on_like, [state], [feedback_status], api_name="like")
        send.click(on_comment, [rating, comment, state], [feedback_status, comment], api_name="feedback")
        new_btn.click(new_conversation, None,
                      [chatbot, state, msg, debug, copy_text, feedback_status, md_file, json_file],
                      api_name="new_conversation")
        export_btn.click(export, [state], [md_file, json_file], api_name="export")
    return demo
