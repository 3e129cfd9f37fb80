"""Classify capitalised runs into people, places and organisations.

Two passes over the article: the first classifies runs from strong evidence
(gazetteers, titles, given names, organisation words, speech verbs); the
second resolves short forms ("Putin", "Kursk region", "Wang" for "Wang
Chuanfu", "Cisco" for "Cisco Systems", "(ECOWAS)" after its full name) to the
canonical name seen elsewhere in the article.  People sharing a surname keep
their own names; a lone surname goes to the nearest full name before it.
Words around a name decide unknown ones: "according to X", "agency X",
"X chief Y", "X, the charity,", "the MP for X", "X regional government".
"""
from __future__ import annotations

from typing import Final

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from newsdigest.domain import Entity
from newsdigest.extract import gazetteer as gz
from newsdigest.extract.mentions import (CONNECTORS, FIRM_TAILS, LOCAL_GOV_OF, POST_NOMINALS, STATE_OF_HEADS, Run,
                                         find_runs, state_chamber, tokenize)
from newsdigest.extract.names import entity_key, fold, loose
from newsdigest.extract.sentences import Sentence, sentence_at

SPEECH_AFTER: Final = re.compile(
    r"^\s*(?:,\s*)?(?:also\s+|later\s+|previously\s+|has\s+|had\s+|have\s+)?(?:said|says|told|added|"
    r"stated|noted|remarked|warned|wrote|argued|insisted|claimed|announced|explained|"
    r"believes|thinks|hinted|asked|replied|urged|stressed|acknowledged|confirmed|denied|"
    r"tweeted|posted|labeled|labelled|called|described|proposed|vowed|pledged|promised|"
    r"speaking|writing|adding|responding|reporting(?=\s+from\b)|"
    r"заявил|заявила|сказал|сказала|сообщил|сообщила|отметил|отметила|подчеркнул|подчеркнула|"
    r"написал|написала|добавил|добавила|считает|говорит)\b")
#: a letter every match of SPEECH_AFTER has first, after its blanks and comma: the first letters
#: of the letter runs in its pattern (a superset of what its words can open with)
_SPEECH_FIRST: Final = frozenset(w[0] for w in re.findall(r"[^\W\d_]+", SPEECH_AFTER.pattern))


def speech_after(after: str) -> bool:
    """``SPEECH_AFTER.match(after) is not None``, the pattern run only when it can match.

    Exact: the pattern opens with "\\s*", an optional ",\\s*", then a word that starts with a
    letter of _SPEECH_FIRST; str.lstrip() strips the characters \\s matches (both use
    Py_UNICODE_ISSPACE), so a text whose first letter past them is not one cannot match.
    """
    t = after.lstrip()
    if t[:1] == ",":
        t = t[1:].lstrip()
    if t[:1] not in _SPEECH_FIRST:
        return False
    return SPEECH_AFTER.match(after) is not None


SPEECH_BEFORE: Final = re.compile(
    r"(?:\b(?:said|says|added|wrote|told|noted|declared|explained|insisted|argued|warned|asked|"
    r"replied|according to|by|recalled|continued|stressed|admitted|conceded)\s+(?:the\s+)?)$")
_PLACE_BEFORE: Final = re.compile(r"\b(?:in|near|from|into|across|outside|toward|towards|around|"
                           r"through|off)\s+(?:the\s+)?$", re.IGNORECASE)  # ("anchored off Skagen")
#: a holding in a company, not a place: "Shares in Balfour Beatty", "a stake in" (but "a stake in the Trollvik field")
_HOLDING_IN: Final = re.compile(r"\b(?:shares|stake|stakes|holding|investment)\s+in\s+$", re.IGNORECASE)
#: "told the BBC", "told The Daily Star": nobody tells "the" person
_TOLD_THE: Final = re.compile(r"\btold\s+[Tt]he\s+$")
#: "Baker Hughes reported Friday that", "Fitch estimates that": a body reporting what it counted
_REPORTS_AFTER: Final = re.compile(r"\s+(?:has\s+|had\s+)?(?:reported|reports|estimated|estimates|forecast|forecasts|"
                                   r"projected|projects)\s+(?:\w+\s+){0,2}?that\b")
_COMPASS: Final = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_COMPASS_WORDS: Final = frozenset({"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
                                   "North-East", "North-West", "South-East", "South-West"})
#: "in east Limerick", "across northern Kunduz": a lower-case compass word before a place
_COMPASS_LOWER: Final = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                   "central", "north-east", "north-west", "south-east", "south-west", "northeastern",
                                   "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
                                   "south-eastern", "south-western"})
_COMPASS_BEFORE: Final = re.compile(r"(?<![A-Za-z-])(?:%s) $" % "|".join(sorted(_COMPASS_LOWER, key=len, reverse=True)))
#: "just south of Burrton": a place
_DIRECTION_OF: Final = re.compile(rf"\b{_COMPASS}\s+of\s+$", re.IGNORECASE)
#: "Novi Iskar near Sofia", "Niš in southern Serbia": a place placed by another
_NEAR_PLACE_AFTER: Final = re.compile(rf"\s+(?:near|outside)\s+[A-Z]|\s+in\s+(?:the\s+)?(?:{_COMPASS}(?:ern)?|central)\s+[A-Z]")
#: "a Gresham man", "an Ashland resident": where someone is from
_RESIDENT_AFTER: Final = re.compile(r"\s+(?:man|woman|men|women|resident|residents|native|family|couple|boy|girl|"
                                    r"teenager|teen)\b")
_PARTY_AFTER: Final = re.compile(r"\s+(?:party|movement|coalition|alliance|bloc|militia)\b")
_KNOWN_AS: Final = re.compile(r"\b(?:group|gang|organi[sz]ation|company|firm|network|militia|movement|party|"
                       r"outfit|collective|crew)\s+(?:known as|called|named|dubbed|calling itself|which calls itself|"
                       r"that calls itself)\s+$", re.IGNORECASE)
_PLACE_NOUN_AFTER: Final = re.compile(r"\s+(?:market|camp|displacement camp|camps|neighbou?rhood|suburb|border crossing|crossing|"
                               r"checkpoint|refugee camp|settlement|port|oil terminal|seaport|neighbou?rhoods|districts|rivers|"
                               r"villages|townships)\b")
# "Gagarin airport", "Santa Rosa mine", "Philadelphi corridor": the lower-case noun is part of the site's name
SITE_AFTER: Final = re.compile(r"\s+(?:airport|mine|road|corridor|courthouse|tower|national park|river|glacier|"
                               r"steelworks|nuclear power plant|dam|canal|headworks|barrage)\b")
_SITE_FIRST: Final = frozenset({"airport", "mine", "road", "corridor", "courthouse", "tower", "national", "river",
                                "glacier", "steelworks", "nuclear", "dam", "canal", "headworks", "barrage"})
_WHICH_AFTER: Final = re.compile(r"(?:['’]s)?,\s+which\b")
_INITIALS: Final = re.compile(r"(?:[A-Z]\.)+")
_ORG_BEFORE: Final = re.compile(
    r"\b(?:analysts?|economists?|strategists?|researchers?|experts?|scientists?|executives?|"
    r"workers|employees|staff|engineers|lawyers|spokes\w+|director|founder|chairman|partner|"
    r"manager|trader|officer|fellow|consultant|adviser|advisor|head|chief|president|professor)"
    r"(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:at|of|for|with)\s+(?:the\s+)?$", re.IGNORECASE)
_ROLE_WORDS = "|".join(sorted(gz.ROLE_NOUNS | {"counterpart"}))
_ROLE_COMMA: Final = re.compile(rf"\b(?:{_ROLE_WORDS})\s*,\s*$", re.IGNORECASE)
_PLACE_APPOS: Final = re.compile(r"\b(?:capital|city|town|village|region|province|state|port),\s*$", re.IGNORECASE)
_CAPITAL_BEFORE: Final = re.compile(r"\b(?:capital|port city|border town|border city|port town|coastal city|coastal town|"
                             r"hometown|home town)\s+$", re.IGNORECASE)
_CAPITAL_WORDS: Final = frozenset({"capital", "city", "town"})
#: "her husband, Adam,", "whose son Omer": a relative named by a given name only
_KIN_BEFORE: Final = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur|[a-z]+['’]s)\s+(?:(?:eldest|youngest|older|younger|"
                                r"late|elder|twin|baby|teenage|\d+-year-old)\s+)?(?P<kin>%s|cousin|partner|first name)\s*,?\s+$"
                                % "|".join(sorted(gz.MALE_KIN | gz.FEMALE_KIN, key=lambda w: (-len(w), w))))
#: "the White Helmets civil defence group", "the Aum Shinrikyo doomsday cult": a lower-case noun for a body
_ORG_NOUN_AFTER: Final = re.compile(
    r" (?:[a-z-]+ ){0,2}(?:union|group|project|cult|network|charity|organi[sz]ation|foundation|think tank|"
    r"collective|consortium|satirical newspaper|rights centre|rights center|monitoring group)\b(?! [A-Z]| of\b)")
#: ", a coastal town in Isabela", ", a village north of Kharkiv": the name before is a place
_PLACE_APPOS_AFTER: Final = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|municipality|province|district|region|island|"
    r"port|suburb|neighbou?rhood|county|commune|settlement|hamlet|enclave|oblast|state|township|borough)"
    r"\s+(?:in|of|on|near|north|south|east|west|outside|about|some|just)\b")
_PLACE_OF: Final = re.compile(r"\b(?:(?:town|city|village|region|province|district|oblast|port|capital|"
                       r"county|state|island|settlement|suburb|municipality|neighbou?rhood|commune)s?|cities|mayor|"
                       r"residents|villagers|people|communities|"
                       r"governor|outskirts|suburbs|streets|centre of|center of)\s+of\s+$", re.IGNORECASE)
_APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+|an\s+|who\s+is\s+)?([^,;:\"“”()]{2,60}?)"
                         r"(?=,|;|\.(?:\s|$)|\s+(?:said|told|added)\b)")

# precompiled patterns used in hot paths
_ACRONYM: Final = re.compile(r"[A-Z]{2,8}|(?:[A-Z]\.){2,}|[A-Z]{1,3}\d{1,3}")  # "NATO", "U.N.", "M23", "G20"
_REGION_AFTER: Final = re.compile(r"\s+(?:region|oblast|province|district|county|governorate|states?|provinces|regions|"
                           r"peninsula|valley|delta|basin|coast|archipelago|area|suburb|township|neighbourhood|"
                           r"neighborhood|upazila|"
                           r"ward|constituency|commune|municipality|locality)\b", re.IGNORECASE)
_ACCORDING_BEFORE: Final = re.compile(r"\b(?i:according to|data from|figures from|a report by|a survey by)\s+$")
_STATED_BY: Final = re.compile(r"(?:stated|said|quoted|reported|noted) by $")
_THE_BEFORE: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)



_SUFFIX_AFTER = re.compile(r"\s+(?:region|oblast|province|district|governorate)\b", re.IGNORECASE)


# "statistics agency Istat", "electric-vehicle maker BYD": an organisation noun names what follows
_ORG_NOUN_BEFORE = re.compile(
    r"\b(?:agency|maker|manufacturer|firm|company|companies|group|giant|startup|start-up|lender|bank|"
    r"insurer|carrier|airline|broadcaster|retailer|regulator|watchdog|operator|producer|supplier|service|"
    r"developer|conglomerate|outlet|newspaper|daily|network|charity|consultancy|exchange|platform|partner|"
    r"lobby|federation|association|body|alliance|campaign|movement|union|website|magazine|tabloid|weekly|portal|"
    r"rival|rivals|subsidiary|unit|brand|chipmaker|automaker|carmaker|drugmaker|miner|publisher|"
    r"shipbroker|broker|brokerage|shipper|shipping line|provider|consultancy|think tank|institute|gang|journal|"
    r"mission|outfit|fund|investor|backer|channel|station|app|site|packer|processor|grower|distributor|exporter|"
    r"importer|refiner|wholesaler|brewer|chain|organisation|organization)"
    r"\s+$")
# "Bundesbank chief Joachim Nagel", "Tesla's chief executive": who employs the named person
#: ", the main EU farm lobby", ", an alliance of ...": an appositive whose head noun names a kind of body
_APPOSITIVE_BODY: Final = re.compile(
    r",\s+(?:an?|the|[A-Z][\w.-]+['’]s)\s+(?:(?!(?:of|at|for|in|with|from|who|which)\b)[\w'’-]+\s+){0,4}?"
    r"(?:alliance|lobby|group|union|association|federation|confederation|coalition|company|firm|charity|"
    r"organi[sz]ation|network|movement|party|think tank|body|agency|institute|airline|carrier|broadcaster|"
    r"newspaper|regulator|watchdog|consultancy|insurer|retailer|manufacturer|carmaker|start-up|startup|"
    r"club|foundation|campaign|NGO|conglomerate|cooperative|co-operative|utility|lender|producer|exporter|"
    r"importer|supplier|refiner|shipper|operator|developer|bank|insurer|council|chamber|society|exchange|"
    r"outsourcer|provider|platform|contractor|publisher|brokerage|fund|chain|distributor)\b")
_KIND_AFTER: Final = re.compile(r"\s+(?:group|union|party|coalition|alliance|movement|bloc|federation|association|"
                                r"faction|caucus|cartel)\b")
_ADMIN_UNIT_OF: Final = re.compile(r"\b(?:departments?|provinces?|states?|regions?|districts?|count(?:y|ies)|"
                                   r"municipalit(?:y|ies)|prefectures?|governorates?|oblasts?|cantons?)\s+of\s+$")
#: ", director of", ", a geologist who", ", deputy commissioner (Ramna division) of": a person's role after the name
_ROLE_APPOSITIVE: Final = re.compile(rf",\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_WORDS}|"
                                     r"geologist|lecturer|scholar|researcher|economist|analyst|fellow|historian|academic|specialist|consultant)\b(?:\s+\([^)]{1,40}\))?"
                                     r"\s+(?:of|at|for|who|in|with)\b", re.IGNORECASE)
#: a kind of body, then its name in apposition
_BODY_COMMA: Final = re.compile(r"\b(?:service|agency|group|company|firm|union|organi[sz]ation|regulator|watchdog|"
                                r"authority|broadcaster|airline|charity|lobby|coalition|alliance|party|institute|"
                                r"network|monitor|operator|carrier|consortium|federation|association),\s*$")
_ORG_ROLE_AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:spokes(?:man|woman|person)|chief executive|chief|ceo|CEO|head|"
    r"director|chairman|chairwoman|founder|executive|analyst|economist|strategist|researcher|"
    r"boss|official|officials)\b")
# "Odesa Governor Oleh Kiper", "West Bengal Chief Minister": a place's office holder
_GEO_TITLE_AFTER: Final = re.compile(r"\s+(?:Chief Minister|Governor|Gov\.|Mayor|Premier|governor|mayor|"
                              r"chief minister|premier)\b")
_THING_AFTER: Final = re.compile(r"\s+(?:awards?|prizes?|festival|trophy|medals?|initiative|programme|program|crude|futures|"
                          r"scheme|strategy|doctrine|plan|treaty|accords?|act|bill|law|index|awards|"
                          r"update|report|survey|review|outlook|forecast|bulletin|ranking|rankings|numbers?)\b")
_DATELINE_AFTER: Final = re.compile(r"(?:,\s+(?:[A-Z][a-z]{1,5}\.|[A-Z][a-z]+)|\s*\(|\s+[—–-](?:\s|$))")
_ORG_NOUN_WORDS: Final = frozenset(re.findall(r"[a-z-]+", _ORG_NOUN_BEFORE.pattern.split("(?:", 1)[1]))
#: what only a firm has: "Aurora Orbital's debut launch", "Kessler Verpackung's shares"
_FIRM_POSSESSIONS: Final = frozenset("""shares stock revenue revenues profit profits earnings sales rocket rockets
launch plant plants factory factories products app platform debut ipo valuation headquarters subsidiary subsidiaries
customers workforce stores outlets brand brands fleet aircraft shareholders bondholders""".split())
#: royal titles a body may be named after together with the name: "King Abdulaziz University"
_NAMESAKE_TITLES: Final = frozenset({"King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Sultan"})
#: the org nouns that are also people: "its partner Foxconn", but "Greyfield partner Sanna Virtanen"
_PERSON_NOUNS: Final = frozenset({"partner", "investor", "backer", "broker", "rival", "grower", "packer", "distributor",
                                    "exporter", "importer", "wholesaler", "processor", "brewer", "operator", "owner",
                                    "contractor", "developer", "trader", "supplier", "producer", "publisher"})
_SPEECH_BEFORE_WORDS: Final = frozenset(re.findall(r"[a-z]+", SPEECH_BEFORE.pattern)) | {"the"}
_ORG_APPOSITIVE: Final = re.compile(
    r",\s+(?:the|a|an|[A-Z][\w-]+['’]s)\s+(?:(?!(?:of|at|for|with|in|on|to|by)\s)[\w-]+\s+){0,4}?"
    r"(?:charity|company|firm|group|agency|regulator|watchdog|"
    r"broadcaster|bank|lender|insurer|carrier|airline|retailer|union|think tank|think-tank|"
    r"newspaper|non-profit|nonprofit|organi[sz]ation|startup|start-up|developer|manufacturer|maker|"
    r"operator|conglomerate|party|movement|militia|network|institute|foundation|consultancy|rival|"
    r"competitor|subsidiary|parent|unit|affiliate|supplier|customer|partner|chipmaker|carmaker|exchange|"
    r"outsourcer|provider|platform|contractor|publisher|brokerage|fund|chain|distributor|app)"
    r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:that|which|building|developing|making|founded|based|backed|whose)\b)")  # closed appositive: ", a rights group said" is a new subject
