"""The learned PHI tagger beside the rules (site_agent/curation/tagger.py): what it was trained on,
that it only adds to the rules, that a clinical report stays whole, that the build is
deterministic, and that a missing or altered model stops curation with a clear error."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from site_agent.curation import find_phi, scrub_text
from site_agent.curation import tagger as tagger_mod
from site_agent.curation.tagger import (
    META_ASSET,
    MODEL_ASSET,
    TaggerMissing,
    features,
    model_meta,
    tagged_spans,
)

sys.path.insert(0, str(Path(__file__).parent))
import phi_corpus as pc  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+")


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_phi_tagger", ROOT / "scripts" / "build_phi_tagger.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _covered(text: str, spans) -> list[bool]:  # type: ignore[no-untyped-def]
    out = [False] * len(text)
    for s in spans:
        out[s.start : s.end] = [True] * (s.end - s.start)
    return out


def _recall(docs: list[pc.Document], tag: bool) -> tuple[int, int]:
    present = removed = 0
    for doc in docs:
        covered = _covered(doc.text, find_phi(doc.text, tag=tag))
        for start, end, _kind in doc.phi:
            for m in _WORD.finditer(doc.text, start, end):
                present += 1
                removed += all(covered[m.start() : m.end()])
    return removed, present


def test_shipped_tagger_was_never_trained_on_the_held_out_lists() -> None:
    meta = model_meta()
    assert meta["held_out_never_trained"] == ["v22"]
    assert "v22" not in meta["lists"] and "v21" in meta["lists"]
    assert meta["seed_shift"] != 0  # no training document is one the benchmark scores
    path = tagger_mod.model_path()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == meta["sha256"]


def test_tagger_only_adds_to_the_rules_and_finds_more_phi() -> None:
    # Documents of the lists the tagger was trained on, but drawn with the benchmark's seed, not
    # the builder's: the same phrasings, other values.
    docs = pc.corpus(40, pc.V17_SEED, v17=True) + pc.corpus(40, pc.V16_SEED, v16=True)
    for doc in docs:
        rules = _covered(doc.text, find_phi(doc.text, tag=False))
        both = _covered(doc.text, find_phi(doc.text))
        assert all(b or not r for r, b in zip(rules, both, strict=True)), doc.text
    rules_hit, present = _recall(docs, tag=False)
    both_hit, _ = _recall(docs, tag=True)
    assert both_hit > rules_hit, (both_hit, rules_hit, present)


def test_a_clinical_report_stays_whole() -> None:
    report = (
        "FINDINGS: The lungs are clear without focal consolidation, effusion or pneumothorax. "
        "Heart size is normal. There is a 2.1 cm hypodense lesion in the right hepatic lobe, "
        "unchanged from the prior examination. Mild degenerative change at L4-L5 with disc "
        "height loss. Hodgkin lymphoma in remission; Baker cyst behind the left knee. Foley "
        "catheter in place. IMPRESSION: No acute cardiopulmonary process."
    )
    assert len(report) > 200  # a report: the tagger runs on it
    assert find_phi(report) == [], [(report[s.start : s.end], s.label) for s in find_phi(report)]


def test_short_texts_stay_with_the_rules() -> None:
    question = "Is there a lesion in the left lung of this chest x-ray?"
    assert find_phi(question) == find_phi(question, tag=False)


def test_tagged_tokens_are_labelled_and_never_inside_a_rule_span() -> None:
    doc = pc.corpus(30, pc.V17_SEED, v17=True)
    labels = set()
    for d in doc:
        rule = [(s.start, s.end, s.label) for s in find_phi(d.text, tag=False)]
        for start, end, label in tagged_spans(d.text, rule):
            labels.add(label)
            assert label in ("NAME", "ID")
            assert ("ID" if any(c.isdigit() for c in d.text[start:end]) else "NAME") == label
            assert not any(a <= start and end <= b for a, b, _ in rule)
    assert labels == {"NAME", "ID"}  # the shipped model adds spans of both kinds here
    text = scrub_text(doc[0].text)
    assert "[" in text


def _tagger_says(monkeypatch: pytest.MonkeyPatch, phi: set[str]) -> None:
    """The tagger replaced by an oracle: probability 0.99 for the word tokens in ``phi``, 0.01
    for the others (what `tagged_spans` makes of them does not depend on the shipped model)."""

    def probabilities(text: str, _rules: object) -> list[tuple[int, int, float]]:
        return [
            (m.start(), m.end(), 0.99 if m.group() in phi else 0.01)
            for m in re.finditer(r"\w+", text)
        ]

    monkeypatch.setattr(tagger_mod, "phi_probabilities", probabilities)


def test_what_is_added_around_the_tagger_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Cr 1.9 and 4,500 today; DATE 04.03.2019Jones; lesion, Lesion, Karen 12."
    date = text.index("04.03.2019")
    rule = [(date, date + len("04.03.2019"), "DATE")]
    _tagger_says(monkeypatch, {"9", "500", "2019Jones", "lesion", "Lesion", "Karen"})
    added = {text[a:b]: label for a, b, label in tagged_spans(text, rule)}
    assert added == {
        "1.9": "ID",  # a number whole, never "1.[ID]"
        "4,500": "ID",
        "Jones": "NAME",  # what the rule's date leaves of the token, the date untouched
        "Lesion": "NAME",  # a lower-case safe-list word is never masked by the tagger
        "Karen": "NAME",
    }
    assert tagged_spans(text, rule, threshold=1.0) == []
    _tagger_says(monkeypatch, set())
    assert tagged_spans(text, rule) == []


def test_features_see_the_rules_and_the_neighbours() -> None:
    text = "Seen by Dr Okonkwo-Bassey on ward 7."
    tokens, feats = features(text, [(11, 25, "NAME")])
    words = [m.group() for m in tokens]
    i = words.index("Okonkwo")
    assert feats[i]["rule"] == "NAME" and feats[i]["-1:low"] == "dr"
    assert feats[i]["sh"] == "Xx" and feats[i]["scr"] == "ascii"
    assert feats[words.index("7")]["rule"] == "O" and feats[words.index("7")]["dig"] == "1"


def test_the_build_is_deterministic_and_leaves_out_the_held_out(tmp_path: Path) -> None:
    builder = _builder()
    a = builder.build(tmp_path / "a", docs=4, exclude=("v17",))
    b = builder.build(tmp_path / "b", docs=4, exclude=("v17",))
    assert (tmp_path / "a" / MODEL_ASSET).read_bytes() == (
        tmp_path / "b" / MODEL_ASSET
    ).read_bytes()
    assert a == b
    assert "v17" not in a["lists"] and "v22" not in a["lists"] and "dev" in a["lists"]
    assert json.loads((tmp_path / "a" / META_ASSET).read_text())["sha256"] == a["sha256"]
    assert not list((tmp_path / "a").glob("tmp*"))  # the temporary directory is gone


def _point_at(monkeypatch: pytest.MonkeyPatch, where: Path) -> None:
    monkeypatch.setattr(tagger_mod, "asset_candidates", lambda *_: [where])
    tagger_mod._located.cache_clear()
    monkeypatch.setattr(tagger_mod, "_local", type(tagger_mod._local)())


def test_a_missing_model_stops_curation_with_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _point_at(monkeypatch, tmp_path)
    long_text = "Patient seen in clinic today. " * 10
    with pytest.raises(TaggerMissing, match=re.escape(str(tmp_path))):
        find_phi(long_text)
    tagger_mod._located.cache_clear()


def test_an_altered_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tagger_mod.model_path()
    shutil.copy(shipped, tmp_path / MODEL_ASSET)
    shutil.copy(shipped.with_name(META_ASSET), tmp_path / META_ASSET)
    with (tmp_path / MODEL_ASSET).open("ab") as fh:
        fh.write(b"\0")
    _point_at(monkeypatch, tmp_path)
    with pytest.raises(TaggerMissing, match="sha256"):
        find_phi("Patient seen in clinic today. " * 10)
    tagger_mod._located.cache_clear()


def test_added_spans_never_overlap_a_rule_span_so_labels_and_date_shifts_stay() -> None:
    docs = pc.corpus(60, pc.V17_SEED, v17=True) + pc.corpus(60, pc.V8_SEED, v8=True)
    added_any = False
    for d in docs:
        rules = find_phi(d.text, tag=False)
        rule = [(s.start, s.end, s.label) for s in rules]
        added = tagged_spans(d.text, rule)
        added_any = added_any or bool(added)
        for start, end, _label in added:
            assert not any(a < end and start < b for a, b, _ in rule), d.text[start:end]
        both = find_phi(d.text)
        for s in rules:  # every rule span is still there, with its label
            assert any(b.start <= s.start and s.end <= b.end for b in both)
            assert any(b == s for b in both) or any(
                b.start <= s.start and s.end <= b.end and b.label == s.label for b in both
            ), (d.text[s.start : s.end], s.label)
    assert added_any
    # A date the rules shift keeps its shift when the tagger masks what runs on after it.
    text = (
        "Date of service 04.03.2019Jones. Seen by Dr Okonkwo in the clinic for follow-up of "
        "the right hepatic lesion; it is unchanged in size. The patient reports no pain and "
        "no weight loss. Next review in six months with repeat imaging of the abdomen."
    )
    rules_only = scrub_text(text, date_offset=37, tag=False)
    assert "2019-04-10" in rules_only
    assert "2019-04-10" in scrub_text(text, date_offset=37)


def test_a_number_is_masked_whole_or_not_at_all() -> None:
    labs = (
        "Labs today: WBC 11.2, Hb 9.8, Plt 412, Na 133, K 5.6, Cl 101, CO2 22, BUN 38, Cr 1.9, "
        "Glu 187, AST 44, ALT 51, ALP 210, Tbili 2.4, INR 1.3, CRP 88, ESR 62, troponin 0.04, "
        "lactate 3.1. Blood cultures pending. Reviewed with the team."
    )
    out = scrub_text(labs)
    assert not re.search(r"\d[.,]\[|\][.,]\d", out), out


def test_odd_text_does_not_break_the_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    lone = "abc \ud800 def Jones " * 30  # JSON can carry a lone surrogate
    assert len(find_phi(lone)) >= len(find_phi(lone, tag=False))
    # A text longer than one window is tagged window by window, every word token once, and a
    # text within one window gets the same probabilities whatever the window.
    doc = pc.corpus(1, pc.V17_SEED, v17=True)[0].text
    rule = [(s.start, s.end, s.label) for s in find_phi(doc, tag=False)]
    whole = tagger_mod.phi_probabilities(doc, rule)
    tokens, feats = features(doc, rule)  # the builder's features of the whole text, tagged once
    crf = tagger_mod._tagger()
    crf.set(feats)
    direct = [crf.marginal("P", i) for i, m in enumerate(tokens) if re.match(r"\w", m.group())]
    assert [p for _, _, p in whole] == direct
    monkeypatch.setattr(tagger_mod, "WINDOW", 7)
    windowed = tagger_mod.phi_probabilities(doc, rule)
    assert [(a, b) for a, b, _ in windowed] == [(a, b) for a, b, _ in whole]
    assert len(whole) == len(re.findall(r"\w+", doc)) > 7
    assert all(0.0 <= p <= 1.0 for _, _, p in windowed)


def test_a_bundle_record_that_the_installed_model_does_not_match_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tagger_mod.model_path().parent
    bundle = tmp_path / "bundle"  # a Flower app bundle: the record, no binary model
    bundle.mkdir()
    record = json.loads((shipped / META_ASSET).read_text())
    (bundle / META_ASSET).write_text(json.dumps({**record, "sha256": "0" * 64}))
    monkeypatch.setattr(tagger_mod, "asset_candidates", lambda *_: [bundle, shipped])
    tagger_mod._located.cache_clear()
    monkeypatch.setattr(tagger_mod, "_local", type(tagger_mod._local)())
    with pytest.raises(TaggerMissing, match="no PHI tagger model matches"):
        find_phi("Patient seen in clinic today. " * 10)
    (bundle / META_ASSET).write_text(json.dumps(record))  # the record of the installed model
    tagger_mod._located.cache_clear()
    assert tagger_mod.model_path() == shipped / MODEL_ASSET
    tagger_mod._located.cache_clear()


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[1, 2]"])
def test_an_unreadable_record_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    shipped = tagger_mod.model_path()
    shutil.copy(shipped, tmp_path / MODEL_ASSET)
    (tmp_path / META_ASSET).write_bytes(content)
    _point_at(monkeypatch, tmp_path)
    with pytest.raises(TaggerMissing, match=re.escape(str(tmp_path / META_ASSET))):
        find_phi("Patient seen in clinic today. " * 10)
    tagger_mod._located.cache_clear()


def test_a_model_trained_on_other_features_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tagger_mod.model_path()
    shutil.copy(shipped, tmp_path / MODEL_ASSET)
    record = json.loads(shipped.with_name(META_ASSET).read_text())
    assert record["features"] == tagger_mod.FEATURES  # the shipped model matches this code
    (tmp_path / META_ASSET).write_text(json.dumps({**record, "features": 0}))
    _point_at(monkeypatch, tmp_path)
    with pytest.raises(TaggerMissing, match="features version 0"):
        find_phi("Patient seen in clinic today. " * 10)
    tagger_mod._located.cache_clear()
