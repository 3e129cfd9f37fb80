"""Find runs of capitalised words and split off titles ("President", "Gen.").

A *run* is a maximal sequence of capitalised tokens (any script) joined by
single spaces, optionally bridged by lowercase connectors such as "of" or
"for" ("Institute for the Study of War").  Runs are classified later.
"""
from __future__ import annotations

from typing import Final

import re
from dataclasses import dataclass, field
from itertools import pairwise

from newsdigest.extract.gazetteer import (
    COMMON_CAPS,
    NOT_ENTITIES,
    DEMONYMS,
    FIRST_NAMES,
    ORG_KEYWORDS,
    OCCUPATIONS,
    ORGS,
    PLACE_WORDS,
    PLACES,
    PLURAL_TITLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    STATE_CHAMBERS,
    TITLES,
    US_STATES,
)

# "[A-Z]\.(?:[A-Z]\.)+" is "(?:[A-Z]\.){2,}" written so that a search tries its first letter
# cheaply at each offset (a counted group opening a pattern is set up at every offset)
TOKEN_RE = re.compile(r"[A-Z]\.(?:[A-Z]\.)+|[^\W\d_][\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?")
CONNECTORS: Final = {"of", "for", "the", "de", "al", "bin", "van", "von", "der", "la", "le", "du",
              "da", "do", "das", "dos", "di", "del", "y", "and", "&", "al-", "den", "ter", "della", "dei",
              "en", "des", "los", "las", "por", "el", "para", "es"}  # ("Causa en Común", "Institut des Sciences", "Universidad de los Andes")
#: bodies posted somewhere, whose names go on with "in"/"to" and the place
_POSTED_HEADS: Final = {"Force", "Mission", "Delegation", "Office", "Representation",  # not "Embassy in London"
                        "Co-operation", "Cooperation"}  # ("Organization for Security and Co-operation in Europe")
#: heads of bodies named for what they set out to do: "Committee to Protect Journalists"
_MISSION_HEADS: Final = {"Committee", "Campaign", "Coalition", "Alliance", "Fund", "Society", "Foundation", "Movement",
                         "Initiative", "Partnership", "Network", "Project"}
#: Spanish, Portuguese and French heads of bodies' names that a title word may follow
_ROMANCE_BODY_HEADS: Final = {"Dirección", "Direção", "Direction", "Secretaría", "Secretaria", "Fiscalía", "Procuraduría",
                              "Procuradoria", "Contraloría", "Superintendencia", "Inspección", "Defensoría",
                              "Comandancia", "Jefatura", "Intendencia", "Auditoría", "Tesorería", "Inspection"}
#: bodies whose names go on with "on" ("Intergovernmental Panel on Climate Change")
_ON_HEADS: Final = {"Court", "Commission", "Convention", "Committee", "Council", "Panel", "Conference", "Treaty",
             "Subcommittee", "Forum", "Agreement", "Tribunal", "Summit", "Force", "Group", "Program", "Programme", "Accord",
             "Institute", "Centre", "Center", "Office"}
#: a possessive determiner written large, owning the name after it ("Its Minister of Energy")
_OWNER_WORDS: Final = frozenset(("Its", "Their", "His", "Her", "Our", "My", "Your"))
_CALENDAR_WORDS: Final = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                   "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
                   "Oct", "Nov", "Dec", "Christmas", "Easter", "New", "Election", "Independence"}
_LIST_HEADS: Final = {"Ministry", "Department", "Minister", "Secretary", "Committee", "Commission", "Office",
                      "Centre", "Center", "Institute", "Agency"}
# (items of up to three words: "Ministry of Inclusion, Social Security and Migration",
# "Swiss Federal Institute for Forest, Snow and Landscape Research")
_NAME_LIST: Final = re.compile(r"(?:, [A-Z][\w-]+(?: [A-Z][\w-]+){0,2})+,? and (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}\b")
_LIST_GLUE: Final = re.compile(r"\b(?:and|the)\b")
#: a local government named "<kind> of <place>" (an organisation, not the place)
LOCAL_GOV_OF: Final = ("City of ", "Municipality of ", "Regional District of ", "Regional Municipality of ",
                       "District Municipality of ", "Borough of ")
#: a country or a country's part named as a state: "Republic of Tatarstan", "Kingdom of Saudi Arabia"
STATE_OF_HEADS: Final = frozenset({"Republic", "Kingdom", "Emirate", "Sultanate", "Principality"})
_GEO_OF_HEADS = {"Cape", "Gulf", "Bay", "Isle", "Strait", "Straits", "Sea", "Horn", "Port",  # ("Port of Santos")
                 *STATE_OF_HEADS}
#: words that open the name of a country's part: "Republic of Tatarstan", "Province of Quebec"
_PLACE_UNITS: Final = STATE_OF_HEADS | {"Province", "State", "Region", "Territory", "Oblast", "Governorate",
                                        "Autonomous"}
#: bodies each country has its own of, named with the country: "the Canadian Red Cross"
_NATIONAL_SOCIETIES: Final = ("Red Cross", "Red Crescent")
_SPLIT_AT = {"and", "of", "for", "the"}  # never "&": "Marks & Spencer" is one name
_TITLE_WORDS: Final = {t.rstrip(".") for t in TITLES}
#: honours and post-nominal letters written after a name
POST_NOMINALS: Final = {"KC", "QC", "SC", "SAN", "BL", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD",
                        "Esq"}
_CAP_CONNECTORS: Final = {"The", "And", "Of", "For"}
_SENTENCE_WORDS: Final = {"A", "An", "In", "On", "At", "To", "By", "With", "As", "If", "When", "While", "But",
                   "And", "Or", "So", "It", "He", "She", "They", "We", "I", "This", "That", "These",
                   "Those", "His", "Her", "Its", "Their", "Our", "Some", "Many", "Most", "Every", "Each"}
# plural nouns that head "X of <name>" phrases: the name is what follows
_PARTITIVES: Final = {"Shares", "Residents", "Members", "Leaders", "Thousands", "Hundreds", "Dozens", "Millions",
               "Supporters", "Families", "Officials", "Workers", "Friends", "Citizens", "Employees",
               "Customers", "Users", "Relatives", "Delegates", "Lawmakers", "Ministers", "Troops",
               "Soldiers", "Students", "Fans", "Staff", "Parts", "Units"}
_INSTITUTION_WORDS: Final = {"State", "Government", "Army", "Military", "Parliament", "Forces", "National",
                      "Federal", "Central", "Supreme", "People", "Republic"}


def _is_connector(word: str) -> bool:
    """Lower-case connectors; capitalised only where they cannot start a name ("Le Pen", "Tu Le")."""
    return word in CONNECTORS or word in _CAP_CONNECTORS
_MULTI_TITLES = sorted((t for t in TITLES if " " in t), key=len, reverse=True)