_VESSEL_BEFORE: Final = re.compile(r"\b(?:frigate|destroyer|corvette|warship|tanker|vessel|ship|freighter|submarine|yacht|"
                            r"trawler|ferry|boat|icebreaker)\s+(?:the\s+)?$")
_VESSEL_WORDS: Final = frozenset({"frigate", "destroyer", "corvette", "warship", "tanker", "vessel", "ship", "freighter",
                           "submarine", "yacht", "trawler", "ferry", "boat", "icebreaker", "the"})
_NAMING_BEFORE = re.compile(r"\b(?:nicknamed|dubbed|named|called|known as|titled|entitled|codenamed)\s*$")
_CONSTITUENCY_BEFORE: Final = re.compile(r"\b(?:MP|MPs|member|candidate|seat|constituency|riding)\s+for\s+$")
#: after a name listed beside a place: the list goes on ("East Timor and Singapore", "Chad, Niger")
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or|&)\s|,\s+[A-Z]")
#: "Minister of State for Youth Affairs", "Secretary for Home Affairs": the portfolio of a role
_PORTFOLIO_BEFORE: Final = re.compile(r"\b(?:Minister|Secretary|Commissioner)(?: of State)?\s+(?:for|of)\s+"
                               r"(?:[A-Z][\w'’-]*\s+and\s+)?$")
_ROAD: Final = re.compile(r"[AMN]\d{1,2}")
_ROAD_BEFORE: Final = re.compile(r"\b(?:the|close|closed|along|via)\s+$", re.IGNORECASE)
_ROAD_AFTER: Final = re.compile(r"\s+(?:road|motorway|near|between|at\s+[A-Z]|in both directions)\b")
_PERSON_OF_BEFORE: Final = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,3})[A-Z][\w'’-]+\s+of\s+$")
#: "a Manhattan Democrat": a party member from a place, not a name
_PARTISANS: Final = frozenset({"Democrat", "Republican", "Democrats", "Republicans"})

def _first_words(pattern: re.Pattern) -> frozenset[str]:
    """Lower-case words a ``\\s+(?:a|b c|...)`` pattern can start with (for a cheap pre-check)."""
    body = pattern.pattern
    return frozenset(w.split()[0].rstrip(".\\").lower() for w in re.findall(r"[A-Za-z][A-Za-z .\\-]*", body)
                     if w.split())


#: "the 10-year Treasury note", "Treasury yields": a government's debt, not its finance ministry (and a
#: story that names the US Treasury, a Treasury Department or a National Treasury means that one by "the Treasury")
_OTHER_TREASURY: Final = re.compile(r"\bU\.?S\.?[’']?s? Treasury|Treasury (?:Department|Secretary)|"
                                   r"Department of the Treasury|National Treasury")
_DEBT_WORDS: Final = frozenset(("note", "notes", "bill", "bills", "bond", "bonds", "yield", "yields", "market",
                                "markets", "securities", "debt", "auction", "auctions", "futures", "curve", "prices"))
_PLACE_NOUN_FIRST: Final = _first_words(_PLACE_NOUN_AFTER) | {"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods"}
_PARTY_FIRST: Final = _first_words(_PARTY_AFTER)
_REGION_FIRST: Final = _first_words(_REGION_AFTER) | {"state", "states", "provinces", "regions"}
#: an amount next to a currency code: " 4.2 billion" after it, "12 billion " or "4,500 " before it
_AMOUNT_AFTER: Final = re.compile(r"\s?\d")
_AMOUNT_BEFORE: Final = re.compile(r"\d(?:\s+(?:thousand|million|billion|trillion|bn|m|mn))?\s+$")
#: a reporters' credit line before a name: "— With assistance from ", "Additional reporting by "
_CREDIT_FROM: Final = re.compile(r"(?:[Aa]ssistance|[Rr]eporting|[Cc]ontributions?|[Ww]riting|[Ee]diting)"
                                 r"\s+(?:from|by)\s+$")
#: a credit line's opening: "(Reporting by", "Additional reporting by"
_CREDIT_LINE: Final = re.compile(r"[Rr]eporting by ")
_MONTH_RANGE: Final = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                                 r"December)(?:-(?:January|February|March|April|May|June|July|August|September|"
                                 r"October|November|December))+")
_PLURAL_ACRONYM: Final = re.compile(r"[A-Z]{2,}s")
_THE_START = re.compile(r"^The\s+")
#: a department's owner before its full name: "Treasury's " in "Treasury's Office of Foreign Assets Control"
_OWNER_OF_OFFICE: Final = re.compile(r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+(?=(?:Office|Department|Bureau|Agency|"
                                     r"Ministry|Directorate|Division|Institute)\s+of\s+(?:the\s+)?[A-Z])")
_CORP_SUFFIX = re.compile(r"(?:,?\s+(?:&\s+)?(?:Inc|Ltd|Corp|LLC|LLP|Plc|plc|PLC|AG|SA|NV|SE|GmbH|Co)\.?)+$|\s+&$")
_CORPORATE_TAILS = {"Systems", "Technologies", "Group", "Holdings", "Inc", "Corp", "Corporation", "Motors",
                    "Airlines", "Airways", "Pharmaceuticals", "Industries", "Products", "Labs",
                    "Software", "Networks", "Communications", "Entertainment", "Brands", "Foods",
                    "Capital", "Partners", "Securities", "Investments", "Company", "Co", "Platforms",
                    "Semiconductor", "Electronics", "Energy", "Bank", "Ltd", "Limited"}
_PLACE_SUFFIX_END = re.compile(r"\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict|[Gg]overnorate)$")
_AGE_OF_BEFORE: Final = re.compile(r"\b\d{1,3},\s+(?:of|from)\s+$")
_AGE_AFTER: Final = re.compile(r",\s+\d{1,3},\s")  # "Rowena Dela Cruz, 58, said": only people have ages
# "the Free Democrats", "Christian Democrats": parties named by their members
_PARTY_PLURALS: Final = {"Democrats", "Republicans", "Conservatives", "Socialists", "Liberals", "Greens",
                  "Nationalists", "Unionists", "Communists", "Progressives", "Populists", "Democrats'"}
_NAMED_EVENT_HEADS: Final = {"Cyclone", "Hurricane", "Typhoon", "Storm", "Tropical", "Operation"}

_INSTITUTIONAL = {"National", "Federal", "Central", "Royal", "State", "International", "European", "United",
                  "General", "Supreme", "Democratic", "Republican", "People", "Islamic", "World"}
#: the last word of a country's name: "the Islamic Republic", "the United Arab Emirates"
_STATE_TAILS: Final = frozenset({"Republic", "Emirates", "States", "Kingdom", "Islands"})
#: plural words that end places' names ("the Florida Keys", "Golan Heights"), not teams'
_PLACE_PLURALS: Final = frozenset({"Islands", "States", "Keys", "Heights", "Hills", "Falls", "Springs", "Highlands",
                                   "Lowlands", "Plains", "Mountains", "Alps", "Rockies", "Territories", "Emirates",
                                   "Lakes", "Woods", "Fields", "Isles", "Downs", "Dales", "Flats", "Sands", "Docks",
                                   "Gardens", "Meadows", "Narrows", "Straits", "Marshes", "Moors", "Wolds", "Fens"})
#: adjectives of a region ("Southeast Asian", "Middle Eastern"), which no demonym list holds
_REGION_ADJECTIVES: Final = frozenset({"Asian", "African", "European", "American", "Arab", "Eastern", "Western"})
#: a town's or a state's own word at the end of its name ("Quezon City", "Bayelsa State")
_UNIT_TAILS: Final = frozenset({"City", "State", "Ward", "Municipality"})
_CHAMBER_TAILS: Final = frozenset(c.rsplit(" ", 1)[-1] for c in gz.STATE_CHAMBERS)
_SHIP_HEADS = {"USS", "HMS", "MV", "MT", "HMAS", "INS", "BRP", "HMCS", "HMNZS", "RFS", "ROKS"}
_NOT_NAME_HEADS: Final = _SHIP_HEADS | {"AM", "PM", "GMT", "UTC"}
#: the words that name a ballot measure by a letter: "Question C", "Measure A"
_BALLOT_HEADS: Final = frozenset(("Question", "Measure", "Proposition", "Prop", "Prop.", "Issue", "Initiative",
                                  "Amendment", "Referendum"))
_ROLE_TAILS: Final = (gz.ROLE_NOUNS | gz.OCCUPATIONS) - {"head", "chief", "chair", "member", "guard", "partner", "justice",
                                                   "president", "speaker", "prosecutor", "attorney"}
_OF_THE_ORG: Final = re.compile(r" of the (?:[A-Z][\w’'-]+ )+")
#: a body in an aside after a name, then a reporting verb: "Marnie Costello, from People with Disability Australia,
#: said"
_FROM_BODY_SAID: Final = re.compile(r", (?:from|of|at|with) (?:the )?[A-Z][^,;:\"“”]{2,70}, "
                                    r"(?:said|says|told|added|argued|warned)\b")
#: a building that is a body too ("the State Library said") but a place where people are ("outside the State Library")
_BUILDING_WORDS: Final = frozenset({"Library", "Campus", "Complex", "Hall", "Grounds", "Fairgrounds", "Terminal",
                                    "Market", "Villa", "House"})
_LOCATIVE_THE: Final = re.compile(r"\b(?:at|outside|inside|near|into|to|towards?|from|opposite|in front of|"
                                  r"on the steps of)\s+the\s+$")
_SITE_WORDS: Final = {"Base", "Airbase", "Airport", "Spaceport", "Cosmodrome", "Station", "Buildings", "Stadium", "Arena",
               "Mosque", "Masjid", "Cathedral", "Temple", "Penitentiary", "Prison", "Jail", "Way", "Corridor",
               "Trench", "Place"}
#: a centre that is a place people go to, not a body: "Civic Centre", "Recreation Centre"
_VENUE_WORDS: Final = frozenset({"Civic", "Recreation", "Entertainment", "Community", "Leisure", "Sports", "Aquatic",
                                 "Evacuation", "Shopping", "Cultural", "Exhibition", "Conference", "Events", "Arts",
                                 "Trade", "Visitor", "Visitors", "Youth", "Senior", "Seniors", "Fitness"})
_STREET_WORDS: Final = {"Street", "Avenue", "Road", "Boulevard", "Lane", "Drive"}
# "Spokane Regional Health District": a public body, not a district of a place
_SERVICE_WORDS: Final = {"Health", "Water", "Fire", "Transit", "Irrigation", "Sanitation", "Utility", "Conservation",
                  "Hospital", "Library", "Air", "Flood"}
_HYPHEN_GIVEN: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")
_FAMILY_GIVEN: Final = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]{1,5}-[a-z]{1,6}")
_MEDIA_AFTER: Final = re.compile(r"\s+(?:television|TV|newspaper|news agency|broadcaster|radio|daily|news channel|"
                          r"channel|website|news site)\b")
_MEDIA_FIRST: Final = {"television", "tv", "newspaper", "news", "broadcaster", "radio", "daily", "channel", "website"}
_ROYAL_GIVEN: Final = {"Sheikh", "Emir", "Sultan", "Prince", "Crown Prince", "Princess", "King", "Queen"}
_GIVEN_NAME_TITLES = {"Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Sultan", "Emir",
                      "Sheikh", "Ayatollah", "Patriarch", "Saint", "Crown Prince", "Archbishop"}


@dataclass(init=False)  # an explicit __init__: mypyc compiles it to a native constructor
class Mention:
    start: int
    end: int
    surface: str
    type: str
    name: str = ""  # canonical, filled by resolve()
    role: str = ""
    sentence: int = 0
    why: str = ""  # the _classify rule that typed it (a feature of the learned entity gate)
    kind: str = ""  # its type as first classified, before resolve() settled guesses

    def __init__(self, start: int, end: int, surface: str, type: str, name: str = "", role: str = "",
                 sentence: int = 0, why: str = "", kind: str = "") -> None:
        self.start = start
        self.end = end
        self.surface = surface
        self.type = type
        self.name = name
        self.role = role
        self.sentence = sentence
        self.why = why
        self.kind = kind


#: a title only a person bears: "Mr. Ford" is the man, not the carmaker
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "dr", "mme", "mlle", "prof", "professor"})
_TITLE_BARE: Final = {t.rstrip(".") for t in gz.TITLES}
_ROLE_WORDS_SET: Final = gz.ROLE_NOUNS | {w.lower() for t in _TITLE_BARE for w in t.split()}
_LOWER_WORD: Final = re.compile(r"[^\W\d_]+")


def _role_before(text: str, sent_start: int, run: Run) -> str:
    """Role phrase written right before a name ("Kremlin spokesperson")."""
    left = run.title[0].start if run.title else run.start
    lo = max(sent_start, left - 60)
    if not run.title and _ROLE_WORDS_SET.isdisjoint(_LOWER_WORD.findall(text[lo:left].lower())):
        return ""  # no role noun or title nearby: skip the walk
    comma = _COMMA_END.search(text, lo, left) if not run.title and len(run.tokens) > 1 else None
    if comma:  # "Germany's finance minister, Christian Lindner,": the role before the comma
        left = comma.start()
    toks = tokenize(text, lo, left)
    has_role = bool(run.title)
    start = left
    for tok in reversed(toks):
        if text[tok.end:start].strip() not in ("",) and not (tok.possessive and text[tok.end:start].strip() in ("'s", "’s", "'", "’")):
            break
        low = tok.text.lower()
        if low in gz.ROLE_NOUNS or tok.text.rstrip(".") in _TITLE_BARE:
            has_role = True
        elif not (low in gz.ROLE_MODIFIERS or (tok.cap and tok.text not in gz.COMMON_CAPS)
                  or tok.text in gz.DEMONYMS):
            break
        start = tok.start
    if not has_role:
        return ""
    role = text[start:run.title[-1].end if run.title else run.start].strip(" ,")
    if run.title and role.endswith("s") and role[:-1].rsplit(" ", 1)[-1] in gz.PLURAL_TITLE_HEADS:
        role = role[:-1]  # "Presidents Samia Suluhu Hassan and ...": she is President
    return role


_PLACE_MODIFIERS: Final = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                    "Central", "Upper", "Lower", "Greater", "New", "Old", "Inner", "Outer", "Mid"}
_PLACE_HEADS: Final = {"Mount", "Mt", "Lake", "River", "HMP",
                "Cape", "Fort", "Isle", "Gulf", "Bay", "Port", "Mountains", "Strait", "El",
                "Straits", "Horn", "Avenida", "Plaza", "Place", "Rue", "Calle", "Via"}
_LOCAL_GOV_AFTER: Final = re.compile(r"\s+(?:regional|provincial|municipal|city|state|local|district|county|"
                              r"metropolitan)\s+(?:government|council|authorities|authority|administration|"
                              r"police|prosecutors?|court|assembly|officials|governor|mayor)\b")
_ACRONYM_HEAD: Final = re.compile(r"[A-Z]{2,4}")
_PORTFOLIO_AFTER: Final = re.compile(r"\s+(?:Minister|Secretary|Commissioner|Minister of State)\b")
_ORG_BY: Final = re.compile(r"\b(?:operated|made|developed|built|produced|manufactured|blocked|banned|"
                            r"conducted|commissioned)\s+by\s+$")  # ("blocked by Roskomnadzor", "a poll conducted by")
_LOCAL_GOV_FIRST: Final = _first_words(_LOCAL_GOV_AFTER)
_THING_FIRST: Final = _first_words(_THING_AFTER) | {"crude", "futures", "award", "awards", "prize", "prizes", "medal", "medals", "accord",
                                              "accords", "ranking", "rankings", "laws"}
_GEO_FIRST: Final = _first_words(_GEO_TITLE_AFTER)
_SHORT_AFTER = re.compile(r"\s\(([A-Z][A-Za-z]{2,7})\)|,?\s+known (?:here |locally |in [A-Z][a-z]+ )?as (?:the )?"
                          r"([A-Z]{2,6})\b|"
                          r",\s([A-Z]{3,6}),\s")  # "The Independent Journalists’ Association of Serbia, NUNS, said"
_BRACKET_ACRONYM: Final = re.compile(r"\s\(([A-Z][A-Za-z]{1,7})\)")
#: a website's domain right after its name: "Space.com"
_DOMAIN_AFTER: Final = re.compile(r"\.(?:com|org|net|io|info|co\.uk|us|gov|eu|ai)\b")
#: words that make a name that opens like a place a body: "Gulf Coast Institute of Technology"
_INSTITUTE_WORDS: Final = frozenset({"Institute", "University", "College", "Academy", "School", "Hospital", "Company",
                                     "Corporation", "Authority", "Council", "Commission", "Agency", "Bank"})
#: the reasons a mention is read as a person by where it stands, not by its name
_GUESSED_PERSON: Final = frozenset({"speech_before", "unknown_multi", "sibling", "surname_initial", "initial_multi",
                                    "speech_after_one", "initial_speech", "given_name"})
_LAW_WORDS: Final = {"Act", "Bill", "Treaty", "Accord", "Accords", "Agreement", "Convention", "Directive",
              "Regulation", "Protocol", "Charter", "Amendment", "Doctrine"}
_DOC_WORDS: Final = {"Index", "Report", "Outlook", "Prize", "Award", "Awards", "Cup", "Games"}
_SAID_NEXT = re.compile(r"\s+(?:said|told|added|says)\b")
_COMMA_END: Final = re.compile(r"(?<=[a-z]),\s*$")
_DESCRIPTION = re.compile(r",\s+((?:a|an)\s+[^,;:\"“”()]{2,50}?)(?=,|;|\.(?:\s|$)|\s+(?:who|whose|from|in|at|with|"
                          r"living|working|based)\b)")


#: a place a sentence opens with: "At Helsingborg, the port's security chief, Anders Nyqvist, said"
_WHERE_OPENER: Final = re.compile(r"(?:(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"”’] ))(?:At|In) $")


