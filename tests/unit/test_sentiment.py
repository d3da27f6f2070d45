"""Review sentiment and topics (services.sentiment): accuracy on the hand-labelled sample in
tests/data (written and labelled before the analyser; every third text held out from tuning, see
docs/sentiment.md), negation, contrast, and the topic families in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from merchant_app.services.sentiment import SENTIMENTS, TOPIC_CODES, analyse, analyse_review, detect_language

DATA = Path(__file__).resolve().parent.parent / "data"


def sample(language: str) -> list[dict]:
    with open(DATA / f"review_sentiment_{language}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def confusion(rows: list[dict], language: str) -> dict[tuple[str, str], int]:
    matrix = {(a, b): 0 for a in SENTIMENTS for b in SENTIMENTS}
    for row in rows:
        matrix[(row["label"], analyse(row["text"], language).sentiment)] += 1
    return matrix


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_sample_is_big_enough_and_labelled(language):
    rows = sample(language)
    assert len(rows) >= 200
    assert {r["label"] for r in rows} == set(SENTIMENTS)
    assert len({r["text"] for r in rows}) == len(rows)
    assert sum(r["split"] == "heldout" for r in rows) >= len(rows) // 3
    assert all(detect_language(r["text"]) == language for r in rows)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_accuracy_on_the_whole_sample_is_at_least_80_percent(language):
    rows = sample(language)
    matrix = confusion(rows, language)
    right = sum(matrix[(s, s)] for s in SENTIMENTS)
    assert right / len(rows) >= 0.80, matrix


@pytest.mark.parametrize("language", ["en", "zh"])
def test_accuracy_on_the_held_out_third(language):
    """Reported in docs/sentiment.md; held to a lower bar than the whole sample, which tuning saw."""
    rows = [r for r in sample(language) if r["split"] == "heldout"]
    matrix = confusion(rows, language)
    assert sum(matrix[(s, s)] for s in SENTIMENTS) / len(rows) >= 0.75, matrix


@pytest.mark.parametrize("text, expected", [
    ("Good quality.", "positive"),
    ("Not good.", "negative"),
    ("Not bad at all, actually works well.", "positive"),
    ("No problems whatsoever, would buy again.", "positive"),
    ("It never worked and the seller never replied.", "negative"),
    ("Doesn't work.", "negative"),
    ("Would not recommend.", "negative"),
    ("质量很好。", "positive"),
    ("质量不好。", "negative"),
    ("一点都不好用。", "negative"),
    ("没有任何问题，很满意。", "positive"),
    ("不值这个价。", "negative"),
    ("盖子怎么也拧不上。", "negative"),
])
def test_negation(text, expected):
    assert analyse(text).sentiment == expected


@pytest.mark.parametrize("text, expected", [
    ("Beautiful colour but it fell apart after one wash.", "negative"),
    ("A bit slow to arrive, but the quality is excellent.", "positive"),
    ("包装有点简陋，但是东西质量非常好。", "positive"),
    ("外观很漂亮，可是用了两天就坏了。", "negative"),
    ("Great, it broke on day two. 🙄", "negative"),
    ("I love it 😍", "positive"),
    ("太好了👍", "positive"),
    ("It arrived on Tuesday.", "neutral"),
    ("收到了。", "neutral"),
    ("", "neutral"),
])
def test_contrast_emoji_and_plain_statements(text, expected):
    assert analyse(text).sentiment == expected


@pytest.mark.parametrize("text, topics", [
    ("Runs small, order a size up.", {"size"}),
    ("尺码偏小，建议拍大一码。", {"size"}),
    ("Shipping took three weeks and the box was crushed.", {"shipping", "packaging"}),
    ("快递太慢了，包装也破损了。", {"shipping", "packaging"}),
    ("物流很快，发货及时，到货完好。", {"shipping"}),
    ("做工精细，面料很好。", {"quality"}),
    ("Great quality stitching.", {"quality"}),
    ("性价比很高。", {"price"}),
    ("Overpriced for what it is.", {"price"}),
    ("客服态度很好，售后也很及时。", {"service"}),
    ("The seller replied within an hour.", {"service"}),
    ("有色差，与描述不符。", {"accuracy"}),
    ("Looks nothing like the photos.", {"accuracy"}),
    ("A strong chemical smell.", {"smell"}),
    ("有一股刺鼻的异味。", {"smell"}),
    ("Battery lasts two days.", {"battery"}),
    ("续航很给力，充电也快。", {"battery"}),
    ("Tastes stale.", {"taste"}),
    ("口感很好，很新鲜。", {"taste"}),
])
def test_topics(text, topics):
    assert topics <= set(analyse(text).topics), analyse(text).topics


def test_topics_come_in_a_fixed_order_and_a_plain_text_has_none():
    found = analyse("Box crushed, shipping slow, size too small.").topics
    assert list(found) == [t for t in TOPIC_CODES if t in found]
    assert analyse("Bought it yesterday.").topics == ()


def test_a_review_record_is_read_with_its_title_and_language():
    a = analyse_review({"title": "Disappointed", "body": "The zip broke on the first day.", "language": "en"})
    assert a.sentiment == "negative" and a.score < 0
    b = analyse_review({"title": None, "body": "非常满意，物流也快", "language": "zh-CN"})
    assert b.sentiment == "positive" and "shipping" in b.topics and 0 < b.score <= 1
