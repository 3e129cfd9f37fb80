"""Name normalisation shared by the extractor and the store.

:func:`entity_key` folds case, diacritics, Cyrillic script, titles and place
suffixes so "President Vladimir Putin", "Владимир Путин" and "vladimir putin"
share one key.  :func:`same_entity` adds the surname rule ("Putin" joins
"Vladimir Putin") and alias overlap.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsdigest.domain import Entity
from newsdigest.extract.gazetteer import DEMONYMS, ORGS_LOWER, PLACE_SUFFIXES, PLACES_LOWER, TITLES

_CYR = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
     "i", "ye", "yi", "g"]))
_TITLES_ALT = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_SUFFIXES_ALT = "|".join(sorted(PLACE_SUFFIXES))
_TITLE_RE = re.compile(rf"^(?:(?:{_TITLES_ALT})\s+)+", re.IGNORECASE)
_SUFFIX_RE = re.compile(rf"\s+(?:{_SUFFIXES_ALT})$", re.IGNORECASE)
_GEO_SUFFIX_RE = re.compile(r"\s+(?:valley|river|peninsula|delta|basin|archipelago)$", re.IGNORECASE)
#: a site written with its common noun in lower case: "Zamzam camp" is Zamzam's camp, "Oje market" Oje's
#: market (but "Makola Market", a name of its own, keeps its word)
_SITE_SUFFIX_RE = re.compile(r"\s+(?:camp|market|roundabout)$")
_CORP_TAIL = re.compile(r"(?:,?\s+(?:&\s+)?(?:Inc|Ltd|Corp|LLC|LLP|Plc|PLC|plc|AG|GmbH|Co|ASA|AB|Oyj|NV|SA|SE|SpA)"
                        r"\.?)+$")
#: a country written before a body's name of two words or more
_HOME_PREFIX = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK)\s+(?=\S+\s+\S)")
_DEMONYM_OF = {country: demonym for demonym, country in reversed(list(DEMONYMS.items()))}  # the first one listed
_COUNTRY_LEAD = re.compile(r"^([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['’]s)? (?=[A-Z])")
_DEFENSE = re.compile(r"\bdefense\b")  # the Russian Defense Ministry is the Russian Defence Ministry
_OF_RE = re.compile(rf"^(?:the\s+)?(?:{_SUFFIXES_ALT})\s+of\s+", re.IGNORECASE)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Casefold, transliterate Cyrillic and drop diacritics and punctuation."""
    text = "".join(_CYR.get(c, c) for c in text.casefold())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’`.]", "", text)
    return re.sub(r"[\s\-]+", " ", re.sub(r"[^\w\s\-]", " ", text)).strip()


@lru_cache(maxsize=8192)
def loose(word: str) -> str:
    """Spelling-tolerant form of a folded word (Syrskyi ~ Syrsky ~ Syrskiy)."""
    w = re.sub(r"(?:iy|yi|ii|y)$", "i", word)
    w = w.replace("kh", "h").replace("ts", "c").replace("j", "y")
    return re.sub(r"(.)\1+", r"\1", w)


#: Raised whenever entity_key() changes what it returns for some name: a store keyed with an
#: older version gets the new keys of its entities when it is opened (library.refresh_entity_keys).
KEY_VERSION = 14  # 7: a country's own ministry by demonym ("Russia's" = "Russian"), Defense = Defence, "U.S. X" = X
# 8: "Zamzam camp" = Zamzam, "Oje market" = Oje; "Mexico City" is not Mexico (a city keeps its
# word); "Nordvik Chemicals ASA" = Nordvik Chemicals (Nordic, Dutch and French company forms too)
# 9: gazetteer aliases of session 12 ("Houthi movement" = Houthis, "Kata'ib Hizballah" = Kataib
# Hezbollah, "Platts" = S&P Global Platts, "Norilsk Nickel" = Nornickel, ...)
# 10: "Advocate", "Advocate General", "Additional Attorney General", "Bu"/"Ibu"/"Bapak", "Inkosi" are
# titles ("Advocate Farhan Ali Shah" = Farhan Ali Shah, "Inkosi Sakhile Nxumalo" = Sakhile Nxumalo)
# 11: "UN Refugee Agency" and "United Nations High Commissioner for Refugees" = UNHCR; Treasurer, Cr, Vice-chief and
# Kúkpi7 are titles; "Director of Public Prosecutions" = DPP; "Turks and Caicos Islands" is one place; Unite, GMB,
# RMT, Aslef and Usdaw are known unions
# 12: more demonyms ("Kosovo's Foreign Ministry" = Kosovar Foreign Ministry; Tongan, Fijian, Laotian, ...); forecaster,
# meteorologist and other -ologists are roles; "Republika Srpska" is a known place
# 13: "USSR" = Soviet Union, a known place (and "the Gulf" one too)
# 14: "SDSM" = Social Democratic Union of Macedonia


def entity_key(type: str, name: str) -> str:
    """Store-wide merge key for an entity of ``type`` named ``name``."""
    name = name.strip()
    if type == "person":
        name = _TITLE_RE.sub("", name)
    elif type == "place":
        if name.casefold().endswith(" city"):  # "Mexico City", "Gaza City": a city of its own, not the country
            name = PLACES_LOWER.get(name.casefold(), name)
        else:
            name = _OF_RE.sub("", name)
            name = _SUFFIX_RE.sub("", name) or name
            name = _GEO_SUFFIX_RE.sub("", name) or name  # "Bekaa valley" is the Bekaa
            name = _SITE_SUFFIX_RE.sub("", name) or name
            name = PLACES_LOWER.get(name.casefold(), name)
    elif type == "organisation":
        name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        name = _CORP_TAIL.sub("", name) or name  # "Halvorsen Logistics, Inc." is Halvorsen Logistics
        known = ORGS_LOWER.get(name.casefold())
        if known is None:  # "U.S. Federal Reserve", "UK Health Security Agency": the body
            name = _HOME_PREFIX.sub("", name)
            known = ORGS_LOWER.get(name.casefold())
        name = known or name
        lead = _COUNTRY_LEAD.match(name)
        if lead:  # "Russia's Defence Ministry", "UAE Foreign Ministry": the country's demonym
            country = PLACES_LOWER.get(lead.group(1).casefold(), lead.group(1))
            demonym = _DEMONYM_OF.get(country)
            if demonym:
                name = f"{demonym} {name[lead.end():]}"
        return f"{type}:{_DEFENSE.sub('defence', fold(name))}"
    return f"{type}:{fold(name)}"


def _person_parts(name: str) -> list[str]:
    return [loose(p) for p in fold(_TITLE_RE.sub("", name)).split()]


def same_entity(a: Entity, b: Entity) -> bool:
    """True when ``a`` and ``b`` are one real thing.

    Same type and either equal keys, a shared alias key, or (people) one name
    is the other's surname / the full names agree up to transliteration.
    """
    if a.type != b.type:
        return False
    keys_a = {entity_key(a.type, n) for n in [a.name, *a.aliases]}
    keys_b = {entity_key(b.type, n) for n in [b.name, *b.aliases]}
    if keys_a & keys_b:
        return True
    if a.type != "person":
        return False
    pa, pb = _person_parts(a.name), _person_parts(b.name)
    if not pa or not pb:
        return False
    if pa == pb:
        return True
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    # "Putin" ~ "Vladimir Putin"; "V Putin" ~ "Vladimir Putin"
    if short[-1] != long_[-1]:
        return False
    return len(short) == 1 or all(s[0] == l[0] for s, l in zip(short[:-1], long_[:-1]))