def _role_after(text: str, run: Run, sent_end: int) -> str:
    if text[max(0, run.start - 3):run.start] in ("At ", "In ") and \
            (_WHERE_OPENER.search(text, run.start - 3, run.start) or run.start == 3):
        return ""  # the role after it is the next name's, not the place's
    m = _DESCRIPTION.match(text, run.end, sent_end)
    if m and any(w.strip(".") in gz.OCCUPATIONS or w in gz.ROLE_NOUNS for w in m.group(1).lower().split()):
        return m.group(1).strip()
    m = _APPOSITIVE.match(text, run.end, sent_end)
    if m and m.group(1).split()[0].lower() in ("his", "her", "their", "its") and \
            _SAID_NEXT.match(text, m.end(1)):
        m = None  # "congratulated Faye, his spokesman said": the spokesman is someone else
    if m and m.group(1).islower() and m.group(1).endswith("s") and _SAID_NEXT.match(text, m.end(1)):
        m = None  # "in Bayelsa State, officials said": who said it, not what the place is
    if m:
        written = m.group(1).split()
        words = [w.lower() for w in written]
        for i, w in enumerate(words):
            if w in gz.ROLE_NOUNS or w in gz.OCCUPATIONS:
                nxt = written[i + 1:i + 3]
                if nxt and nxt[0][0].isupper() and (len(nxt[0].rstrip(".")) == 1 or _given_name(nxt[0]) or
                                                    len(nxt) == 2 and nxt[1][0].isupper() and
                                                    nxt[1] not in gz.ORG_KEYWORDS and nxt[0] not in gz.ORG_KEYWORDS):
                    return ""  # "In Kottayam, UDF candidate Mariamma Kurian had ...": the role is hers
                return m.group(1).strip()
    return ""


_ADJ_COMPOUND: Final = re.compile(r"[A-Z][a-z]+-(?:speaking|based|backed|led|run|owned|born|made|funded|linked|"
                           r"aligned|controlled|allied|held|style|doping|government|democracy|war|majority|dominated|"
                           r"populated|inhabited|"
                           r"corruption|abortion|immigration|vaccine|terror(?:ism)?)")


#: the unnamed sources a capitalised word opening a sentence qualifies: "Conservation groups", "Food safety experts"
_QUALIFIED_SOURCES: Final = re.compile(r" (?:[a-z-]+ )?(?:groups|experts|officials|activists|campaigners|advocates|"
                                       r"analysts|researchers|scientists|workers|lawmakers|sources|organi[sz]ations)\b")


def _lower_elsewhere(text: str, word: str) -> bool:
    """``word`` lower-cased occurs in ``text`` as a whole word."""
    low = word.lower()
    i = text.find(low)
    while i >= 0:
        j = i + len(low)
        if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
            return True
        i = text.find(low, j)
    return False


def _may_be_road(name: str) -> bool:
    """False only where ``_ROAD.fullmatch(name)`` cannot match: "[AMN]\\d{1,2}" is two or
    three characters, the first A, M or N."""
    return 2 <= len(name) <= 3 and name[0] in "AMN"


def _may_be_acronym(name: str) -> bool:
    """False only where ``_ACRONYM.fullmatch(name)`` cannot match: each of its branches opens
    with a capital of [A-Z] (the pattern is case-sensitive)."""
    return "A" <= name[:1] <= "Z"


def _because(why: list[str] | None, code: str, kind: str) -> str:
    """``kind``, noting in ``why`` which rule decided it."""
    if why is not None:
        why.append(code)
    return kind


_WEEKDAYS: Final = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


#: the given names folded, for one written with its accents ("Inês", "Zoë") or in Cyrillic
_GIVEN_FOLDED: Final = frozenset(fold(n) for n in gz.FIRST_NAMES)


#: the gazetteer's places without their accents, for a name written with accents it lacks
_PLACES_FOLDED: Final = frozenset(fold(n) for n in gz.PLACES)


def _given_name(word: str) -> bool:
    """Whether ``word`` is a known given name, as written or without its accents."""
    return word in gz.FIRST_NAMES or not word.isascii() and fold(word) in _GIVEN_FOLDED


#: "Olumide Bakare, SAN,", "Ronan Geraghty, SC,": an honour after the comma marks a person
_POST_NOMINAL_AFTER: Final = re.compile(r", (?:%s)\b(?![-\w])" % "|".join(sorted(POST_NOMINALS)))


#: ", a fish seller,", ", a mother of five,": an appositive that describes a person (not ", a chemicals maker,")
_PERSON_APPOSITIVE: Final = re.compile(r", an? (?:[\w’'-]+ ){0,3}?([a-z-]+|MEP|MP|MSP|MLA|MK|TD)"
                                       r"(?:,| (?:of|from|in|at|who|whose)\b)")
_PERSON_HEADS: Final = frozenset({"mother", "father", "widow", "widower", "son", "daughter", "wife", "husband", "owner",
                                  "nurse", "student", "resident", "veteran", "mechanic", "pensioner", "grandmother",
                                  "grandfather", "teenager", "youth", "monk", "priest", "imam", "pastor", "activist",
                                  "official", "spokesman", "spokeswoman", "survivor", "witness", "victim", "refugee",
                                  "migrant", "artisan", "chef", "cook", "tailor", "pilot", "medic", "doctor", "midwife",
                                  "mum", "mom", "dad", "grandson", "granddaughter", "nephew", "niece", "cousin", "guard"})
#: a name written again in its own script after it: " (Радостина Петрова)", " (刘文静)"
_NATIVE_SCRIPT: Final = re.compile(r" \((?=[^)\n]*[^\x00-\x7f])[^)\n]{2,60}\)")
#: members of a parliament: "Radostina Petrova, a Bulgarian MEP from the Socialists and Democrats group"
_MEMBER_ACRONYMS: Final = frozenset({"MEP", "MP", "MSP", "MLA", "MK", "TD"})
_FIRM_ER: Final = frozenset({"maker", "producer", "supplier", "carrier", "retailer", "lender", "insurer", "broker",
                             "developer", "manufacturer", "operator", "exporter", "importer", "miner", "refiner",
                             "shipper", "provider", "outsourcer", "publisher", "broadcaster", "distributor",
                             "carmaker", "chipmaker", "drugmaker", "automaker", "explorer", "trader", "partner"})


def _is_person_appositive(text: str, at: int, end: int) -> bool:
    """Does ", a/an ..." at ``at`` describe a person by a noun such as "seller" or "mother"?"""
    m = _PERSON_APPOSITIVE.match(text, at, end)
    if m is None:
        return False
    head = m.group(1)
    return head in _PERSON_HEADS or head in _MEMBER_ACRONYMS or head in gz.ROLE_NOUNS or \
        head.endswith(("er", "ist", "ian")) and head not in _FIRM_ER and len(head) > 4


#: a month written short, and the day after it: "Jan. 6"
_MONTH_ABBREVIATIONS: Final = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DAY_AFTER: Final = re.compile(r"\.? \d")