# explicit __init__s (init=False): mypyc compiles them to native constructors; the ones
# dataclasses generates run as interpreted Python
@dataclass(slots=True, init=False)
class Token:
    start: int
    end: int
    text: str
    possessive: bool = False
    cap: bool | None = None  # starts with a capital (any script); worked out when not given

    def __init__(self, start: int, end: int, text: str, possessive: bool = False, cap: bool | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.possessive = possessive
        if cap is None:
            c = text[0]
            cap = c.isupper() or (c.isalpha() and not c.islower()) or \
                c in "aeibcd" and bool(_PARTICLE.match(text))  # "al-Sisi"
        self.cap = cap


@dataclass(init=False)
class Run:
    tokens: list[Token]
    title: list[Token] = field(default_factory=list)  # title tokens stripped off the front
    sentence_initial: bool = False
    text: str = field(init=False, default="")
    # read many times per run, so stored rather than computed (runs never change once made)
    start: int = field(init=False, default=0, compare=False, repr=False)
    end: int = field(init=False, default=0, compare=False, repr=False)
    possessive: bool = field(init=False, default=False, compare=False, repr=False)

    def __init__(self, tokens: list[Token], title: list[Token] | None = None, sentence_initial: bool = False) -> None:
        self.tokens = tokens
        self.title = [] if title is None else title
        self.sentence_initial = sentence_initial
        self.text = " ".join([t.text for t in tokens])
        if tokens:
            self.start, self.end, self.possessive = tokens[0].start, tokens[-1].end, tokens[-1].possessive
        else:
            self.start, self.end, self.possessive = 0, 0, False


_ACRONYM: Final = re.compile(r"(?:[A-Z]\.)+")
#: "Cambridge-based", "Iran-aligned", "Kremlin-controlled": the first part names a place or a body
_NAMING_HYPHEN_TAILS: Final = ("-based", "-led", "-backed", "-born", "-owned", "-run", "-aligned", "-controlled",
                        "-allied", "-funded", "-affiliated", "-sponsored", "-brokered", "-headquartered", "-flagged",
                        "-registered", "-related", "-listed")
#: names that end in a possessive mark ("Moody's said", "at Sainsbury's")
_POSSESSIVE_NAMES: Final = frozenset({n for n in ORGS if n.endswith("'s") and " " not in n})
#: the words of a country's generic bodies ("Defence Ministry", "General Staff", "Security Service")
_GENERIC_BODY_WORDS: Final = {"Defence", "Defense", "Foreign", "Interior", "Health", "Justice", "Finance", "Emergency",
                              "Emergencies", "Situations", "Ministry", "General", "Staff", "Security", "Service",
                              "Armed", "Forces", "Office", "National", "Guard", "Border", "Intelligence",
                              "Military", "Embassy", "Navy", "Army", "Air", "Force", "Economy", "Trade", "Energy"}
#: people a body is named for, owning the rest of its name: "Children’s Online Harm Coalition", "Women's Aid"
_GROUP_OWNERS: Final = frozenset(("Children", "Women", "People", "Men", "Workers", "Farmers", "Citizens", "Parents",
                                  "Teachers", "Nurses", "Doctors", "Veterans", "Writers", "Journalists", "Lawyers",
                                  "Students", "Pensioners", "Consumers", "Taxpayers", "Patients", "Mothers", "Fathers"))
#: heads of a body that owns another ("Harvard University's Kennedy School", "Imperial College London's Centre")
_OWNER_HEADS: Final = frozenset(("University", "College", "Institute", "School", "Bank", "Group", "Corporation",
                                 "Foundation", "Council", "Company", "Agency"))
_GENERIC_BODY_HEADS: Final = {"Ministry", "Staff", "Service", "Forces", "Office", "Guard", "Embassy", "Navy", "Army",
                              "Force"}
_ABBREV_IN_NAMES: Final = {"St", "Mt", "Ft"}  # "Fort St. James", "Mt. Kenya": the dot stays inside the name
_CONTRACTION: Final = re.compile(r"['’](?:re|ll|ve|d|m|t)$|n['’]t$", re.IGNORECASE)


_KEEP_LOWER: Final = CONNECTORS | ROLE_NOUNS | ROLE_MODIFIERS
_PARTY_AFTER: Final = re.compile(r"\s+(?:party|movement|coalition|alliance|bloc|group|union|militia)\b")
# "Children's Hospital", "People's Republic": possessives inside a name
_AFTER_POSSESSIVE: Final = ORG_KEYWORDS | {"Republic", "Liberation", "Hospital", "University", "Party", "Armed",
                                           "Bench"}
_GOV_BODIES: Final = {"Department", "Ministry", "Office", "Agency"}
_ACRONYM_TOKEN: Final = re.compile(r"[A-Z]{2,6}")
_PARTY_ADJECTIVES: Final = {"Liberal", "Conservative", "Labour", "Democrat", "Republican", "Tory", "Socialist",
                     "Democratic", "Green", "Independent", "Unionist", "Nationalist"}
_DESK_AFTER: Final = re.compile(r"\s+(?:[a-z]+\s+)?(?:correspondent|editor|reporter|bureau chief)\b")
FIRM_TAILS: Final = {"Foods", "Farms", "Products", "Industries", "Holdings", "Brands", "Enterprises", "Inc", "LLC", "Ltd",
               "Company", "Co", "Corp", "Corporation", "Group", "Partners", "Motors", "Dairies"}
_SITE_AFTER: Final = re.compile(r"\s+(?:airport|mine|road|corridor|courthouse|tower|national park|"
                                r"area|district|neighbou?rhood|suburb|township|village|upazila)\b")
_LOCATIVE_BEFORE: Final = re.compile(r"\b(?:in|near|to|at|from|outside)\s+$")


def _owner_body(run: list[Token]) -> bool:
    """Is the run before a possessive a body of its own ("Imperial College London’s Centre for Environmental
    Policy": two bodies, not one)?"""
    return len(run) > 1 and any(t.text.removesuffix("'s").removesuffix("’s") in _OWNER_HEADS for t in run)


def tokenize(text: str, start: int, end: int, pattern: re.Pattern = TOKEN_RE) -> list[Token]:
    """Tokens of ``text[start:end]`` that can be part of a name or a role.

    Other lowercase words are skipped: the gap they leave between two kept
    tokens is not a single space, which is exactly what ends a run or a role.
    Possessive "'s" and abbreviation dots are split off.
    """
    out = []
    # findall (strings, no match objects) and each token's offset by str.find.  TOKEN_RE
    # has no anchors or look-arounds and can stop after any token it matched, so wherever
    # a token's text occurs a match starts: none occurs before the one found, and
    # str.find returns the offset the match had.  The capitalised-token patterns find
    # exactly what the look-around-free pattern written out above _CAP_TOKEN_RE finds,
    # so the same holds for them.
    pos = start
    found: list[str] = pattern.findall(text, start, end)  # typed: native str operations in mypyc
    for w in found:
        s = text.find(w, pos, end)
        e = pos = s + len(w)
        c = w[0]
        if "A" <= c <= "Z":  # an ASCII capital (most tokens): not lower case, a letter
            cap = True
        elif c.islower():
            if c in "aeibcd" and _PARTICLE.match(w):
                cap = True  # "al-Sisi"
            elif w.rstrip(".") in _KEEP_LOWER:
                cap = False
            else:
                continue
        else:
            cap = c.isalpha()
        if w.isalpha():  # most tokens: no dot, apostrophe or hyphen to deal with
            poss = w[-1] == "s" and text[e:e + 1] in ("'", "’") and text[e + 1:e + 2] in (" ", "")
            out.append(Token(s, e, w, poss, cap))
            continue
        if w[-1] == "." and w[:-1] not in _TITLE_WORDS and w[:-1] not in _ABBREV_IN_NAMES and not _ACRONYM.fullmatch(w):
            e -= 1
            w = w[:-1]
        poss = False
        quoted = "'" in w or "’" in w
        if quoted and len(w) > 2 and w[-1] == "s" and w[-2] in "'’" and w.replace("’", "'") not in _POSSESSIVE_NAMES:
            w, e, poss = w[:-2], e - 2, True
        elif quoted and w.endswith(("s'", "s’")):
            w, e, poss = w[:-1], e - 1, True
        elif w[-1:] == "s" and text[e:e + 1] in ("'", "’") and text[e + 1:e + 2] in (" ", ""):
            poss = True  # "Queens' College": the plural possessive mark stays outside the token
        if "-" in w and w.endswith(_NAMING_HYPHEN_TAILS) and w[0].isupper():
            cut = w.rindex("-")
            w, e = w[:cut], s + cut  # "Cambridge-based" names Cambridge
        if w and (not quoted or not ("'" in w or "’" in w) or not _CONTRACTION.search(w)):
            out.append(Token(s, e, w, poss, cap))
    return out


# The capitalised-token scanner, written to open with one character class so that a
# search skips straight to the offsets where a token can start.  It is the pattern
#     A: [A-Z]\.(?:[A-Z]\.)+
#     | B: (?<![^\W\d_])(?:al|el|ad|as|an|az|ar|at|ash|ez|es|ed|en|er|et|ibn|bin|abu|ben)-[A-Z][\w\-]*
#     | C: (?<![^\W\d_])d['’][A-Z][\w\-]*
#     | E: ʻ[A-ZÀ-ÖØ-Þ][\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?  (an ʻokina opens "ʻAna")
#     | D: [A-ZÀ-ÖØ-ÞĀ-žА-ЯЁЂ-ЏЄІЇҐΑ-ΩΆ-Ώ][\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?
# (which opened with an alternation, so the engine tried all four branches at every
# offset) with the first character of every branch taken out in front: L = the capitals
# class of D plus a, e, i, b, d, the only letters B and C start with, and ʻ, E's.  Each branch
# then checks by a one-character look-behind at the character L consumed the first character
# it used to match itself: A, its "." first (cheap to fail), then [A-Z] before it; B,
# a/e/i/b and the rest of a particle, with no letter before it (not "en-President" in
# "then-President"); C, d, with no letter before it; E, ʻ and a capital after it; D, "not a, e, i, b,
# d or ʻ", which within L is exactly D's class (none of the six is in it).  So no branch can
# match where L does not, and at every offset the same branches succeed or fail, with the same
# ends.  Only A and D can both match at one offset (A's [A-Z] is in D's class) and A still
# comes first; B, C, E and D start with disjoint characters, so their order does not matter.
# The matches, and what findall returns, are the same as the old pattern's.
_CAP_TOKEN_RE: Final = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-žА-ЯЁЂ-ЏЄІЇҐΑ-ΩΆ-Ώaeibdʻ](?:"
    r"\.(?<=[A-Z]\.)(?:[A-Z]\.)+|"
    r"(?<![aeibdʻ])[\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?|"
    r"(?<=ʻ)[A-ZÀ-ÖØ-Þ][\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?|"
    r"(?<![^\W\d_][aeib])"
    r"(?:(?<=a)(?:l|d|s|n|bu|z|r|t|sh)|(?<=e)(?:l|z|s|d|n|r|t)|(?<=i)bn|(?<=b)(?:in|en))-[A-Z][\w\-]*|"
    r"(?<![^\W\d_]d)(?<=d)['’][A-Z][\w\-]*)")
