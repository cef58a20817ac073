"""Start the enforcement-law assistant on http://127.0.0.1:7860 (host and port from settings).

On first run it converts the embedding model and builds the index, with progress bars in the terminal.
"""

from __future__ import annotations

import logging
import os
import sys

from assistant.settings import get_settings  # first: forces the offline, no-telemetry environment


# Gradio's queue keeps one analytics record per event (for its /monitoring page), 10,000 by default:
# under load that fills over minutes and reads as a slow RSS climb before it levels off. 1,000 is enough.
GRADIO_ANALYTICS_MAX_EVENTS = 1000


def bound_gradio_bookkeeping() -> None:
    """Cap Gradio's per-event analytics (read when the queue is created); an explicit env value wins."""
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", str(GRADIO_ANALYTICS_MAX_EVENTS))


def create_app():
    """Build the assistant (warm: model and index loaded once per process) and its Gradio UI."""
    from assistant.feedback import FeedbackStore
    from assistant.pipeline.service import Assistant
    from assistant.ui.blocks import build_app

    settings = get_settings()
    assistant = Assistant(settings)
    print("Preparing the model and the index (the first run builds them; this takes a minute)…", flush=True)
    assistant.warm_up()
    bound_gradio_bookkeeping()
    demo = build_app(assistant, FeedbackStore(settings.paths.feedback_db), session_ttl_s=settings.app.session_ttl_seconds)
    demo.queue(default_concurrency_limit=settings.app.concurrency_limit, max_size=256)
    return demo


def main() -> int:
    from assistant.ui.blocks import CSS

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    demo = create_app()
    print(f"Open http://{settings.app.host}:{settings.app.port}", flush=True)
    demo.launch(server_name=settings.app.host, server_port=settings.app.port, show_error=False,
                css=CSS, footer_links=[], quiet=True,
                state_session_capacity=settings.app.max_sessions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