def _classify(text: str, run: Run, sent: Sentence, role: str, why: list[str] | None = None) -> str | None:
    """The type of ``run`` (with ``?``/``*`` for guesses resolve() settles), or None; ``why``, when
    given, gets the name of the rule that decided (a feature of the learned entity gate)."""
    name = run.text
    before = text[max(sent.start, run.start - 40):run.start]
    after = text[run.end:min(sent.end, run.end + 40)]
    first = run.tokens[0].text
    last_token = run.tokens[-1].text
    b_end = before.rstrip()
    last_word = b_end[b_end.rfind(" ") + 1:].lower() if before[-1:] == " " else ""
    comma = b_end.endswith(",")
    lead = after[:1]
    nxt = after.split(None, 1)[0].rstrip(".,;:").lower() if after.strip() else ""
    if name in _MONTH_ABBREVIATIONS and _DAY_AFTER.match(after):
        return None  # "the Jan. 6, 2021, riot", "from Jan. 1": a date
    if name in gz.CURRENCY_CODES and (_AMOUNT_AFTER.match(after) or _AMOUNT_BEFORE.search(before)):
        return None  # "NOK 4.2 billion", "12 billion SEK": money, not a body
    if "-" in name and _MONTH_RANGE.fullmatch(name):
        return None  # "in April-May": a time, not a place
    if len(run.tokens) == 1 and _PLURAL_ACRONYM.fullmatch(name):
        return None  # "IPOs", "SUVs", "CEOs": an initialism made plural is a common noun
    if len(run.tokens) == 1 and after.startswith((" Democrat", " Republican")) and before.endswith(("a ", "the ")) and \
            first not in gz.FIRST_NAMES and first not in gz.DEMONYMS:
        return _because(why, "partisan_home", "place")  # "a Redding Republican": where the politician is from
    if len(run.tokens) == 2 and first in _BALLOT_HEADS and len(run.tokens[1].text) <= 2:
        return None  # "Question C", "Measure A", "Proposition 1A": a ballot measure, not a name
    if len(run.tokens) > 1 and run.tokens[-1].text in _WEEKDAYS:
        return None  # "Rose Monday", "Black Friday", "Ash Wednesday": a day, not a name
    if len(run.tokens) > 2 and name.startswith(LOCAL_GOV_OF) and not run.sentence_initial:
        return _because(why, "local_gov_of", "organisation")  # "the City of Richmond": the council
    if len(run.tokens) > 2 and name.endswith(" First Nation"):
        return _because(why, "first_nation", "organisation")  # "Fort Nelson First Nation": a people's government
    if name in gz.NOT_ENTITIES and not (name.isupper() and len(name) > 2 and f"({name})" in text and
                                        re.search(rf"[A-Z][\w’'-]*\s+\({name}\)", text)) or \
            first in _NOT_NAME_HEADS:
        return None  # "USS Stockdale" (a ship), "PM GMT-3" (a time) (but "the National Anticorruption
        # Directorate (DNA)" makes "DNA" a name in its article)
    if len(run.tokens) == 1 and not run.title and name[-1:] == "s" and name[1:].islower() and \
            (name[:-1].lower() in _ROLE_WORDS_SET or name[:-1].lower() in gz.OCCUPATIONS):
        return None  # "Diplomats said": a plural role noun, not a surname
    if len(run.tokens) == 1 and not run.title and name[-1:] == "s" and name[:-1].isupper() and \
            name[:-1].lower() in _ROLE_WORDS_SET:
        return None  # "MPs warn", "CEOs": a plural role
    if last_word in _VESSEL_WORDS and _VESSEL_BEFORE.search(before) and not run.title:
        return None  # "the Italian frigate Federico Martinengo", "the rescue ship Ocean Viking"
    if before.endswith(("-based ", "-headquartered ")) and not run.title and len(name) > 2 and after[:1] != "&" and \
            run.tokens[0].text.split("-")[0] not in gz.FIRST_NAMES and name not in gz.PLACES:
        return _because(why, "org_noun", "organisation")  # "Helsinki-based Lumina Space": a body where it is based
    if after[:1] == "-" and after.startswith(("-based", "-headquartered")) and name not in gz.ORGS:
        return _because(why, "based", "place")  # "Yuen Long-based Kam Fai ...": where a body is based
    if len(run.tokens) == 1 and "-" in name and name not in gz.PLACES and all(p in gz.PLACES for p in name.split("-")):
        return None  # "the Italy-Albania deal": two places as an adjective
    if len(run.tokens) == 1 and "-" in name and _ADJ_COMPOUND.fullmatch(name):  # (every match has a "-")
        return None  # "Russian-speaking", "Anti-doping": an adjective, not a name
    if run.sentence_initial and len(run.tokens) == 1 and not run.title and lead == "," and len(name) >= 8 and \
            name.endswith("ly") and name[1:].islower() and name not in gz.FIRST_NAMES and name not in gz.PLACES and \
            not re.search(rf"\b{re.escape(name)}\b(?!,)", text):
        # (not "Stridely, the running app, ...", when "Stridely is urging" shows it is a name)
        return None  # "Separately, the prosecutor's office said": an adverb opening the sentence
    if run.sentence_initial and len(run.tokens) == 1 and not run.title and name[1:].islower() and \
            _lower_elsewhere(text, name) and name not in gz.PLACES and name not in gz.ORGS:
        return None  # "Hospitals asked ...": the word is written lower-case elsewhere, a common noun
    if _may_be_road(name) and _ROAD.fullmatch(name) and name not in gz.ORGS and (_ROAD_BEFORE.search(before[-12:]) or
                                                          _ROAD_AFTER.match(after)):
        return _because(why, "road", "place")  # "the A83 at the Rest and Be Thankful", "on the N22 near Ovens": a road
    if name.isupper() and after[:1] == ":" and (run.start == 0 or text[run.start - 1] == "\n") and \
            name not in gz.ORGS and _caps_title(name) not in gz.PLACES:
        return None  # "FORECAST: More storms ...", "UPDATE:": a label, not a name (but "ISLAMABAD:" is a dateline)
    if name.isupper() and len(name) > 3 and _caps_title(name) in gz.PLACES:
        return _because(why, "dateline_caps", "place")  # datelines: "LONDON (Reuters) -"
    if name.isupper() and len(run.tokens) > 1 and _caps_title(name) in gz.ORGS:
        return _because(why, "caps_org", "organisation")  # "UNITED NATIONS (AP) -"
    if len(run.tokens) <= 3 and nxt in _SITE_FIRST and SITE_AFTER.match(after) and not run.title and \
            name not in gz.ORGS and first not in gz.DEMONYMS:
        return _because(why, "site", "place")  # "Frans Seda airport", "Salah al-Din road"
    if len(run.tokens) <= 3 and (nxt in _PLACE_NOUN_FIRST and _PLACE_NOUN_AFTER.match(after)) and not run.title and \
            name not in gz.DEMONYMS:  # (not "the eastern Libyan port")
        return _because(why, "placenoun", "place")  # "Ghazipur market", "Zamzam camp", "Sayeda Zeinab market"
    if name in gz.PLACES or not name.isascii() and fold(name) in _PLACES_FOLDED and name not in gz.ORGS:
        return _because(why, "gaz_place", "place")  # (and "Reykjavík" for "Reykjavik")
    if len(run.tokens) == 2 and first in _PLACE_MODIFIERS and run.tokens[1].text in gz.PLACES:
        return _because(why, "modifier_place", "place")  # "Southern Lebanon", "East Asia"
    if len(run.tokens) > 1 and (run.tokens[-1].text in _SITE_WORDS or
                                run.tokens[-1].text in ("Centre", "Center") and run.tokens[-2].text == "Convention") \
            and not run.title and name not in gz.ORGS:
        return _because(why, "site_word", "place")  # "Vandenberg Space Force Base", "Central Police Station": a site, whatever runs it
    if len(run.tokens) > 1 and last_token in _BUILDING_WORDS and not run.title and name not in gz.ORGS and \
            _LOCATIVE_THE.search(before) is not None:
        return _because(why, "site_word", "place")  # "outside the State Library", "at the One Mile Sports Complex"
    if len(run.tokens) > 1 and run.tokens[-1].text in ("Centre", "Center") and run.tokens[-2].text in _VENUE_WORDS \
            and not run.title and name not in gz.ORGS:
        return _because(why, "venue", "place")  # "the Gympie Civic Centre", "Parkinson Recreation Centre": a venue
    if len(run.tokens) == 2 and run.tokens[1].text == "City" and first not in gz.PLACES and not run.title and \
            name not in gz.ORGS and name not in gz.PLACES:
        return _because(why, "city", "place")  # "Santiago City", "Ilagan City" (not "Manchester City", a club)
    if len(run.tokens) > 1 and run.tokens[-1].text in _STREET_WORDS and not run.title and name not in gz.ORGS:
        return _because(why, "street", "place")  # "North Division Street", even though "Division" names units elsewhere
    if len(run.tokens) > 2 and run.tokens[-1].text == "District" and \
            any(t.text in _SERVICE_WORDS for t in run.tokens[1:-1]):
        return _because(why, "service_district", "organisation")
    if len(run.tokens) == 2 and _HYPHEN_GIVEN.fullmatch(first) and not run.title and \
            not _ADJ_COMPOUND.fullmatch(first) and not first.endswith(("-made", "-style", "-linked")):
        return _because(why, "hyphen_given", "person")  # "Su-jin Park", "Jae-yong Lee"
    if len(run.tokens) == 2 and not run.title and _FAMILY_GIVEN.fullmatch(name) and first not in gz.PLACES and \
            first not in gz.DEMONYMS and first not in gz.ORGS:
        return _because(why, "family_given", "person")  # "Lin Pei-yu", "Park Ji-hoon": family name, then a hyphenated given name
    if len(run.tokens) <= 4 and not run.title and (nxt in _MEDIA_FIRST and _MEDIA_AFTER.match(after)) and \
            first not in gz.DEMONYMS and name not in gz.PLACES:
        return _because(why, "media", "organisation")  # "Al Jadeed television reported"
    if len(run.tokens) > 1 and (run.tokens[-1].text in _LAW_WORDS or run.tokens[-1].text in _DOC_WORDS or
                                run.tokens[-1].text in ("Law", "Code") and first not in gz.FIRST_NAMES):
        return None  # "the AI Act", "the Paris Agreement", "Corruption Perceptions Index", "the 1959 Nationality
        # Law": a text (but "Jude Law")
    if len(run.tokens) > 1 and not run.title and \
            run.tokens[-1].text.lower() in _ROLE_TAILS and \
            not any(t.text in gz.FIRST_NAMES for t in run.tokens) and \
            not any(t.text in gz.ORG_KEYWORDS and after_t.text == "of"
                    for t, after_t in zip(run.tokens[:2], run.tokens[1:3])):
            # ("Office of the High Representative", "Schmidt's Office of the High Representative")
        return None  # "Eleanor Pruitt, Senior Political Correspondent": a role, not a name
    if len(run.tokens) > 2 and run.tokens[1].text == "for" and not run.title and \
            first.lower().rsplit("-", 1)[-1] in _ROLE_FOR_HEADS:
        return None  # "Professor Sir Malcolm Reid, Vice-Principal for Research,": a role, not a body
    if last_token in _CHAMBER_TAILS and state_chamber(name):
        return _because(why, "org_words", "organisation")  # "the Oregon House"
    if len(run.tokens) > 1 and last_token == "Nation" and first not in ("Place", "United", "First") and \
            not run.title:
        return _because(why, "org_words", "organisation")  # "Pimicikamak Cree Nation", "Sandy Narrows Dene Nation"
    if len(run.tokens) > 2 and first in STATE_OF_HEADS and run.tokens[1].text == "of" and not run.title and \
            run.tokens[-1].text not in gz.ORG_KEYWORDS:
        return _because(why, "state_of", "place")  # "Republic of Tatarstan", "Kingdom of Saudi Arabia"
    if len(run.tokens) > 1 and (first in _PLACE_HEADS and run.tokens[-1].text not in gz.ORG_KEYWORDS and
                                name not in gz.ORGS and not _INSTITUTE_WORDS.intersection(t.text for t in run.tokens) or
                                (nxt in _LOCAL_GOV_FIRST and _LOCAL_GOV_AFTER.match(after)) and len(run.tokens) <= 3):
        # (but "Port of Rotterdam Authority", "Fort Worth Police Department" are bodies)
        if first in _PLACE_HEADS and after.startswith(" ") and speech_after(after):
            return _because(why, "org_words", "organisation")  # "River Action said": a place does not speak
        return _because(why, "place_head", "place")  # "Mount Marapi", "the Valparaíso regional government"
    if len(run.tokens) == 1 and (nxt in _LOCAL_GOV_FIRST and _LOCAL_GOV_AFTER.match(after)) and name not in gz.ORGS:
        return _because(why, "local_gov_one", "place")
    if len(run.tokens) > 2 and lead == " " and _BRACKET_ACRONYM.match(after) and \
            run.tokens[-1].text not in _BRACKETED_PLACE_TAILS and \
            _BRACKET_ACRONYM.match(after).group(1)[0] == first[0]:  # type: ignore[union-attr]
        return _because(why, "bracket_acronym", "organisation")  # "The Integrated Food Security Phase Classification (IPC)"
    if len(run.tokens) > 1 and _ACRONYM_HEAD.fullmatch(first) and first not in gz.PLACES and not name.isupper() and \
            not run.title and run.tokens[1].text[:1].isupper() and run.tokens[1].text not in gz.ROLE_NOUNS and \
            not (role and len(first) == 2 and len(run.tokens) == 2):
        return _because(why, "acronym_head", "organisation")  # "SK Hynix", "LG Electronics" (not "US
        # vice-president JD Vance": initials before a surname, with a person's role)
    if name == "Treasury" and nxt not in _DEBT_WORDS and not _OTHER_TREASURY.search(text):
        return _because(why, "gaz_org", "organisation")  # a finance ministry (not "the 10-year Treasury note";
        # where the story names the US Treasury or a National Treasury, the rules below find which)
    if name in gz.ORGS and not (len(run.tokens) == 1 and (nxt in _PLACE_NOUN_FIRST and _PLACE_NOUN_AFTER.match(after))) \
            and not (run.title and run.title[-1].text.rstrip(".").lower() in _HONORIFICS):
        return _because(why, "gaz_org", "organisation")  # (but "Mr. Ford" is a man, whatever the carmaker)
    if len(run.tokens) == 1 and not run.title and _CAMEL.fullmatch(name) and not name.startswith(_CAMEL_NAME_HEADS):
        return _because(why, "camel", "organisation")  # "VicRoads", "YouGov", "NightCrawler": a brand's inner capital
    if len(run.tokens) > 1 and first in gz.ORGS and first not in gz.PLACES and first not in _PARTY_NAMES and \
            not run.title and \
            run.tokens[-1].text not in gz.PLACE_WORDS:  # not "the Amazon River"
        return _because(why, "org_lead", "organisation")  # "Google DeepMind", "Microsoft Windows": the company's name leads
    if not run.title and (nxt in ("minister", "secretary", "commissioner") and _PORTFOLIO_AFTER.match(after)) and name not in gz.PLACES and first not in gz.DEMONYMS:
        return None  # "Mineral Resources Minister Gwede Mantashe": the portfolio is part of the role
    if last_word == "by" and _ORG_BY.search(before) and first not in gz.FIRST_NAMES and not run.title and \
            not (len(run.tokens) == 1 and first in gz.DEMONYMS):
        return _because(why, "org_by", "organisation")  # "a mine operated by Impala Platinum" (not "built by
        # Japanese startup Hoshizora": a nationality)
    if run.title and len(run.tokens) <= 4 and not any(t.text in gz.ORG_KEYWORDS or t.text in gz.PLACE_WORDS
                                                      for t in run.tokens):
        return _because(why, "titled", "person")  # "President Jane Porter": the common case, decided at once
    if len(run.tokens) <= 4 and lead == "," and _AGE_AFTER.match(after) and \
            not any(t.text in gz.ORG_KEYWORDS or t.text in gz.PLACE_WORDS for t in run.tokens):
        return _because(why, "age", "person" if len(run.tokens) > 1 or run.title else "person?")
    if len(run.tokens) > 1 and run.tokens[-1].text in _PARTY_PLURALS and not run.title:
        return _because(why, "party_plural", "organisation")  # "the Free Democrats"
    if len(run.tokens) > 1 and (nxt in _THING_FIRST and _THING_AFTER.match(after)) and not run.title and not role and \
            first not in gz.FIRST_NAMES and \
            not (nxt in ("forecast", "forecasts") and any(t.text in gz.ORG_KEYWORDS for t in run.tokens)):
        return None  # "Golden Mask awards", "Belt and Road initiative": a thing's name (not "the National Bank of
        # Ukraine forecast growth": a body)
    if first in _NAMED_EVENT_HEADS and len(run.tokens) > 1 and run.tokens[-1].text not in gz.ORG_KEYWORDS or \
            any(t.text.endswith(("-made", "-style", "-linked")) for t in run.tokens) or \
            len(run.tokens) > 1 and _PLURAL_ACRONYM.fullmatch(run.tokens[-1].text):
        return None  # "Cyclone Remal", "Chinese-made EVs" (not "the Storm Prediction Center")
    if last_word == "of" and len(run.tokens) <= 2 and before[:-4].rsplit(" ", 1)[-1] in FIRM_TAILS and \
            name not in gz.ORGS and not run.title:
        return _because(why, "firm_of", "place")  # "Harvest Lane Foods of Salinas"
    person_of = _PERSON_OF_BEFORE.search(before) if last_word == "of" and 1 < len(run.tokens) <= 4 else None
    if person_of and any(w.split("-")[0] in gz.FIRST_NAMES for w in person_of.group(1).split()) and \
            name not in gz.PLACES and \
            first not in gz.PLACES and first not in gz.FIRST_NAMES and not run.title:
        return _because(why, "person_of", "organisation")  # "Felix Grünewald of Bankhaus Metzler said": people are of bodies
    if last_word in ("of", "from") and name not in gz.ORGS and _AGE_OF_BEFORE.search(before):
        return _because(why, "age_of", "place")  # "Priya Raghunathan, 47, of Leicester"
    if last_word in _ORG_NOUN_WORDS and name not in gz.FIRST_NAMES and not run.title and \
            not (last_word in _PERSON_NOUNS and 1 < len(run.tokens) <= 3 and first in gz.FIRST_NAMES):
        # (but "Greyfield partner Sanna Virtanen", "Tesla investor Ross Gerber": a person)
        return _because(why, "org_noun", "organisation")  # "statistics agency Istat"
    if not run.title and (nxt in _GEO_FIRST and _GEO_TITLE_AFTER.match(after)) and \
            not any(t.text in gz.ORG_KEYWORDS for t in run.tokens):
        return _because(why, "geo_title", "place")  # "Odesa Governor Oleh Kiper"
    if len(run.tokens) == 1 and (name in gz.COMMON_CAPS or name in gz.DEMONYMS or
                                 name in gz.ORG_KEYWORDS and name not in gz.ORGS):
        return None
    if _PORTFOLIO_BEFORE.search(before) and first != "State" and first not in gz.FIRST_NAMES and \
            name not in gz.PLACES and not any(t.text in gz.ORG_KEYWORDS for t in run.tokens):
        return None  # "Minister of State for Youth Affairs": a portfolio, part of the role
    if name in gz.DEMONYMS or name[-1:] == "s" and name[:-1] in gz.DEMONYMS or \
            len(run.tokens) == 2 and run.tokens[1].text in _PARTISANS:
        return None  # "a South Korean satellite", "a Manhattan Democrat": descriptions, not names
    if lead == "," and _ORG_APPOSITIVE.match(text, run.end, min(sent.end, run.end + 80)) and \
            first not in gz.FIRST_NAMES and not run.title:
        return _because(why, "org_appos", "organisation")  # "Age UK, the charity, estimated"
    if last_word == "for" and _CONSTITUENCY_BEFORE.search(before):
        return _because(why, "constituency", "place")  # "the MP for York Central"
    if lead in ",'’" and _WHICH_AFTER.match(after) and first not in gz.FIRST_NAMES and not run.title and not role:
        # (not "A party headed by former prime minister Naftali Bennett, which has yet to be registered")
        return _because(why, "which", "organisation")  # "Downdetector, which tracks outages"
    if len(run.tokens) > 1 and run.possessive and first not in gz.FIRST_NAMES and \
            any(w.strip(".,") in gz.ROLE_NOUNS for w in after.lower().split()[:3]):
        return _because(why, "possessive_role", "organisation")  # "Deutsche Bahn's personnel chief"
    if len(run.tokens) > 1 and run.possessive and not run.title and \
            any(w.strip(".,") in _FIRM_POSSESSIONS for w in after.lower().split()[:3]):
        return _because(why, "possessive_firm", "organisation")  # "Aurora Orbital's first rocket", "... shares"
    if last_word in _CAPITAL_WORDS and _CAPITAL_BEFORE.search(before) and not run.title and name not in gz.ORGS:
        return _because(why, "capital", "place")  # "the Paraguayan capital Asunción", "the port city Mombasa"
    if len(run.tokens) <= 2 and not run.title and name not in gz.PLACES and name not in gz.ORGS and \
            _KIN_BEFORE.search(before):
        return _because(why, "kin", "person")  # "her husband, Adam,", "whose son Omer", "her first name, Marie-Ange"
    if last_word == "the" and lead == " " and not run.title and not run.possessive and name not in gz.PLACES and \
            not any(t.text in gz.DEMONYMS for t in run.tokens) and "-" not in run.tokens[-1].text[1:] and \
            not (len(run.tokens) == 1 and name.endswith(("ist", "ic", "an", "ive"))) and _ORG_NOUN_AFTER.match(after):
        # (not "the Socialist group", "the South American Mercosur group": adjectives)
        return _because(why, "org_noun_after", "organisation")  # "the Viasna human rights centre", "the IG BCE union"
    if lead == "," and not run.title and name not in gz.ORGS and _PLACE_APPOS_AFTER.match(after):
        return _because(why, "place_appos_after", "place")  # "Maconacon, a coastal town in Isabela,"
    if name not in gz.ORGS and (last_word == "of" and _PLACE_OF.search(before) or
                                comma and _PLACE_APPOS.search(before) and not speech_after(after) and
                                not (first in gz.FIRST_NAMES and not after.startswith(","))):
        # (but "... in Pakistan's southern Sindh province, Ghulam Rasool Khoso pointed": the clause's subject)
        return _because(why, "place_of", "place")  # "the town of Sudzha", "the state capital, Porto Alegre,"
    if name.endswith(" Local Government Area") and len(run.tokens) <= 5:
        return _because(why, "place_word", "place")  # "Kajuru Local Government Area": Nigeria's districts
    if nxt in _PARTY_FIRST and _PARTY_AFTER.match(after) and (len(run.tokens) > 1 or first not in gz.DEMONYMS and
                                      not first.endswith(("ing", "ed"))) or "&" in name or \
            last_word in ("as", "called", "named", "dubbed", "itself") and _KNOWN_AS.search(before) or \
            name in gz.ORGS or any(t.text in gz.ORG_KEYWORDS for t in run.tokens[1:]) \
            or (run.tokens[0].text in gz.ORG_KEYWORDS and len(run.tokens) > 1) \
            or any(" ".join(t.text for t in run.tokens[:k]) in gz.ORGS for k in range(2, len(run.tokens))):
        return _because(why, "org_words", "organisation")
    if 1 < len(run.tokens) <= 3 and _CREDIT_FROM.search(before):
        # "— With assistance from Aya Nishimura": a reporter (before the rules below: "Reporting by Jordan Ames")
        return _because(why, "credit", "person")
    if len(run.tokens) > 1 and first in gz.COUNTRIES and run.tokens[1].text.lower() not in gz.PLACE_SUFFIXES and \
            run.tokens[-1].text not in gz.PLACE_WORDS and run.tokens[-1].text not in gz.COUNTRIES and \
            not (first in gz.FIRST_NAMES and len(run.tokens) == 2 and (after.startswith((", who", ", whose")) or
                                                                    run.tokens[1].text not in gz.ORG_KEYWORDS)):
        # (but "Jordan Bardella, whose party voted against," and "writer Jordan Pike" are people)
        return _because(why, "country_lead", "organisation")  # "France Unbowed", "Kenya Airways"
    if len(run.tokens) > 1 and run.tokens[-1].text in gz.PLACE_WORDS and not run.title:
        return _because(why, "place_word_tail", "place")  # "the West Philippine Sea", even after "spokesman for"
    if len(run.tokens) == 1 and name in POST_NOMINALS and before.endswith(", "):
        return None  # "Olumide Bakare, SAN,": the honour, no name of its own
    if 1 < len(run.tokens) <= 3 and (last_token in gz.DEMONYMS or last_token in _REGION_ADJECTIVES) and \
            all(t.text in _COMPASS_WORDS or t.text in ("Middle", "Central", "Sub-Saharan") for t in run.tokens[:-1]):
        return None  # "Southeast Asian buyers", "Middle Eastern refiners": adjectives, not places
    if 1 < len(run.tokens) <= 4 and not run.title and name not in gz.ORGS and _POST_NOMINAL_AFTER.match(after) and \
            not any(t.text in gz.ORG_KEYWORDS for t in run.tokens):
        return _because(why, "titled_or_role", "person")
    if (run.start == 0 or text[run.start - 1] == "\n") and name.isupper() and len(name) > 2 and \
            _DATELINE_AFTER.match(after):
        return _because(why, "dateline", "place")  # "MAYFIELD, Ky. —": a dateline names the place of writing
    if _may_be_acronym(name) and _ACRONYM.fullmatch(name) or last_word in ("at", "of", "for", "with", "the") and _ORG_BEFORE.search(before):
        return _because(why, "acronym_or_org_before", "organisation")  # "NATO", "analysts at Bernstein"
    if len(run.tokens) > 1 and run.tokens[-1].text in gz.PLACES and not _given_name(first) and \
            not run.title and not role and first not in gz.PLACES and first not in _PLACE_MODIFIERS and \
            not (first in gz.DEMONYMS and len(run.tokens) == 2):  # ("the French Alps": a place)
        role_after = _ROLE_AFTER.match(after)
        if len(run.tokens) == 2 and role_after is not None and role_after.group(1) in gz.ROLE_NOUNS:
            return _because(why, "role_after", "person")  # "Martina Colombo, chief economist at ...": a person
        return _because(why, "place_tail_org", "organisation")  # "Gas Infrastructure Europe", "Transparency International Kenya"
    if len(run.tokens) <= 4 and not run.title and not role and after[:1] == "," and _APPOSITIVE_BODY.match(after) and \
            not (len(run.tokens) == 2 and first in gz.FIRST_NAMES):  # (not "Leah Summers, a former contractor,")
        return _because(why, "appositive_body", "organisation")  # "Unsere Kurve, an alliance of supporters' groups,"
    if len(run.tokens) == 2 and not run.title and not role and name not in gz.ORGS and \
            (first in _COMPASS_WORDS or run.tokens[1].text in _COMPASS_WORDS) and \
            not (first in _COMPASS_WORDS and (run.tokens[1].text in gz.ORG_KEYWORDS or
                                              run.tokens[1].text in gz.DEMONYMS)):
        return _because(why, "modifier_place", "place")  # "the North West", "West Arsi", "Tiruppur North"
    if 1 < len(run.tokens) <= 4 and before.endswith((" The ", "(The ")) and not run.title and not role and \
            name not in gz.PLACES and f"The {name}" not in gz.PLACES and last_token not in gz.PLACE_WORDS:
        return _because(why, "told_the", "organisation")  # "questions from The New Humanitarian": a title, mid-sentence
    if len(run.tokens) == 1 and name.endswith("shire") and not run.title:
        # "parts of Cambridgeshire"; "in Staffordshire, one senior nurse said": a county, with a role after it or not
        return _because(why, "place_before", "place")
    if len(run.tokens) <= 3 and not run.title and not role and name not in gz.ORGS and \
            first not in gz.FIRST_NAMES and first not in gz.DEMONYMS and \
            (before.endswith("of ") and _DIRECTION_OF.search(before) is not None or
             after.startswith((" near ", " outside ", " in ")) and _NEAR_PLACE_AFTER.match(after) is not None and
             not (run.sentence_initial and len(run.tokens) == 1) or
             before.endswith(("a ", "an ")) and last_word in ("a", "an") and _RESIDENT_AFTER.match(after) or
             last_word in _COMPASS_LOWER and _COMPASS_BEFORE.search(before) is not None or
             before.endswith((" Co ", " Co. ", " County "))):
        # "in east Limerick", "a Co Limerick man"
        return _because(why, "place_before", "place")  # "just south of Burrton", "Novi Iskar near Sofia", "a Gresham man"
    if run.title or role or (len(run.tokens) > 1 and first[-1:] == "." and _INITIALS.fullmatch(first)):
        return _because(why, "titled_or_role", "person")  # titled, with a role, or "J.D. Vance"
    if len(run.tokens) > 1 and run.tokens[-1].text in gz.PLACE_WORDS:
        return _because(why, "place_word", "place")  # "Suez Canal", "Lake Chad"
    if 2 <= len(run.tokens) <= 3 and len(last_token) > 3 and last_token.endswith("s") and \
            not last_token.endswith(("is", "us", "ss", "os")) and last_token not in _PLACE_PLURALS and \
            last_token not in gz.DEMONYMS and \
            last_token[:-1] not in gz.DEMONYMS and \
            " ".join(t.text for t in run.tokens[:-1]) in gz.PLACES:
        # "the Detroit Lions", "Carolina Panthers": a team (not "Sofia Arvanitis", "Paris Kouros": a surname)
        return _because(why, "org_words", "organisation")
    if 1 < len(run.tokens) <= 3 and last_token in _UNIT_TAILS and name not in gz.ORGS and \
            not any(t.text in gz.PLACES and (last_token != "State" or t.text in gz.US_STATES) or
                    _given_name(t.text) or t.text in gz.ORG_KEYWORDS for t in run.tokens[:-1]):
        # ("Manchester City" is a club, "Wayne State", "Ohio State" universities: a known place, a US state or a
        # given name before it; but "Kaduna State" is the state)
        return _because(why, "place_word", "place")  # "Quezon City", "Bayelsa State", "An Lac Ward"
    if nxt in _REGION_FIRST and _REGION_AFTER.match(after):
        return _because(why, "region", "place")
    if _given_name(first.split("-")[0]) and len(run.tokens) > 1 and first not in gz.DEMONYMS:
        return _because(why, "given_name", "person")
    if first in gz.DEMONYMS and len(run.tokens) > 1:
        if run.tokens[-1].text in gz.ORG_KEYWORDS or speech_after(after):
            return _because(why, "demonym_org", "organisation")
        if len(run.tokens) == 2 and last_token in gz.PLACES:
            return _because(why, "place_word", "place")  # "the French Alps", "the Swiss Jura"
        return None
    if len(run.tokens) == 1 and not run.title and not role and before.endswith(("the ", "The ")) and \
            last_word == "the" and not _PLACE_BEFORE.search(before) and name not in gz.FIRST_NAMES and \
            not run.possessive and name.lower() not in gz.PLACE_SUFFIXES and \
            (speech_after(after) or _SPEECH_BEFORE_TAIL.search(before) and after[:1] in ("", ".", ",", ";", "\n")):
        return _because(why, "the_speech", "organisation")  # "the Carabineros said", "told the Nation", "The Greens warned": people take no article
    if len(run.tokens) == 1 and not run.title and not role and name not in gz.FIRST_NAMES and \
            first not in gz.DEMONYMS and name not in gz.PLACES and not run.sentence_initial and \
            _KIND_AFTER.match(after) and not any(c.isdigit() for c in name) and \
            not name.endswith(("ing", "ist", "ive", "al", "ian", "ern", "ic")):  # ("Ruling coalition", "Socialist group")
        return _because(why, "kind_after", "organisation")  # "the centrist Liot group", "the Wagner network"
    if len(run.tokens) == 1 and last_word == "the" and after.startswith(" administration") and name not in gz.PLACES:
        return _because(why, "administration", "person")  # "the Biden administration"
    if len(run.tokens) <= 3 and _ADMIN_UNIT_OF.search(before) and first not in gz.DEMONYMS:
        return _because(why, "unit_of", "place")  # "the departments of Arauca and Chocó"
    if 1 < len(run.tokens) <= 4 and first in _INSTITUTIONAL and not run.title and not role and \
            not _given_name(run.tokens[1].text) and name not in gz.PLACES and \
            last_token not in _STATE_TAILS and last_token != "War" and last_token[:-1] not in gz.ORG_KEYWORDS:
        # ("the Islamic Republic", "World War 2", "national Olympic Committees": a country, a war, a kind)
        return _because(why, "org_words", "organisation")  # "World Athletics warned": no one's given name
    speech_before = last_word in _SPEECH_BEFORE_WORDS and bool(SPEECH_BEFORE.search(before))
    if 1 < len(run.tokens) <= 4 and speech_before and not before.endswith("by "):
        return _because(why, "speech_before", "person")
    if len(run.tokens) <= 4 and comma and not run.title and not role and _BODY_COMMA.search(before) and \
            first not in gz.FIRST_NAMES and after[:1] in (",", ")", ".", ";"):
        return _because(why, "body_comma", "organisation")  # "Spain's maritime rescue service, Salvamento Marítimo,"
    if 1 < len(run.tokens) <= 4 and comma and _ROLE_COMMA.search(before):
        return _because(why, "role_comma", "person")  # "his Azerbaijani counterpart, Jeyhun Bayramov"
    if len(run.tokens) <= 3 and last_word in ("to", "from", "by") and _ACCORDING_BEFORE.search(before) and \
            first not in gz.FIRST_NAMES:
        return _because(why, "according", "org?")  # "according to Eurostat": an organisation unless it names a person
    if len(run.tokens) <= 3 and not run.title and not role and _ORG_ROLE_AFTER.match(after) and \
            first not in gz.FIRST_NAMES and first not in gz.DEMONYMS and \
            not any(t.text.lower() in _ROLE_WORDS_SET or t.text.lower() in gz.ROLE_MODIFIERS
                    for t in run.tokens):
        return _because(why, "org_role", "org?")  # "Bundesbank chief Joachim Nagel"
    if len(run.tokens) <= 3 and run.sentence_initial and not run.title and not role and \
            first not in gz.FIRST_NAMES and _REPORTS_AFTER.match(after):
        return _because(why, "according", "org?")  # "Baker Hughes reported Friday that": a body reporting figures
    if last_word == "the" and len(run.tokens) <= 4 and not run.title and _TOLD_THE.search(before) and \
            name not in gz.PLACES:
        return _because(why, "told_the", "organisation")  # "told The Paris Review": an outlet
    if len(run.tokens) == 1 and speech_before and \
            (not before.endswith("by ") or _STATED_BY.search(before)):
        return _because(why, "said_x", "person?")  # "said Porter": kept as a person
    if _may_be_acronym(name) and _ACRONYM.fullmatch(name):
        return _because(why, "acronym2", "organisation")
    if 1 < len(run.tokens) <= 4 and speech_after(after):
        return _because(why, "speech_after", "person")
    if len(run.tokens) <= 3 and _PLACE_BEFORE.search(before) and not run.sentence_initial and \
            not _HOLDING_IN.search(before) and name not in _PARTY_NAMES:  # ("the swing from Conservative to Reform")
        return _because(why, "place_before", "place?")  # weak: confirmed only if nothing better turns up
    if len(run.tokens) == 1 and run.sentence_initial and speech_after(after) and \
            not name.endswith(("ists", "ors", "ers", "ians", "ents", "ants", "ives")):
        return _because(why, "initial_speech", "person?")  # "Trump, speaking at a rally, said"
    if len(run.tokens) == 1 and run.sentence_initial and _QUALIFIED_SOURCES.match(after):
        return None  # "Conservation groups say", "Food safety experts say": a word qualifying the sources
    if len(run.tokens) == 1 and run.sentence_initial:
        return _because(why, "surname_initial", "surname?")  # kept only if it is the surname of someone named in full
    if 1 < len(run.tokens) <= 3 and sent.para <= 3 and after.startswith(" in ") and name not in gz.PLACES and \
            _PEOPLE_IN_PLACES.fullmatch(sent.text.strip()):
        return _because(why, "initial_multi", "person")  # "Marta Lindqvist in Brussels and Paola Ricci in Luxembourg"
    if 1 < len(run.tokens) <= 3 and sent.para <= 3 and not run.title and \
            (sent.text.strip() == name or
             sent.text.lstrip().startswith(name + " | ") and not name.isupper() and last_token not in _DESK_WORDS) and \
            not any(t.text in gz.ORG_KEYWORDS or t.text in gz.PLACE_WORDS or t.text in gz.PLACES for t in run.tokens):
        return _because(why, "initial_multi", "person")  # a byline line of its own: "Sinan Mahmoud", "Zahid Imdad |
        # Published July 9, 2025"
    if 1 < len(run.tokens) <= 3 and run.sentence_initial and _OF_THE_ORG.match(after) and \
            not any(t.text in gz.ORG_KEYWORDS or t.text in gz.PLACE_WORDS for t in run.tokens):
        return _because(why, "of_the_org", "person")  # "Lucía Cedeño of the Permanent Committee for ...": split off its organisation
    if 1 < len(run.tokens) <= 3 and _ROLE_APPOSITIVE.match(after) and first not in gz.DEMONYMS and not role and \
            not run.title and not any(t.text in gz.ORG_KEYWORDS or t.text in gz.PLACE_WORDS or t.text in gz.PLACES
                                      for t in run.tokens):
        return _because(why, "role_appositive", "person")  # "Stithorn Thananithichot, director of the Office of ..."
    native = _NATIVE_SCRIPT.match(text, run.end, sent.end) if after[:2] == " (" else None
    at = native.end() if native else run.end  # ("Radostina Petrova (Радостина Петрова), a Bulgarian MEP")
    if 1 < len(run.tokens) <= 3 and text.startswith((", a ", ", an "), at) and first not in gz.DEMONYMS and \
            not role and \
            not run.title and _is_person_appositive(text, at, sent.end) and \
            not any(t.text in gz.ORG_KEYWORDS or t.text in gz.PLACE_WORDS or t.text in gz.PLACES for t in run.tokens):
        return _because(why, "role_appositive", "person")  # "Fatou Sarr, a fish seller, walked ...": a person
    if 1 < len(run.tokens) <= 3 and after.startswith((", from ", ", of ", ", at ", ", with ")) and \
            _FROM_BODY_SAID.match(text, run.end, sent.end) and first not in gz.DEMONYMS and not run.title and \
            not any(t.text in gz.ORG_KEYWORDS or t.text in gz.PLACE_WORDS or t.text in gz.PLACES for t in run.tokens):
        return _because(why, "from_body", "person")  # "Marnie Costello, from People with Disability Australia, said"
    if 1 < len(run.tokens) <= 3 and after.startswith((", who ", ", whose ")) and first not in gz.DEMONYMS and \
            not any(t.text in gz.ORG_KEYWORDS or t.text in gz.PLACE_WORDS or t.text in gz.PLACES for t in run.tokens):
        return _because(why, "who_after", "person")  # "Gautam Bhatia-Rao, who teaches law, said": a person
    if 1 < len(run.tokens) <= 3 and last_token in _BUILDING_WORDS and not run.title and not role:
        return _because(why, "building", "place")  # "told journalists at Harambee House": a building, no person
    if 1 < len(run.tokens) <= 3 and run.sentence_initial and last_token in _PARTY_NAMES:
        return None  # "Opposition Conservative leader Kemi Badenoch": a party in a politician's role, no person
    if 1 < len(run.tokens) <= 3 and run.sentence_initial:
        return _because(why, "initial_multi", "person?")  # kept if the surname recurs alone ("Hichilema won ... Hichilema said")
    if len(run.tokens) == 1 and speech_after(after):
        return _because(why, "speech_after_one", "person?")
    if len(run.tokens) == 1:
        return _because(why, "sibling", "sibling?")  # typed only if listed beside a known name ("Google and Anthropic")
    if 1 < len(run.tokens) <= 3 and not run.sentence_initial:
        # unknown two- or three-word names are people more often than not,
        # unless "the" makes them a thing ("the Champions League")
        return _because(why, "unknown_multi", "person?" if _THE_BEFORE.search(before) else "person*")
    return None


