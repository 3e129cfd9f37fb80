"""The cheap pre-checks in events.classify never reject a text its pattern would match.

Each pre-check is a necessary condition for a match of one pattern.  It is compared
with the pattern itself on every sentence, line and clause window of every article in
tests/data (articles and holdout), on generated bench articles, and on generated edge
cases built from the pattern's own literal words; for the first-character pre-check the
set of possible first characters is also derived from the parsed pattern.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from article_texts import all_texts

from newsdigest.extract import events as E

ROOT = Path(__file__).resolve().parents[2]

_SPLIT = re.compile(r"(?<=[.!?\"”])\s+|\n+")


def _texts() -> list[str]:
    return all_texts(13)


# words and marks the patterns are made of, in several cases, with other scripts' letters
_PIECES = ["No", "no", "NO", "never", "Never", "Nobody", "nobody", "None of the", "none of the", "not", "n't",
           "n’t", "yet", "been", "has", "had", "was", "drone", "which", "who", "whose", "where", "Which", "Who",
           "wh", "w", "h", "If", "We", "I", "A:", "That was", "This is", "By T", "Background:", "Asked", "—", "–",
           "-", "Last updated", "Updated 1", "Posted Mon", "This report was published", "But", "Yes,", "É",
           "ñ", "Ж", ",", ";", ".", "?", " ", "  ", "\t", "\n", "\u00a0", "x", "The", "the", "a"]


def _edge_cases() -> list[str]:
    rng = random.Random(5)
    out = []
    for _ in range(30000):
        out.append("".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", ", "]) for _ in range(rng.randint(1, 7))))
    return out


@pytest.fixture(scope="module")
def strings() -> list[str]:
    out: list[str] = []
    for t in _texts():
        out.append(t)
        for piece in _SPLIT.split(t):
            if piece:
                out.append(piece)
                out.append(" " + piece + " ")
    return out + _edge_cases()


def test_not_event_start_first_characters(strings):
    # every match opens with a character of _NOT_EVENT_FIRST: derived from the parsed pattern ...
    from re import _constants as C
    from re import _parser as sre_parse

    def first(items: list) -> set:
        out: set = set()
        for op, av in items:
            if op is C.AT:
                continue
            if op is C.LITERAL:
                return out | {chr(av)}
            if op is C.IN:
                assert all(o is C.LITERAL for o, _ in av)
                return out | {chr(a) for _, a in av}
            if op is C.SUBPATTERN:
                f = first(list(av[3]))
            elif op is C.BRANCH:
                f = set().union(*(first(list(alt)) for alt in av[1]))
            else:
                assert op in (C.MAX_REPEAT, C.MIN_REPEAT), op
                f = first(list(av[2])) | ({None} if av[0] == 0 else set())
            out |= f - {None}
            if None not in f:
                return out
        return out | {None}

    found = first(list(sre_parse.parse(E._NOT_EVENT_START.pattern)))
    assert None not in found  # no empty match
    assert found <= E._NOT_EVENT_FIRST
    # ... and checked on the texts
    rejected = 0
    for s in strings:
        for text in (s, s.strip()):
            if not E._may_not_event_start(text):
                rejected += 1
                assert not E._NOT_EVENT_START.match(text), text
    assert rejected


def test_aside(strings):
    rejected = 0
    for s in strings:
        if not E._may_be_aside(s):
            rejected += 1
            assert not E._ASIDE.search(s), s
        else:
            assert "wh" in s
    assert rejected


def test_no_subject_windows(strings):
    rejected = matched = 0
    for s in strings[:4000] + strings[-30000:]:
        for end in range(len(s) + 1) if len(s) < 400 else range(0, len(s) + 1, 3):
            pos = max(0, end - 30)
            if not E._may_be_no_subject(s, pos, end):
                rejected += 1
                assert not E._NO_SUBJECT.search(s, pos, end), (s, pos, end)
            elif E._NO_SUBJECT.search(s, pos, end):
                matched += 1
    assert rejected and matched


def test_clause_end_punct(strings):
    for s in strings:
        if "," not in s and ";" not in s:
            assert not E._CLAUSE_END_PUNCT.search(s), s


def test_dateline(strings):
    rejected = matched = 0
    for s in strings + [d + " " + x for d in ("PORT SUDAN", "KYIV, Ukraine", "X" * 58, "X" * 59, "X" * 60, "X" * 61)
                        for x in ("—", "–", "-", "--", "—–", "- ", "— Famine", "-- x", "\u00a0—\u00a0x")]:
        for text in (s, s.strip()):
            if not E._may_be_dateline(text):
                rejected += 1
                assert not E._DATELINE_START.match(text), text
            elif E._DATELINE_START.match(text):
                matched += 1
    assert rejected and matched


def test_present_passive_windows(strings):
    rejected = matched = 0
    for s in strings[:4000] + strings[-30000:] + ["it is operated by", "they are still run by", "I am newly ed",
                                                  "is\u00a0x", "are\nnot\tgiven"]:
        for end in range(len(s) + 1) if len(s) < 400 else range(0, len(s) + 1, 3):
            pos = max(0, end - 20)
            if not E._may_be_present_passive(s, pos, end):
                rejected += 1
                assert not E._PRESENT_PASSIVE.search(s, pos, end), (s, pos, end)
            elif E._PRESENT_PASSIVE.search(s, pos, end):
                matched += 1
    assert rejected and matched


def _old_action_phrase(sentence: str, pos: int) -> str:
    rest = sentence[pos:pos + 90]
    stop = E._STOP_ACTION.search(rest, 1)
    phrase = rest[:stop.start()] if stop else rest
    words = [w.strip("\"“”‘’«»") for w in phrase.split()[:6]]
    return " ".join(w for w in words if w)


def test_action_phrase_split_stop(strings):
    extra = [" ".join(random.Random(i).choices(["in", "on", "towards", "toward", "and", ",", ".", "U.S.", "x",
                                                 "\u00a0", "\t", "seized", "a"], k=30)) for i in range(3000)]
    for s in strings[:3000] + extra:
        for pos in range(0, len(s), 1 if len(s) < 300 else 7):
            assert E.action_phrase(s, pos) == _old_action_phrase(s, pos), (s, pos)


_FUTURE_WORDS = ["will", "would", "shall", "may", "might", "could", "can", "'ll", "is due to", "are due to",
                 "plans to", "plan to", "is set to", "are set to", "is expected to", "are expected to", "intends to",
                 "intend to", "aims to", "aim to", "planned to", "had planned to", "was planning to",
                 "were planning to", "can be", "is set to be", "are due to be", "is expected to be"]


def test_future_windows(strings):
    rng = random.Random(3)
    extra = []
    for _ in range(20000):
        words = [rng.choice(_FUTURE_WORDS)] + rng.sample(["also", "soon", "not", "have", "been"], rng.randint(0, 3))
        gap = rng.choice([" ", "  ", "\n", "\t", "\u00a0", " \n"])
        extra.append(rng.choice(["", "It ", "x"]) + gap.join(words) + rng.choice([" ", "\n", " \n", "\u2003"]) +
                     rng.choice(["", "\n", "go"]))
    rejected = matched = 0
    for s in strings[:4000] + extra:
        for end in range(len(s) + 1) if len(s) < 400 else range(0, len(s) + 1, 3):
            pos = max(0, end - 24)
            if not E._may_be_future(s, pos, end):
                rejected += 1
                assert not E._FUTURE.search(s, pos, end), (s, pos, end)
            elif E._FUTURE.search(s, pos, end):
                matched += 1
    assert rejected and matched


def test_apposition(strings):
    for s in strings + ["X, a b c, said", "X, an abc, fled", "X,\u00a0a\tbcd,\nx"]:
        if not E._may_be_apposition(s):
            assert not E._APPOSITION.search(s), s


def test_hedge_prefixes(strings):
    extra = [f"They {a}{gap}{b}{gap}go" for a in ("would", "could", "should", "might", "may", "will", "must",
                                                   "is", "are", "was", "were", "appears", "appear", "appeared",
                                                   "seems", "seem", "seemed")
             for b in ("not", "also", "still", "likely", "unlikely", "expected", "set", "due", "to", "x")
             for gap in (" ", "\n", "\u00a0")]
    rejected = matched = 0
    for s in strings[:4000] + extra:
        for end in range(len(s) + 1) if len(s) < 300 else range(0, len(s) + 1, 5):
            if not E._may_be_hedge(s, end):
                rejected += 1
                assert not E._HEDGE.search(s, 0, end), (s, end)
            elif E._HEDGE.search(s, 0, end):
                matched += 1
    assert rejected and matched


def test_determiner_end_windows(strings):
    extra = [f"x{d}{gap}" for d in ("the", "a", "an", "its", "their", "his", "her", "The", "A")
             for gap in (" ", "  ", "\n", " \n", "\u00a0", "\t")]
    rejected = matched = 0
    for s in strings[:4000] + strings[-30000:] + extra:
        for end in range(len(s) + 1) if len(s) < 400 else range(0, len(s) + 1, 3):
            pos = max(0, end - 8)
            if not E._may_be_determiner_end(s, pos, end):
                rejected += 1
                assert not E._DETERMINER_END.search(s, pos, end), (s, pos, end)
            elif E._DETERMINER_END.search(s, pos, end):
                matched += 1
    assert rejected and matched
