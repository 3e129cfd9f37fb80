"""Guessing who speaks in a selection: the nearest person named before it.

Pure functions (no Qt) so they are easy to test: known people (the article's
person entities with their aliases) are preferred; otherwise a run of two or
more capitalised words stands in for a name.
"""
from __future__ import annotations

import re

_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|van|von|al|bin))*"
                       r"\s+[A-Z][\w'’-]+")
_WINDOW = 600  # characters looked back for an unknown name


def nearest_names(text: str, start: int, people: dict[str, list[str]]) -> list[str]:
    """Person names ordered by how close before ``start`` they were last mentioned.

    ``people`` maps each canonical name to its aliases.  People named only
    after the selection come last; unknown capitalised names fill in when no
    known person is mentioned before it.
    """
    before = text[:start]
    distance: dict[str, int] = {}
    for name, aliases in people.items():
        spots = [before.rfind(a) for a in {name, *aliases} if a]
        spots = [s for s in spots if s >= 0]
        distance[name] = start - max(spots) if spots else len(text) + 1
    found = sorted(distance, key=lambda n: (distance[n], n))
    if not any(d <= len(text) for d in distance.values()):
        window = before[-_WINDOW:]
        runs = [m.group(0) for m in _NAME_RUN.finditer(window)]
        found = list(dict.fromkeys(reversed(runs))) + found
    return found


def nearest_name(text: str, start: int, people: dict[str, list[str]]) -> str:
    """The best guess for the speaker, or ``""``."""
    names = nearest_names(text, start, people)
    return names[0] if names else ""