_ROLE_FOR_HEADS: Final = frozenset(gz.ROLE_NOUNS | {"principal", "provost", "dean", "rector", "registrar"})
_CAMEL: Final = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+")
_CAMEL_NAME_HEADS: Final = ("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "Du", "Fitz")
_HEAD_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


#: a byline without "By": "Marta Lindqvist in Brussels and Paola Ricci in Luxembourg"
_PEOPLE_IN_PLACES: Final = re.compile(r"(?:[A-Z][\w'’-]+ ){1,3}in [A-Z][\w'’-]+(?:(?:,|,? and) (?:[A-Z][\w'’-]+ ){1,3}in "
                                      r"[A-Z][\w'’-]+)*")


def _title_case(sentence: str) -> bool:
    """A headline in title case: nearly every longer word capitalised, no closing full stop."""
    if sentence.rstrip().endswith(".") or sentence.lstrip()[:1] in "(–—-" or "By " in sentence or \
            " by " in sentence or _PEOPLE_IN_PLACES.fullmatch(sentence.strip()):
        return False  # credits and signature lines name people in full ("Marta Lindqvist in Brussels and ...")
    words = _HEAD_WORD.findall(sentence)
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _named_in_body(text: str, run: Run, sent: Sentence) -> Run | None:
    """The longest leading part of a headline run that the article names elsewhere, or None."""
    if run.text in gz.PLACES or run.text in gz.ORGS:
        return run
    for k in range(len(run.tokens), 0, -1):
        toks = run.tokens[:k]
        if toks[-1].text in CONNECTORS:
            continue
        name = " ".join(t.text for t in toks)
        if k == 1 and (name in gz.COMMON_CAPS or len(name) < 3):
            return None
        at = text.find(name)
        while at >= 0 and sent.start <= at < sent.end:
            at = text.find(name, at + 1)
        if at >= 0:
            return run if k == len(run.tokens) else Run(toks, run.title, run.sentence_initial)
    return None


#: 'Joaquín "El Chapo" Guzmán', "Jimmy 'Barbecue' Chérizier": a nickname in quotation marks inside a name
#: (all on one line: not a time zone, a quoted heading and the name opening the next paragraph)
_NICKNAMED: Final = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+)[ \t]+"
                               r"[\"“‘']([A-Z][^\"“”‘’'\n]{0,28}[^\s\"“”‘’'])[\"”’']"
                               r"[ \t]+([A-Z][\w’'-]+)(?![\w’'])")


