"""Patterns rewritten for speed match exactly what the patterns they replace matched.

Each rewritten pattern is compared with its old form (kept here verbatim) on every
article text in tests/data (articles and holdout), on generated bench articles, on every character of the
Basic Multilingual Plane in the contexts that decide a match, and on all short strings
over an alphabet of the characters that matter (capitals of several scripts, the
particle letters, apostrophes, hyphens, dots, digits, spaces).
"""
from __future__ import annotations

import itertools
import random
import re
import sys
from pathlib import Path

import pytest
from article_texts import all_texts

from newsdigest.extract import mentions

ROOT = Path(__file__).resolve().parents[2]

OLD_CAP_TOKEN = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)+|(?<![^\W\d_])(?:al|el|ad|as|an|az|ar|at|ash|ez|es|ed|en|er|et|ibn|bin|abu|ben)-[A-Z][\w\-]*|"
    r"(?<![^\W\d_])d['’][A-Z][\w\-]*|"
    r"ʻ[A-ZÀ-ÖØ-Þ][\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?|"
    r"[A-ZÀ-ÖØ-ÞĀ-žА-ЯЁЂ-ЏЄІЇҐΑ-ΩΆ-Ώ][\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?")

# (old pattern, new pattern for (text, pos, endpos)): a rewritten pattern, or the choice
# of pattern an extractor function makes for the text it scans
PAIRS = [
    pytest.param(OLD_CAP_TOKEN, lambda t, s, e: mentions._CAP_TOKEN_RE, id="cap_token"),
    pytest.param(OLD_CAP_TOKEN, mentions.cap_token_pattern, id="cap_token_pattern"),
]

ALPHABET = ["A", "Z", "B", "D", "a", "e", "i", "b", "d", "l", "n", "s", "u", "x", "-", "'", "’", ".",
            "Ж", "ж", "ё", "É", "é", "ā", "Ā", "Ω", "ω", "1", "_", " ", "ʻ"]


def _spans(p: re.Pattern, text: str, s: int = 0, e: int = sys.maxsize) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text, s, e)]


def _new_spans(new, text: str, s: int = 0, e: int = sys.maxsize) -> list[tuple[int, int]]:
    return _spans(new(text, s, e), text, s, e)


def _texts() -> list[str]:
    return all_texts(11)


@pytest.mark.parametrize("old, new", PAIRS)
def test_same_matches_on_articles(old, new):
    rng = random.Random(5)
    for text in _texts():
        end = len(text)
        assert old.findall(text) == new(text, 0, end).findall(text)
        assert _spans(old, text) == _new_spans(new, text)
        for _ in range(5):  # slices, as the extractor scans single sentences
            s = rng.randrange(len(text) + 1)
            e = rng.randrange(s, len(text) + 1)
            assert old.findall(text, s, e) == new(text, s, e).findall(text, s, e)


@pytest.mark.parametrize("old, new", PAIRS)
def test_same_matches_for_every_bmp_character(old, new):
    contexts = ["{}", "{}x", "x{}", "{}Abc", "{}.B.", "{}l-Abc", "{}bu-Abc", "{}n-Ab", "{}'Abc", "{}’Ab",
                "{}-Ab", "{}'s", "x {}.", "{}{}", "ʻ{}", "ʻ{}bc"]
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        for ctx in contexts:
            t = ctx.format(c, c)
            assert _spans(old, t) == _new_spans(new, t), (hex(cp), t)


@pytest.mark.parametrize("old, new", PAIRS)
def test_same_matches_on_short_strings(old, new):
    for n in range(1, 5):
        for tup in itertools.product(ALPHABET, repeat=n):
            t = "".join(tup)
            assert _spans(old, t) == _new_spans(new, t), t


@pytest.mark.parametrize("old, new", PAIRS)
def test_same_matches_on_edge_cases(old, new):
    cases = [
        "J.R.R. Tolkien met U.S. officials", "A. Smith", "al-Sisi and el-Baradei met ad-Din",
        "ibn-Saud, bin-Laden, abu-Bakr, ben-Ali", "metal-Based panel", "Valéry d'Estaing and d’Alembert",
        "O'Neill’s plan, Children's Hospital, Queens' College", "Ж. Иванов и Ёлкин, Єрмак, Їжак, Ґонта",
        "Ωmega Άλφα Ώρα", "Łódź Żółć Ščedrin", "Kyiv-based don't won’t", "x.Y.Z. A.B", "Dr. Who?",
        "al-", "al-a", "d'", "d'x", "bin", "abu-", "A.", "A.B", "aA.B.", "dA'B", "i-Abc", "ib-Abc",
        "ben-Ali-Baba's", "Anne-Marie O'Brien-Smith", "ЁЖ-12_x", "É.É.", "Ā.Ā.",
    ]
    for t in cases:
        for s in range(len(t) + 1):
            for e in range(s, len(t) + 1):
                assert old.findall(t, s, e) == new(t, s, e).findall(t, s, e), (t, s, e)


def test_group_matches_same_as_group_re():
    from newsdigest.extract import events
    from newsdigest.extract.sentences import split_sentences
    extra = ["Russian forces and Ukrainian troops clashed", "rebel fighters, security forces and air force units",
             "Hamas's fighters met Israeli security forces.", "the police", "local residents' voters",
             "pro-Kremlin militia forcesx and state workers", "North Korean soldiers\u00a0troops", "government"]
    texts = _texts()
    sents = [t[s.start:s.end] for t in texts for s in split_sentences(t)] + texts + extra
    for s in sents:
        want = [m.span() for m in events.GROUP_RE.finditer(s)]
        assert [m.span() for m in events._group_matches(s)] == want, s