# The same without B and C, for text with no "-" (which every B match has) and no "d'" or
# "d’" (which every C match has): there only A, E and D can match.  L is D's class and ʻ, and
# A and D keep their order, so where B and C cannot match this finds what the whole does.
# The lower-case a, e, i, b, d are most of the offsets _CAP_TOKEN_RE has to try.
_CAPS_ONLY_RE: Final = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-žА-ЯЁЂ-ЏЄІЇҐΑ-ΩΆ-Ώʻ](?:\.(?<=[A-Z]\.)(?:[A-Z]\.)+|"
    r"(?<!ʻ)[\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?|"
    r"(?<=ʻ)[A-ZÀ-ÖØ-Þ][\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?)")


def cap_token_pattern(text: str, start: int, end: int) -> re.Pattern:
    """The pattern that finds the capitalised tokens of ``text[start:end]`` fastest."""
    if text.find("-", start, end) < 0 and text.find("d'", start, end) < 0 and text.find("d’", start, end) < 0:
        return _CAPS_ONLY_RE
    return _CAP_TOKEN_RE


_PARTICLE: Final = re.compile(r"(?:al|el|ad|as|an|az|ar|at|ash|ez|es|ed|en|er|et|ibn|bin|abu|ben)-[A-Z]|d['’][A-Z]")


def cap_tokens(text: str, start: int, end: int) -> list[Token]:
    """Capitalised tokens only: the material names are made of."""
    return [t for t in tokenize(text, start, end, cap_token_pattern(text, start, end)) if t.cap]


def _generic_body_at(toks: list[Token], j: int, text: str) -> bool:
    """Does a country's generic body ("General Staff", "Security Service") start at ``toks[j]``, after
    its country's possessive?"""
    if toks[j - 1].text not in PLACES:
        return False
    k = j
    while k < len(toks) and toks[k].text in _GENERIC_BODY_WORDS and (k == j or text[toks[k - 1].end:toks[k].start] == " "):
        if toks[k].text in _GENERIC_BODY_HEADS:
            return True
        k += 1
    return False


def state_chamber(name: str) -> bool:
    """Whether ``name`` is a US state's legislative chamber ("Minnesota House", "Texas State Senate")."""
    for chamber in STATE_CHAMBERS:
        if name.endswith(" " + chamber) and name[:-len(chamber) - 1] in US_STATES:
            return True
    return False


#: words that make one area of two ("Mid and West Zealand Police"): no name of their own before "and"
_AREA_MODIFIERS: Final = frozenset({"North", "South", "East", "West", "Mid", "Central", "Upper", "Lower", "Inner",
                                    "Outer", "Northern", "Southern", "Eastern", "Western"})
#: nationality nouns written before a name ("Spaniard Carlos Alcaraz")
_NATIONALITY_NOUNS: Final = frozenset({"Spaniard", "Briton", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman",
                                       "Dane", "Swede", "Scot", "Welshman", "Welshwoman", "Englishman", "Englishwoman",
                                       "Irishman", "Irishwoman", "Argentine", "Kiwi", "Aussie"})
#: the last word of a place that lies in another named after "of"
_UNIT_OF: Final = frozenset({"Area", "Ward"})  # (not "the Regional District of Central Okanagan", a council)


def _plural_body_at(toks: list[Token], j: int, text: str) -> bool:
    """Does a body whose name holds a plural possessive go on at ``toks[j]`` ("Garment Workers' Unity
    Forum", "Teachers' Service Commission")?"""
    prev = toks[j - 1]
    if not prev.text.endswith("s") or text[prev.end:prev.end + 2] not in ("' ", "’ "):
        return False
    for k in range(j, min(j + 3, len(toks))):
        if k > j and text[toks[k - 1].end:toks[k].start] != " ":
            return False
        if toks[k].text in ORG_KEYWORDS:
            return True
    return False


#: a label before a headline or a paragraph: "ANALYSIS: ", "LIVE | ", "UPDATE — "
_LABEL_LEAD: Final = re.compile(r"[\s\"“‘«(]*[A-Z]{3,}\s*[:|—–-]\s*")
_INDEX_NUMBER: Final = re.compile(r"/|[ ](?:[A-Z]+ )?\d")  # "S&P 500", "S&P/ASX 200", "S&P/BVL": an index