def _nicknamed(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with each person named around a nickname in quotation marks as one mention, the
    name without the nickname (writers and the store name him "Joaquín Guzmán")."""
    found = []
    for m in _NICKNAMED.finditer(text):
        given, surname = m.group(1), m.group(3)
        si = sentence_at(sentences, m.start())
        if _title_case(sentences[si].text) or surname in gz.COMMON_CAPS or given in gz.COMMON_CAPS:
            continue  # 'Drama "Winter Inventory" Wins': a headline's title
        found.append(Mention(m.start(), m.end(), f"{given} {surname}", "person", sentence=si, why="nickname",
                             kind="person"))
    return _merged(raw, found)


def _merged(raw: list[Mention], found: list[Mention], replace: bool = True, overlap: bool = False) -> list[Mention]:
    """``raw`` with the mentions ``found`` by a pass of their own, in text order; with ``replace``
    a found mention takes the place of the run mentions that start inside it, with ``overlap``
    also of those that start before it and run into it ("Hindu Bureau CHENNAI", "Janata Dal")."""
    if not found:
        return raw
    kept = [r for r in raw if not any(f.start <= r.start < f.end or overlap and r.start < f.start < r.end
                                      for f in found)] if replace else raw
    return sorted(kept + found, key=lambda r: r.start)


def find_mentions(text: str, sentences: list[Sentence],
                  quoted: list[tuple[int, int]] | tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """All entity mentions in the article, typed and canonicalised.

    Inside ``quoted`` spans only names with real evidence count: a quoted
    "Too Late" or "Crypto Kings" is a phrase or a title, not a person.
    """
    raw: list[Mention] = []
    quoted = sorted(quoted)
    quoted_starts = [a for a, _ in quoted]
    ships: set[str] = set()
    for si, sent in enumerate(sentences):
        headline = _title_case(sent.text)
        for run in find_runs(text, sent.start, sent.end):
            if len(run.tokens) > 1 and run.tokens[0].text in _SHIP_HEADS:
                ships.add(" ".join(t.text for t in run.tokens[1:]))  # "BRP Teresa Magbanua", later "the Teresa Magbanua"
            if headline:  # "Crestline Health Partners Provides Update on ...": every word is capitalised
                named = _named_in_body(text, run, sent)
                if named is None:
                    continue
                run = named
            known = run.text in gz.PLACES or run.text in gz.ORGS
            numbered = _NUMBERED.match(text, run.end, sent.end) if run.tokens[-1].text in _NUMBERED_HEADS and \
                not run.title and (len(run.tokens) > 1 or run.tokens[0].text != "Local") else None
            # ("Unifor Local 111" is a union local; a bare "Local 111" later is that one, not another)
            if numbered:  # "Interstate 65", "GRU Unit 26165": the number is part of the name
                first_tok = next((t for t in run.tokens if not ("-" in t.text and t.text.split("-")[-1].islower())),
                                 run.tokens[-1])  # (not "Russian-language" in "Russian-language Channel 9")
                raw.append(Mention(first_tok.start, numbered.end(), text[first_tok.start:numbered.end()],
                                   _NUMBERED_HEADS[run.tokens[-1].text], sentence=si, why="numbered"))
                continue
            domain = _DOMAIN_AFTER.match(text, run.end, sent.end) if len(run.tokens) == 1 else None
            if domain:  # "Space.com", "Bonbast.com": a website, named with its domain
                raw.append(Mention(run.start, domain.end(), text[run.start:domain.end()], "organisation",
                                   sentence=si, why="domain"))
                continue
            role = "" if known else _role_before(text, sent.start, run) or _role_after(text, run, sent.end)
            why: list[str] = []
            kind = _classify(text, run, sent, role, why)
            if why and why[0] == "kin":  # "her husband, Adam": he is her husband (and a man, for "she said")
                kin = _KIN_BEFORE.search(text, max(sent.start, run.start - 60), run.start)
                role = kin.group("kin") if kin and kin.group("kin") != "first name" else role
            i = bisect.bisect_right(quoted_starts, run.start) - 1
            if kind and i >= 0 and run.start < quoted[i][1] and \
                    _NAMING_BEFORE.search(text, max(0, quoted[i][0] - 14), quoted[i][0]):
                continue  # 'nicknamed "Cheyava Falls"': a label in quotation marks, not a place
            if (kind and kind[-1] in "?*" and kind != "place?" or kind == "person" and not role and not run.title) and \
                    i >= 0 and run.start < quoted[i][1] and \
                    run.tokens[0].text.split("-")[0] not in gz.FIRST_NAMES:
                continue
            if not kind:
                continue
            end = run.end
            if kind == "organisation" and run.title and run.title[-1].text in _NAMESAKE_TITLES and \
                    run.title[-1].end + 1 == run.start:
                # "King Faisal Center for Research and Islamic Studies", "King Abdulaziz University": named after him
                run = Run(run.title[-1:] + run.tokens, [], run.sentence_initial)
                role = ""
            if kind == "place":  # keep "Kursk region" and "Gagarin airport" as the surface form
                m = _SUFFIX_AFTER.match(text, end, sent.end) or \
                    (run.tokens[-1].text not in gz.PLACE_WORDS and SITE_AFTER.match(text, end, sent.end) or None)
                end = m.end() if m else end
            elif text.startswith(" party", end) and f"{run.text} party" in gz.ORGS:
                end += 6  # "the ruling Justice and Development party": the known party
            raw.append(Mention(run.start, end, text[run.start:end], kind, role=role, sentence=si,
                               why=why[0] if why else "", kind=kind))
    if ships:
        raw = [m for m in raw if m.surface not in ships]
    if quoted:
        raw = _nicknamed(text, sentences, raw)
    if " ministry" in text or " general staff" in text:
        raw = _national_bodies(text, sentences, raw)
    if "By " in text:
        raw = _byline_outlets(text, sentences, raw)
    if _ORDINAL.search(text) and (_NUMBERED_STREET.search(text) or _NUMBERED_BODY.search(text)):
        raw = _numbered_names(text, sentences, raw)
    if " group of forces" in text or _ACRONYM_CITY_LINE.search(text):
        raw = _forces_and_bureaus(text, sentences, raw)
    if " Bureau" in text and _BUREAU_LINE.search(text):
        raw = _bureau_lines(text, sentences, raw)
    if "(" in text and any(n in text for n in _BRACKETED):
        raw = _bracketed_names(text, sentences, raw)
    if (" (" in text or ", known as " in text) and _ACRONYM_IN_BRACKETS.search(text):
        raw = _acronym_names(text, sentences, raw)
    if "." in text and _SMALL_COMPANY_TAIL.search(text):
        raw = _small_company_tails(text, sentences, raw)
    if _BRIDGED_FIRST.search(text) and (bridged := _bridged_names(text)):
        # "the Center for Science in the Public Interest": a known name the runs split at its small words,
        # unless a longer name holds it ("the Court of Bosnia and Herzegovina")
        raw = _merged(raw, [Mention(b.start(), b.end(), b.group(), _BRIDGED_TYPES[b.group()], why="gz_bridged",
                                    kind=_BRIDGED_TYPES[b.group()], sentence=sentence_at(sentences, b.start()))
                            for b in bridged if not any(r.start <= b.start() and b.end() <= r.end and
                                                        r.end - r.start > b.end() - b.start() for r in raw)],
                      overlap=True)
    if "University of " in text and _CAMPUS.search(text):
        campuses = [c for c in _CAMPUS.finditer(text) if c.group(1) not in gz.COUNTRIES]  # (not "of Oslo, Norway")
        raw = _merged(raw, [Mention(c.start(), c.end(), c.group(), "organisation", why="campus", kind="organisation",
                                    sentence=sentence_at(sentences, c.start())) for c in campuses], overlap=True)
    if " and " in text and _LISTED_TAIL.search(text) and _LISTED_BODY.search(text):
        raw = _listed_bodies(text, sentences, raw)
    if "T. " in text and _SAINT_DATELINE.search(text):
        raw = _saint_datelines(text, sentences, raw)
    if "-" in text and _PARTY_HOME.search(text):
        raw = _party_homes(text, sentences, raw)
    if _PARTY_ROLE.search(text):
        raw = _party_roles(text, sentences, raw)
    if " on X" in text:  # "wrote on X", "in a post on X": the platform (a one-letter name no run finds)
        for x in _ON_X.finditer(text):
            at = x.end() - 1
            raw.append(Mention(at, at + 1, "X", "organisation", sentence=sentence_at(sentences, at), why="platform",
                               kind="organisation"))
        raw.sort(key=lambda m: m.start)
    if (" parliament" in text or " commission" in text or " government" in text) and _LOWER_CASE_BODY.search(text):
        # "the European parliament", "the Scottish government" (the Guardian's style)
        raw = _merged(raw, [Mention(b.start(), b.end(), f"{b.group(1)} {b.group(2).capitalize()}", "organisation",
                                    why="lower_case_body", kind="organisation",
                                    sentence=sentence_at(sentences, b.start()))
                            for b in _LOWER_CASE_BODY.finditer(text)])
    _clubs(raw, text)
    _same_surface_same_type(raw)
    _list_siblings(raw, text)
    return resolve([m for m in raw if m.type != "drop"], text)


_LOWER_NEXT = re.compile(r" [a-z]")
#: bodies whose own names some papers write in lower case after the first word
_LOWER_CASE_BODY: Final = re.compile(r"\b(European|Scottish|Welsh) (parliament|commission|government)\b"
                                     r"(?<!n government)")
_ON_X: Final = re.compile(r"\bon X\b(?![-\w])")
#: "the Russian defence ministry", "the UAE foreign ministry", "the Belarusian general staff": a country's
#: body written in lower case, which no run of capitals finds
_NATIONAL_BODY: Final = re.compile(
    r"\b[Tt]he ((?:%s) (?:(?:[a-z]+|and) ){0,3}?(?:ministry|general staff))\b"
    % "|".join(re.escape(n) for n in sorted({*gz.DEMONYMS, *gz.COUNTRIES, "UAE", "US", "U.S.", "UK"},
                                             key=len, reverse=True)))


#: "By Lena Hartwig, The Sacramento Bee", "By Khanh Nguyễn | The Oregon Ledger": the outlet a byline names
_BYLINE_OUTLET: Final = re.compile(r"^(?:By|BY) [^\n,|]{2,60}?(?:,| \|) +((?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}) *$",
                                   re.MULTILINE)
#: a byline whose writer is in capitals, maybe with the outlet after: "By DANIELLE MARSH Associated Press"
_CAPS_BYLINE: Final = re.compile(r"^(?:By|BY) ([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
                                 r"(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){1,3})"
                                 r"(?:,? ((?:The )?[A-Z][a-z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}))? *$",
                                 re.MULTILINE)
#: what a byline names after the writer that is the writer's job, not an outlet ("Health Correspondent")
_BYLINE_ROLES: Final = frozenset({"correspondent", "editor", "reporter", "desk", "writer", "staff", "columnist",
                                   "producer", "bureau", "contributor", "analyst", "journalist", "chief", "team"})


#: a byline that credits an outlet's staff: "By Al Jazeera Staff", "By Reuters Staff"
_STAFF_BYLINE: Final = re.compile(r"^By ((?:The )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) "
                                  r"(?:Staff|Reporters|Team|Desk)(?: Writers?)?[ \t]*$", re.MULTILINE)


def _byline_outlets(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with the outlet a byline line names after the writer, unless it is a place, and a
    writer named in capitals ("By DANIELLE MARSH Associated Press") as a person."""
    found = []
    for m in _CAPS_BYLINE.finditer(text):
        words = m.group(1).split()
        while len(words) > 2 and words[-1] in gz.ORGS:
            words.pop()  # "By COLLEEN HARWICK AP Technology Writer": the agency and her job follow her
        if words[-1].lower().removesuffix("s") in _BYLINE_ROLES:
            continue  # "By NATION REPORTER", "By MONITOR REPORTERS": a desk, no one named
        end = m.start(1) + len(" ".join(words))
        writer = Mention(m.start(1), end, _caps_title(" ".join(words)), "person", sentence=sentence_at(sentences, end),
                         why="byline_caps", kind="person")
        outlet = [Mention(m.start(2), m.end(2), m.group(2), "organisation", sentence=writer.sentence,
                          why="byline_outlet", kind="organisation")] \
            if m.group(2) and m.group(2).rsplit(" ", 1)[-1].lower() not in _BYLINE_ROLES else []
        raw = _merged(raw, [writer] + outlet, overlap=True)
    for m in _STAFF_BYLINE.finditer(text):
        if m.group(1) in gz.ORGS:  # "By Al Jazeera Staff": the outlet, not a body called "Al Jazeera Staff"
            raw = _merged(raw, [Mention(m.start(1), m.end(1), m.group(1), "organisation", why="byline_outlet",
                                        sentence=sentence_at(sentences, m.start(1)), kind="organisation")],
                          overlap=True)
    for m in _BYLINE_OUTLET.finditer(text):
        name = m.group(1)
        bare = name[4:] if name.startswith("The ") else name
        if bare in gz.PLACES or name in gz.PLACES or (" " not in name and name not in gz.ORGS) or \
                name.rsplit(" ", 1)[-1].lower() in _BYLINE_ROLES:
            continue  # "By Jane Doe, Kyiv": where the writer files from; ", Health Correspondent": a job
        if any(r.start < m.end(1) and r.end > m.start(1) for r in raw if r.type == "organisation"):
            continue  # already named
        found.append(Mention(m.start(1), m.end(1), name, "organisation", sentence=sentence_at(sentences, m.start(1)),
                             why="byline_outlet", kind="organisation"))
    return _merged(raw, found)


#: "near 51st Avenue", "on Southeast 122nd Avenue", "West 57th Street": a numbered street, which no run of
#: capitals finds whole
_NUMBERED_STREET: Final = re.compile(r"\b(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest) )?"
                                     r"\d{1,4}(?:st|nd|rd|th) (?:Street|Avenue|Road|Boulevard|Lane|Drive|Parkway)\b")


#: "the 68th Separate Jaeger Brigade", "the 6th Fleet", "the 11th U.S. Circuit Court of Appeals": a numbered
#: unit or court, whose number no run of capitals takes in
_ORDINAL: Final = re.compile(r"\d(?:st|nd|rd|th) [A-Z]")  # what every numbered street or body holds
_NUMBERED_BODY: Final = re.compile(r"\b\d{1,3}(?:st|nd|rd|th) (?:(?:U\.S\.|[A-Z][\w'’-]*) ){0,3}"
                                   r"(?:Brigade|Battalion|Regiment|Division|Corps|Army|Fleet(?: Command)?|Squadron|"
                                   r"Circuit(?: Court of Appeals)?)\b")


def _numbered_names(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with each numbered street as a place and each numbered unit or court as an
    organisation; a run that went on from its street word ("Avenue and Indian School Road")
    keeps what follows the "and"."""
    found = [Mention(m.start(), m.end(), m.group(), "place", sentence=sentence_at(sentences, m.start()),
                     why="street", kind="place") for m in _NUMBERED_STREET.finditer(text)]
    found += [Mention(m.start(), m.end(), m.group(), "organisation", sentence=sentence_at(sentences, m.start()),
                      why="numbered", kind="organisation") for m in _NUMBERED_BODY.finditer(text)]
    rests = [Mention(f.end + 5, r.end, text[f.end + 5:r.end], "place", sentence=r.sentence, why="street", kind="place")
             for f in found for r in raw
             if f.start <= r.start < f.end < r.end and text.startswith(" and ", f.end) and r.type == "place"]
    return _merged(raw, found + rests)


#: "Khortytsia group of forces": a command named with its lower-case kind; "BIRN Sofia" alone on a line: an
#: outlet's bureau and its city
_GROUP_OF_FORCES: Final = re.compile(r"\b[A-Z][\w'’-]+ group of forces\b")
_ACRONYM_CITY_LINE: Final = re.compile(r"\n([A-Z]{3,6}) ([A-Z][\w'’-]+)(?=\n|$)")  # (opens with a literal: fast)


def _forces_and_bureaus(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with each "X group of forces" as one organisation, and each line "BIRN Sofia" as the
    outlet and its city rather than one name."""
    found = [Mention(m.start(), m.end(), m.group(), "organisation", sentence=sentence_at(sentences, m.start()),
                     why="org_noun", kind="organisation") for m in _GROUP_OF_FORCES.finditer(text)]
    for m in _ACRONYM_CITY_LINE.finditer(text):
        if m.group(2) in gz.PLACES and m.group(1) not in gz.PLACES:
            at = sentence_at(sentences, m.start())
            found.append(Mention(m.start(1), m.end(1), m.group(1), "organisation", sentence=at, why="acronym2",
                                 kind="organisation"))
            found.append(Mention(m.start(2), m.end(2), m.group(2), "place", sentence=at, why="gaz_place",
                                 kind="place"))
    return _merged(raw, found, overlap=True)


#: "The Hindu Bureau CHENNAI": an outlet's credit line, the outlet named with its "The"
_BUREAU_LINE: Final = re.compile(r"^((?:The )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) Bureau(?:[ \t]+[A-Z][A-Z/ ,.-]*)?$",
                                  re.MULTILINE)


def _bureau_lines(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with the known outlet a credit line names ("The Hindu Bureau"), not "Hindu Bureau"."""
    found = [Mention(m.start(1), m.end(0), m.group(1), "organisation", sentence=sentence_at(sentences, m.start(1)),
                     why="gaz_org", kind="organisation")
             for m in _BUREAU_LINE.finditer(text) if m.group(1) in gz.ORGS]
    return _merged(raw, found)


#: known names with a bracket inside ("Janata Dal (United)", "CPI(M)"), which no run of capitals holds whole
_BRACKETED: Final = tuple(sorted((n for n in gz.ORGS if "(" in n), key=len, reverse=True))


def _bracketed_names(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with each known bracketed name as one organisation, in place of its pieces."""
    found: list[Mention] = []
    for name in _BRACKETED:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(f.start < end and at < f.end for f in found) and \
                    not text[end:end + 1].isalnum() and not text[at - 1:at].isalnum():
                found.append(Mention(at, end, name, "organisation", sentence=sentence_at(sentences, at),
                                     why="gaz_org", kind="organisation"))
            at = text.find(name, end)
    return _merged(raw, found, overlap=True)


#: "ST. PAUL - ", "ST. PETERSBURG, Fla. —": a dateline's place whose "St." the capitals split off
_SAINT_DATELINE: Final = re.compile(r"^(ST|FT|MT)\. ([A-Z]{3,}(?: [A-Z]{3,})?)(?=,| [-—–]| \()", re.MULTILINE)
_SAINT_HEADS: Final = {"ST": "St.", "FT": "Fort", "MT": "Mount"}


def _saint_datelines(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with a capitalised dateline's "ST. PAUL" as the place St. Paul, not two names."""
    found = []
    for m in _SAINT_DATELINE.finditer(text):
        name = f"{_SAINT_HEADS[m.group(1)]} {m.group(2).title()}"
        found.append(Mention(m.start(), m.end(), gz.PLACES.get(name, name), "place",
                             sentence=sentence_at(sentences, m.start()), why="dateline", kind="place"))
    return _merged(raw, found)


#: a British party in a politician's role ("Labour MP Nadia Farouk", "a Conservative member of Parliament's
#: Intelligence and Security Committee"): writers list the party (18 of 18 development articles; not so the
#: US parties before "Sen." or "lawmakers", 0 of 4)
#: (the gazetteer's aliases name each party: "Tory" and "Conservative" are the Conservative Party)
_PARTY_NAMES: Final = frozenset(("Labour", "Conservative", "Tory", "Liberal Democrat", "Lib Dem", "SNP"))
_PARTY_ROLE: Final = re.compile(r"\b(%s)(?= (?:MPs?|MSPs?|members?|peers?|councillors?|candidates?|ministers?|"
                                r"backbenchers?|whips?|leader|grandees?|donors?|activists?)\b)"
                                % "|".join(sorted(_PARTY_NAMES)))


def _party_roles(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with the British party each politician's role names, beside the politician."""
    found = [Mention(m.start(), m.end(), m.group(), "organisation", sentence=sentence_at(sentences, m.start()),
                     why="party_role", kind="organisation")
             for m in _PARTY_ROLE.finditer(text)]
    return _merged(raw, [f for f in found if not any(r.start <= f.start < r.end and r.type == "organisation"
                                                        for r in raw)], replace=False)


#: "Sen. Curtis Van Dalen, R-Prineville, said", "(D-Calif.)": a US lawmaker's party and home
#: the party letters before a US lawmaker's home ("R-", "DFL-"); speakers.py skips them too
PARTY_LETTERS: Final = r"(?:R|D|I|DFL|Ind)-"
_PARTY_HOME: Final = re.compile(rf"(?:, |\(){PARTY_LETTERS}((?:[A-Z][\w\'’]*\.?)(?: [A-Z][\w\'’]*\.?){{0,2}})(?=[,)])")


def _party_homes(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with the home a US lawmaker's party designation names as a place, not the
    designation as a person ("R-Seminole")."""
    found, spans = [], []
    for m in _PARTY_HOME.finditer(text):
        found.append(Mention(m.start(1), m.end(1), gz.PLACES.get(m.group(1).rstrip("."), m.group(1)), "place",
                             sentence=sentence_at(sentences, m.start(1)), why="party_home", kind="place"))
        spans.append((m.start(), m.end(1)))  # the whole designation, party letters included
    return _merged([r for r in raw if not any(a < r.end and r.start < b for a, b in spans)], found)


#: "the Board of Control for Cricket in India (BCCI)": a body's whole name, which its acronym in
#: brackets vouches for where the runs split it at "in", "on" or "and"
_ACRONYM_IN_BRACKETS: Final = re.compile(r" \(([A-Z][A-Z&]{2,7})\)|, known as ([A-Z]{3,7}),")
_ACRONYM_JOINS: Final = frozenset({"of", "for", "in", "on", "and", "the", "&", "de", "des", "du", "la", "to"})
#: the joining words of French, Spanish, Portuguese, Italian, German and Dutch names
_FOREIGN_JOINS: Final = frozenset({"et", "le", "les", "y", "e", "da", "do", "dos", "das", "del", "di", "della", "der",
                                   "für", "und", "van", "voor", "en", "el", "los", "las"})
#: the article or preposition a name written small opens after ("the Commission nationale ...")
_NAME_ARTICLE: Final = re.compile(r"\b(?:[Tt]he|of|[Ll]a|[Ll]e|[Ll]’|[Ll]')\s*$")
#: the elided article of a French or Italian word: "l'informatique", "d'Ivoire"
_ELIDED: Final = re.compile(r"^[ldLD][’']")
_DOCUMENT_TAILS: Final = frozenset({"Act", "Law", "Bill", "Code", "Treaty", "Index", "Rule", "Order", "Regulation"})


def _acronym_span(text: str, end: int, letters: str, lower: bool = False) -> int | None:
    """Where the name whose initials are ``letters`` starts, reading back from ``end``; None when
    the words before do not spell them, or spell them without a joining word to bridge.  With
    ``lower``, a name in a language that writes its inner words small: "Commission nationale de
    l'informatique et des libertés (CNIL)"."""
    at, joined = end, False
    while letters:
        word = re.search(r"([\w&'’.-]+)[ ,]*$", text[max(0, at - 40):at])
        if not word:
            return None
        w, start = word.group(1), at - len(word.group(0))
        if w in _ACRONYM_JOINS or lower and w in _FOREIGN_JOINS:
            joined = joined or w != "the"  # ("the" alone bridges nothing the runs did not)
            at = start
            continue
        if lower:
            w = _ELIDED.sub("", w)
            if w[:1].upper() != letters[-1] or len(letters) == 1 and not w[:1].isupper():
                return None  # (the first word is written large: "Autorité de contrôle ...")
            letters = letters[:-1]
            at = start
            continue
        parts = [x for x in w.split("-") if x]
        heads = "".join(x[0] for x in parts if x[:1].isupper())
        if not heads or not w[:1].isupper():
            return None
        if letters.endswith(heads):
            letters = letters[:-len(heads)]
        elif letters.endswith(w[0]):
            letters = letters[:-1]
        else:
            return None
        at = start
    return at if joined else None


def _acronym_names(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with each body named in full before its bracketed acronym as one mention."""
    found = []
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        letters = (m.group(1) or m.group(2)).replace("&", "")
        start = _acronym_span(text, m.start(), letters)
        small = start is None
        if small:  # "the Commission nationale de l'informatique et des libertés (CNIL)": only after "the", "la",
            # "of" ..., not "Banks must fight anti-money laundering (AML)"
            start = _acronym_span(text, m.start(), letters, lower=True)
            if start is None or not _NAME_ARTICLE.search(text, max(0, start - 5), start):
                continue
        if start is None or "\n" in text[start:m.start()]:
            continue
        name = text[start:m.start()]
        if any(r.start <= start and r.end >= m.start() for r in raw) or \
                not small and m.group(2) is None and \
                not any(start <= r.start < m.start() and r.type == "organisation" for r in raw) or \
                name.rsplit(" ", 1)[-1] in _DOCUMENT_TAILS:
            continue  # found whole ("UN Office for ... (OCHA)"); no body in it ("Senior Advocate of Nigeria"); a law
        tail = name.rsplit(" ", 1)[-1]  # ("the Grand Ethiopian Renaissance Dam (GERD)": a place)
        kind = "place" if name in gz.PLACES or tail in _STATE_TAILS or tail in _BRACKETED_PLACE_TAILS else \
            "organisation"
        found.append(Mention(start, m.start(), name, kind, sentence=sentence_at(sentences, start),
                             why="bracket_acronym", kind=kind))
    return _merged(raw, found, overlap=True)


#: last words of a place named with its acronym in brackets
_BRACKETED_PLACE_TAILS: Final = frozenset({"Dam", "Canal", "Pipeline", "Bridge", "Airport", "Port", "Corridor", "Zone"})
#: last words of a byline that names a desk or an outlet, not a writer ("Amu TV | Published ...")
_DESK_WORDS: Final = frozenset({"TV", "News", "Radio", "Staff", "Desk", "Agencies", "Reporters", "Team", "Online"})
#: known names with a small word inside that the runs break at ("and the", "in the", "for a"), or an "and"
#: a list beside them breaks at ("in NHS Dumfries and Galloway and NHS Greater Glasgow and Clyde"), or a
#: number the runs leave out ("BBC Radio 4", "the 1922 Committee"), longest first
_BRIDGED_TYPES: Final = {n: t for t, names in (("place", gz.PLACES), ("organisation", gz.ORGS)) for n in names
                         if re.search(r" (?:and|in the|for a|for the|on the|of the) | \d|^\d", n) or
                         re.search(r" (?!of |for |the )[a-z]", n) and n.split()[0] not in gz.DEMONYMS}
# (also "Cour des comptes", "Conseil d'État": small words of other languages; not "Israeli military", an alias)


def _bridged_names(text: str) -> list[re.Match[str]]:
    """The known names of _BRIDGED_TYPES in ``text``, left to right without overlaps, tried only where one of
    their first words stands, and there only the names that open with that word (a short pattern each)."""
    out: list[re.Match[str]] = []
    end = 0
    for first in _BRIDGED_FIRST.finditer(text):
        if first.start() >= end and (m := _BRIDGED_BY_FIRST[first.group(1)].match(text, first.start())) is not None:
            out.append(m)
            end = m.end()
    return out


def _names_pattern(names: list[str]) -> re.Pattern[str]:
    """One pattern for ``names``, the longest first (an alternation takes the first that matches)."""
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


#: what every such name opens with, to skip the names on most articles
_BRIDGED_FIRST: Final = re.compile(r"\b(%s) " % "|".join(sorted({re.escape(n.split()[0]) for n in _BRIDGED_TYPES})))
#: per first word, the names that open with it
_BRIDGED_BY_FIRST: Final = {w: _names_pattern([n for n in _BRIDGED_TYPES if n.split()[0] == w])
                            for w in {n.split()[0] for n in _BRIDGED_TYPES}}
#: a state university's campus after a comma: "University of California, Berkeley", "University of Nevada, Las Vegas"
_CAMPUS: Final = re.compile(r"\bUniversity of (?:North |South |New |West )?[A-Z][a-z]+, ((?:[A-Z][a-z]+ )?[A-Z][a-z]+)"
                            r"(?![\w-]| and\b|, [A-Z])")
#: a company form written small after the name: "Malinar Arilje d.o.o.", "Hvalur hf.", "Tatra a.s."
_SMALL_COMPANY_TAIL: Final = re.compile(r" (?:d\.o\.o\.|hf\.|a\.s\.|s\.r\.o\.|sp\. z o\.o\.|d\.d\.|s\.a\.)"
                                        r"(?=[\s,;:)]|$)")
#: what the rules may have read a company's name as before its form shows it is one
_COMPANY_GUESSES: Final = frozenset(("person", "person?", "person*", "organisation", "org?", "place", "place?"))


def _small_company_tails(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with each name followed by a company form written small as one company, form included."""
    found = []
    for m in raw:
        tail = _SMALL_COMPANY_TAIL.match(text, m.end)
        if tail is not None and m.type in _COMPANY_GUESSES:
            found.append(Mention(m.start, tail.end(), text[m.start:tail.end()], "organisation", sentence=m.sentence,
                                 why="company_form", kind="organisation"))
    return _merged(raw, found)


#: "the Meteorology, Climatology and Geophysics Agency": a body whose name opens with a list of
#: the fields it covers, which runs split at the commas
_LISTED_BODY: Final = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+, ){1,3}[A-Z][a-z]+,? and "
                                 r"(?:[A-Z][a-z]+ ){0,2}([A-Z][a-z]+))\b")


#: what every such name holds, opening with a literal so that a search is fast
_LISTED_TAIL: Final = re.compile(r", [A-Z][a-z]+,? and [A-Z]")


def _listed_bodies(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with each body named after a list of fields as one organisation."""
    found = []
    for m in _LISTED_BODY.finditer(text):
        words = re.findall(r"[A-Z][a-z]+", m.group(1))
        if m.group(2) in gz.ORG_KEYWORDS and not any(w in gz.PLACES or w in gz.DEMONYMS or w in gz.FIRST_NAMES or
                                                     w in gz.ORGS for w in words):
            found.append(Mention(m.start(1), m.end(1), m.group(1), "organisation",
                                 sentence=sentence_at(sentences, m.start(1)), why="org_words", kind="organisation"))
    return _merged(raw, found, overlap=True)


def _national_bodies(text: str, sentences: list[Sentence], raw: list[Mention]) -> list[Mention]:
    """``raw`` with each country's body named in lower case ("the Italian economy ministry")."""
    found = [Mention(m.start(1), m.end(1), m.group(1), "organisation", sentence=sentence_at(sentences, m.start(1)),
                     why="national_body", kind="organisation") for m in _NATIONAL_BODY.finditer(text)]
    return _merged(raw, found, replace=False)
_SPEECH_BEFORE_TAIL: Final = re.compile(r"\b(?:told|by|from)\s+the\s+$")
_NUMBERED = re.compile(r" \d{1,6}(?:-\d{1,6}|[A-Z])?\b(?![.,]\d)")  # ("USW Local 1-337", "Highway 97C")
_NUMBERED_HEADS = {"Interstate": "place", "Highway": "place", "Route": "place", "Unit": "organisation",
                   "Local": "organisation", "Channel": "organisation"}
_GUESSES = ("person*", "person?", "sibling?", "surname?")


#: words of a sports report: an article with three of them is about a game, where a town names its club
_SPORT_WORDS: Final = re.compile(
    r"\b(?:striker|midfielder|defender|goalkeeper|winger|head coach|kick-off|derby|fixtures?|transfer|relegation|"
    r"promotion|penalty|referee|squad|signing|on loan|quarterback|touchdown|playoffs?|red card|stoppage time|"
    r"Premier League|Bundesliga|Ligue 1|Serie A|La ?Liga|Championship|Eredivisie|Premiership)\b")
_CLUB_BEFORE: Final = re.compile(r"\b(?:against|joined|join|joining|sign for|signed for|at home to|beat|beating|"
                                 r"versus|vs\.?|v|hosts?|hosted|visit|visited|visiting|leave|left|leaving)\s+$")
_CLUB_AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:manager|boss|coach|head coach|striker|midfielder|defender|goalkeeper|winger|forward|fans|"
    r"supporters|owner|owners|chairman|captain|academy|squad|board|beat|beaten|drew|lost|won|sacked|signed|rejected|"
    r"accepted|agreed|host|hosted|face|faced|played|trail|trailed|bid|offered|paid|are|were|have|had)\b")


#: the words of _SPORT_WORDS as plain text: three of them must occur before the pattern runs at all
_SPORT_LITERALS: Final = ("striker", "midfielder", "defender", "goalkeeper", "winger", "head coach", "kick-off",
                          "derby", "fixture", "transfer", "relegation", "promotion", "penalty", "referee", "squad",
                          "signing", "on loan", "quarterback", "touchdown", "playoff", "red card", "stoppage time",
                          "Premier League", "Bundesliga", "Ligue 1", "Serie A", "Liga", "Championship", "Eredivisie",
                          "Premiership")


def _clubs(raw: list[Mention], text: str) -> None:
    """In a sports report a town that plays, signs or sacks is its club ("Lyon rejected a bid",
    "against Aberdeen"), and so is every other mention of it."""
    if "club" not in text and "League" not in text and "coach" not in text and "match" not in text:
        return  # (a cheap first look: a sports report has one of these)
    seen = 0
    for w in _SPORT_LITERALS:
        if w in text:
            seen += 1
            if seen == 3:
                break
    if seen < 3 or len({m.group() for m in _SPORT_WORDS.finditer(text)}) < 3:
        return
    clubs = {m.surface for m in raw if m.type in ("place", "place?") and m.surface not in gz.COUNTRIES and
             gz.PLACES.get(m.surface, m.surface) not in gz.COUNTRIES and
             m.surface.rsplit(" ", 1)[-1] not in gz.PLACE_WORDS and
             (_CLUB_AFTER.match(text, m.end) or _CLUB_BEFORE.search(text, max(0, m.start - 14), m.start))}
    for m in raw:
        if m.surface in clubs:
            m.type, m.why, m.kind = "organisation", "org_words", "organisation"


def _same_surface_same_type(raw: list[Mention]) -> None:
    """A name only guessed to be a person takes the type it has elsewhere with evidence.

    "Uttar Pradesh's chief minister" guesses a person; "in Uttar Pradesh" says place.
    """
    known: dict[str, str] = {}
    for m in raw:
        if m.type in ("place", "place?", "organisation", "org?") and m.surface not in known:
            known[m.surface] = m.type
    if not known:
        return
    for m in raw:
        if m.type in _GUESSES and not m.role and m.surface in known:
            m.type = known[m.surface]
        elif m.type == "person" and m.why == "speech_after" and not m.role and known.get(m.surface) == "organisation" \
                and m.surface.split()[0] not in gz.FIRST_NAMES:
            # "Nordstern Raumfahrt has confirmed the loss" read as a person until "Nordstern Raumfahrt's Lyra
            # rocket" shows a firm: bodies speak too
            m.type = "organisation"


def _list_siblings(raw: list[Mention], text: str) -> None:
    """Names listed beside a known place or organisation share its type.

    "Papua New Guinea, East Timor and Singapore" are places, "Google and
    Anthropic" organisations; a guessed person stays a person otherwise.
    """
    guesses = [(i, m, m.type == "person?" and " " not in m.surface)  # "Halifax and Huddersfield wrote"
               for i, m in enumerate(raw) if m.type in ("person*", "sibling?") or
               m.type == "person?" and " " not in m.surface]
    typed: set[int] = set()
    for _ in range(3):  # again while a list passes a type on: "in Elazığ, Adıyaman and Diyarbakır"
        before = len(typed)
        for i, m, _lone in guesses:
            if i in typed:
                continue
            if text.startswith(" in ", m.end) and \
                    _CREDIT_LINE.search(text, text.rfind("\n", 0, m.start) + 1, m.start) is not None:
                continue  # "(Reporting by Patrick Ilunga in Kinshasa and Esther Nzigire in Goma": a reporter
            for j in (i - 1, i + 1):
                if 0 <= j < len(raw) and raw[j].type in ("place", "organisation", "place?") and \
                        raw[j].sentence == m.sentence:
                    a, b = (raw[j], m) if j < i else (m, raw[j])
                    sep = text[a.end:b.start]
                    if sep == ", " and b is raw[j] and (_LOWER_NEXT.match(text, b.end) and
                                                        not text.startswith((" and ", " or "), b.end) or
                                                        text[b.end:b.end + 2] in ("'s", "’s")):
                        continue  # "Antoine Renard, WFP deputy country director", "Andrii Sybiha, Ukraine's
                        # foreign minister": an appositive, not a list
                    if sep == ", " and b is m and not _LIST_GOES_ON.match(text, m.end):
                        continue  # "the Minister for Foreign Affairs of Ireland, Micheál Martin, said": a name
                    if sep in (", ", " and ", ", and ", " or ", " & "):
                        m.type = raw[j].type
                        typed.add(i)
                        break
        if len(typed) == before:
            break
    for i, m, lone_guess in guesses:
        if i not in typed and not lone_guess:
            m.type = "person" if m.type == "person*" else "surname?"  # "Salam's office": kept if named in full


_LONE_SPEAKER_WHYS: Final = frozenset({"initial_speech", "speech_after_one"})
#: "a student named Mariam", "Sun Lihua" (whose "Sun" a run drops as a weekday): a person's name all the same
_NAMED_BEFORE: Final = re.compile(r"(?:\b(?:named|called|as)|\b[A-Z][\w'’-]*|,) $")
#: what follows a person's surname but no place's: "Albuquerque, who joined", "Jordan said"
_PERSON_NEXT: Final = re.compile(r",? (?:who|whose) | (?:said|says|told|added|wrote|argued)\b")
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
#: a name's last word after these names a father, not a family: "Tamim bin Hamad"
_PATRONYMIC: Final = frozenset({"bin", "ibn", "bint"})
_NAME_PARTICLES = frozenset({"de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "abu"})


@lru_cache(maxsize=4096)
def _surname_key(name: str) -> str:
    parts = fold(name).split()
    while len(parts) > 1 and parts[-1] in _NAME_SUFFIXES:
        parts.pop()  # "Samuel A. Alito Jr." is "Alito"
    if len(parts) > 1 and parts[-2] in _PATRONYMIC:
        return loose(parts[-2] + " " + parts[-1])  # "Tamim bin Hamad" is no "Hamad": his father's name
    return loose(parts[-1]) if parts else ""


def resolve(raw: list[Mention], text: str) -> list[Mention]:
    """Settle weak types and give each mention its canonical name."""
    people: dict[str, str] = {}  # surname key -> longest full name
    named: dict[str, list[tuple[int, str]]] = {}  # surname key -> (offset, full name), in order
    family_first: dict[str, set[str]] = {}  # first-word key -> full names ("Wang Chuanfu")
    lone = {_surname_key(m.surface) for m in raw if " " not in m.surface}
    # the words of every name that may be a person's ("Sun Lihua": "Sun" and "Lihua" may each stand for her)
    name_parts = {w for m in raw if " " in m.surface and (m.type in ("person", "person?") or m.why == "body_comma")
                  for w in m.surface.split()}
    # "Sheikh Mohammed" after "Mohammed bin Abdulrahman Al Thani": a royal is called by the given name
    royal_given: dict[str, set[str]] = {}
    for m in raw:
        if m.type == "person" and len(m.surface.split()) >= 3:
            royal_given.setdefault(loose(fold(m.surface.split()[0])), set()).add(m.surface)
    for m in raw:
        if m.type == "person" and len(m.surface.split()) == 1 and m.role in _GIVEN_NAME_TITLES:
            full = royal_given.get(loose(fold(m.surface)), set()) if m.role in _ROYAL_GIVEN else set()
            people.setdefault(_surname_key(m.surface),  # "Pope Francis"
                              next(iter(full)) if len(full) == 1 else f"{m.role} {m.surface}")
        elif m.type in ("person", "person?") and len(m.surface.split()) > 1:
            if text[m.start - 2:m.start] == " (" and _other_script(m.surface):
                continue  # "Yevgenia Korneva (Евгения Корнева)": the Latin spelling names her
            k = _surname_key(m.surface)
            if m.type == "person?" and k not in lone:
                continue  # a guessed full name counts only when its surname recurs alone
            if len(m.surface) > len(people.get(k, "")):
                people[k] = m.surface
            named.setdefault(k, []).append((m.start, m.surface))
            if len(m.surface.split()) <= 3:
                family_first.setdefault(loose(fold(m.surface.split()[0])), set()).add(m.surface)
    # "Rosario Quispe Huamán ... Quispe said": a double surname, the first one names her
    # ("Jarbas Barbosa da Silva Júnior ... Barbosa said": any surname of a long name, if no one else has it)
    for whole in list(people.values()):
        parts = whole.split()
        while len(parts) > 1 and fold(parts[-1]) in _NAME_SUFFIXES:
            parts.pop()
        for middle in parts[1:-1] if len(parts) >= 3 else ():
            if middle[:1].isupper() and middle.lower() not in _NAME_PARTICLES:
                second = _surname_key(middle)
                if second and second not in people and second not in named:
                    people[second] = whole
    for k, names in named.items():  # several people share a surname: each keeps their own
        full = {fold(n) for _, n in names}
        distinct = {f for f in full if not any(g != f and g.endswith(" " + f) for g in full)}
        if len({f.split()[0] for f in distinct}) > 1:  # "Le Pen" is the tail of "Marine Le Pen"
            people[k] = ""
    firsts: dict[str, set[str]] = {}  # an organisation's first word -> the organisations it opens
    for m in raw:
        if m.type in ("organisation", "org?") and " " in m.surface:
            firsts.setdefault(m.surface.split()[0], set()).add(m.surface)
    org_firsts = {w for w, orgs in firsts.items() if len(orgs) == 1 and w not in gz.PLACES and w not in gz.DEMONYMS
                  and w not in gz.FIRST_NAMES and w not in gz.COMMON_CAPS and w not in gz.ORG_KEYWORDS}
    out = []
    for m in raw:
        k = _surname_key(m.surface)
        given = ""  # "Orit says" after "Orit Ben-Shalom" (and her husband Yossi Ben-Shalom)
        if " " not in m.surface and k not in people and m.type in ("person", "person?", "surname?"):
            fam = family_first.get(loose(fold(m.surface)), ())
            if len(fam) == 1:  # "Wang said" after "Wang Chuanfu": family name first
                given = next(iter(fam))
                k = _surname_key(given)
        if m.type in ("person?", "place?", "surname?", "org?") and k in people or \
                m.type == "place" and " " not in m.surface and people.get(k) and _PERSON_NEXT.match(text, m.end) or \
                m.type == "organisation" and m.why == "gaz_org" and " " not in m.surface and people.get(k) and \
                _PERSON_NEXT.match(text, m.end):
            m.type = "person"  # ("Albuquerque, who joined ...": Inês Albuquerque, named before, not the city;
            # '"...," Wagner said' after "Luc Wagner": him, not the Wagner Group)
        elif m.type == "org?":
            m.type = "organisation"
        elif m.type == "person?":
            if len(m.surface.split()) > 1 and k not in lone and not speech_after(text[m.end:m.end + 30]):
                continue
            # "Mondelez said", "Codelco said": a lone word that speaks, and no one in the article has it
            # as a surname, is a body (news names a person in full first)
            m.type = "organisation" if " " not in m.surface and not m.role and m.why in _LONE_SPEAKER_WHYS and \
                m.surface not in name_parts and m.surface not in gz.FIRST_NAMES and \
                not _NAMED_BEFORE.search(text, max(0, m.start - 24), m.start) and \
                not _lower_elsewhere(text, m.surface) and not m.surface.endswith("s") else "person"  # ("Videos posted")
        elif m.type == "place?":
            m.type = "place"
        elif m.type == "surname?":
            if m.surface not in org_firsts or m.surface in name_parts:
                continue
            m.type = "organisation"  # "Ornivex said" after "Ornivex Bio, Inc.": the company's first word
        if m.type == "person":
            m.name = people.get(k, m.surface)
            if m.name == "" and given:
                m.name = given
            if m.name == "":  # shared surname: the full name itself, or the nearest one before
                same = named[k]
                if " " in m.surface:
                    me = fold(m.surface)
                    m.name = max((n for _, n in same if fold(n).split()[0] == me.split()[0] or
                                  fold(n).endswith(" " + me)), key=len, default=m.surface)
                else:
                    before = [n for at, n in same if at < m.start]
                    m.name = before[-1] if before else same[0][1]
            if m.name == m.surface and " " not in m.surface and m.role in _GIVEN_NAME_TITLES:
                m.name = f"{m.role} {m.surface}"  # "Pope Francis", "King Charles"
        elif m.type == "place":
            m.name = gz.DEMONYMS.get(m.surface) or _place_name(m.surface)
            if m.name.isupper() and len(m.name) > 3:
                m.name = _caps_title(m.name)  # "RUSTENBURG, South Africa —": a dateline in capitals
        elif m.type == "organisation":
            m.name = gz.ORGS.get(m.surface) or m.surface.isupper() and gz.ORGS.get(_caps_title(m.surface)) or \
                _CORP_SUFFIX.sub("", _THE_START.sub("", _OWNER_OF_OFFICE.sub("", m.surface)))
        else:
            continue
        out.append(m)
    _link_acronyms(out, text)
    org_names = {m.name for m in out if m.type == "organisation" and " " in m.name and m.why not in _GUESSED_PERSON}
    for m in out:
        if m.type == "person" and not m.role and m.why in _GUESSED_PERSON and m.name in org_names:
            m.type = "organisation"  # "He also said Adnoc Gas had signed": read as a person, the company named so
    short: dict[str, str] = {}  # "Cisco" after "Cisco Systems": the company's first word names it
    weak: dict[str, str] = {}  # "Crestline said" after "Crestline Health Partners": read as a person, it is the firm
    for m in out:
        parts = m.name.split()
        if m.type != "organisation" or len(parts) < 2:
            continue
        if all(p in _CORPORATE_TAILS for p in parts[1:]):
            short.setdefault(parts[0], m.name)
        elif len(parts) <= 4 and parts[0] not in gz.FIRST_NAMES and parts[0] not in gz.PLACES and \
                parts[0] not in gz.DEMONYMS and parts[0] not in gz.ORG_KEYWORDS and \
                parts[0] not in gz.COMMON_CAPS and parts[0] not in gz.ORGS and not parts[0].isupper() and \
                parts[0] not in _INSTITUTIONAL:
            weak.setdefault(parts[0], m.name)
    _firm_prefixes(out)
    inner = _inner_names(out)  # "Sacred Heart" after "Providence Sacred Heart Medical Center"
    if short or weak or inner:
        for m in out:
            if m.surface in short and (m.type != "person" or m.name == m.surface):
                m.type, m.name = "organisation", short[m.surface]
            elif m.surface in weak and m.type in ("person", "organisation") and m.name == m.surface and \
                    m.surface not in gz.ORGS and not m.role:
                m.type, m.name = "organisation", weak[m.surface]
            elif m.surface in inner and m.type in ("person", "organisation") and m.name == m.surface and \
                    not m.role:
                m.type, m.name = "organisation", inner[m.surface]
    for a, b in pairwise(out):
        if text[a.end:b.start] == " (" and text[b.end:b.end + 1] == ")" and _other_script(b.surface) and \
                not _other_script(a.surface):
            b.type, b.name = a.type, a.name  # "Dmitry Sokolov (Дмитрий Соколов)": the name in its own script
    for a, b in pairwise(out):  # "the Africa Centres for ... (Africa CDC)": the short form
        if a.type == "organisation" and b.type in ("organisation", "person") and \
                text[a.end:b.start] == " (" and text[b.end:b.end + 1] == ")" and len(b.surface) < len(a.surface) and \
                (b.surface[:1] == a.name[:1] or b.surface not in gz.ORGS):  # not "UNITED NATIONS (AP) -"
            b.type, b.name = a.type, a.name
            for m in out:  # "PTI spokesman" later in the article is the same party
                if m.surface == b.surface and m.type in ("organisation", "person"):
                    m.type, m.name = a.type, a.name
    chambers = {m.name for m in out if m.type == "organisation" and m.name.rsplit(" ", 1)[-1] in _CHAMBER_TAILS and
                state_chamber(m.name)}
    if chambers:  # "the Senate" after "the Oregon Senate": the state's, when the article names one
        for m in out:
            if m.type == "organisation" and m.name in gz.STATE_CHAMBERS:
                mine = [c for c in chambers if c.endswith(" " + m.name)]
                if len(mine) == 1:
                    m.name = mine[0]
    return out


def _firm_prefixes(out: list[Mention]) -> None:
    """A 'person' whose name opens an organisation's name is that organisation.

    "Brightwater Freight Holdings Corp." is later "Brightwater Freight" and "Brightwater".
    """
    firms = [m.name.split() for m in out if m.type == "organisation" and len(m.name.split()) >= 3 and
             m.name.split()[0] not in gz.FIRST_NAMES and m.name.split()[0] not in _INSTITUTIONAL and
             m.name.split()[0] not in gz.PLACES and m.name.split()[0] not in gz.DEMONYMS]
    if not firms:
        return
    for m in out:
        if m.type != "person" or m.role:
            continue
        parts = m.name.split()
        firm = next((f for f in firms if len(parts) < len(f) and f[:len(parts)] == parts), None)
        if firm:
            m.type, m.name = "organisation", " ".join(firm)


def _other_script(name: str) -> bool:
    """The name is written in a non-Latin script (Cyrillic, Greek, ...)."""
    return any(c.isalpha() and ord(c) >= 0x370 for c in name)


def _inner_names(out: list[Mention]) -> dict[str, str]:
    """Distinctive two-word stretches inside long organisation names, mapped to the name.

    "Providence Sacred Heart Medical Center" is later just "Sacred Heart": the
    stretch holds no organisation word, given name, place or common word.
    """
    found: dict[str, str] = {}
    for m in out:
        parts = m.name.split()
        if m.type != "organisation" or len(parts) < 4 or not any(p in gz.ORG_KEYWORDS for p in parts):
            continue
        for i in range(len(parts) - 1):
            pair = parts[i:i + 2]
            if all(p[:1].isupper() and p not in gz.ORG_KEYWORDS and p not in gz.COMMON_CAPS and
                   p not in gz.FIRST_NAMES and p not in gz.PLACES and p not in gz.DEMONYMS and
                   p not in _INSTITUTIONAL for p in pair):
                found.setdefault(" ".join(pair), m.name)
    return found


def _initials(name: str) -> str:
    """"RSF" for "Rapid Support Forces", "USDA" for "U.S. Department of Agriculture"."""
    return "".join(w.replace(".", "") if _INITIALS.fullmatch(w) else w[0] for w in name.split() if w[0].isupper())


def _humps(name: str) -> str:
    """Every capital of the capitalised words when one of them has a capital inside, else ""."""
    words = [w for w in name.split() if w[0].isupper() and not w.isupper()]
    if not any(c.isupper() for w in words for c in w[1:]):
        return ""
    return "".join(c for w in words for c in w if c.isupper())


def _link_acronyms(mentions: list[Mention], text: str) -> None:
    """"RSF" joins "Rapid Support Forces" when its letters are the initials.

    A run of three or more words read as a person whose initials are an
    acronym in the article is a body: "Polska Grupa Zbrojeniowa" ... "PGZ".
    A short name given in brackets or with "known as" after a body is the body:
    "National Health Surveillance Agency (Anvisa)", "..., known here as the FNC".
    """
    acronyms = {m.name for m in mentions if m.type == "organisation" and m.name.isupper()}
    if acronyms:
        for m in mentions:
            if m.type == "person" and len(m.name.split()) >= 3 and m.name.split()[0] not in gz.FIRST_NAMES and \
                    not m.role and _initials(m.name) in acronyms:
                name = m.name
                for o in mentions:
                    if o.type == "person" and o.name == name:
                        o.type = "organisation"
    orgs = {m.name for m in mentions if m.type == "organisation" and " " in m.name}
    by_initials = {_initials(o): o for o in orgs if len(_initials(o)) >= 2}
    for org in orgs:  # "OCHA" for "UN Office for the Coordination of Humanitarian Affairs": the owner's letters go
        owner, _, rest = org.partition(" ")
        if owner.isupper() and len(owner) <= 3 and len(_initials(rest)) >= 3:
            by_initials.setdefault(_initials(rest), org)
    for body in orgs:  # "KASA" for "Korea AeroSpace Administration": a capital inside a word counts too
        humps = _humps(body)
        if len(humps) >= 3:
            by_initials.setdefault(humps, body)
    short: dict[str, str] = {}
    for m in mentions:
        if m.type == "organisation" and " " in m.name:
            k = _SHORT_AFTER.match(text, m.end)
            abbr = (k.group(1) or k.group(2) or k.group(3)) if k else ""
            if abbr and abbr not in gz.ORGS and abbr not in gz.PLACES and abbr not in by_initials:
                short.setdefault(abbr, m.name)
    starts = {m.start: m for m in mentions if m.type == "organisation" and " " in m.name}
    for m in mentions:  # "BEUC, the European Consumer Organisation, said": the acronym is the body named after it
        if m.type == "organisation" and m.surface.isupper() and text.startswith(", the ", m.end):
            appositive = starts.get(m.end + 6)
            if appositive is not None and text.startswith(",", appositive.end):
                short.setdefault(m.surface, appositive.name)
    for m in mentions:
        if m.type == "organisation" and m.name.isupper() and m.name.replace("&", "") in by_initials:
            m.name = by_initials[m.name.replace("&", "")]  # ("PG&E" for "Pacific Gas & Electric")
        elif m.surface in short and m.type in ("organisation", "person") and " " not in m.surface:
            m.type, m.name = "organisation", short[m.surface]


#: a role right after a name, with no article: ", chief economist at Buenos Aires consultancy ..."
_ROLE_AFTER: Final = re.compile(r", (?:senior |chief |lead |deputy |head )?([a-z]+) (?:at|of|for|with)\b")
#: the capital S of a possessive that str.title() makes ("Cox’S Bazar")
_TITLED_POSSESSIVE: Final = re.compile(r"(?<=\w)([’'])S\b")


def _caps_title(name: str) -> str:
    """A name written in capitals, in title case: "COX’S BAZAR" is "Cox’s Bazar"."""
    return _TITLED_POSSESSIVE.sub(r"\1s", name.title())


def _place_name(surface: str) -> str:
    if surface.isupper() and _caps_title(surface) in gz.PLACES:
        surface = _caps_title(surface)
    s = _PLACE_SUFFIX_END.sub("", surface)
    return gz.PLACES.get(s, s)


def build_entities(mentions: list[Mention]) -> list[Entity]:
    """One :class:`Entity` per canonical name, aliases in order of appearance."""
    outlets = {m.name[:-5] for m in mentions if m.type == "organisation" and m.name.endswith(" News")}
    if outlets:  # "By Dana Abenova, BBC News, Almaty" ... "told the BBC": one outlet, by its fuller name
        for m in mentions:
            if m.type == "organisation" and m.name in outlets:
                m.name = m.name + " News"
    table: dict[tuple[str, str], Entity] = {}
    keys: dict[tuple[str, str], tuple[str, str]] = {}  # (type, name) -> the first such name's store key
    for m in mentions:
        at = keys.get((m.type, m.name))
        if at is None:  # "Nordvik Chemicals" and "Nordvik Chemicals ASA": one body, named as first written
            at = keys[(m.type, m.name)] = (m.type, entity_key(m.type, m.name)) if m.type == "organisation" else \
                (m.type, m.name)  # (places stay apart by name: "Nakuru" and "Nakuru County" are both named)
        ent = table.get(at)
        if ent is None:  # made only when new (setdefault would make one per mention)
            ent = table[at] = Entity(m.type, m.name, [])
        surface = f"{m.role} {m.surface}".strip() if m.role and m.type == "person" and \
            not m.role.endswith(",") and len(m.role) < 40 else m.surface
        for form in dict.fromkeys((m.surface, surface)):  # a set here would order by hash seed
            if form not in ent.aliases:
                ent.aliases.append(form)
    for ent in table.values():
        if ent.name not in ent.aliases:
            ent.aliases.insert(0, ent.name)
    return list(table.values())
