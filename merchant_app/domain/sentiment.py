"""Review sentiment and topics, in English and Chinese, from the text alone.

``analyse(text, language=None) -> Analysis(sentiment, score, topics)``: ``sentiment`` is
``"positive"``, ``"neutral"`` or ``"negative"``; ``score`` runs from -1 to 1; ``topics`` are the
codes of :data:`TOPICS` the text talks about (size, shipping, quality, packaging, price, service,
accuracy, smell, battery, taste, comfort, function), in that order. The star rating is never an
input: a review's words are judged on their own, so they can be compared with its stars.

A lexicon-and-rules analyser (docs/sentiment.md): no network, no model, no third-party package —
pure Python over the word lists in :mod:`merchant_app.domain.sentiment_lexicon`, tens of
thousands of reviews a second. The text is cut into clauses (punctuation, "but", 但是...); each
known word or phrase adds its polarity, scaled by the degree word before it ("very", 很, "a bit");
a negator ("not", "never", 不, 没有) turns the next polar word within three tokens (a negated
complaint counts as mild praise: "no problems", 没有问题); the clause after a contrast outweighs
the one before ("lovely, but it broke"), a concessive one ("although", 虽然) counts less; "too"
or 偏/太 before a neutral adjective is a mild complaint ("too small", 偏大); "!" strengthens its
clause; "I guess" weakens it; emoji count as words. Sarcasm is mostly beyond it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .sentiment_lexicon import (
    EMOJI, EN_CONCESSIVE, EN_CONTRAST, EN_DAMPENERS, EN_EXCESS, EN_INTENSIFIERS, EN_MILD, EN_NEGATABLE,
    EN_NEGATORS, EN_PHRASES, EN_RESERVED, EN_SARCASM, EN_TROUBLE, EN_WORDS, TOPIC_NAMES, TOPICS, ZH_CANNOT,
    ZH_CONCESSIVE, ZH_CONTRAST, ZH_EXCESS, ZH_EXCESS_TARGETS, ZH_INTENSIFIERS, ZH_NEGATORS, ZH_RESERVED,
    ZH_SARCASM, ZH_TROUBLE, ZH_WORDS,
)

SENTIMENTS = ("positive", "neutral", "negative")
TOPIC_CODES: tuple[str, ...] = tuple(TOPICS)
__all__ = ["Analysis", "SENTIMENTS", "TOPIC_CODES", "TOPIC_NAMES", "analyse", "analyse_review", "detect_language"]

# a raw score at or beyond these is positive / negative; between them, neutral
POSITIVE_AT = 1.0
NEGATIVE_AT = -1.0

NEGATION_SCOPE = 3          # tokens after a negator that it can reach
NEGATED_PRAISE = -0.8       # "not good": a praise word turned, a little weaker
NEGATED_COMPLAINT = -0.5    # "not bad": a complaint turned, much weaker
BEFORE_CONTRAST = 0.5       # what was said before "but" counts half...
AFTER_CONTRAST = 1.2        # ...and the clause after it a little more
CONCESSIVE = 0.5            # "although it's cheap, ..."
EXCLAMATION = 1.25
DAMPENED = 0.5              # "it's fine I guess"
EXCESS = -1.0               # "too small", 太大
MILD = -0.4                 # "a bit large", 偏大


@dataclass(frozen=True, slots=True)
class Analysis:
    sentiment: str              # "positive", "neutral" or "negative"
    score: float                # -1 (worst) to 1 (best)
    topics: tuple[str, ...]     # codes of TOPICS, in TOPIC_CODES order


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str, hint: str | None = None) -> str:
    """``"zh"`` or ``"en"``: the hint when it names one of them (``zh-CN``, ``en_GB``), else the script
    most of the text is written in."""
    if hint:
        h = hint.lower()
        if h.startswith("zh"):
            return "zh"
        if h.startswith("en"):
            return "en"
    cjk = len(_CJK.findall(text))
    return "zh" if cjk >= 2 and cjk * 2 >= len(_LATIN.findall(text)) else "en"


# --- the clause machine, shared by both languages ------------------------------------------------

class _Clauses:
    """Polar values gathered into weighted clauses."""

    __slots__ = ("done", "score", "weight", "dampened", "concessive_next")

    def __init__(self) -> None:
        self.done: list[list[float]] = []   # [score, weight]
        self.score = 0.0
        self.weight = 1.0
        self.dampened = False
        self.concessive_next = False

    def close(self, exclaimed: bool = False) -> None:
        if self.score:
            score = self.score * (EXCLAMATION if exclaimed else 1.0) * (DAMPENED if self.dampened else 1.0)
            self.done.append([score, self.weight])
        self.score, self.dampened = 0.0, False
        if self.concessive_next:    # the clause after a concessive one is the point
            self.weight, self.concessive_next = AFTER_CONTRAST, False
        else:
            self.weight = 1.0

    def contrast(self) -> None:
        self.close()
        for clause in self.done:
            clause[1] *= BEFORE_CONTRAST
        self.weight = AFTER_CONTRAST

    def concede(self) -> None:
        if self.score:
            self.close()
        self.weight = CONCESSIVE
        self.concessive_next = True

    def total(self) -> tuple[float, float]:
        """The praise and the complaints, weighted."""
        self.close()
        weighted = [s * w for s, w in self.done]
        return sum(x for x in weighted if x > 0), sum(x for x in weighted if x < 0)


NEGATED_VERB = -1.0          # "won't charge"
DENIED_TROUBLE = 1.5         # "no problems"
RESERVED = 0.5               # "will update after a while"


def _turn(value: float, trouble: bool = False) -> float:
    if trouble:
        return DENIED_TROUBLE
    return value * (NEGATED_PRAISE if value > 0 else NEGATED_COMPLAINT)


# --- English -------------------------------------------------------------------------------------

_EN_TOKEN = re.compile(r"[a-z0-9]+(?:['\-][a-z]+)*|[.!?;,:]")
_EN_PHRASES: dict[tuple[str, ...], float] = {tuple(_EN_TOKEN.findall(k)): v for k, v in EN_PHRASES.items()}
_EN_PHRASE_FIRST = frozenset(k[0] for k in _EN_PHRASES)
_EN_PHRASE_MAX = max(len(k) for k in _EN_PHRASES)
_EN_STOP = frozenset({"a", "an", "the", "of", "it", "is", "to", "and", "or", "for", "in", "on", "my", "me",
                      "i", "this", "that", "was", "be", "as", "than", "more", "much", "many", "with", "at"})
_EN_CLOSERS = frozenset(".!?;:")


def _en_value(token: str) -> float | None:
    value = EN_WORDS.get(token)
    if value is None and token.endswith("s") and len(token) > 3:
        value = EN_WORDS.get(token[:-1])
    return value


def _en_polar_at(tokens: list[str], i: int) -> bool:
    return i < len(tokens) and (_en_value(tokens[i]) or 0.0) != 0.0


def _score_en(text: str) -> tuple[float, float]:
    tokens = _EN_TOKEN.findall(text.lower().replace("\u2019", "'"))
    clauses = _Clauses()
    negation = 0
    degree = 1.0
    pending: float | None = None   # "too" / "a bit" waiting for its adjective
    n = len(tokens)
    i = 0
    while i < n:
        token = tokens[i]
        value: float | None = None
        step = 1
        if token in _EN_CLOSERS or token == ",":
            clauses.close(exclaimed=token == "!")
            negation, degree, pending = 0, 1.0, None
            i += 1
            continue
        if token in _EN_PHRASE_FIRST:
            for length in range(min(_EN_PHRASE_MAX, n - i), 0, -1):
                phrase = _EN_PHRASES.get(tuple(tokens[i:i + length]))
                if phrase is not None:
                    value, step = phrase, length
                    break
        if value is None:
            if token in EN_NEGATORS:
                negation = NEGATION_SCOPE + 1
            elif token in EN_CONCESSIVE and clauses.score == 0:
                clauses.concede()
            elif token in EN_CONTRAST:
                clauses.contrast()
                value = EN_WORDS.get(token)   # "unfortunately", "shame" are complaints too
                negation, degree = 0, 1.0
            elif token in EN_EXCESS or (token in EN_MILD and i + 1 < n and not _en_polar_at(tokens, i + 1)):
                if token in EN_EXCESS:
                    pending = EXCESS
                    degree *= 1.5
                else:
                    pending = MILD
            elif token in EN_INTENSIFIERS and (_en_polar_at(tokens, i + 1) or _en_polar_at(tokens, i + 2)
                                              or token not in EN_WORDS):
                degree *= EN_INTENSIFIERS[token]
            elif token in EN_DAMPENERS:
                clauses.dampened = True
            else:
                value = _en_value(token)
                if value == 0.0:
                    value = None
                if value is None and negation and token in EN_NEGATABLE:
                    value = NEGATED_VERB
                    negation = 0
                if value is None and pending is not None and token not in _EN_STOP and not token.isdigit():
                    value, degree = pending, 1.0
                    pending = None
        if value:
            value *= degree
            if negation:
                value = _turn(value, token in EN_TROUBLE)
                negation = 0
            clauses.score += value
            degree, pending = 1.0, None
        if negation:
            negation -= 1
        i += step
    return clauses.total()


# --- Chinese -------------------------------------------------------------------------------------

_ZH_NEUTRAL = ("好像", "好几", "好多", "好久", "只好", "好不容易", "不好说", "不知道", "不知", "不用", "不少",
               "不同", "差不多", "差点", "不得不", "不然", "没想到", "快递", "快递员", "快递小哥", "卡片",
               "价值", "香水", "美容", "美国", "晚上", "错过", "假期", "放假", "贵重", "宝贵", "辛苦",
               "慢慢", "不小心", "一样", "好友", "好奇", "问一下", "不管怎么", "不清楚", "不到", "没多久",
               "太阳", "不了解", "还是", "就是说", "好评返现", "好评价", "评价")
_ZH_EXTRA = {"轻松": 1.0, "快乐": 1.8, "美丽": 1.8, "最好": 1.5, "不一样": -0.5, "还不错": 1.5,
             "漏发": -2.0, "不舒服": -1.8}
_ZH_VALUES: dict[str, float] = {**ZH_WORDS, **_ZH_EXTRA, **{w: 0.0 for w in _ZH_NEUTRAL}}
_ZH_PUNCT = {"。": ".", "！": "!", "!": "!", "？": "?", "?": "?", "；": ";", ";": ";", "，": ",", ",": ",",
             "、": ",", "~": ",", "～": ",", "…": ".", ".": ".", "\n": ".", " ": ","}
_ZH_VOCAB = (set(_ZH_VALUES) | ZH_NEGATORS | set(ZH_INTENSIFIERS) | ZH_CONTRAST | ZH_CONCESSIVE | ZH_EXCESS
             | ZH_EXCESS_TARGETS)
_ZH_MAX = max(len(w) for w in _ZH_VOCAB)


def _zh_tokens(text: str) -> list[str]:
    """Longest match first against everything the analyser knows; one character otherwise."""
    out = []
    i, n = 0, len(text)
    vocab, longest = _ZH_VOCAB, _ZH_MAX
    while i < n:
        ch = text[i]
        if ch in _ZH_PUNCT:
            out.append(_ZH_PUNCT[ch])
            i += 1
            continue
        for length in range(min(longest, n - i), 1, -1):
            word = text[i:i + length]
            if word in vocab:
                out.append(word)
                i += length
                break
        else:
            out.append(ch)
            i += 1
    return out


def _zh_polar_at(tokens: list[str], i: int) -> bool:
    return i < len(tokens) and _ZH_VALUES.get(tokens[i], 0.0) != 0.0


def _score_zh(text: str) -> tuple[float, float]:
    tokens = _zh_tokens(text)
    clauses = _Clauses()
    negation = 0
    degree = 1.0
    pending: float | None = None
    n = len(tokens)
    for i, token in enumerate(tokens):
        value: float | None = None
        if token in ".!?;,":
            clauses.close(exclaimed=token == "!")
            negation, degree, pending = 0, 1.0, None
            continue
        if token == "不" and 0 < i < n - 1 and tokens[i + 1] in ZH_CANNOT and len(tokens[i - 1]) == 1 \
                and tokens[i - 1] not in _ZH_VOCAB and _CJK.match(tokens[i - 1]):
            value = NEGATED_VERB * 1.5      # 装不上, 锁不住
        elif token in ZH_NEGATORS and not _zh_polar_at([token], 0):
            negation = NEGATION_SCOPE + 1
        elif token in ZH_CONTRAST and token not in ("结果",) or (token == "结果" and clauses.score > 0):
            clauses.contrast()
            value = _ZH_VALUES.get(token)     # 可惜 is a complaint too
            negation, degree = 0, 1.0
        elif token in ZH_CONCESSIVE:
            clauses.concede()
        elif token in ZH_EXCESS and i + 1 < n and tokens[i + 1] in ZH_EXCESS_TARGETS:
            pending = EXCESS if token in ("太", "过于") else MILD
        elif token in ZH_EXCESS_TARGETS and pending is not None:
            value, degree, pending = pending, 1.0, None
        elif token in ZH_INTENSIFIERS and (_zh_polar_at(tokens, i + 1) or _zh_polar_at(tokens, i + 2)
                                           or token not in _ZH_VALUES):
            degree *= ZH_INTENSIFIERS[token]
        elif token in ("吧", "凑合"):
            clauses.dampened = True
            value = _ZH_VALUES.get(token)
        else:
            value = _ZH_VALUES.get(token)
        if value:
            value *= degree
            if negation:
                value = _turn(value, token in ZH_TROUBLE)
                negation = 0
            clauses.score += value
            degree, pending = 1.0, None
        if negation:
            negation -= 1
    return clauses.total()


# --- emoji and topics ----------------------------------------------------------------------------

_EMOJI = re.compile("|".join(sorted((re.escape(e) for e in EMOJI), key=len, reverse=True)))


def _emoji_score(text: str) -> float:
    return sum(EMOJI[e] for e in _EMOJI.findall(text)) if not text.isascii() else 0.0


def _en_pattern(keys: Iterable[str]) -> re.Pattern[str]:
    words = sorted({re.escape(k) for k in keys}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")(?:s|es)?\b")


_TOPIC_EN = {code: _en_pattern(en) for code, (en, _zh) in TOPICS.items()}
_TOPIC_ZH = {code: zh for code, (_en, zh) in TOPICS.items()}


def topics_of(text: str, language: str) -> tuple[str, ...]:
    """The topic codes ``text`` mentions (the keyword families of both languages are tried in a
    mixed text; a Chinese text is searched for Chinese words only, and the reverse)."""
    lower = text.lower().replace("\u2019", "'")
    found = []
    for code in TOPIC_CODES:
        if language == "zh":
            if any(k in text for k in _TOPIC_ZH[code]) or (not text.isascii() and _TOPIC_EN[code].search(lower)
                                                           and _LATIN.search(text)):
                found.append(code)
        elif _TOPIC_EN[code].search(lower):
            found.append(code)
    return tuple(found)


def analyse(text: str, language: str | None = None) -> Analysis:
    """The sentiment and topics of one review text (a title and body may be joined with ". ")."""
    text = text or ""
    lang = detect_language(text, language)
    if lang == "zh":
        praise, complaints = _score_zh(text)
        sarcastic = any(m in text for m in ZH_SARCASM)
        reserved = any(m in text for m in ZH_RESERVED)
    else:
        praise, complaints = _score_en(text)
        lower = text.lower().replace("\u2019", "'")
        sarcastic = any(m in lower for m in EN_SARCASM)
        reserved = any(m in lower for m in EN_RESERVED)
    if sarcastic:   # praise next to an eye-roll is not praise
        praise = -praise
    raw = praise + complaints
    if reserved:
        raw *= RESERVED
    raw += _emoji_score(text)
    if raw >= POSITIVE_AT:
        sentiment = "positive"
    elif raw <= NEGATIVE_AT:
        sentiment = "negative"
    else:
        sentiment = "neutral"
    return Analysis(sentiment, round(math.tanh(raw / 3.0), 3), topics_of(text, lang))


def review_text(title: str | None, body: str | None) -> str:
    """A review's title and body as one text (the title is a clause of its own)."""
    if title and body:
        return f"{title}. {body}" if not title.endswith(("。", "！", "？", ".", "!", "?")) else f"{title} {body}"
    return title or body or ""


def analyse_review(record: dict) -> Analysis:
    """The analysis of a review record or cache row (title, body, language)."""
    return analyse(review_text(record.get("title"), record.get("body")), record.get("language"))