def _known_with_possessive(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a known place or body with a possessive in its name ("Cox’s Bazar")?"""
    name = text[start:end].replace("’", "'")
    return name in PLACES or name in ORGS


def find_runs(text: str, start: int, end: int) -> list[Run]:
    """Capitalised runs in the sentence ``text[start:end]``.

    Tokens join when a single space separates them; up to three connectors
    ("for the", "of") may bridge two capitalised words.
    """
    toks = cap_tokens(text, start, end)
    runs: list[Run] = []
    i, n = 0, len(toks)
    while i < n:
        run = [toks[i]]
        j = i + 1
        if toks[i].possessive and j < n and _known_with_possessive(text, toks[i].start, toks[j].end):
            # "Cox’s Bazar", "Martha's Vineyard": a known name with a possessive in it is one token
            run[0] = Token(toks[i].start, toks[j].end, text[toks[i].start:toks[j].end], toks[j].possessive, True)
            j += 1
        while j < n and (not run[-1].possessive or toks[j].text in _AFTER_POSSESSIVE and not _owner_body(run) or
                         run[-1].text in _GROUP_OWNERS or
                         len(run) == 1 and _generic_body_at(toks, j, text) or _plural_body_at(toks, j, text) or
                         len(run) == 1 and run[0].text not in PLACES and _LOCATIVE_BEFORE.search(text, max(start, run[0].start - 7),
                                                                   run[0].start)):
            # "near Cox's Bazar": after a locative preposition a possessive starts a place name
            prev = run[-1]
            gap = text[prev.end:toks[j].start]
            if gap == " " or prev.possessive and gap in ("'s ", "’s ", "' ", "’ "):
                run.append(toks[j])
                j += 1
                continue
            if gap == "&" and len(prev.text) <= 2 and len(toks[j].text) <= 2 and not prev.possessive and \
                    not _INDEX_NUMBER.match(text, toks[j].end):
                # "S&P Global", "AT&T", "M&S": one initialism with its ampersand (not the "S&P 500" index)
                run[-1] = Token(prev.start, toks[j].end, text[prev.start:toks[j].end], toks[j].possessive, True)
                j += 1
                continue
            if gap == ", " and len(run) >= 3 and run[-2].text in ("of", "for") and run[-3].text in _LIST_HEADS:
                listed = _NAME_LIST.match(text, prev.end, end)
                if listed:  # "Ministry of Trade, Industry and Energy": one name with a list in it
                    while j < n and toks[j].start < listed.end():
                        for glue in _LIST_GLUE.finditer(text, run[-1].end, toks[j].start):
                            run.append(Token(glue.start(), glue.end(), glue.group()))
                        run.append(toks[j])
                        j += 1
                    continue
            words = gap.split(" ")
            if len(words) in (3, 4) and words[1] == "on" and prev.text in _ON_HEADS and not words[0] and \
                    not words[-1] and words[2:-1] in ([], ["the"]) and \
                    toks[j].text.rstrip(".,") not in _CALENDAR_WORDS:
                pass  # "Court on Human and Peoples' Rights": bridged like "of"
            elif len(words) == 3 and words[1] in ("in", "to") and prev.text in _POSTED_HEADS and \
                    not words[0] and not words[2] and toks[j].text in PLACES:
                pass  # "United Nations Interim Force in Lebanon", "EU Delegation to Serbia": a posting
            elif gap == " to " and prev.text in _MISSION_HEADS and not toks[j].possessive and \
                    toks[j].text not in PLACES and toks[j].text not in ORGS:
                pass  # "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a body's aim
            elif gap == " in " and prev.text == "Agent" and toks[j].text == "Charge":
                pass  # "Special Agent in Charge Lauren Beck": one title
            elif len(words) < 3 or len(words) > 5 or words[0] or words[-1] or \
                    not all(w in CONNECTORS for w in words[1:-1]) or "and the" in gap or \
                    gap == " the " and (" ".join(t.text for t in run) in ORGS or " ".join(t.text for t in run) in PLACES):
                break  # "the FBI and the Department of Health", "told Reuters the Commission was": two names
            pos = prev.end + 1  # bridge "Institute for the Study of War"
            for w in words[1:-1]:
                run.append(Token(pos, pos + len(w), w))
                pos += len(w) + 1
            run.append(toks[j])
            j += 1
        lead = text[start:toks[i].start]
        initial = lead.strip(" \"“‘«(") == "" or _LABEL_LEAD.fullmatch(lead) is not None  # ("ANALYSIS: Can Tisza")
        runs.extend(_clean(Run(run, sentence_initial=initial), text))
        i = j
    return runs


#: "Twenty-six European Union leaders": a number, not part of the name
_TENS = frozenset("Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split())
_NAME_OPENERS = frozenset("All One Two Three Four Five Six Seven Eight Nine Ten Twelve First Second Third".split())


#: a question's opening verb before a name ("Can Tisza win?", "Does Nvidia still lead?")
_QUESTION_OPENERS: Final = frozenset(("Can", "Could", "Should", "Would", "Does", "Did", "Do", "Is", "Are", "Was",
                                      "Were", "Has", "Have", "Had", "Must", "Might", "May"))
_ASKED: Final = re.compile(r"[^.!?\n\"“”]{0,120}\?")


#: a byline's job after the writer's name and desk: "Ruth Calder Environment correspondent", "Technology policy editor"
_JOB_AFTER: Final = re.compile(r" (?:[a-z]+ )?(?:correspondent|editor|reporter|writer)\b")
#: a compound that says who holds, runs or backs what it comes before: "Russian-occupied", "Iran-backed"
_CONTROLLED_BY: Final = re.compile(r"[A-Z][a-z]+-(?:occupied|held|controlled|administered|annexed|run|ruled|backed|"
                                   r"led|allied|aligned|based|owned)")


def _clean(run: Run, text: str) -> list[Run]:
    """Strip leading common words and titles; split at inner titles."""
    toks = run.tokens
    full = run.text  # " ".join of the token texts, made once when the run was built
    if full in ORGS or full in PLACES or full.isupper() and full.title() in PLACES:
        return [run]  # known name, or a dateline ("THE HAGUE")
    initial = run.sentence_initial
    if len(toks) in (6, 7) and toks[0].text == "Leader" and toks[1].text == "of" and toks[2].text == "the" and \
            toks[3].text in ("Opposition", "House") and \
            not any(x.text in ORG_KEYWORDS or x.text in PLACES or _is_connector(x.text) for x in toks[4:]):
        return [Run(toks[4:], title=toks[:4])]  # "Leader of the Opposition Inia Seruiratu": a title, then him
    # "Leaders of the Group of Seven", "Residents of Kyiv": a common noun heads the run
    if (initial or toks[0].text in _PARTITIVES) and len(toks) > 2 and toks[1].text in ("of", "in", "from") and \
            toks[0].text not in ORG_KEYWORDS and toks[0].text not in PLACES and _title_at(toks, 0) < 3 and \
            not (_title_at(toks, 0) and toks[2].text in _PORTFOLIOS):  # (nor "Minister of Defence Sigrun Aasen")
        toks = toks[1:]  # "Shares of Nexora Systems" after a dateline (not "Secretary of State Marco Rubio")
    while toks and (toks[0].text in COMMON_CAPS or _is_connector(toks[0].text) or
                    toks[0].text.split("-")[0] in _TENS and "-" in toks[0].text) \
            and not _title_at(toks, 0) and not (len(toks) > 2 and _body_title(toks, 0, 2)) and not (
                # "the ruling All Progressives Congress", "the Five Star Movement": mid-sentence,
                # a capitalised number word opens a body's name
                not initial and toks[0].text in _NAME_OPENERS and len(toks) > 2 and
                (toks[-1].text in ORG_KEYWORDS or toks[-1].text in PLACE_WORDS)) and not (
                toks[0].text in _INSTITUTION_WORDS and any(t.text in ORG_KEYWORDS for t in toks[1:])) and \
            not (toks[0].text == "Government" and len(toks) > 2 and toks[1].text == "of") and \
            not ((len(toks) == 2 or not initial and toks[0].text not in _CALENDAR_WORDS and
                  toks[0].text not in _OWNER_WORDS and toks[0].text.lower() not in ROLE_NOUNS) and
                 toks[0].text[:1].isupper() and
                 toks[0].text not in _CAP_CONNECTORS and toks[0].text not in _SENTENCE_WORDS and
                 toks[-1].text in ORG_KEYWORDS):
        # "Lebanon's Health Ministry": a subject word before "Ministry" names it; so does "Health" in "spoke to
        # Health Policy Watch", mid-sentence
        # "the State Bank of India" keeps its first word; "The" and "However" go
        toks = toks[1:]
        initial = False
    if len(toks) > 1 and toks[0].text.endswith("-year-old"):
        toks = toks[1:]  # "Fifteen-year-old Ngaire Williams": her age is no part of her name
        initial = False
    if len(toks) > 1 and _CONTROLLED_BY.fullmatch(toks[0].text):
        toks = toks[1:]  # "in Russian-occupied Crimea", "Iran-backed Houthis": who holds or backs it is no part of it
        initial = False
    if initial and len(toks) > 1 and toks[0].text in _QUESTION_OPENERS and _ASKED.match(text, toks[-1].end):
        toks = toks[1:]  # "Can Belém deliver?": the question's verb (not "Can Dündar said")
        initial = False
    while toks and (_is_connector(toks[-1].text) or
                    len(toks) - _title_at(toks, 0) > 2 and toks[-1].text in POST_NOMINALS):
        toks = toks[:-1]  # "Judge Timothy Spencer KC": the honour is not the name (but "Inspector
        # Nirmala KC": a given name and a surname, KC, a common one in Nepal)
    if len(toks) == 3 and _JOB_AFTER.match(text, toks[-1].end) and toks[0].text in FIRST_NAMES:
        toks = toks[:2]  # "Ruth Calder Environment correspondent": a byline's desk is not her name
    if not toks:
        return []
    if len(toks) < len(run.tokens) and (" ".join(t.text for t in toks) in ORGS or
                                        " ".join(t.text for t in toks) in PLACES):
        return [Run(toks, run.title, initial)]  # "The European Parliament": known once "The" is gone
    if len(toks) == 1:  # most runs: none of the splits below applies to one word
        return [] if _title_at(toks, 0) else [Run(toks, run.title, initial)]
    if toks[0].text in PLACES and len(toks) > 2 and (toks[0].possessive or toks[0].text.isupper()) and \
            all(x.text in _GENERIC_BODY_WORDS for x in toks[1:]) and toks[-1].text in _GENERIC_BODY_HEADS:
        # "Russia's Defence Ministry", "Ukraine's General Staff", "UAE Foreign Ministry": a country's own
        # ministry, named with its country (the store keys it as "Russian Defence Ministry"); the
        # country is named too ("Jordan's Foreign Ministry said" names Jordan)
        return [Run(toks[:1], [], initial), Run(toks, run.title, initial)]
    for i, t in enumerate(toks[:-1]):
        # "Ukraine's Ministry of Agrarian Policy": the place owns the organisation
        if t.possessive and (" ".join(x.text for x in toks[:i + 1]) in PLACES or
                             " ".join(x.text for x in toks[:i + 1]) in ORGS or
                             i == 0 and t.text.isupper() and len(t.text) > 1 or
                             # "University of São Paulo's Institute of Geosciences": a body owns a body
                             i >= 2 and toks[0].text in ORG_KEYWORDS and toks[1].text in ("of", "for") or
                             # "the Foreign Ministry's Department of East Asian Affairs": so does a ministry
                             1 <= i <= 2 and t.text in _GOV_BODIES and toks[i + 1].text in _HEAD_KEYWORDS) and \
                any(x.text in ORG_KEYWORDS for x in toks[i + 1:]) or \
                t.possessive and " ".join(x.text for x in toks[i + 1:]) in ORGS:
            # ("Coinvale's Telegram channel": a known platform the name owns)
            return _clean(Run(toks[:i + 1], [], initial), text) + _clean(Run(toks[i + 1:]), text)
    k = _title_at(toks, 0)
    for i, t in enumerate(toks[:-2]):
        if t.possessive and (i > k and toks[k].text in FIRST_NAMES or toks[i + 1].text == "Party") and \
                not any(x.possessive or _is_connector(x.text) for x in toks[:i]):
            # "President Maia Sandu's Party of Action and Solidarity", "Dodon's Party of Socialists": a
            # person owns what follows, named apart (not "Professor Alan Whitby of King's College London")
            return _clean(Run(toks[:i + 1], run.title, initial), text) + _clean(Run(toks[i + 1:]), text)
    if len(toks) > 2 and toks[0].text in STATE_OF_HEADS and toks[1].text == "of" and full not in PLACES and \
            " ".join(t.text for t in toks[2:]) in PLACES:
        return [Run(toks[2:], run.title, False)]  # "the Republic of Belarus", "the Kingdom of Saudi Arabia": the country
    if toks[0].possessive and len(toks) > 2 and toks[0].text in PLACES and toks[1].text in _PLACE_UNITS:
        # "Russia's Republic of Tatarstan", "Ukraine's Donetsk region": the country owns the place
        return _clean(Run(toks[:1], [], initial), text) + _clean(Run(toks[1:]), text)
    if toks[0].possessive and len(toks) > 2 and toks[-1].text in PLACE_WORDS and toks[1].text not in PLACE_WORDS:
        # "Yerevan's Republic Square": the city owns the square
        return _clean(Run(toks[:1], [], initial), text) + _clean(Run(toks[1:]), text)
    if toks[0].possessive and len(toks) > 1 and _SITE_AFTER.match(text, toks[-1].end):
        # "Saratov's Gagarin airport": the city owns the airport
        return _clean(Run(toks[:1], [], initial), text) + _clean(Run(toks[1:]), text)
    if len(toks) > 3 and toks[0].text in _ROLE_FOR_BODY and toks[1].text == "for" and toks[2].text == "the":
        toks = toks[3:]  # "Counsel for the State Election Commission, Shweta Kamat,": a role, then its body
        initial = False
    if len(toks) > 1 and toks[0].text in ("Co", "Co.") and toks[1].text[:1].isupper():
        toks = toks[1:]  # "a Co Limerick man": Ireland's "County", before the county's name
        initial = False
    if len(toks) > 1 and toks[0].text in PLACES and " ".join(t.text for t in toks[1:]) in NOT_ENTITIES:
        toks = toks[:1]  # "U.S. West Texas Intermediate": the country, not the crude grade
    if len(toks) >= 3 and toks[-1].text in PLACES and _DESK_AFTER.match(text, toks[-1].end):
        toks = toks[:-1]  # "Kwame Asante Africa environment correspondent": the desk is not the name
    for i in range(2, len(toks) - 1):
        if toks[i].text == "of" and toks[i - 1].text in _UNIT_OF and toks[i + 1].text != "the":
            # "Kajuru Local Government Area of Kaduna State", "Bakau New Town Ward of Kanifing": a place in a place
            return _clean(Run(toks[:i], run.title, initial), text) + _clean(Run(toks[i + 1:]), text)
    for i in range(3, len(toks) - 1):
        if toks[i].text == "of" and toks[i - 1].text in FIRM_TAILS and len(toks) - i <= 3 and \
                not any(t.text in _INSTITUTION_WORDS or t.text in CONNECTORS for t in toks[:i]):
            # "Harvest Lane Foods of Salinas": a firm and its home town
            return _clean(Run(toks[:i], run.title, initial), text) + _clean(Run(toks[i + 1:]), text)
    if len(toks) >= 2 and toks[-1].text in ("Democrat", "Republican") and \
            (" ".join(t.text for t in toks[:-1]) in PLACES or
             len(toks) == 2 and text.endswith(("a ", "the "), 0, toks[0].start) and toks[0].text not in FIRST_NAMES and
             toks[0].text not in DEMONYMS and toks[0].text not in _PARTY_ADJECTIVES and
             toks[0].text not in COMMON_CAPS):
        # "a Maryland Democrat", "the Fort Worth Republican", "a Redding Republican": the place the politician
        # represents
        toks = toks[:-1]
    if len(toks) >= 3 and (toks[0].text in DEMONYMS or toks[0].text in _NATIONALITY_NOUNS) and \
            toks[1].text.split("-")[0] in FIRST_NAMES and toks[-1].text not in ORG_KEYWORDS and \
            not toks[-1].text.endswith(("ists", "ats", "als", "ives", "ens", "ans")) and \
            not any(_is_connector(t.text) for t in toks[1:]):
        # "Spaniard Carlos Alcaraz", "Kenyan Faith Kipyegon": the nationality describes the person (not
        # "Lithuanian Christian Democrats", a party)
        return [Run(toks[1:], toks[:1], False)]
    if len(toks) >= 3 and toks[0].text in _PARTY_ADJECTIVES and toks[1].text.split("-")[0] in FIRST_NAMES:
        toks = toks[1:]  # "trailing Liberal Bruce Fanjoy": the party label is not part of the name
        initial = False
    if len(toks) == 2 and toks[0].text in DEMONYMS and _ACRONYM_TOKEN.fullmatch(toks[1].text):
        toks = toks[1:]  # "the Dutch TTF hub": the adjective is not part of the name
    if _title_at(toks, 0) == len(toks) or len(toks) == 1 and _title_at(toks, 0):
        return []  # "the Chief Justice said": a role without a name
    if 1 < len(toks) <= 4 and toks[-1].text not in ORG_KEYWORDS and \
            all(t.text.rstrip(".") in _TITLE_WORDS or t.text.lower() in ROLE_NOUNS or t.text.lower() in ROLE_MODIFIERS
                for t in toks):
        return []  # "the Second Deputy Governor,": titles all, no name
    rest = " ".join(t.text for t in toks[1:])
    if rest and state_chamber(f"{toks[0].text} {rest}"):
        return [Run(toks, run.title, initial)]  # "the Oregon Senate": the state's own chamber, one body
    if len(toks) > 1 and (rest in ORGS and (toks[0].text in PLACES or toks[0].text in DEMONYMS) and
                          not rest.startswith(_NATIONAL_SOCIETIES) or
                          toks[0].text in PLACES and toks[0].text.replace(".", "").isupper() and
                          toks[-1].text in _GOV_BODIES and toks[1].text not in CONNECTORS):
        # "US State Department": the country and the organisation
        return _clean(Run(toks[:1], [], initial), text) + [Run(toks[1:])]
    n = _title_at(toks, 0)
    if n and len(toks) > n + 3 and toks[n].text == "of":
        # "Chief Justice of Pakistan Qazi Faez Isa", "President of Ukraine Volodymyr Zelensky": the
        # title names its country, then the person (two words at least)
        for k in (1, 2, 3):
            if len(toks) - (n + 1 + k) >= 2 and " ".join(t.text for t in toks[n + 1:n + 1 + k]) in PLACES and \
                    not any(_is_connector(t.text) for t in toks[n + 1 + k:]):
                return _clean(Run(toks[n + 1:n + 1 + k]), text) + [Run(toks[n + 1 + k:], title=toks[:n + 1 + k])]
    if n and n < len(toks) - 3 and toks[n].text in ("of", "for"):
        # "Under Secretary of Commerce for Industry and Security Daniel Whitcomb", "Secretary of Commerce
        # Daniel Whitcomb": a title, its portfolio (known words joined by "and", "for", "of"), then the person
        j = n + 1
        while j < len(toks) and (toks[j].text in _PORTFOLIOS or toks[j].text in ("and", "&", "for", "of") and
                                 j + 1 < len(toks) and toks[j + 1].text in _PORTFOLIOS):
            j += 1
        if j > n + 1 and 2 <= len(toks) - j <= 4 and \
                not any(_is_connector(t.text) or t.text in ORG_KEYWORDS or t.text in PLACES for t in toks[j:]):
            return [Run(toks[j:], title=toks[:j])]
    if n > 2 and any(t.text == "of" for t in toks[1:n]) and 2 <= len(toks) - n <= 4 and \
            not any(_is_connector(t.text) or t.text in ORG_KEYWORDS or t.text in PLACES for t in toks[n:]):
        # "Secretary of State Marco Rubio", "Deputy Secretary of State Nathan Hartwell": a title with its
        # own "of", then the person (not split at the "of")
        return [Run(toks[n:], title=toks[:n])]
    party = _PARTY_AFTER.match(text, toks[-1].end)
    pieces = [toks] if party else _split_plain(toks, text)  # "Law and Justice party" stays whole
    if len(pieces) > 1:  # "Italy and France", "Europe and North America"
        return [r for p in pieces for r in _clean(Run(p, [], initial and p is pieces[0]), text)]
    of = _person_of_org(toks, party is not None)
    if of:  # "Inspector Lewis Hughes of Greater Manchester Police"
        return _clean(Run(toks[:of], run.title, initial), text) + _clean(Run(toks[of + 1:]), text)
    # split at the last title inside the run: "US President Donald Trump"
    for idx in range(len(toks) - 1, -1, -1):
        n = _title_at(toks, idx)
        if n and idx and toks[idx - 1].text in _ROMANCE_BODY_HEADS:
            continue  # "Dirección General de Aeronáutica Civil", "Fiscalía General": the body's name
        if n and idx > 1 and toks[idx - 1].text in ("of", "the") and toks[0].text in ORG_KEYWORDS and \
                idx + n < len(toks) and toks[idx + n].text in CONNECTORS:
            continue  # "Office of the Director of Public Prosecutions": the title is inside the body's name
        if not n or idx + n >= len(toks) or toks[idx + n].text in ("and", "&"):
            continue  # ("Justice and Development party": a title word in a body's name, no person after it)
        # a multi-word title that ends here: "Chief Financial Officer"
        first = next((j for j in range(max(0, idx - 3), idx) if _title_at(toks, j) == idx + n - j), idx)
        while first > 0 and (_title_at(toks, first - 1) >= 1 or  # "Detective Chief Inspector"
                             toks[first - 1].text.lower() in ROLE_MODIFIERS):  # "Assistant Prosecutor"
            first -= 1
        body = first + 1 if first and toks[first].text == "Police" and \
            not re.search(re.escape(text[toks[0].start:toks[first].end]) + r" (?:Department|Service|Force)\b", text) \
            else first  # "Ontario Provincial Police Constable Darren Ellison": the force is named whole before the
        # constable (not "Tulsa Police Chief Raymond Okoye" where the story names the Tulsa Police Department)
        out = _clean(Run(toks[:body], sentence_initial=initial), text) if first else []
        # the title starts after the last "and" before it: "... Nathan Hartwell and Minister of Defence
        # Sigrun Hovland Aasen" (but "US President Donald Trump" keeps "US" in the role)
        lead = max((j + 1 for j in range(first) if toks[j].text in ("and", "&")), default=0)
        if toks[idx + n].text in ("of", "for") and toks[0].text not in ORG_KEYWORDS:
            # "Minister of Planning and International Cooperation (Khaled Al-Masri)": the portfolio is part of
            # the title, and a person follows it only from a given name on
            k = next((k for k in range(idx + n + 2, len(toks)) if toks[k].text in FIRST_NAMES and
                      toks[k - 1].text not in CONNECTORS), 0)
            if not k:  # "Minister of Defence Sigrun Hovland Aasen": a known portfolio, then a name of two words or more
                j = idx + n + 1
                while j < len(toks) and (toks[j].text in _PORTFOLIOS or toks[j].text in ("and", "&") and
                                         j + 1 < len(toks) and toks[j + 1].text in _PORTFOLIOS):
                    j += 1
                if j > idx + n + 1 and len(toks) - j >= 2 and all(t.text[:1].isupper() for t in toks[j:]):
                    k = j
            return out + ([Run(toks[k:], title=toks[lead:k])] if k else [])
        if toks[idx + n].text in ("for", "of", "and", "&", "the", "to", "in", "on"):
            return out  # "The Cabinet Secretary for Net Zero and Just Transition": a portfolio, no person
        return out + [Run(toks[idx + n:], title=toks[lead:idx + n])]
    return [Run(toks, run.title, initial)]


#: what a minister or secretary is "of" or "for", one word at a time ("Foreign Affairs", "Trade and Industry")
_PORTFOLIOS: Final = frozenset("""Defence Defense Finance Health Justice Interior Education Energy Agriculture Trade
    Labour Labor Transport Environment Culture Tourism Industry Economy Commerce Foreign Home Internal Affairs Public
    Security Information Communications Housing Immigration Employment Fisheries Mines Mining Water Planning Youth
    Sport Sports Science Technology Infrastructure Works Development Welfare Budget Treasury Digital Climate National
    Unification Veterans Land Family Women Children Gender Equality Local Regional Rural Social International
    Cooperation Relations Overseas Territorial Logistic Logistics Services Petroleum Oil Gas Power Electricity
    Aviation Investment Enterprise Innovation Research Higher Arts Heritage Natural Resources Marine Maritime
    Forestry Forests Wildlife Lands Urban Municipal Religious Islamic Endowments Human Rights Refugees Migration
    Disaster Management Emergency Emergencies Civil Railways Roads Highways Ports Shipping Telecommunications
    Media Broadcasting Legal Parliamentary Consumer Protection Food Nutrition Population Sustainable""".split())


#: a firm's legal form, last in its name
_LEGAL_FORMS: Final = frozenset(("LLC", "LLP", "Inc", "Ltd", "PLC", "plc", "GmbH", "Corp", "PC", "PLLC"))


def _person_of_org(toks: list[Token], body_after: bool = False) -> int:
    """Index of the "of" in "<title> <name> of <organisation>", or 0; ``body_after``: a body's
    kind follows the run ("Oleksandr Kovalenko of the Information Resistance group")."""
    for i, t in enumerate(toks):
        if t.text == "of" and 1 < i < len(toks) - 1:
            left, right = toks[:i], toks[i + 1:]
            if not any(r.text in ORG_KEYWORDS for r in right) and not (body_after and right[0].text == "the"):
                continue
            if any(_title_at(left, j) for j in range(len(left) - 1)):
                return i
            # "Michael Brooks of the Center for Auto Safety": a plain two- or three-word name
            # ("Tessa Lutz of Quiñones Baker & Lutz LLC": a firm's legal form after it)
            if 2 <= i <= 3 and (left[0].text in FIRST_NAMES or right[0].text == "the" or
                                right[-1].text.rstrip(".") in _LEGAL_FORMS or
                                any(r.text in _ACADEMIC_HEADS for r in right)) and not any(
                    x.text in ORG_KEYWORDS or x.text in PLACE_WORDS or
                    x.text in PLACES and not (k > 0 and left[0].text in FIRST_NAMES) for k, x in enumerate(left)):
                # ("Mehdi Lamrani of Mohammed V University", "Yasmina El Amrani of Erasmus University Rotterdam";
                # "João Pedro Albuquerque of the University of São Paulo": a surname that is also a city's, after a
                # given name)
                return i
    return 0


#: the heads of bodies a scholar is "of": "Mehdi Lamrani of Mohammed V University"
_ACADEMIC_HEADS: Final = frozenset(("University", "Institute", "College", "Observatory", "Laboratory"))
_HEAD_KEYWORDS = {"Council", "Ministry", "Department", "Agency", "Commission", "Police", "Court", "Bank",
                  "Service", "Authority", "Office", "Institute", "University", "Company", "Group", "Party",
                  "Union", "Association", "Foundation", "Fund", "Board", "Bureau", "Centre", "Center",
                  "Society", "Corporation", "Committee", "Institution", "College", "School", "Hospital",
                  "Aerospace", "Airlines", "Airways", "Bank", "Trust", "Network", "Project", "Programme", "Forum",
                  "League", "Federation", "Confederation", "Alliance", "Coalition", "Club", "Museum", "Solutions", "Ventures", "Capital",
                  "Systems", "Technologies", "Holdings", "Partners", "Trains", "Railway", "Railways",
                  "Minerals", "Industries", "Motors", "Devices", "Instruments", "Electronics", "Pharmaceuticals"}


#: roles written before "for" and the body they act for ("Counsel for the State Election Commission")
_ROLE_FOR_BODY: Final = frozenset(("Counsel", "Lawyer", "Lawyers", "Attorney", "Spokesperson", "Spokesman",
                                   "Spokeswoman", "Advocate", "Solicitor", "Barrister"))


def _lower_in(text: str, word: str) -> bool:
    """``word`` occurs lower-cased in ``text`` as a whole word ("fire" in "the fire spread")."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


#: endings of adjectives that go on a body's name after "and" ("Legal Defense and Educational Fund")
_ADJECTIVE_ENDS: Final = ("al", "ic", "ive", "ary", "ous", "ian", "ed", "ing")


def _split_plain(toks: list[Token], text: str = "") -> list[list[Token]]:
    """Split a run at connectors unless it is a known or keyword-bearing name."""
    full = " ".join(t.text for t in toks)
    if full in ORGS or full in PLACES or not any(t.text in _SPLIT_AT for t in toks):
        return [toks]
    if len(toks) > 2 and toks[1].text == "for" and " ".join(t.text for t in toks[2:]) in PLACES and \
            len(toks[0].text) > 2 and toks[0].text[:1].isupper() and toks[0].text[1:].islower():
        return [toks]  # "Transport for Greater Manchester", "Transport for London": a body
    if len(toks) > 2 and toks[0].text in _GEO_OF_HEADS and toks[1].text == "of" and \
            not any(t.text in _SPLIT_AT for t in toks[2:]):
        return [toks]  # "Cape of Good Hope", "Gulf of Aden", "Strait of Hormuz"
    if full.startswith(LOCAL_GOV_OF) and not any(t.text in _SPLIT_AT for t in toks[3:]):
        return [toks]  # "City of Johannesburg", "Regional District of Central Okanagan": the council
    if any(t.text in ORG_KEYWORDS for t in toks):
        ands = [i for i, t in enumerate(toks) if t.text == "and"]
        if len(ands) == 1 and toks[-1].text in ORG_KEYWORDS and 2 <= ands[0] <= 3 and \
                not any(t.text in ORG_KEYWORDS or t.text in _SPLIT_AT or t.text in _INSTITUTION_WORDS
                        for t in toks[:ands[0]]) and not _lower_in(text, toks[ands[0] - 1].text) and \
                toks[0].text not in PLACES and " ".join(t.text for t in toks[:2]) not in PLACES and \
                toks[0].text not in DEMONYMS:
            # "Andreessen Horowitz and Lightspeed Venture Partners": two firms, not one (not "the Irish
            # Nurses and Midwives Organisation": a nation's body of two kinds of people)
            # ("Greater Manchester Fire and Rescue Service" is one: "fire" is a common word,
            # and a body named after its place)
            return [toks[:ands[0]], toks[ands[0] + 1:]]
        if len(ands) == 1 and ands[0] >= 2 and not any(t.text in _SPLIT_AT for t in toks[:ands[0]]) and \
                any(t.text in ORG_KEYWORDS for t in toks[:ands[0]]) and \
                (toks[ands[0] - 1].text in ORG_KEYWORDS or not _lower_in(text, toks[ands[0] - 1].text)) and \
                not _lower_in(text, toks[ands[0] + 1].text) and not toks[ands[0] - 1].possessive and \
                toks[ands[0] + 1].text not in ORG_KEYWORDS and \
                not toks[ands[0] + 1].text.endswith(_ADJECTIVE_ENDS) and \
                (toks[ands[0] + 1].text.isupper() and len(toks[ands[0] + 1].text) > 1 and len(toks) == ands[0] + 2 or
                 " ".join(t.text for t in toks[ands[0] + 1:]) in ORGS or
                 len(toks) - ands[0] > 2 and toks[-1].text in ORG_KEYWORDS):
            # "Cheniere Energy and Sempra Infrastructure", "General Dynamics Electric Boat and HII": two
            # companies, each a name of its own (not "Greater Manchester Fire and Rescue Service": "fire" is
            # a common word; not "Texas Oil and Gas Association" where "gas" is; not "National Security and
            # Defense Council", "NAACP Legal Defense and Educational Fund": a body's own words go on)
            return [toks[:ands[0]], toks[ands[0] + 1:]]
        if len(ands) == 1 and 0 < ands[0] < len(toks) - 1 and not toks[ands[0] - 1].possessive and \
                (" ".join(t.text for t in toks[:ands[0]]) in ORGS or
                 ands[0] == 1 and _ACRONYM_TOKEN.fullmatch(toks[0].text)) and \
                (" ".join(t.text for t in toks[ands[0] + 1:]) in ORGS or toks[ands[0] + 1].text in ORGS or
                 _ACRONYM_TOKEN.fullmatch(toks[ands[0] + 1].text)) and not _lower_in(text, toks[ands[0] + 1].text):
            # "Amazon Web Services and Google Cloud", "Infineon and NXP Semiconductors", "EUMETSAT and
            # France's Centre ...": a known body, then another known one or an initialism's
            return [toks[:ands[0]], toks[ands[0] + 1:]]
        if ands == [1] and len(toks) >= 5 and toks[-1].text in ORG_KEYWORDS and toks[2].text[:1].isupper() and \
                toks[0].text not in ORG_KEYWORDS and toks[0].text not in _INSTITUTION_WORDS and \
                toks[0].text not in _AREA_MODIFIERS and \
                not any(t.text in _SPLIT_AT for t in toks[2:]) and not _lower_in(text, toks[0].text) and \
                text[max(0, toks[0].start - 4):toks[0].start].lower() != "the " and \
                text[max(0, toks[0].start - 3):toks[0].start] not in ("'s ", "’s "):
            # "Murfreesboro and Crestline Regional Medical Center": a name, then a body with its own name
            # (not "Türkiye's Disaster and Emergency Management Authority": a country's body)
            return [toks[:1], toks[2:]]
        if ands and toks[ands[0] - 1].text in _HEAD_KEYWORDS and toks[ands[0] + 1].text[:1].isupper() and \
                (len(toks) - ands[0] > 2 or toks[-1].text not in ORG_KEYWORDS and len(toks) - ands[0] == 2 and
                 not toks[-1].possessive):  # (but "King's College Hospital and Guy's and St Thomas'")
            # "Stockport Council and Transport for Greater Manchester", "the Faraday Institution and
            # UK Research and Innovation", "Centerview Partners and Wachtell": a body is complete at its head noun
            return [toks[:ands[0]], toks[ands[0] + 1:]]
        return [toks]
    ands = [i for i, t in enumerate(toks) if t.text == "and"]
    if ands and 0 < ands[0] and ands[-1] < len(toks) - 1:
        # "the Democratic Republic of Congo and Sudan": split at "and" first, so that a known name
        # on either side stays whole
        cuts = [-1, *ands, len(toks)]
        return [q for a, b in pairwise(cuts) if b - a > 1 for q in _split_plain(toks[a + 1:b], text)]
    out: list[list[Token]] = []
    cur: list[Token] = []
    for t in toks:
        if t.text in _SPLIT_AT:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


_MULTI_BY_FIRST: dict[str, list[list[str]]] = {}
for _t in _MULTI_TITLES:
    _MULTI_BY_FIRST.setdefault(_t.split()[0].rstrip("."), []).append([p.rstrip(".") for p in _t.split()])


def _body_title(toks: list[Token], i: int, n: int) -> bool:
    """"the Prime Minister's Office": a title of ``n`` words at ``toks[i]`` that names a body."""
    return toks[i + n - 1].possessive and i + n < len(toks) and toks[i + n].text in ORG_KEYWORDS


def _title_at(toks: list[Token], i: int) -> int:
    """Number of tokens of a title starting at ``toks[i]`` (0 if none)."""
    for parts in _MULTI_BY_FIRST.get(toks[i].text.rstrip("."), ()):
        if [x.text.rstrip(".") for x in toks[i:i + len(parts)]] == parts:
            return 0 if _body_title(toks, i, len(parts)) else len(parts)
    word = toks[i].text.rstrip(".")
    if i + 1 < len(toks) and toks[i + 1].text in ORG_KEYWORDS:
        return 0  # "General Staff", "General Confederation of Labour": a body, not a rank
    if word == "General" and i >= 1 and toks[i - 1].text.endswith("ate"):
        return 0  # "Directorate General of Health Services", "Secretariat General": a body
    if i >= 2 and toks[i - 1].text == "of" and toks[i - 2].text in ORG_KEYWORDS:
        return 0  # "Court of Justice", "Ministry of Justice": part of the body's name
    if word.lower() in OCCUPATIONS and i + 1 < len(toks) and toks[i + 1].text in FIRST_NAMES:
        return 1  # "Engineer Rosa Huamán": an occupation written as a title
    if word.endswith("s") and word[:-1] in PLURAL_TITLE_HEADS and i + 1 < len(toks) and toks[i + 1].text[:1].isupper():
        return 1  # "Presidents Samia Suluhu Hassan and Évariste Ndayishimiye": a title for two people
    if not (word in _TITLE_WORDS or word.lower() in ROLE_NOUNS) or toks[i].possessive:
        return 0
    if 1 < len(toks) - i <= 4 and toks[-1].text in ORG_KEYWORDS and \
            not any(t.text in FIRST_NAMES or t.possessive for t in toks[i + 1:]):
        return 0  # "GMP's Major Incident Team", "the Senior Fraud Office": the word opens a body's name
    for j in range(i + 1, min(i + 4, len(toks) - 1)):
        if toks[j].possessive:  # "Chief Public Prosecutor's Office", "the Chief Minister's Office": a body
            return 0 if toks[j + 1].text in ORG_KEYWORDS and toks[j].text not in FIRST_NAMES else 1
    return 1
