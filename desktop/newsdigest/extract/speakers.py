"""Who is speaking: the nearest named subject, pronouns and role nouns.

Pronouns ("he") resolve to the most recent person named before them;
role nouns ("the spokesperson", "the ministry") to the most recent person
whose role, or organisation whose name, contains that noun ("the agency"
prefers an organisation already quoted; "the Tory leader" with no matching
role falls back to the person who opened the previous sentence); "they" to
the group of sources quoted just before; "the agency's inspector general" is
the role, not the agency.  Every answer carries ranked candidates so the
analyst can pick another.
"""
from __future__ import annotations

from typing import Final

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsdigest.extract.entities import PARTY_LETTERS, Mention
from newsdigest.extract.gazetteer import (COUNTRIES, DEMONYMS, FEMALE_KIN, FEMALE_NAMES, FIRST_NAMES, MALE_KIN,
                                          MORE_GIVEN_NAMES,
                                          NAMED_UNIONS, ROLE_NOUNS)
from newsdigest.extract.names import fold

# PRONOUN_RE and NOMINAL_RE are searched over whole sentences: each opens with its first
# letter matched on its own and the word boundary checked behind it ("(?<!\w[hHsS])" is
# the "\b" before the word), so that a search skips ahead to those letters
PRONOUN_RE: Final = re.compile(r"[hHsS](?<!\w[hHsS])(?:(?<=[hH])(?:e|is|er)|(?<=[sS])he)\b(?!\s+(?:own\b))")
_AGENCY_AFTER: Final = re.compile(r"(?:['’]s)?\s+((?:[a-z-]+\s+){0,2}(?:agency|office|programme|program|body))\b")
#: the United Nations' own agencies, programmes and offices (by their canonical names)
UN_AGENCIES: Final = frozenset({
    "UNICEF", "UNHCR", "UNESCO", "UNRWA", "UNDP", "UNFPA", "UNEP", "UNIFIL", "OHCHR", "OCHA", "UNAIDS",
    "World Food Programme", "Food and Agriculture Organization", "World Health Organization",
    "International Organization for Migration", "International Labour Organization",
    "World Meteorological Organization", "International Atomic Energy Agency"})
_SPOKES_FOR: Final = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+)?(?:(?P<speaks>spokes(?:man|woman|person)|lawyer|"
                                r"attorney)|official|economist|analyst|executive|employee|researcher|doctor|engineer|"
                                r"diplomat)\s+"
                                r"(?:for|of|at)\s+"
                                r"(?:the\s+)?(?:[a-z][a-z-]+\s+)?$")  # ("for the federal Department of Justice")
_GROUP_AFTER: Final = re.compile(r"\s+([a-z]+(?:ers|ists|ants|ents|ors|ians|troops|forces|officials))\b")
#: nothing but an aside adverb between a subject and its verb: ", however,", " also"
_HOWEVER: Final = re.compile(r"\s*(?:,\s*(?:however|meanwhile|though|too|in turn|for their part|for its part),)?\s*")
IT_RE: Final = re.compile(r"\b(?:it|It)\b")
THEY_RE: Final = re.compile(r"\b(?:they|They)\b")
NOMINAL_RE: Final = re.compile(
    r"[tTaAhHiI](?<!\w[tTaAhHiI])(?:(?<=[tT])he|(?<=[aA])n??|(?<=[hH])(?:is|er)|(?<=[iI])ts)\s+((?:[\w’'-]+\s+){0,2}?"
    r"(?:[Mm]inister|spokesperson|spokesman|spokeswoman|[Pp]resident|general|[Cc]hancellor|[Gg]overnor|"
    r"[Mm]ayor|judge|prosecutor|[Mm]inistry|company|[Aa]gency|army|military|[Gg]overnment|commander|commissioner|"
    r"official|envoy|ambassador|senator|secretary|chief|director|ceo|chairman|leader|"
    r"statement|report|institute|[Cc]ourt|police|[Cc]ouncil|[Bb]ank|group|party|[Pp]remier|king|queen|[Ff]und|"
    r"[Cc]ommission|[Cc]ommittee|entity|club|league|inquiry|network|platform|ombudsman|studio|publisher|"
    r"consortium|cooperative|observatory|laboratory|[Bb]oard|[Bb]ureau|[Aa]uthority|regulator|watchdog|lender|"
    r"union|firm|organi[sz]ation|"
    r"parliament|assembly|senate|congress|[Tt]ribunal|cabinet|hospital|railway|[Dd]irectorate|[Dd]epartment|"
    r"district|church|university|airline|utility|operator|mission|embassy|diplomat|source|aide|"
    r"negotiator|witness|resident|centre|center|[Ff]ederation|alliance|foundation|trust|"
    r"manufacturer|retailer|charity|association|coalition|registry|[Bb]ench|panel|person|exchange|insurer|mutual|carrier|broadcaster|newspaper|outlet|maker|chipmaker|carmaker|drugmaker|"
    r"producer|miner|startup|start-up|developer|coastguard|navy|circular|notice|filing|letter|memo|bulletin|"
    r"communiqu[eé]|"
    r"festival|force|museum|app))\b")

# precompiled patterns used in hot paths
_FEMALE_ROLE = re.compile(r"\b(?:mrs|ms|mme|mlle|queen|lady|dame|princess|spokeswoman|chairwoman)\b")
_MALE_ROLE = re.compile(r"\b(?:mr|king|prince|sir|lord|spokesman|chairman)\b")
_LOCATIVE_END: Final = re.compile(r"\b(?:in|at|from|near|of|to|around|outside|across|throughout)\s+(?:the\s+)?"
                                  r"(?:[^\s]+\s+){0,2}[^\s]+\s*$")
#: "on Tuesday", "late on Monday" between a subject and its verb
_ON_DAY = r"(?:late |early )?on (?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PLACE_ACTS: Final = re.compile(rf"\s+(?:{_ON_DAY}\s+|(?:also|again)\s+)?(?:has\s+|had\s+)?(?:[a-z]{{3,}}ed|said|told)\b")
_AUX_GAP = re.compile(rf"(?:{_ON_DAY} |(?:yesterday|today|overnight|last week|earlier) )?"
                     r"(?:has |have |had )?(?:also )?(?:repeatedly |previously |long |consistently |always )?")
_OWNED_ROLE: Final = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:inspector general|general counsel|spokes(?:man|woman|person)|"
                         r"chief executive|chief|head|director|chairman|chairwoman|president|founder|lawyer|"
                         r"lawyers|attorney|press office|office|secretary|minister|commander|envoy)\b")
_OWNED_PEOPLE: Final = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:lawyers?|attorneys?|aides?|advis[eo]rs?|allies|"
                           r"camp|entourage|team|supporters|backers|"
                           r"spokes(?:man|woman|person)|office|press office|campaign|administration|family|"
                           r"mother|father|wife|husband|widow|widower|son|daughter|brother|sister|parents|"
                           r"grandmother|grandfather|uncle|aunt|cousin|fianc[eé]e?)\b")
#: the people around a person, written before the name: "Allies of Mr Okonjo-Hart", "aides to the senator"
_PEOPLE_AROUND: Final = re.compile(r"(?:^|(?<=\s))((?:[Cc]lose\s+)?(?:[Aa]llies|[Aa]ides|[Ff]riends|[Ss]upporters|"
                                   r"[Tt]hose|[Pp]eople|[Aa]dvis[eo]rs)\s+(?:of|to|around|close\s+to)\s+"
                                   r"(?:(?:Mr|Ms|Mrs|Dr|Sir)\.?\s+)?)\Z")
#: what the text before such a name ends with, to skip the pattern before most names
_AROUND_ENDS: Final = ("of ", "to ", "around ", "Mr ", "Ms ", "Mrs ", "Dr ", "Sir ", "Mr. ", "Ms. ", "Mrs. ", "Dr. ")
_AUX_ONLY: Final = re.compile(r"\s*(?:(?:has|have|had|also|later|previously|then|privately|publicly)\s+)*")
_PERSON_ROLES: Final = {"leader", "minister", "president", "chancellor", "premier", "governor", "mayor",
                 "secretary", "senator", "general", "commander", "judge", "prosecutor", "ambassador",
                 "envoy", "chief", "chairman", "chairwoman", "director", "king", "queen"}
#: family and friends: "His aunt said" is the aunt, whoever "his" is
KIN_NOUNS: Final = (r"aunt|uncle|mother|father|sister|brother|son|daughter|wife|husband|widow|cousin|niece|nephew|"
                    r"grandmother|grandfather|parents|friends?|neighbou?rs?|teammates?")
_POSSESSIVE_ROLE: Final = re.compile(r"(?i:his|her)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|lawyer|lawyers|counsel|"
                              r"attorney|aide|aides|office|campaign|representative|adviser|advisor|"
                              r"spokespeople|team|party|government|ministry|press secretary|supporters|"
                              r"followers|allies|critics|opponents|family|relatives|colleagues|counterpart|"
                              rf"predecessor|successor|deputy|rival|partner|{KIN_NOUNS})\b")
#: between a name and a description of it: "Hind, a 52-year-old retired teacher"
_APPOSITION_GAP: Final = re.compile(r",\s*(?:an?\s+)?")
#: a body's press office after a cue, the body a noun: "the brigade's press service"
_PRESS_OF: Final = re.compile(r"\s*the\s+([a-z]+)['’]s\s+(?:press|media)\s+"
                              r"(?:service|office|department|centre|center|team)\b")
#: how far into an article its lede may describe someone it names only later
_LEDE_SPAN: Final = 800
#: the people someone has, who speak as themselves: "his family and lawyer told", "her lawyers said"
OWNED_PEOPLE_NOUNS: Final = rf"(?:{KIN_NOUNS}|family|relatives|lawyers?|attorneys?|colleagues)"
#: one of them after "according to": "according to her family"
_KIN_AGENT: Final = re.compile(rf"\s*((?:his|her|their)\s+{OWNED_PEOPLE_NOUNS})\b")
_PEERS: Final = frozenset(("counterpart", "predecessor", "successor", "deputy", "rival"))
#: "Her Estonian counterpart, Margus Tsahkna,": the possessive's phrase is in apposition to a name
_POSSESSIVE_APPOSITIVE: Final = re.compile(r"(?i:his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+")
#: "Her centre-right colleague Friedrich Amsel": a possessive's noun (lower-case words only) right before a name
_POSSESSED_BEFORE_NAME: Final = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){1,4}")
_LEADING_CONJ = re.compile(r"^(?:and|but|or|while|as|whereas|with)\s+", re.IGNORECASE)
_MODIFIER_GAP = re.compile(r"-(?:run|led|backed|controlled|aligned|linked|affiliated|allied|owned|based)\s+"
                           r"(?:[a-z-]+\s+){0,3}")  # ("the Brussels-based think tank Bruegel")
_MEDIUM_BEFORE = re.compile(r"\b(?:on|via|in a post on|to)\s+$")
#: a body's kind after a name, then the body's own name: "UN" + " refugee agency, " + "UNHCR"
_NOUN_THEN_NAME: Final = re.compile(r"(?:\s+[a-z][\w-]*){1,3},\s+")
#: an outlet that saw or obtained a document: "seen by The Register"
_SEEN_BY: Final = re.compile(r"\b(?:seen|obtained|reviewed|viewed|shared with|sent to)\s+(?:by\s+)?(?:the\s+)?$",
                             re.IGNORECASE)
_OWN_MEDIUM_BEFORE: Final = re.compile(r"\b(?:on|via) (?:its|their) (?:official )?$|"
                                      r"\bin an? (?:[a-z]+ )?(?:post|message|video|statement|tweet|thread) on $")
_GOV_WORDS = ("Agency", "Ministry", "Department", "Office", "Commission", "Authority", "Council", "Court",
              "Police", "Regulatory", "Administration", "Service", "Directorate", "Bureau",
              "Centers for", "National Institutes", "District")
#: bodies of a university's staff or students, not the university: "University and College Union"
_STAFF_BODIES: Final = (" Union", " Association", " Federation", " Council")
#: no business either: "the company said" is never the EU that fined it
_NOT_BUSINESS: Final = _GOV_WORDS + ("European Union", "United Nations", "Government", "Parliament", "Tribunal")
#: words in the names of the bodies "the hospital", "the utility", ... refer to
_KIND_WORDS: Final = {
    "hospital": ("Hospital", "Medical", "Health", "Clinic", "Infirmary", "NHS"), "festival": ("Festival",),
    "force": ("Police", "Constabulary", "Garda", "PSNI", "Gendarmerie", "Carabinieri"), "museum": ("Museum",),
    "utility": ("Power", "Electric", "Energy", "Gas", "Water", "Utilit", "Grid"),
    "university": ("University", "College", "Institute"), "college": ("College", "University"),
    "school": ("School", "Academy", "College"), "district": ("District",),
    "committee": ("Committee", "Commission", "Board", "Council", "Panel"),
    "club": ("Club", "FC", "United", "City", "Rovers", "Athletic", "Wanderers", "Albion", "Town", "County"),
    "league": ("League", "Federation", "Association", "Liga"), "ombudsman": ("Ombudsman",),
    "inquiry": ("Inquiry", "Commission", "Committee", "Tribunal", "Review"),
    "bank": ("Bank", "Banco", "Banque", "Banca", "Bundesbank", "Reserve", "Fed", "ECB", "BoE", "BoJ", "RBI",
             "PBOC", "HSBC", "Barclays", "JPMorgan", "Citi", "Santander", "UBS", "BNP", "Lloyds", "NatWest",
             "Nomura", "Goldman", "Morgan Stanley", "Wells Fargo", "ING", "Rabobank", "Commerzbank",
             "Société Générale", "Standard Chartered"),
    "ministry": ("Ministry", "Ministerio", "Ministère", "Ministério", "Ministero", "Department", "Office", "MoD", "MOD"),
    "council": ("Council", "Assembly", "Board", "Consejo", "Conseil"), "court": ("Court", "Tribunal", "Bench"),
    "government": ("Government", "Cabinet", "Administration", "Executive", "Gobierno", "Governo", "Gouvernement"),
    "party": ("Party", "Partido", "Parti", "Partei", "Front", "Movement", "Alliance", "League", "Congress", "Dream",
              "Union", "Bloc", "Coalition", "Democrats", "Republicans", "Labour", "Conservatives"),
    "union": ("Union", "Workers", "Steelworkers", "Teamsters", "Federation", "Confederation", "Association",
              "Brotherhood", "Sindicato", "Syndicat", "Gewerkschaft", "Congress of", "Employees",
              *sorted(NAMED_UNIONS)),
}
_BUSINESS_HEADS: Final = frozenset(("company", "firm", "carmaker", "insurer", "airline", "maker", "manufacturer",
                                    "retailer", "carrier", "exchange", "mutual", "chipmaker", "drugmaker", "producer",
                                    "miner", "startup", "start-up", "developer"))
_ONE_OF: Final = re.compile(r"\bone of (?:the|those) (?:people|sources|officials|persons)\s*$")
_OWNED_BODIES: Final = {"government", "office", "ministry", "party", "campaign", "administration", "team",
                 "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "aides", "family"}
#: ", and two aides familiar with his thinking said": a coordinated clause with its own subject, a
#: noun phrase without a verb of its own (the last ", and" before the cue)
_AND_SUBJECT: Final = re.compile(r",\s+and\s+((?:[\w'’.-]+\s+){0,7}?[\w'’.-]+\s*)$")
_NP_VERBS: Final = frozenset("is are was were has have had will would can could may might be been being do does did "
                             "not who which that".split())
_SOME_OF: Final = re.compile(r"\b(?:[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Aa] few|[Ff]ew|[Mm]ost|[Oo]ther) $")
#: an owner's office or office holder as the whole subject, named by no one: "The Public Defender's office",
#: "Italy's sports minister", "Kenya's interior ministry"
OWNED_SUBJECT: Final = re.compile(r"\s*(?:[Tt]he\s+)?((?:(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*|(?:[A-Z][\w.-]*\s+){1,4}"
                                  # "The Nueces County medical examiner's office": a place's officer's office
                                  r"(?:[a-z]+\s+)?(?:examiner|coroner|sheriff|attorney|prosecutor|controller|auditor|"
                                  r"clerk|marshal))['’]s\s+(?:[a-z-]+\s+){0,3}?"
                                  r"(?:office|ministry|department|agency|spokesperson|spokesman|spokeswoman|unit|"
                                  r"regulator|watchdog|commission|embassy|consulate|foreign office|"
                                  r"press service|press office|team|lawyers?|attorneys?|campaign|administration|"
                                  r"minister|secretary|president|ambassador|envoy|governor|attorney general|"
                                  r"chief prosecutor))\s+(?:(?:also|has|had|have|later)\s+)?")
_AND_END: Final = re.compile(r"\b(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")
_SUBORDINATE: Final = re.compile(r"\b(?:and|that|said|says|told|whether|if|when|while|after|because)\b")
#: "JD(U) spokesperson Neeraj Kumar", "EUMETSAT, Dr. Rui Valadares"
_ROLE_GAP_COMMA: Final = re.compile(r"[\w’' ,()-]{0,40}|"
                                    r",\s+(?:Dr|Prof|Mr|Mrs|Ms|Gen|Col|Capt|Lt|Sgt|Rev|Sen|Rep|Gov)\.\s+")
_ROLE_GAP = re.compile(r"[\w’' -]{0,40}(?:(?:Dr|Prof|Mr|Mrs|Ms|Gen|Col|Capt|Lt|Sgt|Rev|Sen|Rep|Gov|Eng)\.\s+)?")
_ACRONYM_ROLE_GAP: Final = re.compile(r"\s*\([A-Z][\w.&-]{1,10}\)\s+[\w’' -]{0,40}")



_SOURCE_NOUNS = (
    r"officials|authorities|authority|police|service|ministry|ministries|government|agency|group|groups|fund|"
    r"spokesperson|spokesman|spokeswoman|results|figures|data|army|military|force|forces|navy|coastguard|administration|"
    r"command|guard|prosecutors|investigators|rescuers|medics|monitors|observers|organi[sz]ers|"
    r"activists|lawyers|campaigners|critics|lawmakers|legislators|authorities|forecasters|leaders|judges|justices|"
    r"organisations|organizations|pollsters|"
    r"peacekeepers|"
    r"(?:resident|witness|villager|survivor|student|farmer|teacher|nurse|soldier|worker|steward|vendor|seller|"
    r"shopkeeper|driver|mother|father|neighbour|neighbor|voter|protester|refugee|official|"
    r"analyst|expert|source|diplomat|doctor|scientist|economist|researcher|meteorologist|"
    r"strategist|engineer|commissioner|inspector|coroner|prosecutor|investigator|utility|utilities|"
    r"operator|airport|airline|council|union|charity|regulator|watchdog|company|firm|maker|"
    r"manufacturer|retailer|lender|insurer|buyer|refiner|"
    r"directorate|embassy|embassie|consulate|inspectorate|secretariat|author|advocate|planner|"
    r"clinician|surgeon|physician|pilot|consultant|adviser|advisor|professor|manager|executive|"
    r"operative|aide|staffer|insider|negotiator|delegate|mediator|lawmaker|trader|reader|scholar|academic|"
    r"prosecution|defence|defense|"
    r"historian|epidemiologist|specialist|participant|employee|passenger|traveller|traveler|relative|parent|colleague|"
    r"mp|mep|msp|mla|senator|councillor|councilor|parliamentarian|backbencher|frontbencher|whip|"
    r"prospectus|indictment|lawsuit|filing|study|survey|paper)(?:s|es)?|"
    r"[a-z]+ologists?|counsel|legal team|"
    r"companies|agencies|charities|supporters|opponents|proponents|detractors|sceptics|skeptics|staff|"
    r"firefighters|paramedics|traders|dealers|brokers|investors|bankers|residents|"
    r"(?<!social )media|state media|state television|state TV|newspapers?|outlets|broadcasters?|news agency|"
    r"central bank|delegation|general staff|security cabinet|customs|"
    r"indictment|complaint|filing|lawsuit|court documents|court papers|court filings|memo|"
    r"records|documents|filings|statistics|estimates|polls|surveys|studies|bulletin|notice|communiqu[eé]|"
    r"(?:people|sources|officials|persons|person|source|aides?|advis[eo]rs?|diplomats?|executives?|insiders?) "
    r"(?:familiar with|briefed on|close to|with knowledge of|aware of) "
    r"(?:the )?\w+(?:['’]s?)?(?: \w+)?|monitor")  # ("people familiar with the company's finances")
#: heads of an unnamed source that is one person ("he said" may refer back to it)
_ONE_PERSON: Final = frozenset("""official source diplomat resident witness spokesman spokeswoman spokesperson officer
man woman doctor nurse analyst lawyer commander soldier worker farmer teacher student aide adviser advisor
executive minister person survivor villager fighter negotiator insider employee steward vendor seller trader
driver mother father juror scientist physician dealer deputy member researcher physiotherapist midwife
paramedic consultant expert engineer professor lecturer activist journalist manager owner shopkeeper""".split())
_NEW_SOURCE = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’'] )|(?<=\n))((?:A|An|One)\s+(?:[\w-]+\s+){0,3}?(?:%s))\b"
                         % "|".join(sorted(_ONE_PERSON)))
_LOWER_GAP = re.compile(r"(?:\s+[a-z-]+){0,3}\s+")
#: "Labour sources", "Pentagon officials": people of a body left unnamed, the phrase their speaker
_GROUP_OF_AFTER: Final = re.compile(r" (?:senior |party |government |military |security )?(?:sources|officials|insiders|"
                                    r"aides|staffers|negotiators|diplomats|whips|backbenchers|frontbenchers|MPs)\b"
                                    r"(?=\s*$|\s+(?:said|say|says|told|tell|tells|have|had|are|also|privately|on|"
                                    r"who)\b|,)")
_ROLE_OF_END: Final = re.compile(r"\b(?:president|head|chief|director|chair|chairman|chairwoman|leader|secretary|"
                          r"spokesman|spokeswoman|spokesperson|governor|commissioner|judge|member|coordinator|envoy|"
                          r"representative|ambassador|minister|rapporteur|adviser|advisor|official|commander)s?\s+"
                          r"(?:general\s+)?(?:of|at|for)\s+(?:the\s+)?$", re.IGNORECASE)
_INDEF_SOURCE: Final = re.compile(r"\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.'’-]+\s+){0,3}?(?:official|diplomat|source|spokesperson|"
                           r"spokesman|spokeswoman|aide|executive|officer|minister|lawmaker|councillor|operative|"
                           r"analyst|adviser|advisor|commander|insider|negotiator|envoy|strategist|lawyer|member|"
                           r"paramedic|rescuer|firefighter|nurse|doctor|surgeon|teacher|resident|witness|survivor|"
                           r"farmer|trader|worker|soldier|driver|passenger|participant|traveller|traveler|mother|father|shopper|"
                           r"customer|bystander|neighbour|neighbor|onlooker|motorist|commuter|paediatrician|pediatrician|evacuee|"
                           r"parent|student|voter|protester|refugee|villager|physician|midwife|employee|staffer|relative|"
                           r"leader|elder|organi[sz]er|volunteer|activist|campaigner|researcher|scientist|economist|"
                           r"expert|academic|professor|engineer|pilot|guard|judge|priest|pastor|imam|cleric|"
                           r"businessman|businesswoman|shopkeeper|vendor|owner|landlord|tenant|fisherman|miner|"
                           r"representative|delegate|observer|investigator|detective|agent|inspector|prosecutor|"
                           r"attorney|consultant|manager|director|colleague|friend|cousin|brother|sister|son|daughter|"
                           r"wife|husband|man|woman|grandmother|grandfather|patient|victim|user|fighter|officer|solicitor|barrister|"
                           r"broker|underwriter|banker|investor|shareholder|creditor|trader|functionary|"
                           r"constable|backbencher|frontbencher|whip|MP)|"
                           r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome)\s+(?:[\w.'’-]+\s+){0,3}?(?:officials|diplomats|"
                           r"sources|aides|executives|officers|ministers|lawmakers|analysts|insiders|negotiators|envoys|"
                           r"others|members|doctors|nurses|residents|witnesses|workers|soldiers|employees|staffers|lawyers|"
                           r"investors|bankers|brokers|shareholders|traders|creditors|"
                           r"people(?= (?:close to|familiar with|briefed on|with knowledge of|present|involved|who)\b)))\b")
#: "A source at the ministry", "an official in the presidency": one unnamed person of a body, then the body
_INDEF_AT: Final = re.compile(_INDEF_SOURCE.pattern + r"\s+(?:at|in|from|within|inside|close to|of)\s+$")
#: the words for counts a body publishes
_COUNTS = r"(?:figures|data|statistics|numbers|estimates|tallies|records)"
#: counts and who released them: "data from the Deter satellite system released on Wednesday by"
_RELEASED_BY: Final = re.compile(rf"\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_COUNTS}\b"
                                 r"[^,;.]{0,80}?\b(?:released|published|compiled|issued|collected)\b"
                                 r"[^,;.]{0,30}?\bby\s+")
#: counts its owner issued: "figures published in its database", "data released on their website"
_ITS_COUNTS: Final = re.compile(rf"\s*(?:the\s+)?(?:latest\s+|new\s+|official\s+)?{_COUNTS}\s+"
                                r"(?:published|released|posted|compiled|issued)\s+"
                                r"(?:in|on|with|by)\s+(?:its|their)\b|"
                                # "according to its filing with the U.S. Securities and Exchange Commission"
                                r"\s*its\s+(?:latest\s+|annual\s+|quarterly\s+|regulatory\s+)?"
                                r"(?:filing|filings|prospectus|annual\s+report|earnings\s+report|accounts)\b")
#: one unnamed source, then an appositive that describes it: "Another returnee, a woman travelling with ..., "
_ONE_THEN_APPOSITIVE: Final = re.compile(r"[\s\"“‘']*((?:One|Another)\s+"
                                         r"(?:(?!of\s)[a-z][\w-]*\s+){0,2}[a-z][\w-]+),\s+"
                                         r"(?:a|an)\s+(?:[^,;:\"“”]|,(?=\d)){3,80},\s*")
#: a person's role written after the name ("Dr Hannah Lister, an associate director at the Institute for
#: Fiscal Studies") or before it ("Its chief executive, Dr Sunita Rao,")
_APPOSITIVE_ROLE: Final = re.compile(r",\s+(?:a|an)\s+([^,.;:\"“”]{3,100})")
_ROLE_BEFORE_NAME: Final = re.compile(r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+([a-z][\w -]{2,60}),\s+"
                                      r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$")
#: a kind written small before a name: "analytics firm ", "crypto exchange " (then "Cobalt Trace")
_KIND_BEFORE: Final = re.compile(r"\b[a-z][a-z-]+ [a-z]+ $")
#: a body described, not named: "an independent regulatory commission"
_DESCRIBED_BODY: Final = re.compile(r"\b[Aa]n?\s+((?:[a-z-]+\s+){1,3}[a-z]+)\b")
#: a body described in a lede before the article names it: "the country's disaster agency",
#: "Britain's financial regulator", "Brazil's central bank"
_LEDE_DESCRIPTION: Final = re.compile(r"(?:the )?\w+[’']s ((?:[a-z-]+ ){1,3})(agency|regulator|bank|council|"
                                      r"authority|service|ministry|watchdog|commission|department|office|board)")
#: the words that mark a name as a public body's (not "Financial Times" for "financial regulator")
_LEDE_BODY_WORDS: Final = frozenset(("Agency", "Authority", "Council", "Bank", "Banco", "Commission", "Ministry",
                                     "Service", "Office", "Department", "Directorate", "Board", "Administration",
                                     "Regulator", "Inspectorate", "Institute", "Centre", "Center", "Bureau"))
#: describing words that name no body by themselves
_DESCRIBED_NOT: Final = frozenset(("national", "state", "federal", "top", "main", "chief", "official", "government",
                                   "public", "local", "own", "new", "independent"))
#: one person of a body, as written: "an official of the agency", "a source at the ministry"
_PERSON_OF_BODY: Final = re.compile(r"\b(?:of|at|in|from)\s+the\s+[\w-]+$", re.IGNORECASE)
#: the people of a body who speak for it, and the body's kind
_BENCH_OF: Final = {"judges": "court", "justices": "court", "peacekeepers": "mission"}
_DOCUMENTS = {"bulletin", "notice", "communique", "communiqué", "statement", "circular"}
_HIM: Final = re.compile(r"\s*(him)\b")
_CREDIT_AFTER: Final = re.compile(r"(?: \([^)\n]{1,60}\))? (?:—|–|--) |(?:, [^\n,]{1,40})?(?:\n|$)")
#: what comes before who is spoken to (see _spoken_to)
_TO_WHOM: Final = (" told ", " spoke to ", " speaking to ", " seen by ", " interview with ", " talking to ")
_ARMED_MODS = frozenset({"paramilitary", "militant", "armed", "rebel", "jihadist", "insurgent", "separatist",
                         "islamist", "guerrilla", "militia"})
_ARMED_WORDS = ("Forces", "Army", "Front", "Brigade", "Brigades", "Militia", "Movement", "Guard", "Corps",
                "Hamas", "Hezbollah", "Taliban", "Houthis", "Qaeda", "Shabaab", "Boko Haram", "M23", "ELN",
                "Islamic State", "Wagner", "FARC")


#: a sentence opening with the judge
_JUDGE_OPENING: Final = re.compile(r"\s*The (?:trial |presiding )?judge\b")
#: a turn to someone else in a sentence: ", while", ", but", ", whereas"
_CONTRAST: Final = re.compile(r",\s+(?:while|but|whereas)\s|;\s")
#: a verb right after a name
_VERB_NEXT: Final = re.compile(r"\s+(?:(?:has|had|have|was|were|is|also)\s+)?[a-z]+(?:ed|s)?\b(?<!\bof)(?<!\band)")
#: a reporting verb right after a name: "Mr Tolley conceded", "Ntuli has insisted"
_SAYS_NEXT: Final = re.compile(r"\s+(?:(?:has|had|also|then|later|at first|again)\s+)*(?:said|says|told|tells|conceded|"
                               r"admitted|added|insisted|denied|argued|replied|testified|warned|explained|acknowledged|"
                               r"maintained|countered|accepted|agreed|confirmed|recalled|disclosed|revealed|stressed|"
                               r"noted|wrote|announced|claimed|alleged)\b")


def _armed(name: str) -> bool:
    return any(w in name for w in _ARMED_WORDS)


_FORCES_WORDS = ("Armed Forces", "Army", "Defense Forces", "Defence Forces", "Military")
_PRONOUN_OPENING: Final = re.compile(r"\s*[\"“‘']?(?:[\w ]{1,30},\s+)?(He|She)\b")
_AGE_SUBJECT: Final = re.compile(r"\s*(?:[A-Z][^,.;:\"“”]{2,80},\s+t|T)he\s+\d{1,3}-year-old\b")
_EPITHET_AFTER: Final = re.compile(r"\s+(?:politician|lawmaker|leader|minister|veteran|chief|MP|senator|congressman|"
                            r"congresswoman|legislator|deputy|official|executive|boss|founder|frontbencher|governor|chairman|"
                            r"chairwoman|president)\b")
_THE_BEFORE: Final = re.compile(r"\b(?:the|The)\s+(?:former\s+|ex-)?$")
_ROLE_STEMS = {role: (stems, re.compile(r"(?:%s)\w*(?:\s+\w+)?,?\s+$" % "|".join(stems)))
               for role, stems in (("judge", ("judge", "justice", "magistrate")), ("prosecutor", ("prosecut",)))}
_AUX_TAIL: Final = re.compile(r"(?:\s+(?:has|have|had|also|has also|had also|previously|repeatedly|today|yesterday|"
                              r"tonight|earlier|later|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))+$")
#: every _AUX_TAIL match ends the text with one of these (a cheap test before the substitution)
_AUX_ENDINGS: Final = ("has", "have", "had", "also", "previously", "repeatedly", "day", "tonight", "earlier", "later")
_WHO_ASIDE: Final = re.compile(r",?\s+who\s+[^,;]{0,80},?\s*")  # "a nurse who asked not to be named said"
#: an aside after a subject, up to the verb: ", who spoke on condition of anonymity because she ...,",
#: " who supported removal, speaking on condition of anonymity ...,"
_ASIDE_TO_END: Final = re.compile(r"(?P<pp>\s+(?:working|based|living|serving|stationed|of|at|from|in|with|for)\s"
                                  r"[^,;:\"“”]{0,60}?)?(?:,|\s+who\s)[^;:\"“”]{0,200},")
#: ("Two doctors working in Bukoba, who ...,", "One member of the party's executive, who ...,": the subject with its phrase)
#: " who asked not to be named because she feared retaliation" (no comma before the verb)
_WHO_ASIDE_LONG: Final = re.compile(r"\s+who\s+(?:asked|spoke|requested|declined|was not|is not|were not|are not|"
                                    r"did not)\s[^,;:\"“”]{0,140}$")
#: at most two titles before a name ("Professor Anjali Mehta, a cardiologist at ...,", ", Dr Adwoa Nyarko-Mensah,")
_TITLES_ONLY: Final = re.compile(r"[\s\"“‘']*(?:[A-Z][a-z]{1,11}\.?\s+){0,2}")
#: titles and role nouns before a name: "Lead author Dr " Kavita Raman
_ROLE_TITLES_ONLY: Final = re.compile(r"[\s\"“‘']*(?:(?:[A-Z][a-z]{1,11}\.?|(?i:%s))\s+){0,3}"
                                      % "|".join(re.escape(w) for w in sorted(ROLE_NOUNS, key=len, reverse=True)))
#: ", he said." (the pronoun, then its verb): an attribution after what it reports
_SAID_NEXT: Final = re.compile(r"(?:he|she)\s+(?:said|says|added|adds|told)\b", re.IGNORECASE)
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"”’'»]?\s+[A-Z\"“‘'«]|\n")
#: "According to" opening a sentence (what follows the agent's comma is the claim)
_OPENING_ACCORDING: Final = re.compile(r"(?:^|[\n.!?][\"”’']?\s+|\n)According to\s*$")
#: a subject with a relative clause or a place after it, right before the cue
_NP_WHICH: Final = re.compile(r"[\s\"“‘']*(?P<np>(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
                              r"[A-Z][a-z]+(?:\s+[a-z][\w-]*){0,2}|[A-Z][a-z]+['’]s(?:\s+[a-z][\w-]*){1,3}),"
                              r"\s+(?:which|who|whose)\s[^\"“”;]{1,200},\s*")
_BRACKETED: Final = re.compile(r"\s*\([^()]*\)")
#: where the owner of people lives: "Gelashvili's family in Tbilisi said"
_OWNERS_PLACE: Final = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
#: someone's kin, unnamed: "the daughter of an 87-year-old man from Newcastle West"
_KIN_OF: Final = re.compile(rf"[\s\"“‘']*(?:[A-Z][a-z]+,\s+)?(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?"
                            rf"(?:{KIN_NOUNS}|widower|family)\s+of\s+"
                            r"(?:a|an|the|one|two)\s+[^,;\"“”]{2,80}?)\s*")
_OFFICE_AUX = r"also|has|had|have|later|on\s+[A-Z][a-z]+day"  # between a country's office and its verb
_AUX_TAIL_WORDS: Final = re.compile(rf"(?:\s+(?:{_OFFICE_AUX}))+$")
#: what may follow a country's office as the subject, up to its verb: "in Washington condemned", "has said"
_OWNED_VERB: Final = re.compile(rf"(?:(?:in|to)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?(?:(?:{_OFFICE_AUX})\s+)*"
                                r"[a-z]+(?:ed|s)\b")
_QUANTIFIERS: Final = frozenset({"many", "some", "most", "few", "several", "other", "all"})
#: a plural common noun, perhaps with a modifier: "Colleges", "Rural hospitals"
_PLURAL_NP: Final = re.compile(r"[A-Z]?[a-z-]+(?:\s+[a-z-]+)?[a-z]s")
#: who leads the subject, in an aside: "The KFA's dissolved board, led by Hamad Salem Al-Ajmi, said"
_LED_BY: Final = re.compile(r",\s+(?:led|headed|chaired|founded|run)\s+by\s+$")
#: the close of a dateline's agency credit: "BUENOS AIRES, Argentina (AP) —"
_DATELINE_CREDIT: Final = re.compile(r"\)\s*[—–-]{1,2}\s")
#: a body's role before the name of its holder: "'s chief economist, " (in "Ridgeline's chief economist, Anjali Varma")
_BODYS_ROLE_GAP: Final = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+,?\s+")
#: a place's own officials after its name: "Brussels police", "Kherson officials"
_LOCAL_FORCE: Final = re.compile(r"\s+(?:police|officials|authorities|prosecutors|investigators|firefighters)\b")
#: a central bank, which regulates banks: "the regulator" after "the Bank of Russia said"
_CENTRAL_BANK: Final = re.compile(r"\b(?:Central Bank|Reserve Bank|Federal Reserve|Bundesbank)\b|"
                                  r"^(?:People's |People’s )?Bank of (?!America\b|New York Mellon\b)[A-Z]")
#: regulators whose names do not say what they are: "an Ofgem investigation ... The energy regulator said"
#: words in the names of the bodies "the regulator" and "the watchdog" refer to
_REGULATOR_WORDS: Final = ("Authority", "Commission", "Regulat", "Watchdog", "Office", "Board", "Agency")
_NAMED_REGULATORS: Final = frozenset({"Ofgem", "Ofcom", "Ofwat", "Ofsted", "Ofqual",
                                      "Securities and Exchange Commission", "Financial Conduct Authority",
                                      "Competition and Markets Authority", "ACCC", "ASIC", "BaFin", "CNIL", "Consob",
                                      "SEBI", "CSRC", "ESMA", "FERC", "FINRA"})
#: a press release's defined term in brackets: '("Sadaf" or "the Company")', '(the "Company")'
_DEFINED_TERM: Final = re.compile(r"\((?:[\"“][^\"“”()]{1,40}[\"”]\s+or\s+)?(?:the\s+)?[\"“]?(?:the\s+)?"
                                  r"([A-Z][a-z]+)[\"”]?\)")
#: a plural subject with examples: "Twelve digital rights organisations, including EDRi and Access Now,"
_NP_INCLUDING: Final = re.compile(r"[\s\"“‘']*(?P<np>(?:[A-Z][a-z]+\s+)?(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*s)"
                                  r",?\s+"
                                  r"including\s+[^\"“”;,]{1,100}?(?:,\s+|\s+(?=(?:have|has|had|were|are|also)\b))")
#: an appositive that says what a body is: ", the federal environmental agency,", ", Brazil's central bank,"
_APPOSITIVE_NOUN: Final = re.compile(r",\s+(?:the|a|an|its|[A-Z][\w.'’-]*['’]s)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s*[,)]")
#: a subject described before it is named: "The Dutch MEP who steered the file through Parliament, "
_DESCRIBED_THEN_NAMED: Final = re.compile(r"[\s\"“‘']*(?:The|A|An)\s+[^,]{3,120}?\s(?:who|which|that)\s[^,]{3,120},\s+")
#: a subject's name given in an aside: ", known as UNRWA," (then only the verb)
_KNOWN_AS: Final = re.compile(r",\s+(?:also\s+|better\s+)?known\s+as\s+(?=[^,]{2,60},\s*$)")
#: who issued a statement: "according to a statement from the provincial police"
_STATEMENT_FROM: Final = re.compile(r"\bstatement\s+(?:from|by|issued\s+by)\s+((?:the\s+)?[^,.;]{2,60}?)"
                                    r"(?=[,.;]|\s+on\s)")
#: a named body's aside, up to the verb: ", which is based in London," / ", the running app that ...,"
_NAME_ASIDE: Final = re.compile(r",\s+(?:which|whose|the|a|an)\s[^\"“”;]{1,200},\s*")
_NP_WHO_OR_WHERE: Final = re.compile(r"[\s\"“‘']*(?P<np>[A-Z][a-z]+(?:\s+[a-z][\w-]*){0,2}?s)\s+"
                                     r"(?:who\s[^\"“”;,]{1,80}?|"
                                     r"(?:in|across|around)\s+[^\"“”;,]{1,60}?(?:\s+(?:have|has|had))?"
                                     r"(?:\s+(?:long|also|repeatedly|already|often))?)\s*")
#: what may stand between a body's name and a noun that says what the body is: "(UKMTO)"
_BRACKETED_ONLY: Final = re.compile(r"\s*\([^()]{1,12}\)\s*")
#: an unnamed subject with a restrictive relative clause, right before the cue
_INDEF_WHO: Final = re.compile(r"[\s\"“‘']*(?P<np>(?:A|An|One|Another|Two|Three|Several|Some)\s+"
                               r"[^,;:\"“”]{1,60}?)\s+who\s+[^,;:\"“”]{1,120}")
#: what "According to ..." names when it names no one: "the agreement", "its latest filing"
_DETERMINED_PHRASE: Final = re.compile(r"(?:the|a|an|its|his|her|their)\s+[\w'’ -]{1,40}")
_DOCUMENT_HEADS: Final = frozenset("""agreement contract order ruling judgment judgement filing filings report
indictment complaint statement document documents data figures records study survey decree memo memorandum minutes
letter transcript affidavit lawsuit verdict""".split())
#: what a court issues
_COURT_PAPERS: Final = frozenset(("verdict", "ruling", "judgment", "judgement"))
#: the heads of a body a portfolio word names ("the power ministry", "the statistics institute"), and the words
#: before them that name no portfolio ("the federal agency", "the state ministry")
_PORTFOLIO_HEADS: Final = frozenset(("ministry", "department", "institute", "agency", "office", "commission",
                                     "authority", "service", "directorate", "bureau"))
_PLAIN_MODS: Final = frozenset(("federal", "national", "state", "central", "local", "regional", "provincial",
                                "municipal", "public", "government", "top", "main", "new", "independent", "official",
                                "city", "county", "interim", "relevant", "responsible", "competent", "country's",
                                "nation's", "state's", "city's", "same", "other", "whole"))
#: a phrase no source is: one that opens with a particle or holds a speech verb
_JUNK_SOURCE: Final = re.compile(r"^(?:out|up|off|with|over|into|onto|away)\b|\b(?:said|says|told|tells)\b")
#: a body's head after a person's noun used as a modifier: "an academic advisory panel", "an expert group"
_NOUN_GOES_ON: Final = re.compile(r" (?:[a-z]+ )?(?:panel|board|committee|body|group|council|team|network)\b")
#: a body's head after a source noun: "statistics institute", "data office"
_BODY_AFTER_SOURCE: Final = re.compile(r" (?:institute|office|agency|bureau|authority|board|council|commission)\b")
#: a body the writer then names: "the institute, known by its Spanish acronym INDEC"
_KNOWN_BY: Final = re.compile(r"\s*the\s+[a-z][a-z\s-]{2,40}?,\s+known\s+(?:as|by\s+its\s+(?:[A-Z]?[a-z]+\s+)?"
                              r"(?:acronym|initials|abbreviation))\s+(?=[A-Z])")
#: after a platform or an account's name: the medium someone wrote in ("its Global Government Affairs account");
#: narrower than _CHANNEL_AFTER, since a body's own "website" or "platform" leaves the body the speaker
#: ("A statement published on OPEC's website": OPEC)
_MEDIUM_AFTER: Final = re.compile(r"(?:['’]s?)?\s+(?:account|channel|page|feed|handle|blog)\b")
#: unnamed lawyers and whom they act for, the whole subject: "Lawyers for both men", "lawyers for the government"
_LAWYERS: Final = r"(?:[Ll]awyers|[Aa]ttorneys|[Ss]olicitors)\s+(?:for|representing)\s+"
_COUNSEL_FOR: Final = re.compile(r"\s*(?:[A-Z][^,;:\"“”]{0,60},\s+)?(?:[Bb]ut\s+|[Aa]nd\s+)?(" + _LAWYERS +
                                 r"[^,;:\"“”()]{2,60}?)\s*(?:,\s+(?:led|headed)\s+by\s+[^,;:\"“”]{2,80},\s*)?"
                                 r"(?:(?:have|had|has|also|later)\s+)*")  # (", led by the ... Alliance,")
#: the same, opening a sentence whose verb a participle's claim shares: "Lawyers for the city asked ..., arguing"
_COUNSEL_HEAD: Final = re.compile(r"\s*(" + _LAWYERS + r"(?:the\s+|a\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?)"
                                  r"(?=\s+(?:[a-z]+ed|asked|told|said|says|have|has|had)\b)")
#: a channel or a blog named in quotation marks after its description
_NAMED_CHANNEL: Final = re.compile(r"\s*(?:A|An|The)\s+[^,]{0,40}?\b(?:channel|account|blog|website|news site)\s*,\s*"
                                   r"[«\"“]([^»\"”]{2,60})[»\"”](?:\s*\([^)]{2,60}\))?\s*,?\s*")
#: a public prosecutor's office by name: "the Federal Prosecutor's Office", "the Prosecutor General's Office"
_PROSECUTING_BODY: Final = re.compile(r"Prosecutor(?:['’]s|s['’]| General['’]s)? Office|Prosecution Service")
#: participles with which a writer draws an inference: "..., suggesting some investors expect"
_INFERRING: Final = frozenset({"suggesting", "meaning", "indicating", "implying", "signalling", "signaling"})
#: where an unnamed source works, named by no name: " at a German manufacturer", " with a Gulf airline"
_UNNAMED_PP: Final = re.compile(r"\s+(?:at|with|from|in|for)\s+(?:a|an|one|another)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?"
                                r"[a-z][\w'’-]*(?=\s*(?:[,.;]|$))")
#: the agent of a closing "according to ...", up to where the sentence goes on
_TRAILING_AGENT: Final = re.compile(r"\s*((?:the|a|an|its|their|his|her)\s+[^,;.()—–\"“”]{2,70}?|"
                                    r"[a-z][^,;.()—–\"“”]{2,70}?)"
                                    r"(?=\s*(?:[,;.()—–]|$)|\s+(?:and|but|while|as)\s)")
#: where a body publishes what it says: "the Syrian presidency's Telegram channel", "the IMF's PortWatch platform"
_CHANNEL_AFTER: Final = re.compile(r"\s+(?:channel|account|platform|website|site|page|feed|app|database|dashboard|"
                                   r"tracker)\b")
#: the unnamed owner of such a channel, right after the cue: "the Syrian presidency's "
_OWNER_BEFORE: Final = re.compile(r"\s*(?:data\s+from\s+)?the\s+((?:[A-Za-z-]+\s+){0,3}?[a-z][a-z-]*)['’]s\s+")
#: what a body counts, after the body: "health ministry figures", "the project's figures"
_COUNT_HEADS: Final = frozenset("figures data statistics estimates tally count".split())
#: how such counts are described, which says nothing of whose they are: "the latest official figures"
_COUNT_MODIFIERS: Final = frozenset("the latest official preliminary provisional final new last recent available "
                                    "early initial".split())
#: what a body sends out, besides the documents above: "according to the email", "a copy obtained by"
_SENT_THINGS: Final = frozenset("email analysis verdict notice release copy advisory bulletin communique post".split())
#: where an agent's head noun ends: "a statement published after ...", "the analysis by ..."
_AGENT_TAIL_WORDS: Final = frozenset("from of by published released read seen issued filed obtained compiled posted "
                                     "sent reviewed shared cited".split())
#: an unnamed subject whose aside says why it is unnamed, right before the cue
_ANON_ASIDE: Final = re.compile(r"(?:^|,\s+)\s*(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|"
                                r"[Ss]ome)\s+[^,;:\"“”]{1,80}?)(?:,\s+[^;:\"“”]{0,80}?)?"
                                r"(?:(?:,\s+|\s+)who\s+(?:asked|spoke|requested|"
                                r"declined|did not want|does not want|was not|is not|were not|are not)|,\s+speaking)\b"
                                r"[^;:\"“”]{0,60}?(?:named|identified|anonymity|authori[sz]ed|on the record|"
                                r"publicly|withheld|not be used|not be published)"
                                r"[^;:\"“”]{0,160}$")
_OPENERS: Final = " \"“‘'"
_NOMINAL_LEAD = re.compile(r"\s*the\s+((?:[a-z-]+\s+)?(?:company|ministry|agency|government|firm|group|bank|"
                           r"department|office|police|army|military|court|council|commission|union|hospital|"
                           r"regulator|authority|organisation|organization|institute|airline|operator))\s*[,.;)]")
_THOSE_PEOPLE: Final = re.compile(r"\s*(?:(?:Those|These|The) people|(?P<one>One of (?:the|those) people))\s*")
#: "one of them said": one of the group quoted just before
_ONE_OF_THEM: Final = re.compile(r"[\s,\"”’']*(?:[Oo]ne|[Aa]nother|[Tt]he other|[Tt]wo) of them\s*")
_FAMILIAR_LEAD: Final = re.compile(r"\s*(?:(?:two|three|several|some|many)\s+)?(?:people|sources|officials|"
                                   r"persons|aides|advis[eo]rs|diplomats|executives|insiders) "
                                   r"(?:familiar with|briefed on|close to|with knowledge of|aware of) ", re.IGNORECASE)
_CLOSE_TO_ENDS: Final = ("close to ", "familiar with ", "briefed on ", "knowledge of ", "aware of ")
#: a document and who issued it: "a budget document the ministry submitted to ...", "a report that Oxfam published"
_ISSUED_BY: Final = re.compile(r"\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:document|documents|report|filing|filings|"
                               r"letter|"
                               r"submission|memo|presentation|briefing|assessment|estimate|estimates|analysis|review)"
                               r"\s+(?:that\s+|which\s+)?"
                               r"(the\s+[a-z]+|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\s+(?:had\s+|has\s+)?"
                               r"(?:submitted|sent|filed|published|released|presented|prepared|issued|circulated|"
                               r"shared|provided|compiled)\b")
#: a role held for someone: "An attorney for Lin", "A spokesman for the minister", "a lawyer representing Ruto"
_ROLE_FOR: Final = re.compile(r"\s*(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?(?:" +
                              "|".join(sorted((w for w in ROLE_NOUNS if w.isalpha()), key=len, reverse=True)) +
                              r")\s+(?:for|of|to|representing)\s+[^,;]{2,60}")
#: the same with no article, as a sentence opens: "Counsel for Breathnach, Ronan Geraghty SC, indicated"
_BARE_ROLE_FOR: Final = re.compile(r"[\s\"“‘']*(?:Counsel|Lawyers?|Attorneys?|Solicitors?|Barristers?|"
                                  r"Spokes(?:man|woman|person))\s+(?:for|of|to|representing)\s+[^,;]{2,60}")
#: letters after a name that are no part of it: senior counsel, King's Counsel
_POST_NOMINALS: Final = frozenset(("", "SC", "KC", "QC", "Jr", "Jr.", "Sr", "Sr."))
#: a kinship word and a comma just before a name: "Hawa's eldest son, Abakar"
_KIN_BEFORE: Final = re.compile(r"\b([a-z]+),\s+$")
#: a capitalised title standing for its holder: "The Deputy Secretary", "The Prime Minister"
_TITLED_ROLE: Final = re.compile(r"\s*[Tt]he\s+((?:(?:Deputy|Vice|Prime|Foreign|Defence|Defense|Finance|Interior|"
                                 r"Health|Chief|Home|Senior|First|Acting|Interim|Assistant|Under)\s+)*(?:President|"
                                 r"Minister|"
                                 r"Secretary|Governor|Mayor|Chancellor|Premier|Speaker|Commissioner|Ambassador|Judge|"
                                 r"Pope|King|Queen|Prince|Chairman|Chairwoman|Chair|Director|Prosecutor|Taoiseach))\s*")
#: nouns for a kind of body: "the company said" is a body named before
_BODY_HEADS: Final = frozenset({
    "company", "firm", "group", "agency", "organisation", "organization", "authority", "office", "regulator", "bank",
    "watchdog", "carmaker", "insurer", "union", "association", "charity", "fund", "commission", "council", "body",
    "broadcaster", "airline", "institute", "ministry", "party", "government", "trust", "entity", "maker",
    "manufacturer", "retailer", "carrier", "exchange", "coalition", "hospital", "utility", "university", "college",
    "school", "district", "mission", "court", "service", "mutual", "chipmaker", "drugmaker", "producer", "miner",
    "startup", "start-up", "developer", "newspaper", "outlet", "committee", "club", "league", "inquiry", "network",
    "platform", "ombudsman", "studio", "publisher", "consortium", "cooperative", "observatory", "laboratory",
    "festival", "force", "museum", "app"})
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "dr", "mme", "mlle", "prof"})
_OPENING_BODY: Final = re.compile(r"\s*[Tt]he\s+((?:[\w-]+\s+){0,3}?(?:ministry|government|army|military|agency|"
                                  r"company|police|council|court|regulator|authority|department|office|commission))\s")
#: "Lewis Hughes of Greater Manchester Police", "Dr Adaeze Nwosu, of the Nigeria Centre for Disease Control,"
_MEMBER_GAP: Final = re.compile(rf",?\s+(?:of|from)\s+(?:the\s+)?|(?:,\s+|\s+\(){PARTY_LETTERS}")  # (", D-Ashland,")
_OPENER_PHRASE: Final = re.compile(r"\s*(?:Asked|Speaking|Writing|Responding|Addressing|Commenting|Reacting|Pressed|"
                                   r"Interviewed|Appearing|Testifying)\b[^,;\"“”]{0,120},\s+|"
                                   # "In its most recent staff report, the Fund said": where, not who
                                   r"\s*In\s+(?:its|his|her|their|a|an)\s+[^,;\"“”]{0,60}?\b(?:report|statement|"
                                   r"letter|review|filing|update|assessment|submission|ruling|judgment|decision|"
                                   r"interview|speech|address|message|post|briefing)\b[^,;\"“”]{0,40},\s+|"
                                   # "In Kyiv, Iryna Hnatiuk, a lawyer with ..., said", "At Helsingborg, the port's
                                   # security chief, Anders Nyqvist, said": where, not who
                                   r"\s*(?:In|At)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s+(?=[A-Z]|the\s)|"
                                   # "Outside the courthouse, the victim's sister said": where
                                   r"\s*(?:Outside|Inside)\s+(?:the\s+)?[a-z][^,;\"“”]{2,40},\s+|"
                                   # "Late on Tuesday, at the High Court in London, a deputy judge ...": when and where
                                   r"\s*(?:(?:Late|Early|Earlier|Later)\s+)?(?:[Oo]n|[Aa]t|[Ii]n)\s+"
                                   r"[^,;\"“”]{2,40},\s+(?:at|in|outside|inside)\s+[^,;\"“”]{2,60},\s+|"
                                   # "16:32 — Dr Tafadzwa Marufu, permanent secretary in ..., says": a live blog's time
                                   r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[—–-]\s+")
_SAID_THEN: Final = re.compile(r"\s(?:said|says|added|stated)\s+(?:that\s+)?$")
_JOINT: Final = re.compile(r"(?:\s*\([A-Z]{2,8}\))?,?\s+and\s+(?:the\s+)?")
_AGENCY_GAP: Final = re.compile(r"(?:'s|’s)?\s+(?:[a-z-]+\s+){0,3}(?:agency|office|body|organi[sz]ation|programme|"
                                r"program|fund|mission|force|commission|court|council|watchdog|regulator),\s+")
_APPOSITIVE_TO_WHO: Final = re.compile(r"(?:,\s+[^,;:\"“”()]{1,80})?,")
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’']?\s")
#: a relative clause saying whom the unnamed sources spoke to: "who spoke to Reuters", "who told the BBC"
_TOLD_OUTLET: Final = re.compile(r"(?:spoke|talked|told|speaking)\b")
#: the words that open an unnamed source nobody was named as: "One industry executive", "A senior official"
_INDEFINITES: Final = frozenset(("One", "A", "An", "Another", "Two", "Three", "Several", "Some"))
#: a sentence whose subject is a plural noun, what "They" opening the next one means: "The authors, including
#: ..., sued", "Residents have"
_PLURAL_SUBJECT: Final = re.compile(r"\s*(?:The |Both |Many |Some |Several |Most )?((?:[a-z-]+ ){0,2}[a-z]+s)"
                                    r"(?=,| (?:[a-z]+ed|have|had|are|were|say|said|sued|argue|want)\b)")
_PREP_BEFORE: Final = re.compile(r"\b(?:to|by|from|of|at|in|on|with|for|via|and|or|than)\s+(?:the\s+)?$|\d\W*$")
#: a country that speaks as the subject of its sentence: "Pakistan says the campaign ..."
_COUNTRY_SPOKE: Final = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:says|said|claims|claimed|insists|insisted|"
                                   r"argues|argued|maintains|maintained|denies|denied|accuses|accused)\b")
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n)(?:[Tt]he\s+)?$")


def _spoken_to(text: str, start: int) -> bool:
    """Is the name at ``start`` who is spoken to ("told L'Orient Today", "who spoke to Addis
    Standard", "seen by")?  Then it is neither who "he" is nor a sentence's subject."""
    return text.endswith(_TO_WHOM, max(0, start - 14), start)


def _byline_spans(text: str) -> list[tuple[int, int]]:
    """Credit lines ("By THOMAS ADAMSON and SYLVIE CORBET"): their writers are nobody's "she"."""
    out = []
    for m in _BYLINE_LINE.finditer(text):
        if len(m.group(0).split()) <= 12:
            out.append((m.start() - 1, m.end()))
    return out


_BYLINE_LINE = re.compile(r"^(?:By|BY) [^\n]*", re.MULTILINE)


def _new_sources(text: str) -> list[re.Match[str]]:
    """:data:`_NEW_SOURCE` matches, tried only where "A ", "An " or "One " opens a sentence."""
    found = []
    for word in ("A ", "An ", "One "):
        at = text.find(word)
        while at >= 0:
            if at == 0 or text[at - 1] == "\n" or text[at - 2:at] in (". ", "! ", "? ") or \
                    text[at - 3:at - 1] in ('."', ".”", ".’", ".'"):
                m = _NEW_SOURCE.match(text, at)
                if m:
                    found.append(m)
            at = text.find(word, at + 1)
    found.sort(key=lambda m: m.end())
    return found


#: words that open what follows a source's head noun: "a person familiar with ...", "an official at ..."
_POST_HEAD: Final = frozenset("familiar with at of from in close who briefed speaking involved based".split())


def _source_head(name: str) -> str:
    """The head noun of an unnamed source followed by its modifiers ("person" for "a person
    familiar with the negotiations"), or "" when none follows it."""
    words = name.lower().split()
    for i in range(1, min(len(words), 5)):
        if words[i] in _POST_HEAD:
            return words[i - 1]
    return ""


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of the sorted, non-overlapping ``spans``?"""
    k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _source_words() -> frozenset[str]:
    """Every word that can head a :data:`SOURCE_RE` match (for a cheap pre-check)."""
    words: set[str] = set()
    body = _SOURCE_NOUNS.replace("organi[sz]ers", "organisers|organizers")
    group = re.search(r"\(\?:(resident[^)]*)\)\(\?:s\|es\)\?", body)
    assert group is not None
    for w in group.group(1).split("|"):
        words.update((w, w + "s", w + "es"))
    for w in body[:group.start()].split("|") + body[group.end():].split("|"):
        w = re.sub(r"\(\?<!.*?\)", "", w)  # "(?<!social )media" starts with "media"
        if w.endswith("s?"):  # "broadcasters?": "broadcaster" and "broadcasters"
            words.update((w[:-2], w[:-1]))
        w = w.replace("[eé]", "e")  # "communiqu[eé]"
        words.add(w)
        if " " in w and w.replace(" ", "").isalpha():
            words.add(w.rsplit(" ", 1)[1])  # "central bank": a match holds "bank"
    words.update(("people", "sources", "officials", "team"))  # "team": "legal team"
    return frozenset(w for w in words if w.isalpha())


SOURCE_WORDS = _source_words()
_LOW_WORD = re.compile(r"[A-Za-z]+")


def after_opener(text: str, lo: int, hi: int) -> int:
    """Where a sentence's subject may start in ``text[lo:hi]``: after an opening phrase that says
    when or where it was said ("Asked about X on Tuesday,", "In its most recent staff report,")."""
    opener = _OPENER_PHRASE.match(text, lo, hi)
    return opener.end() if opener is not None and opener.end() < hi else lo


def source_matches(text: str, lo: int, hi: int, last: bool = False) -> re.Match[str] | None:
    """``SOURCE_RE`` matches in ``text[lo:hi]`` (the first, or with ``last`` the last one).

    The pattern tries a long alternation at every offset; here it starts only a
    few words before a word that can head a source phrase.
    """
    heads = [m.start() for m in _LOW_WORD.finditer(text, lo, hi) if m.group().lower() in SOURCE_WORDS or
             m.group().lower().endswith(("ologist", "ologists"))]  # "Seismologists"
    if not heads:
        return None
    at = heads[-1] if last else heads[0]
    begin = at
    for _ in range(5):  # a determiner and up to three modifiers before the head
        if begin - 1 <= lo:
            begin = lo
            break
        sp = text.rfind(" ", lo, begin - 1)
        if sp < lo:
            begin = lo
            break
        begin = sp + 1
    found = None
    while begin > 0 and begin < hi and (text[begin - 1].isalnum() or
                                        text[begin - 1] in "'’" and begin > 1 and text[begin - 2].isalnum()):
        begin += 1  # never start inside a word ("Iranian official" is not "ian official", "the ship's operator"
        # is not "s operator")
    for m in SOURCE_RE.finditer(text, begin, hi):
        found = m
        if not last:
            break
    return found


#: lower-case words that open no source phrase: what the phrase pattern took before them is not the source
#: a document and who issued it: "a statement from the governor’s office released at ...", "the committee’s report"
_DOCUMENT_OF: Final = re.compile(
    r"(?:(?:(?:an?|the) )?(?:(?:joint|written|separate|new) )?(?:statements?|reports?|letters?|notices?|filings?)"
    r" (?:from|by|issued by) (?P<owner>[^,]+?)|(?P<owner2>(?:the )?[\w -]+?)[’']s (?:[\w-]+ )?"
    r"(?:statement|report|letter|notice|filing))"
    r"(?: (?:released|published|issued|sent|posted|dated|seen|obtained)\b.*)?")
#: the second half of a hyphenated compound: "Benghazi-based", "Iran-backed"
_HYPHEN_TAILS: Final = ("based ", "backed ", "led ", "run ", "owned ", "allied ", "aligned ", "controlled ", "funded ")
_NOT_IN_SOURCE: Final = frozenset("of from after before by with for to in on at into it that which what than as when "
                                   "where while says said say told since until because although though "
                                   "but and".split())  # ("..., says firm – customers told")
#: spans of time a phrase may open with: "barely a week after anti-corruption investigators accused"
_SPANS: Final = frozenset("day days week weeks month months year years hour hours minutes decade".split())
#: who said something "in a statement": "the court said in a statement", "The ministry said in a statement"
_SAID_IN_A_STATEMENT: Final = re.compile(r"(?:^|[,.]\s+|\n)((?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+"
                                         r"(?:said|says|announced|added)\s+(?:\w+\s+)?in\s+a\s+(?:written\s+)?"
                                         r"statement\b")
#: a body's poll: "A Channel 12 poll", "a survey by Ipsos"
_POLL_AFTER: Final = re.compile(r"\s+(?:opinion\s+)?(?:poll|survey)s?\b")
_POLL_BEFORE: Final = re.compile(r"\b(?:poll|survey)s?\s+(?:by|from|for|conducted\s+by)\s+(?:the\s+)?$")
#: someone else speaking since: " said ", " told ", "according to"
_SPOKE_SINCE: Final = re.compile(r"\b(?:said|says|told|according to)\b")
#: a clause, not a name in apposition, after a comma: ", because Taliban restrictions ..."
_CLAUSE_AFTER_COMMA: Final = re.compile(r"\s+(?:because|as|since|although|though|while|whereas|after|before|but|"
                                        r"and|which|when|where|amid|despite|with)\b")
#: words that open a prepositional phrase, no source: "against farmers"
_PREPOSITIONS: Final = frozenset("of from after before by with for to in on at into against among amid over under "
                                 "about toward towards across without through between despite".split())


SOURCE_RE = re.compile(
    r"(?:\b(?i:the|a|an|its|his|her|their|local)\s+)?(?P<np>\b(?!(?i:although|though|while|whereas|but|because|yet)\s)"
    r"(?:[\w’'-]+\s+){0,3}"
    rf"\b(?i:{_SOURCE_NOUNS})"
    r"(?:\s+(?:at|from|of|with)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)?)\b")


def gender(m: Mention) -> str | None:
    """'f', 'm' or None from the given name or a gendered title."""
    return _gender(m.name, m.role)


#: FEMALE_NAMES without diacritics, lower-cased as names.fold gives them
_FEMALE_FOLDED: Final = frozenset(fold(n) for n in FEMALE_NAMES)
#: the given names that tell a man when FEMALE_NAMES does not claim them (not MORE_GIVEN_NAMES, which tell nothing)
_MALE_FIRST: Final = frozenset(FIRST_NAMES - MORE_GIVEN_NAMES)
_FIRST_FOLDED: Final = frozenset(fold(n) for n in _MALE_FIRST) - _FEMALE_FOLDED
#: the endings of Slavic surnames that only women bear
_FEMALE_SURNAME_ENDS: Final = ("ova", "eva", "ska", "cka", "ová", "ská", "cká", "ayeva", "yeva", "skaya", "tskaya",
                                "kaya")  # ("Tsikhanouskaya")


#: the commonest Vietnamese surnames, which open a Vietnamese name
_VIET_SURNAMES: Final = frozenset("""Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh
Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý""".split())
#: a Korean given name in two syllables joined by a hyphen ("Hye-won", "Ji-hoon"): the name before it is the surname
_SURNAME_FIRST_GIVEN: Final = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")


@lru_cache(maxsize=4096)
def _gender(name: str, role: str) -> str | None:
    """:func:`gender` of a name and role, memoised: pronouns ask it of the same people again and again."""
    parts = name.split()
    first = parts[0] if parts else ""
    role = role.lower()
    if len(parts) == 2 and _SURNAME_FIRST_GIVEN.fullmatch(parts[1]):
        first = ""  # "Kim Hye-won", "Lee Jae-myung": a Korean surname first, then a given name that tells nothing
    if len(parts) > 2 and parts[0] in _VIET_SURNAMES:  # "Nguyen Thi Kim Loan": a Vietnamese surname first; the
        # middle name tells a woman ("Thi") or a man ("Van"), else nothing
        return "f" if parts[1] in ("Thi", "Thị") else "m" if parts[1] in ("Van", "Văn") else None
    if role in MALE_KIN:  # a relative named by the kinship ("her husband, Adam": role "husband")
        return "m"
    if first in FEMALE_NAMES or fold(first) in _FEMALE_FOLDED or _FEMALE_ROLE.search(role) or role in FEMALE_KIN:
        return "f"  # ("María", "Zoë" as "Maria", "Zoe")
    if len(parts) > 1 and first not in _MALE_FIRST and parts[-1].endswith(_FEMALE_SURNAME_ENDS):
        return "f"  # "Anastasia Volkova", "Małgorzata Kowalska": Slavic women's surnames
    if (len(parts) > 1 and (first in _MALE_FIRST or fold(first) in _FIRST_FOLDED)) or \
            _MALE_ROLE.search(role):
        return "m"
    return None


#: between a body and where it is: "The Health Ministry in Hamas-run Gaza"
_LOCATED_IN: Final = re.compile(r"\s+in\s+(?:the\s+)?")
# "Lewis Hughes of Greater Manchester Police", "Bart Kemp of the group Farmers Defence Force"
_MEMBER_OF: Final = re.compile(r" (?:of|at|from|for) (?:the )?(?:(?:group|party|movement|campaign|union|firm|"
                        r"company|agency|charity|organi[sz]ation|think tank|institute|association) )?")


@dataclass(init=False)  # an explicit __init__: mypyc compiles it to a native constructor
class Speaker:
    name: str
    role: str = ""
    confidence: float = 0.9
    candidates: list[str] = field(default_factory=list)
    type: str = "person"

    def __init__(self, name: str, role: str = "", confidence: float = 0.9, candidates: list[str] | None = None,
                 type: str = "person") -> None:
        # an unnamed source as written, without the initials in its brackets: "A senior official in the
        # ruling Justice and Development Party (AKP)"
        if type == "source":  # (nor the conjunction before it: "as the national government confirmed")
            name = _LEADING_CONJ.sub("", _BRACKETED.sub("", name) if "(" in name else name)
        self.name = name
        self.role = role
        self.confidence = confidence
        self.candidates = [] if candidates is None else candidates
        self.type = type


class SpeakerFinder:
    """Resolve speakers against the article's entity mentions."""

    def __init__(self, text: str, mentions: list[Mention], quoted: list[tuple[int, int]] | None = None):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        # people named inside someone's quote are not who "he" or "she" refers to next
        spans = sorted(quoted or [])
        self.quoted_spans = spans
        credits = _byline_spans(text)
        self.people = [m for m in self.mentions if m.type == "person" and not _inside(spans, m.start) and
                       not (credits and _inside(credits, m.start)) and not _spoken_to(text, m.start)]
        # 'A local official ... told AFP': unnamed people a later "he said" may mean, found once
        self.new_sources = _new_sources(text)
        self.new_source_ends = [m.end() for m in self.new_sources]
        self.first_in_sentence: dict[int, Mention] = {}
        for m in self.mentions:
            self.first_in_sentence.setdefault(m.sentence, m)
        self.people_starts = [m.start for m in self.people]
        self.speakers: list[tuple[int, str]] = []  # (offset, name) of sources already quoted
        self.groups: list[tuple[int, Speaker]] = []  # unnamed plural sources ("analysts")
        self.sources: list[tuple[int, Speaker]] = []  # every unnamed source ("Brazil's central bank")

    def spoke(self, sp: Speaker, pos: int) -> None:
        """Record that ``sp`` was found speaking at ``pos`` ("the agency" later prefers it)."""
        if sp.type == "organisation":
            self.speakers.append((pos, sp.name))
        elif sp.type == "source":
            self.sources.append((pos, sp))
            if sp.name.lower().rstrip().endswith(("s", "people", "matter")):
                self.groups.append((pos, sp))

    def they(self, pos: int) -> Speaker | None:
        """"they said": the group of sources quoted just before (within a few sentences)."""
        opens = self.text.rfind("\n", 0, pos) + 1
        if pos == opens or self.text[pos - 2:pos] == ". ":
            # "The authors, including novelist Celeste Marrone, sued in September. They say Apple used Books3":
            # a sentence opening with "They" after one whose subject is a plural noun
            before = max(self.text.rfind("\n", 0, pos - 2), self.text.rfind(". ", 0, pos - 2) + 1) + 1
            plural = _PLURAL_SUBJECT.match(self.text, before, pos)
            if plural is not None and plural.group(1).split()[-1] not in _NOT_IN_SOURCE:
                phrase = plural.group(0).split(",")[0].strip()
                phrase = phrase[0].lower() + phrase[1:] if phrase.startswith("The ") else phrase
                return Speaker(phrase, "", 0.5, [phrase], "source")
        here = next(((at, n) for at, n in reversed(self.speakers) if at < pos and pos - at < 300), None)
        if here is not None and not _SENTENCE_END.search(self.text, here[0], pos) and \
                not any(here[0] < at < pos for at, _ in self.groups):
            # "Analysts at Wolfe Research estimated ..., though they said": who spoke earlier in this sentence
            return Speaker(here[1], "", 0.5, [here[1]], "organisation")
        for at, sp in reversed(self.groups):
            if at < pos and pos - at < 400:
                return Speaker(sp.name, sp.role, 0.5, [sp.name], sp.type)
        # "Analysts at Kpler said ... Repairs take weeks, they said.": the body they spoke for
        spoke = next((n for at, n in reversed(self.speakers) if at < pos and pos - at < 300), None)
        return Speaker(spoke, "", 0.45, [spoke], "organisation") if spoke else None

    def _in(self, lo: int, hi: int, types: tuple[str, ...] = ("person", "organisation", "place")) -> list[Mention]:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi, i)  # the mentions starting before hi
        return [m for m in self.mentions[i:j] if m.type in types and m.end <= hi]

    def recent_people(self, pos: int, n: int = 4) -> list[Mention]:
        """Distinct people named before ``pos``, most recent first."""
        i = bisect.bisect_left(self.people_starts, pos)
        seen: list[Mention] = []
        names: list[str] = []
        people = self.people
        for k in range(i - 1, -1, -1):  # backwards without copying the list
            m = people[k]
            if m.name not in names:
                seen.append(m)
                names.append(m.name)
            if len(seen) == n:
                break
        return seen

    def _from_mention(self, m: Mention, conf: float) -> Speaker:
        role = m.role or self._latest_role(m.name, m.start)
        return Speaker(m.name, role, conf, [m.name], m.type)

    def titled_role(self, lo: int, hi: int) -> Speaker | None:
        """"The Deputy Secretary said", "The Prime Minister told MPs": the person named before whose
        role holds every word of the title (not a minister of another portfolio)."""
        m = _TITLED_ROLE.fullmatch(self.text, lo, hi)
        if m is None:
            return None
        words = m.group(1).lower().split()
        for p in reversed(self._in(max(0, lo - 4000), lo, ("person",))):
            role = (p.role or self._latest_role(p.name, p.start)).lower().split()
            if role and all(w in role for w in words):
                return self._from_mention(p, 0.7)
        return None

    def _judge_subject(self, pos: int) -> Speaker | None:
        """The judge a sentence opening with "The judge" means, when that sentence is the one just before the
        sentence that holds ``pos`` ("The judge agreed with Sir David. '...,' he wrote": not Sir David)."""
        if self.text.find(" judge", max(0, pos - 500), pos) < 0:
            return None  # (a cheap test first: most pronouns have no judge before them)
        ends = [e.end() for e in _SENTENCE_END.finditer(self.text, max(0, pos - 500), pos)]
        if len(ends) < 2:
            return None
        at = ends[-2]
        opening = _JUDGE_OPENING.match(self.text, at, ends[-1])
        if opening is None or self._in(ends[-1], pos, ("person",)):
            return None  # (not when the sentence with the pronoun names someone before it)
        return self._person_with_role("judge", at)

    def _gender_of(self, m: Mention) -> str | None:
        """:func:`gender`, else what a kinship word just before the name says ("Hawa's eldest son,
        Abakar,": a man; "his daughter, Amina": a woman)."""
        g = gender(m)
        if g is not None:
            return g
        kin = _KIN_BEFORE.search(self.text, max(0, m.start - 24), m.start)
        if kin is None:
            return None
        return "m" if kin.group(1) in MALE_KIN else "f" if kin.group(1) in FEMALE_KIN else None

    def _latest_role(self, name: str, pos: int) -> str:
        for m in self.people:
            if m.name == name and m.role:
                return m.role
        return ""

    def pronoun(self, pos: int, conf: float = 0.75) -> Speaker | None:
        """The person a pronoun at ``pos`` most likely refers to.

        People of the other gender (when a given name tells) are skipped; among
        those named in the latest sentence the first named, its subject, wins.
        """
        recent = [m for m in self.recent_people(pos, 6) if self.text[max(0, m.start - 4):m.start] not in ("the ", "The ")]
        # (people take no article: "at the Kursaal", "the Brighouse Pool" are places a "she" is not)
        unnamed = next(((at, sp) for at, sp in reversed(self.sources) if at < pos), None)
        if unnamed and pos - unnamed[0] < 600 and (not recent or recent[0].start < unnamed[0]) and \
                (_source_head(unnamed[1].name) or unnamed[1].name.lower().split()[-1]) in _ONE_PERSON:
            # 'A local elected official ... told AFP ... "We heard gunfire," he said': the official
            sp = unnamed[1]
            return Speaker(sp.name, sp.role, conf - 0.15, [sp.name] + [m.name for m in recent[:3]], sp.type)
        lo = max(recent[0].end if recent else 0, pos - 500)
        k = bisect.bisect_left(self.new_source_ends, pos + 1) - 1
        new = self.new_sources[k] if k >= 0 and self.new_sources[k].start() >= lo else None
        if new:  # 'A local elected official, who asked not to be named, told AFP ... he said': not news to us
            phrase = new.group(1)
            return Speaker(phrase, "", conf - 0.15, [phrase] + [m.name for m in recent[:3]], "source")
        if not recent:
            return None
        judge = self._judge_subject(pos)
        if judge is not None:  # "The judge agreed with Sir David. '...,' he wrote": the judge, not Sir David
            return judge
        word = self.text[pos:pos + 3].lower()
        want = "f" if word.startswith(("she", "her")) else "m"
        fits = [self._gender_of(m) in (None, want) for m in recent]
        fitting = [m for m, ok in zip(recent, fits) if ok] or recent
        top = fitting[0]
        same = [m for m in fitting if m.sentence == top.sentence]
        owners = [m for m in same if self.text[m.end:m.end + 2] in ("'s", "’s")]
        if owners and len(owners) < len(same):  # "Mehta's lawyer, Thomas Brennan, said": not Mehta
            same = [m for m in same if m not in owners]
        if want == "f" and len(same) > 1:  # "she": a woman named in the sentence before someone who may not be one
            women = [m for m in same if self._gender_of(m) == "f"]
            # else an unknown given name in -a ("Martina", "Sviatlana") before one that is not
            same = women or [m for m in same if gender(m) is None and m.name.split()[0].endswith("a")] or same
        best = min(same, key=lambda m: m.start) if same else top
        later = [m for m in same if m.start > best.start and _CONTRAST.search(self.text, best.end, m.start) and
                 _VERB_NEXT.match(self.text, m.end)]
        if len(later) == 1 and _SENTENCE_BREAK.search(self.text, later[0].end, pos):
            best = later[0]  # "Jetten welcomed the report, while CDA leader Henri Bontenbal was more guarded." ⏎
            # "'...,' he told reporters": the one the sentence turned to
        cued = [m for m in same if _SAYS_NEXT.match(self.text, m.end) or
                (aside := _APPOSITIVE_ROLE.match(self.text, m.end)) is not None and
                self.text.startswith(",", aside.end()) and _SAYS_NEXT.match(self.text, aside.end() + 1)]
        if len(cued) == 1 and cued[0] is not best:
            best = cued[0]  # "But after he was shown footage in which Mr Haddad appears to ..., Mr Tolley conceded he
            # had accepted 'gifts'." ⏎ "'...,' he said": the one the sentence has speak, not the first named
        if self.text[max(0, pos - 2):pos] == ", " and _SAID_NEXT.match(self.text, pos) and \
                not _SENTENCE_BREAK.search(self.text, best.start, pos):
            # "Prosecutors had weighed the value of Mérisier's cooperation, he said.": a name inside
            # what is reported is not who reports it; the subject of the sentence before is
            before = [m for m in fitting if _SENTENCE_BREAK.search(self.text, m.end, pos)]
            if before:
                best = min((m for m in before if m.sentence == before[0].sentence), key=lambda m: m.start)
        head = self._pronoun_subject(best.start)
        if head is not None and head < best.start and self.text[head:head + 3].lower().startswith(word[:2]):
            # 'He said he had phoned Carney ... "We will work with him," he said': the same "he"
            earlier = self.pronoun(head, conf)
            if earlier is not None and earlier.name != best.name:
                earlier.candidates = list(dict.fromkeys([earlier.name] + [m.name for m in recent]))
                return earlier
        # recent people have distinct names, so "not in fitting" is "did not fit"
        others = [m for m, ok in zip(recent, fits) if not ok] if fitting is not recent else []
        ranked = [best] + [m for m in fitting if m is not best] + others
        sp = self._from_mention(best, conf if len(ranked) == 1 else conf - 0.05)
        sp.candidates = list(dict.fromkeys(m.name for m in ranked))
        return sp

    def _pronoun_subject(self, pos: int) -> int | None:
        """Offset of "He"/"She" opening the sentence that contains ``pos``, if it does."""
        lo = max(0, pos - 300)
        start = lo
        for end in _SENTENCE_END.finditer(self.text, lo, pos):
            start = end.end()
        if start == lo and lo > 0:
            return None  # the sentence began too far back to tell
        m = _PRONOUN_OPENING.match(self.text, start, pos)
        return m.start(1) if m else None

    def _opens_sentence(self, m: Mention) -> bool:
        """Is ``m`` the sentence's subject: its first name, with at most "The" before it?"""
        return self.first_in_sentence.get(m.sentence) is m and \
            _SENTENCE_HEAD.search(self.text, max(0, m.start - 12), m.start) is not None

    def it(self, pos: int, sent_start: int) -> Speaker | None:
        """"it said", "what it called": the sentence's first organisation or country,
        else the one named last before it."""
        said = _SAID_THEN.search(self.text, max(sent_start, pos - 16), pos)
        if said is not None and said.start() > sent_start:
            # "The Belarusian general staff said it had warned": it is whoever said so
            sp = self.subject_before(sent_start, said.start()) or self.nominal_source(sent_start, said.start())
            if sp is not None and sp.type != "person":
                return sp
        opening = _OPENING_BODY.match(self.text, sent_start, pos)
        if opening is not None and not self._in(sent_start, opening.end(1)):
            # "The ministry thanked the UAE for what it called ...": the body the sentence opens with
            found = self.nominal(opening.group(1), opening.start(1))
            if found is not None and found.type != "person":
                return found
        for m in self._in(sent_start, pos, ("organisation", "place")):
            if (m.type == "organisation" or m.name in COUNTRIES) and not self._own_medium(m):
                # (not "In a statement posted on its Facebook page, it said": where it said it)
                return Speaker(m.name, m.role, 0.6, [m.name], m.type)
        before = self._in(max(0, sent_start - 400), sent_start, ("organisation", "place", "person"))
        first = self.first_in_sentence.get(before[-1].sentence) if before else None
        # (the body, not the country its name opens with: "Pakistan's Foreign Office")
        opener = next((m for m in before if first is not None and m.start == first.start and
                       m.type == "organisation"), None)
        if first is not None and opener is not None and self._opens_sentence(first) and \
                any(ch in self.text[opener.end:sent_start] for ch in "\"”’»"):
            # 'Pakistan's Foreign Office summoned the envoy to lodge a "strong protest", it said': the body that
            # opened the sentence the quote is in
            return Speaker(opener.name, opener.role, 0.6, [opener.name], opener.type)
        if sent_start > 0:
            # "The Russian defence ministry has given its own account. In a statement, it said": the body
            # that opened the sentence just before, unnamed
            prev = max(self.text.rfind(". ", 0, sent_start - 1), self.text.rfind("\n", 0, sent_start - 1)) + 1
            body = _OPENING_BODY.match(self.text, prev, sent_start)
            if body and not self._in(body.start(1), body.end(1)) or \
                    body and all(m.type == "place" for m in self._in(body.start(1), body.end(1))):
                sp = self.nominal(body.group(1), body.start(1))
                return sp or Speaker(body.group(1), "", 0.5, [], "source")
            just = next((n for at, n in reversed(self.speakers) if prev <= at < sent_start), None)
            if just is not None:
                # "..., the federation said. It added that ...": the body that spoke in the sentence just before
                return Speaker(just, "", 0.6, [just], "organisation")
        earlier = [m for m in reversed(self._in(max(0, pos - 400), pos, ("organisation", "place")))
                   if (m.type == "organisation" or m.name in COUNTRIES) and not self._credit(m) and
                   not self._own_medium(m) and not _SEEN_BY.search(self.text, max(0, m.start - 20), m.start)]
        quoted = {n for at, n in self.speakers if at < pos}
        # the subject of the sentence just before ("The ministry did not comment. It said ..."), else
        # an organisation already quoted, else one that is not the medium ("said on Telegram")
        last = earlier[0] if earlier else None
        subject = self.first_in_sentence.get(last.sentence) if last else None
        best = None
        if subject is not None and self._opens_sentence(subject):
            nxt = next((m for m in self._in(subject.end, pos) if m.sentence == subject.sentence), None)
            if nxt is not None and nxt.type == "organisation" and _LOWER_GAP.fullmatch(self.text, subject.end, nxt.start):
                subject = nxt  # "The U.N. peacekeeping force UNIFIL": the head of the phrase
            if (subject.type == "organisation" or subject.name in COUNTRIES and
                    _COUNTRY_SPOKE.match(self.text, subject.end) is not None) and \
                    not self._in(subject.end, pos, ("person",)):
                best = subject  # ("Pakistan says the campaign ... It has said": the country that spoke)
        best = best or next((m for m in earlier if m.name in quoted), None) or \
            next((m for m in earlier if m.type == "organisation" and m.sentence < last.sentence and  # type: ignore[union-attr]
                  self._opens_sentence(m)), None) or \
            next((m for m in earlier if m.type == "organisation" and
                  not _MEDIUM_BEFORE.search(self.text, max(0, m.start - 8), m.start)), None) or \
            next((m for m in earlier if not _MEDIUM_BEFORE.search(self.text, max(0, m.start - 8), m.start)), None)
        if best:
            return Speaker(best.name, best.role, 0.6, [m.name for m in earlier[:4]] if len(earlier) > 1
                           else [best.name], best.type)
        # "The company said in a statement ... It said": the organisation that spoke just before
        spoke = next((n for at, n in reversed(self.speakers) if at < pos and pos - at < 400), None)
        return Speaker(spoke, "", 0.5, [spoke], "organisation") if spoke else None

    def nominal(self, noun_phrase: str, pos: int) -> Speaker | None:
        """Resolve "the spokesperson" / "the ministry" to something named earlier."""
        if not noun_phrase.strip():
            return None
        head = noun_phrase.lower().split()[-1]
        if head in ("statement", "report", "communique", "communiqué", "bulletin", "filing", "post", "document",
                    "briefing", "letter", "memo", "notice", "circular"):
            # "the statement said": whoever issued it, the organisation quoted last (or the one "a statement from
            # the provincial police" named just before)
            named_by = list(_STATEMENT_FROM.finditer(self.text, max(0, pos - 400), pos))
            if named_by:
                lo, hi = named_by[-1].span(1)
                whose = self._in(lo, hi, ("organisation", "person"))
                by = self._from_mention(whose[0], 0.6) if whose else self.nominal_source(lo, hi)
                if by is not None:
                    return by
            said_in = list(_SAID_IN_A_STATEMENT.finditer(self.text, max(0, pos - 1500), pos))
            stop = _SENTENCE_END.search(self.text, said_in[-1].end(), pos) if said_in else None
            if said_in and head == "statement" and stop is not None and \
                    _SPOKE_SINCE.search(self.text, stop.end(), max(stop.end(), pos - 30)) is None:
                # '..., the court said in a statement.' ⏎ '..., the statement added': the one who said it in it
                # (only when no one has spoken since that sentence: "the prosecutor's office said police had
                # detained 21 people ... according to the statement" is the office's, said in a statement or not)
                subject = said_in[-1].group(1)
                whose = self._in(said_in[-1].start(1), said_in[-1].end(1), ("organisation", "person"))
                by = self._from_mention(whose[-1], 0.6) if whose else \
                    self.nominal(subject, said_in[-1].start(1)) if subject.lower().startswith("the ") else None
                if by is not None:
                    return by
            issuers = [n for at, n in self.speakers if at < pos] or \
                [m.name for m in self._in(max(0, pos - 600), pos, ("organisation",))]
            if issuers:
                return Speaker(issuers[-1], "", 0.55, list(dict.fromkeys(reversed(issuers)))[:4], "organisation")
        words = noun_phrase.split()
        if len(words) > 1 and words[0] in DEMONYMS and not any(
                m.type == "organisation" and head in m.name.lower() and
                (m.name.split()[0] == words[0] or m.name.split()[0] not in DEMONYMS)
                for m in self._in(0, pos, ("organisation",))) and \
                not (head in _BUSINESS_HEADS and self._firm_in_sentence(pos)):
            # (but "Shares of Vasudha Pharma fell ... after the Indian generic drugmaker said": that firm)
            return Speaker(noun_phrase.strip(), "", 0.5, [], "source")  # "the Israeli government" (not the "Welsh
            # Government" named before "The UK government has said")
        mod = words[-2].lower() if len(words) > 1 and words[-2].islower() and words[-2] not in ("the", "a", "an") \
            else None
        for at, sp in reversed(self.sources):  # "the bank" after "Brazil's central bank said"
            # (not "a company spokesperson" for "the company"; but "the person" after "a person familiar
            # with the negotiations")
            if at < pos and (sp.name.lower().endswith(head) or _source_head(sp.name) == head):
                if head in _BODY_HEADS and _PERSON_OF_BODY.search(sp.name):
                    continue  # "the agency" after "an official of the agency": the agency, not its official
                if mod is not None and mod not in sp.name.lower():
                    continue  # "the municipal government" is not the state government quoted before
                words = [w for w in sp.name.lower().split() if w not in ("the", "a", "an")]
                named_body = next((m for m in reversed(self._in(max(0, pos - 2000), pos, ("organisation",)))
                                   if len(words) > 1 and all(w in m.name.lower() for w in words)), None)
                if named_body is not None:  # "the health ministry" after "the Ministry of Public Health": that body
                    return Speaker(named_body.name, named_body.role, 0.55, [named_body.name, sp.name],
                                   named_body.type)
                since = next((n for a, n in reversed(self.speakers) if at < a < pos and
                              (n in _NAMED_REGULATORS or any(w in n for w in _REGULATOR_WORDS))), None) \
                    if head in ("regulator", "watchdog") else None
                if since is not None:  # "Britain's financial regulator has fined ... The Financial Conduct
                    # Authority said ... The regulator said": the body since named
                    return Speaker(since, "", 0.55, [since, sp.name], "organisation")
                return Speaker(sp.name, sp.role, 0.55, [sp.name], sp.type)
        earlier = [m for m in reversed(self._in(0, pos, ("person", "organisation")))
                   if not self._credit(m) and not _MEDIUM_AFTER.match(self.text, m.end, pos)]
        # an office written with its capitals, the whole of it: "the Prime Minister", "the Foreign Secretary"
        office = " ".join(words[-2:]).lower() if len(words) > 1 and words[-1][:1].isupper() and \
            words[-2][:1].isupper() and words[-2] != "The" else ""
        body = head in _BODY_HEADS
        described = self._described_as(head, pos) if body else set()
        for m in earlier:
            if body and m.type == "person":
                continue  # "the hospital said": not its chief executive, whose role names it
            role = m.role or (self._latest_role(m.name, m.start) if m.type == "person" else "")
            if (head in role.lower() or head in m.name.lower()) and \
                    not (body and m.name.endswith(_STAFF_BODIES) and not m.name.lower().endswith(head)) and \
                    not (office and m.type == "person" and office not in role.lower()):
                # (not "Housing minister Tobias Wren" for "the Prime Minister")
                # ("Araghchi said": the minister named before; but "the university" is not the "University and
                # College Union")
                return Speaker(m.name, role, 0.6, [m.name], m.type)
            if m.name in described and m.type == "organisation" and \
                    not any(o.type == "organisation" and o.name != m.name and o.start > m.start and
                            self.first_in_sentence.get(o.sentence) is o for o in earlier):
                # "agents from Ibama, the federal environmental agency, ... the agency said": the body so described
                # (not when another body has since been a sentence's subject: "DTEK, Ukraine's largest private
                # energy company, ... National grid operator Ukrenergo introduced outages. The company warned")
                return Speaker(m.name, m.role, 0.6, [m.name], m.type)
        if head in ("bench", "panel"):  # "the Bench observed": the court that heard the case
            court = next((m for m in earlier if m.type == "organisation" and
                          any(w in m.name for w in ("Court", "Tribunal"))), None)
            if court is not None:
                return Speaker(court.name, court.role, 0.6, [court.name], court.type)
        if head in ("army", "military"):  # "the army said" after "the Sudanese Armed Forces (SAF)"
            forces = next((m for m in earlier if m.type == "organisation" and
                           any(w in m.name for w in _FORCES_WORDS)), None)
            if forces is not None:
                return Speaker(forces.name, forces.role, 0.55, [forces.name], forces.type)
        if body and not any(head.capitalize() in m.name for m in earlier if m.type == "organisation"):
            # "the commission said" after "an independent regulatory commission ruled": the body described
            # before, as written, when no body of that kind was named
            at = self.text.rfind(" " + head, max(0, pos - 2000), pos - 4)
            end = at + 1 + len(head)
            if at > 0 and not self.text[end:end + 1].isalpha():
                for desc in _DESCRIBED_BODY.finditer(self.text, max(0, at - 40), end):
                    if desc.end() == end and not any(w in _NOT_IN_SOURCE for w in desc.group(1).split()):
                        return Speaker(desc.group(1), "", 0.5, [desc.group(1)], "source")
        if body:
            # (for "ministry", also in the list above, _KIND_WORDS keeps only ministries and offices, though
            # not an official's "Office of the Premier")
            orgs = list(dict.fromkeys(m.name for m in earlier if m.type == "organisation"))
            kinds = _KIND_WORDS.get(head)
            if kinds is not None:  # "the hospital said" after "Cedar Valley Regional Medical Center": one of its kind
                # (none: "the utility" stays as written; but a union may be called anything: "The Colegio de
                # Profesores, the main teachers' union," is one)
                orgs = [n for n in orgs if any(w in n for w in kinds) and
                        not (head == "ministry" and n.startswith("Office of ")) and
                        not (head in ("university", "college", "school") and n.endswith(_STAFF_BODIES))] or \
                    ([n for n in orgs if not any(w in n for w in _GOV_WORDS)] if head == "union" else [])
            if mod is not None and head in _PORTFOLIO_HEADS and mod not in _PLAIN_MODS and \
                    not any(w[:1].isupper() and w != "The" for w in words):  # (not "the Myara polling agency")
                # "according to the power ministry" is no meteorological department named before, "the national
                # statistics institute" no electoral tribunal: a body of that portfolio or none ("defence" finds
                # "Ministry of Defense")
                orgs = [n for n in orgs if mod[:5] in n.lower()]
            if not _ARMED_MODS.isdisjoint(noun_phrase.lower().split()):  # "the paramilitary group": an armed one
                orgs = [n for n in orgs if _armed(n)] + [n for n in orgs if not _armed(n)]
                if orgs and _armed(orgs[0]):
                    best = next(m for m in earlier if m.name == orgs[0])
                    return Speaker(best.name, best.role, 0.55, orgs[:4], best.type)
            if head in _BUSINESS_HEADS:  # a business, not a regulator
                orgs = [n for n in orgs if not any(w in n for w in _NOT_BUSINESS)] + \
                    [n for n in orgs if any(w in n for w in _NOT_BUSINESS)]
            elif head in ("agency", "regulator", "authority", "watchdog", "ministry", "office", "commission"):
                # "the agency said" after "the Federal Aviation Administration ... Meridian": the public body
                gov = [n for n in orgs if any(w in n for w in _GOV_WORDS) or n in _NAMED_REGULATORS or
                       head in ("regulator", "watchdog") and _CENTRAL_BANK.search(n) is not None]
                if gov:
                    best = next(m for m in earlier if m.name == gov[0])
                    return Speaker(best.name, best.role, 0.55, gov[:4], best.type)
                if head in ("authority", "regulator", "watchdog") and orgs and \
                        not any(w in n for n in orgs for w in ("Authority", "Regulat", "Watchdog", "Commission")) and \
                        not any(n in _NAMED_REGULATORS for n in orgs):
                    return None  # "The port authority estimated" after two port operators: as written
            near = next((m for m in earlier if m.type == "organisation"), None)
            if near is not None and head in ("group", "militia", "movement", "organisation", "organization") and \
                    not _SENTENCE_END.search(self.text, near.end, pos):
                # "He accused the RSF of shelling ...; the group has denied it": named in this sentence
                return Speaker(near.name, near.role, 0.6, orgs[:4], near.type)
            in_sentence = [m for m in earlier if m.type == "organisation" and m.name in orgs and len(m.name) > 2 and
                           not _SENTENCE_END.search(self.text, m.end, pos) and
                           not _SEEN_BY.search(self.text, max(0, m.start - 20), m.start)] \
                if head in _BUSINESS_HEADS else []  # (not "seen by The Register, the Leeds-based firm said")
            firms = [m for m in in_sentence if not any(w in m.name for w in _NOT_BUSINESS)]
            if firms:  # ("The U.S. Food and Drug Administration approved Verantis Therapeutics' pill, the
                # Boston-based drugmaker said": the drugmaker, not the regulator named first)
                in_sentence = firms
            outside = [m for m in earlier if not _inside(self.quoted_spans, m.start)]  # (not a body in a quote)
            boss = outside[0] if outside and outside[0].type == "person" and pos - outside[0].end < 400 and \
                head in _BUSINESS_HEADS else None
            titles = {w for w in boss.role.split() if w[:1].isupper()} if boss is not None else set()
            titled = next((m for m in earlier if m.type == "organisation" and m.name.split()[0] in titles), None)
            if titled is not None:
                # '"...," Hartwell Chief Executive Dana Okafor said. The company said': the company in her title
                return Speaker(titled.name, titled.role, 0.6, orgs[:4], titled.type)
            if in_sentence:
                # "Aerolíneas Argentinas cancelled about 300 flights, according to the state-owned airline": the
                # business this sentence names first (not "led by Greyfield Partners, the company told TechCrunch")
                first_named = in_sentence[-1]
                return Speaker(first_named.name, first_named.role, 0.6, orgs[:4], first_named.type)
            if orgs:  # "the company" = the last organisation named, preferring one already quoted
                quoted = {n for at, n in self.speakers if at < pos}
                # then one that was a sentence's subject ("Orbis said ... at the EU's General Court")
                latest: dict[str, Mention] = {}
                for m in earlier:
                    latest.setdefault(m.name, m)
                subjects = {n for n, m in latest.items() if self._opens_sentence(m)}
                ranked = [n for n in orgs if n in quoted] + [n for n in orgs if n not in quoted and n in subjects] + \
                    [n for n in orgs if n not in quoted and n not in subjects]
                lead = earlier[0] if earlier else None
                if lead is not None and lead.type == "organisation" and lead.name in orgs and \
                        self.first_in_sentence.get(lead.sentence) is lead and \
                        len(_SENTENCE_END.findall(self.text, lead.end, pos)) == 1 and len(lead.name) > 2 and \
                        not _PREP_BEFORE.search(self.text, max(0, lead.start - 16), lead.start):
                    # "National grid operator Ukrenergo introduced outages. The company warned ...": the
                    # body the sentence before was about, whoever was quoted earlier
                    ranked = [lead.name] + [n for n in ranked if n != lead.name]
                if head in _BUSINESS_HEADS:  # "according to the company" after "The Ministry of Defence has
                    # signed a contract with MBDA UK": a business before a public body, whatever spoke
                    ranked = [n for n in ranked if not any(w in n for w in _NOT_BUSINESS)] + \
                        [n for n in ranked if any(w in n for w in _NOT_BUSINESS)]
                best = next(m for m in earlier if m.name == ranked[0])
                return Speaker(best.name, best.role, 0.55, ranked[:4], best.type)
        return None

    def _described_as(self, head: str, pos: int) -> set[str]:
        """The bodies named before ``pos`` with an appositive whose noun is ``head`` ("Ibama, the
        federal environmental agency,")."""
        out: set[str] = set()
        for m in self._in(max(0, pos - 3000), pos, ("organisation",)):
            app = _APPOSITIVE_NOUN.match(self.text, m.end, min(pos, m.end + 80))
            if app is not None and app.group(1).lower() == head or \
                    self.text[max(0, m.start - len(head) - 1):m.start].lower() == head + " " and \
                    _KIND_BEFORE.search(self.text, max(0, m.start - 40), m.start):
                out.add(m.name)  # ("Blockchain analytics firm Cobalt Trace said ... , the firm said": described so)
        return out

    def subject_before(self, lo: int, hi: int, first: bool = False) -> Speaker | None:
        """Nearest speaker-like phrase in ``text[lo:hi]`` (the first one if ``first``)."""
        back = _THOSE_PEOPLE.fullmatch(self.text, lo, hi)
        if back is not None:
            if back.group("one"):  # "One of the people said": one of them, as written
                return Speaker(back.group("one"), "", 0.55, [back.group("one")], "source")
            return self.they(lo)  # "Those people said": the people familiar with the matter, just quoted
        if _ONE_OF_THEM.fullmatch(self.text, lo, hi) is not None:
            # '"Nobody in the market sees real demand yet," one of them said': the bankers quoted before
            quoted_before = self.they(lo)
            if quoted_before is not None:
                return quoted_before
        lo = after_opener(self.text, lo, hi)  # "Asked about Kovalenko on Tuesday, head coach Ruben Vos said": not him
        counsel = (_COUNSEL_FOR.fullmatch(self.text, lo, hi) or
                   (_COUNSEL_HEAD.match(self.text, lo, hi) if first else None)) \
            if self.text.find(" for ", lo, hi) > 0 or self.text.find(" representing ", lo, hi) > 0 else None
        if counsel is not None:  # "Lawyers for the victims said", "lawyers for the government told the court": the
            # lawyers, as written (not their clients)
            return Speaker(counsel.group(1), "", 0.6, [counsel.group(1)], "source")
        channel = _NAMED_CHANNEL.fullmatch(self.text, lo, hi) if hi - lo > 12 and self.text[hi - 2] in "»\"”)," \
            else None
        if channel is not None:  # "A popular Telegram channel, «Военная хроника», said": the one named
            return Speaker(channel.group(1), "", 0.7, [channel.group(1)], "organisation")
        medium = self.text.find(" quoted by ", lo, hi)
        if medium > lo:  # "Pakistani security officials, quoted by the state-run APP, ... claimed", "An Israeli
            # security official quoted by Army Radio said": not the medium
            hi = medium
        if not first and ", and " in self.text[lo:hi]:
            coord = _AND_SUBJECT.search(self.text, lo, hi)
            if coord is not None and _NP_VERBS.isdisjoint(coord.group(1).lower().split()) and \
                    not coord.group(1).split()[-1].endswith("ed") and \
                    (self._in(coord.start(1), hi) or source_matches(self.text, coord.start(1), hi) is not None):
                # "Whitfield has not committed floor time, and two aides familiar with his thinking said":
                # the aides, not Whitfield
                lo = coord.start(1)
        office = OWNED_SUBJECT.match(self.text, lo, hi)
        verb = _OWNED_VERB.match(self.text, office.end(), hi) if office is not None else None
        if office is not None and verb is not None and self._in(office.start(1), office.end(1), ("place",)) and \
                not self._in(office.start(1), office.end(1), ("person", "organisation")):
            # "Russia's embassy in Washington condemned the extradition ..., calling it": the embassy, as written
            phrase = self.text[office.start(1):verb.end()].rsplit(None, 1)[0]
            phrase = _AUX_TAIL_WORDS.sub("", phrase)
            return Speaker(phrase, "", 0.6, [phrase], "source")
        kin = _KIN_OF.fullmatch(self.text, lo, hi)
        if kin is not None and not self._in(lo, hi, ("person",)):
            # "the daughter of an 87-year-old man from Newcastle West said": the daughter, as written
            return Speaker(kin.group("np"), "", 0.9, [kin.group("np")], "source")
        including = _NP_INCLUDING.match(self.text, lo, hi)
        if including is not None and not self._in(lo, including.end("np")) and \
                self._in(including.end("np"), including.end()):
            # "Chocolate makers including Hershey and Mondelez have warned": the makers, as written
            np_lo, np_hi = including.span("np")
            return self.nominal_source(np_lo, np_hi) or \
                Speaker(including.group("np"), "", 0.55, [including.group("np")], "source")
        clause = _NP_WHICH.fullmatch(self.text, lo, hi) or _NP_WHO_OR_WHERE.fullmatch(self.text, lo, hi)
        if clause is not None and not self._in(clause.start("np"), clause.end("np"), ("person", "organisation")) and \
                not self._in(clause.end("np"), hi,
                             ("person",) if clause.re is _NP_WHICH else ("person", "organisation")):
            # "The group, which includes Saudi Arabia, Russia and Iraq, said", "Analysts who follow the
            # Sahel expect", "Grain exporters in Santiago del Estero have long complained": the subject,
            # not a name in its clause
            np_lo, np_hi = clause.start("np"), clause.end("np")
            if source_matches(self.text, np_lo, np_hi) is not None:
                found = self.nominal(clause.group("np"), np_lo) if clause.re is _NP_WHICH and \
                    clause.group("np").split()[0] not in _INDEFINITES else None  # ("One industry executive, who
                # asked not to be named, said": no one named before)
                return found or self.nominal_source(np_lo, np_hi)
            if clause.re is _NP_WHICH and _PLURAL_NP.fullmatch(clause.group("np")) and \
                    self.text.startswith(", which ", np_hi):
                # "Colleges, which have already shed thousands of jobs since Ottawa capped study permits, warned":
                # the colleges, as written
                return Speaker(clause.group("np"), "", 0.5, [clause.group("np")], "source")
        known = _KNOWN_AS.search(self.text, lo, hi)
        if known is not None:  # "The U.N. agency for Palestinian refugees, known as UNRWA, warned": UNRWA
            named_as = [m for m in self._in(known.end(), hi, ("organisation",)) if m.start == known.end()]
            # (a person "better known as Abu Mohammed al-Julani" keeps the name given first)
            if named_as:
                return self._from_mention(named_as[0], 0.85)
        named = self._in(lo, hi, ("person", "organisation"))
        if named and named[0].type == "organisation" and not self.text[lo:named[0].start].strip(_OPENERS) and \
                _NAME_ASIDE.fullmatch(self.text, named[0].end, hi) and \
                not self._in(named[0].end, hi, ("person",)):
            # "Stridely, which is headquartered in London but handles European users' data ..., said",
            # "Stridely, the running app that has become one of Strava's biggest rivals, says": the body
            return self._from_mention(named[0], 0.85)
        if _AGE_SUBJECT.match(self.text, lo, hi) and not self._in(lo, hi, ("person",)):
            sp = self._previous_subject(lo)
            if sp:  # "Sir Geoffrey Pendleton ... The 68-year-old told the crowd": the person just named
                return sp
        seg = self.text[lo:hi].rstrip()
        if seg.endswith(" who"):
            # "said Dr Jean-Pierre Kambale, a surgeon at Ndosho hospital, who described ...": the person
            # the relative clause hangs on, past the appositive
            people = self._in(lo, hi, ("person",))
            if people and _APPOSITIVE_TO_WHO.fullmatch(self.text, people[-1].end, lo + len(seg) - 4):
                return self._from_mention(people[-1], 0.85)
        # "One paediatrician, who spoke on condition of anonymity because she was not authorised ...,
        # said", "A neighbor who asked not to be named because she feared retaliation said": the
        # unnamed subject, not whoever the aside's pronoun is
        restrictive = _INDEF_WHO.fullmatch(seg) if " who " in seg else None
        if restrictive is not None and not self._in(lo, hi, ("person",)):
            # "One Brussels-based lawyer who acts for technology companies said": the lawyer, as written
            return Speaker(restrictive.group("np"), "", 0.6, [restrictive.group("np")], "source")
        anon = _ANON_ASIDE.search(seg) if " who " in seg or ", speaking " in seg else None
        if anon is not None and not any(self.text[m.end:m.end + 2] not in ("'s", "’s")
                                        for m in self._in(lo, lo + anon.end("np"), ("person",))):
            # "A foreign exchange dealer at a bank in Accra, who asked not to be named because he is not
            # authorised to speak to the media, said": the dealer, as written (not "he", not the media); "A senior
            # member of Kast's transition team, who asked not to be named, said": the member, not Kast
            return Speaker(anon.group("np"), "", 0.6, [anon.group("np")], "source")
        one = _ONE_THEN_APPOSITIVE.fullmatch(self.text, lo, hi) if seg.endswith(",") else None
        if one is not None and not self._in(lo, hi, ("person",)):
            # "Another returnee, a woman travelling with four children, said", "One subcontractor, a groundworks
            # firm owed around £900,000, told": the source as first written, not the appositive that describes it
            return Speaker(one.group(1), "", 0.55, [one.group(1)], "source")
        aside = _ASIDE_TO_END if seg.endswith(",") else _WHO_ASIDE_LONG if " who " in seg else None
        if aside is not None:
            opens = lo + len(seg) - len(seg.lstrip(_OPENERS))
            if self.text.startswith(("and ", "but "), opens):
                opens += 4  # ", and a source in the NLC secretariat, who spoke on condition of anonymity, said"
            indef = _INDEF_SOURCE.match(self.text, opens, hi)
            rest = aside.fullmatch(self.text, indef.end(), lo + len(seg)) if indef else None
            if indef and rest and not self._in(indef.end(), hi, ("person",)):  # ("A company spokesperson, Lee Soo-min,")
                phrase = self.text[indef.start():rest.end("pp")] if aside is _ASIDE_TO_END and rest.group("pp") \
                    else indef.group(0)
                return Speaker(phrase, "", 0.6, [phrase], "source")
        if not first and (_AUX_TAIL.sub("", seg) if seg.endswith(_AUX_ENDINGS) else seg).endswith(","):
            lead = self._in(lo, hi)
            if lead and (self.text[lo:lead[0].start].strip(" \"“‘'") in ("", "The", "the") or
                         lead[0].type == "person" and self.text[lead[0].start].isupper() and
                         _ROLE_TITLES_ONLY.fullmatch(self.text, lo, lead[0].start)) and \
                    (lead[0].type != "place" or not self.text[lo:lead[0].start].strip(" \"“‘'")) and \
                    self.text[lead[0].end:lead[0].end + 1] == "," and self.text.count(",", lo, hi) >= 2:
                # "Péter Magyar, leader of the opposition Tisza party, which leads ..., called",
                # "Iraq, OPEC's second-largest producer, has said": a sentence that opens with a
                # name and an appositive is that name's ("The Colegio de Profesores, the main teachers' union,")
                return self._from_mention(lead[0], 0.9)
            # "Ben Beadle, chief executive of the NRLA, said": skip the appositive
            opening = seg[:-1].rfind(",")
            if opening > 0:
                described = self._in(lo + opening + 1, lo + len(seg) - 1)
                if described and described[0].type == "person" and \
                        _DESCRIBED_THEN_NAMED.fullmatch(self.text, lo, described[0].start):
                    # "The Dutch MEP who steered the file through Parliament, Jeroen Vollebregt of the EPP, told":
                    # the person the description names, not a body in it or after the name
                    return self._from_mention(described[0], 0.85)
                head = self.subject_before(lo, lo + opening)
                named = self._in(lo + opening + 1, lo + len(seg) - 1)
                if head is not None and len(named) == 1 and named[0].type == "person" and \
                        (head.type != "person" or _ROLE_FOR.fullmatch(self.text, lo, lo + opening) is not None or
                         _BARE_ROLE_FOR.fullmatch(self.text, lo, lo + opening) is not None) and \
                        _TITLES_ONLY.fullmatch(self.text, lo + opening + 1, named[0].start) and \
                        self.text[named[0].end:lo + len(seg) - 1].strip() in _POST_NOMINALS:
                    # "A lecturer at the Institute of Local Government Studies, Dr Adwoa Nyarko-Mensah,
                    # said": the person the appositive names, not the body in the role before it ("An
                    # attorney for Lin, Sandra Ochoa, said": not the client)
                    return self._from_mention(named[0], 0.85)
                if len(named) == 1 and named[0].type == "organisation" and named[0].surface.isupper() and \
                        self.text[lo + opening + 1:lo + len(seg) - 1].strip() == named[0].surface and \
                        head is not None and head.name != named[0].name:
                    # "The UN mission in Afghanistan, UNAMA, said": the body the acronym names, not the UN
                    return self._from_mention(named[0], 0.85)
                last = self._in(lo, lo + opening)
                tail = self.text[last[-1].end:lo + opening].lower().split() if last else []
                # "Carter's lawyer, Marc Mukasey," : the head only names the employer
                # ("The WHO's representative in Chad, Dr. Fatoumata Diallo-Koné,": the representative)
                owned = last and (self.text[last[-1].end:last[-1].end + 2] in ("'s", "’s") or
                                  any(self._owns_role(m, lo + opening) for m in last))
                # "the president of the African Court ..., Judge Rosemary Nkandu,": the person holds the role
                role_of = last and head and head.type == "organisation" and \
                    _ROLE_OF_END.search(self.text, max(lo, last[-1].start - 40), last[-1].start) and \
                    self._in(lo + opening, hi, ("person",))
                if head and head.confidence >= 0.9 and not owned and not role_of and \
                        not any(w.strip("'’s") in ROLE_NOUNS or w in ROLE_NOUNS for w in tail):
                    return head  # ("Khan's party, Pakistan Tehreek-e-Insaf," names the party)
                if head is None and not last and not self._in(lo + opening, hi, ("person",)):
                    src = self.nominal_source(lo, lo + opening)
                    if src:  # "The organisers, a coalition of groups backed by the CGT, said"
                        return src
        cands: list[tuple[int, Speaker]] = []
        unnamed: list[tuple[int, re.Match]] = []
        named = self._in(lo, hi)
        named = [m for m in named if not (self.text[m.start - 1:m.start] == "(" and
                                          self.text[m.end:m.end + 1] == ")") and  # "(Reuters)": a credit
                 not _spoken_to(self.text, m.start) and not self._credit(m) and  # ("who spoke to Addis Standard")
                 not self._own_medium(m) and  # ("on its Facebook page")
                 not _LED_BY.search(self.text, max(lo, m.start - 16), m.start)]  # ("The board, led by X, said")
        owners = {m.start for m in named for o in named if m.type == o.type == "organisation" and
                  self.text[m.end:o.start] in ("'s ", "’s ", "' ", "’ ")}
        if owners:  # "The Directorate of Communications' Center for Combating Disinformation said": the centre
            named = [m for m in named if m.start not in owners]
        if "(" in self.text[lo:hi]:  # "Jake Pemberton (Lib Dem, Hazel Grove) said": an affiliation
            named = [m for m in named if self.text.count("(", lo, m.start) <= self.text.count(")", lo, m.start)]
        asides: list[tuple[int, int]] = []  # relative clauses after an owned person, where no pronoun speaks
        for m in named:
            some = _SOME_OF.search(self.text, max(lo, m.start - 12), m.start) if m.type == "organisation" and \
                m.surface.endswith("s") and not self.text[m.end:hi].strip(" ,") else None
            if some is not None:  # "several Republicans predicted": some of its members, as written
                phrase = self.text[some.start():m.end]
                cands.append((some.start(), Speaker(phrase, "", 0.55, [phrase, m.name], "source")))
                continue
            group = _GROUP_OF_AFTER.match(self.text, m.end, hi) if m.type != "person" else None
            if group is not None and not self._in(group.end(), hi, ("person",)):
                # "Labour sources said", "Pentagon officials said": unnamed people of the body, as written
                phrase = self.text[m.start:group.end()]
                cands.append((m.start, Speaker(phrase, "", 0.55, [phrase, m.name], "source")))
                continue
            if m.type != "person" and _EPITHET_AFTER.match(self.text, m.end, hi) and \
                    _THE_BEFORE.search(self.text, max(lo, m.start - 12), m.start) and \
                    not any(o.type == "person" and o.start > m.end for o in named):  # ("..., Samir Geagea,")
                sp = self._previous_subject(m.start)
                if sp:  # 'Nancy Faeser praised the operation. "...," the SPD politician said': Faeser
                    cands.append((m.start, sp))
                    continue
            if m.type != "person":
                indef = next((n for n in _INDEF_SOURCE.finditer(self.text, max(lo, m.start - 30), min(hi, m.end + 40))
                              if n.start() < m.start and n.end() > m.end), None)
                if indef and any(o.type == "person" and self.text[indef.end():o.start] in (", ", " ")
                                 for o in named):
                    continue  # "a deputy High Court judge, Helen Marsh,": the judge named next
                if indef:  # "A senior EU diplomat said": the diplomat, not the EU
                    cands.append((indef.start(), Speaker(indef.group(0), "", 0.6, [indef.group(0), m.name], "source")))
                    continue
                spokes = _SPOKES_FOR.search(self.text, max(lo, m.start - 40), m.start) \
                    if m.type == "organisation" else None
                if spokes and not self._in(m.end, hi, ("person",)) and \
                        (spokes.group("speaks") or self.text[m.end:hi].strip()[:1] in ("", ",")):
                    # "A spokesman for the ICO confirmed": the spokesman as written, not the office
                    # ("A senior official at the Belgian Debt Agency said": also the official, when
                    # the verb or an aside follows the body at once)
                    phrase = self.text[spokes.start():m.end]
                    cands.append((spokes.start(), Speaker(phrase, "", 0.6, [phrase, m.name], "source")))
                    continue
            agency = _AGENCY_AFTER.match(self.text, m.end, hi) if m.name == "United Nations" else None
            if agency and not self.text[agency.end():hi].strip():
                # "the UN food agency says", "the U.N. human rights office said": the agency named
                # before (the World Food Programme), else the agency as written, not the UN
                cands.append((m.start, self._un_agency(m, agency)))
                continue
            group = _GROUP_AFTER.match(self.text, m.end, hi)
            if group and m.type in ("organisation", "place") and \
                    _HOWEVER.fullmatch(self.text, group.end(), hi):  # ("DMK leaders, however, indicated")
                # "UN peacekeepers reported": the group speaks, not the organisation
                cands.append((m.start, Speaker(f"{m.surface} {group.group(1)}", "", 0.7, [], "source")))
                continue
            if m.type == "place" and not self._adjacent_cue(m.end, hi) and \
                    not (first and m is named[0] and self._acts(m.end, hi)):
                continue  # but "Kigali on Tuesday blamed Kinshasa ..., saying": the government
            if m.type == "organisation" and _MEDIUM_AFTER.match(self.text, m.end, hi):
                continue  # "In a post on its Global Government Affairs account", "A popular Telegram channel": where
                # it was written, not who wrote it
            kind_gap = _NOUN_THEN_NAME.match(self.text, m.end, hi) if m.type == "organisation" else None
            if kind_gap is not None and any(o.start == kind_gap.end() and o.type == "organisation" for o in named):
                continue  # "The UN refugee agency, UNHCR, called for calm": UNHCR, not the UN
            if any(o.type == "person" and o.end < m.start and _MEMBER_GAP.fullmatch(self.text, o.end, m.start)
                   for o in named):
                continue  # "House Minority Leader Colt Harlan of Grand Junction said": the person
            around = _PEOPLE_AROUND.search(self.text, lo, m.start) if m.type == "person" and \
                self.text.endswith(_AROUND_ENDS, lo, m.start) else None
            if around is not None and _AUX_ONLY.fullmatch(self.text, m.end, hi):
                # "Allies of Mr Okonjo-Hart claimed", "Those around him believe": the allies, as written
                phrase = self.text[around.start(1):m.end]
                cands.append((around.start(1), Speaker(phrase, "", 0.5, [phrase], "source")))
                continue
            # "Voss' mother": a name ending in s owns with a bare apostrophe
            bare = m.surface.endswith("s") and self.text[m.end:m.end + 1] in ("'", "’") and \
                self.text[m.end + 1:m.end + 2] != "s"
            owner = _OWNED_PEOPLE.match(self.text, m.end + bare, hi) if m.type == "person" and (
                self.text[m.end - 2:m.end] in ("'s", "’s") or self.text[m.end:m.end + 2] in ("'s", "’s") or bare) \
                else None
            phrase_end = owner.end() if owner else 0
            if owner and not _AUX_ONLY.fullmatch(self.text, owner.end(), hi):
                relative = _WHO_ASIDE.match(self.text, owner.end(), hi)
                where = _OWNERS_PLACE.match(self.text, owner.end(), hi)
                if where is not None and _AUX_ONLY.fullmatch(self.text, where.end(), hi):
                    owner, phrase_end = where, where.end()  # "Gelashvili's family in Tbilisi said": the family
                elif relative is not None and _AUX_ONLY.fullmatch(self.text, relative.end(), hi):
                    owner = relative  # "Voss' mother, who asked that her name not be used, said": the mother, not
                    asides.append(relative.span())  # whoever "her" in the aside might be
            if owner and _AUX_ONLY.fullmatch(self.text, owner.end(), hi):
                # "Valieva's lawyers had argued": the lawyers speak, not Valieva
                cands.append((m.start, Speaker(self.text[m.start:phrase_end], "", 0.5,
                                               [m.name], "source")))
                continue
            cands.append((m.start, self._from_mention(m, 0.9)))
        for p in PRONOUN_RE.finditer(self.text, lo, hi):
            if any(a <= p.start() < b for a, b in asides):
                continue
            who_at = self.text.rfind(", who ", lo, p.start())
            close = self.text.find(",", p.end(), hi) if who_at >= 0 and "," not in self.text[who_at + 2:p.start()] \
                else -1
            if close > 0 and _AUX_ONLY.fullmatch(self.text, close + 1, hi):
                continue  # "The boy's family, who asked that he not be named, told RNZ": not "he", in the aside
            if _POSSESSIVE_ROLE.match(self.text, p.start(), hi):
                continue  # "his spokesman said": the spokesman speaks, not "he"
            if self.text.endswith(_CLOSE_TO_ENDS, max(lo, p.start() - 20), p.start()):
                continue  # "two aides familiar with his thinking said": the aides, not "he"
            app = _POSSESSIVE_APPOSITIVE.match(self.text, p.start(), hi)
            if app and any(m.start == app.end() for m in named if m.type == "person"):
                continue  # "Her Estonian counterpart, Margus Tsahkna, went further": Tsahkna, not "she"
            if p.group(0).lower() in ("his", "her", "their") and any(
                    m.type == "person" and _POSSESSED_BEFORE_NAME.fullmatch(self.text, p.end(), m.start)
                    for m in named):
                continue  # "Her colleague Tomás Revuelta took the opposite view, arguing": Revuelta, not "her"
            sp = self.pronoun(p.start())
            if sp:
                cands.append((p.start(), sp))
        if not cands:
            for p in IT_RE.finditer(self.text, max(lo, hi - 12), hi):  # "it said", "what it called"
                sp = self.it(p.start(), lo)
                if sp:
                    cands.append((p.start(), sp))
            if not cands and hi - lo > 12 and self.text.startswith(("It ", "it "), lo) and \
                    _AUX_ONLY.fullmatch(self.text, lo + 2, hi):
                sp = self.it(lo, lo)  # "It has previously denied": it opens the clause
                if sp:
                    cands.append((lo, sp))
        one_of = _ONE_OF.search(self.text, max(lo, hi - 40), hi) if not cands else None
        if one_of:
            sp = self.they(hi)  # "..., one of the people said": one of the group quoted before
            if sp:  # the phrase as written, the group as the candidate
                cands.append((hi - 1, Speaker(one_of.group(0).strip(), "", sp.confidence,
                                              [one_of.group(0).strip(), sp.name], "source")))
        if not cands:
            for p in THEY_RE.finditer(self.text, max(lo, hi - 14), hi):  # "..., they said"
                sp = self.they(p.start())
                if sp:
                    cands.append((p.start(), sp))
        for n in NOMINAL_RE.finditer(self.text, lo, hi):
            if any(m.start >= n.start() and m.end <= n.end() + 40 and
                   not (m.type == "place" and m.end < n.end() and self.text[m.end:m.end + 1] == "-" and
                        self.text[m.end + 1:m.end + 2].islower()) and
                   not (m.type == "place" and m.start >= n.end() and _LOCATIVE_END.search(self.text, n.end(), m.start)) and
                   not (m.type == "place" and m.end < n.end() and n.group(1).split()[-1].lower() in _BODY_HEADS and
                        not self._in(n.end(), min(hi, n.end() + 40), ("person", "organisation")))
                   for m in named):
                continue  # "the Kremlin spokesperson Dmitry Peskov": the name wins ("the California-based company",
                # "the Rwanda-backed armed group" are not the place, nor "the San Francisco startup")
            if n.group(0).split()[0].lower() in ("a", "an"):
                continue  # "a local rights group" is someone new, not someone named before
            member = _INDEF_AT.search(self.text, max(lo, n.start() - 48), n.start()) if self.text.endswith(
                (" at ", " in ", " from ", " within ", " inside ", " to ", " of "), 0, n.start()) else None
            if member is not None:  # "A source at the ministry said": the source, as written
                phrase = self.text[member.start():n.end()]
                cands.append((member.start(), Speaker(phrase, "", 0.55, [phrase], "source")))
                continue
            if self.text.endswith(_CLOSE_TO_ENDS, max(lo, n.start() - 20), n.start()):
                continue  # "two people close to the chancellor said": they speak, not the chancellor
            sp = self.nominal(n.group(1), n.start())
            det = n.group(0).split()[0].lower()
            if det in ("his", "her") and n.group(1).split()[-1].lower() in _OWNED_BODIES:
                who = self.pronoun(n.start())
                if who:  # "His government said": Carlos Mazón's government
                    cands.append((n.start(), Speaker(f"{who.name}'s {n.group(1).strip()}", "", 0.5,
                                                     [who.name], "source")))
                    continue
            owner = _OWNED_ROLE.match(self.text, n.end(), hi)
            if owner and not self.text[owner.end():hi].strip():
                # "the agency's inspector general estimated": the role speaks, not the agency
                phrase = self.text[n.start():owner.end()].strip()
                phrase = phrase.split(None, 1)[1] if phrase.split()[0].lower() == "the" else phrase
                cands.append((n.start(), Speaker(phrase, "", 0.5, [sp.name] if sp else [], "source")))
            elif sp:
                cands.append((n.start(), sp))
            else:
                unnamed.append((n.start(), n))
        if not cands and unnamed:  # "the president said", nobody named: keep the phrase
            pos, n = unnamed[0] if first else unnamed[-1]
            if n.group(1).split()[-1].lower() in _PERSON_ROLES and not n.group(1).lower().endswith("spokesperson"):
                sp = self._previous_subject(pos)
                noun = n.group(1).split()[-1].lower()
                if noun in ("judge", "prosecutor") and (sp is None or noun not in sp.role.lower()):
                    # "sentenced Mkrtchyan ... the judge said": the judge named before, not the defendant
                    sp = self._person_with_role(noun, pos)
                elif sp is not None and sp.role and noun not in sp.role.lower() and \
                        not _HONORIFICS.issuperset(w.rstrip(".").lower() for w in sp.role.split()) and \
                        not self._introduced_as(sp.name, noun, pos):
                    sp = None  # "Jean-François d'Hondt, a train driver, ... The mobility minister told": not him
                elif sp is not None and self._described_otherwise(sp.name, noun, pos):
                    sp = None  # "said Dr Hannah Lister, an associate director at the IFS. The shadow chancellor":
                    # not her
                elif sp is not None and n.group(1).split()[-1][:1].isupper() and \
                        n.group(1).lower() not in sp.role.lower() and not self._introduced_as(sp.name, noun, pos):
                    sp = None  # "The Premier said" (the office's own capital): the holder named with that role, or
                    # the office as written, not whoever was named last
                if sp:  # "Kemi Badenoch accused him ... The Tory leader said": the person just named
                    return sp
            return self.nominal_source(pos, hi) or Speaker(n.group(1).strip(), "", 0.4, [], "source")
        if not cands:
            pr = _POSSESSIVE_ROLE.search(self.text, lo, hi)
            if pr and pr.group(0).rsplit(None, 1)[-1] in _PEERS:
                return Speaker(pr.group(0), "", 0.5, [], "source")  # "Her Estonian counterpart said", as written
            return None
        cands.sort(key=lambda c: c[0])
        if not first and len(cands) > 1 and _AND_END.search(self.text, max(lo, hi - 12), hi):
            first = True  # "Guo accused Lai of seeking independence and said": Guo said it
        last_named = next((m for m in named if m.start == cands[-1][0]), None)
        if not first and len(cands) > 1 and last_named is not None and last_named.type == "organisation" and \
                cands[-2][1].type == "organisation" and not self.text[last_named.end:hi].strip(" ,") and \
                _JOINT.fullmatch(self.text, next((m.end for m in named if m.start == cands[-2][0]), hi), last_named.start):
            sp = cands[-2][1]  # "the Atomic Energy Organization of Iran (AEOI) and the Foreign Ministry said": the first
            return Speaker(sp.name, sp.role, sp.confidence, [sp.name, last_named.name], sp.type)
        if not first and last_named is not None:
            after_named = last_named.end
            src_np = source_matches(self.text, after_named, hi, last=True)
            if src_np and src_np.group("np").split()[0].lower() in _PREPOSITIONS:
                src_np = None  # 'condemned what it called "organised terror" against farmers and urged': no source
            if src_np and src_np.start() > after_named + 1 and (len(self.text[src_np.end():hi].split()) <= 3 or
                                                                _WHO_ASIDE.fullmatch(self.text, src_np.end(), hi)) and \
                    not self.text[after_named:src_np.start()].lstrip().startswith(("'", "’")) and \
                    not _BRACKETED_ONLY.fullmatch(self.text, after_named, src_np.start()) and \
                    not _SUBORDINATE.search(self.text, after_named, src_np.start()) and \
                    not _APPOSITION_GAP.fullmatch(self.text, after_named, src_np.start()) and \
                    not self.text[after_named:src_np.start()].rstrip().endswith((" which", " who")):
                # (not "the Digital Industry Group Inc, which represents major technology companies, have argued")
                # (not "Hind, a 52-year-old retired teacher who ..., said": her description, in apposition)
                # (but "The United Kingdom Maritime Trade Operations (UKMTO) agency said": the body it names)
                # "(Reuters) - China's foreign ministry on Monday lodged": the subject next to the verb
                return Speaker(src_np.group("np").strip(), "", 0.5, [cands[-1][1].name], "source")
        if first:
            if len(cands) > 1 and cands[0][1].type in ("organisation", "place") and \
                    cands[1][1].type == "person":
                org = next((m for m in named if m.start == cands[0][0]), None)
                if org and _ROLE_GAP_COMMA.fullmatch(self.text[org.end:cands[1][0]]) and \
                        len(self.text[org.end:cands[1][0]].split()) <= 4:
                    return cands[1][1]  # "Kremlin spokesman Dmitry Peskov declined ..., telling"
            if len(cands) > 1 and cands[1][1].type == "person":
                holder = next((m for m in named if m.start == cands[0][0]), None)
                if holder and _OWNED_PEOPLE.match(self.text, holder.end, cands[1][0]) and \
                        self.text[holder.end:holder.end + 2] in ("'s", "’s"):
                    return cands[1][1]  # "Goh's lawyer, Mr Arvind Pillai Menon, asked ..., saying": the lawyer
            return cands[0][1]
        final = cands[-1]
        if len(cands) > 1 and cands[-2][1].type == "organisation":
            body = next((m for m in named if m.start == cands[-2][0]), None)
            if body and _LOCATED_IN.fullmatch(self.text, body.end, final[0]):
                return cands[-2][1]  # "The Health Ministry in Hamas-run Gaza said": the ministry
        if final[1].type == "organisation" and len(cands) > 1 and cands[-2][1].type == "person":
            prev = next(m for m in named if m.start == cands[-2][0]) if any(
                m.start == cands[-2][0] for m in named) else None
            if prev and _MEMBER_OF.fullmatch(self.text, prev.end, final[0]):
                return cands[-2][1]  # "Lewis Hughes of Greater Manchester Police said"
        return final[1]

    def _person_with_role(self, role: str, pos: int) -> Speaker | None:
        """The latest person before ``pos`` whose title or role names ``role`` ("Judge Rebecca Tinsley")."""
        k = bisect.bisect_left(self.people_starts, pos)
        stems, just_before = _ROLE_STEMS[role]
        for m in reversed(self.people[:k]):
            # the title itself, or just before the name ("the prosecution counsel, X")
            if any(st in m.role.lower() for st in stems) or \
                    just_before.search(self.text[max(0, m.start - 30):m.start].lower()):
                return self._from_mention(m, 0.6)
        return None

    def _introduced_as(self, name: str, noun: str, pos: int) -> bool:
        """Whether the latest mention of ``name`` before ``pos`` comes after words of its own sentence
        that name ``noun`` ("The chief of Asawinso and a cocoa farmer, Nana Kwaku Duah Agyemang II")."""
        k = bisect.bisect_left(self.people_starts, pos)
        m = next((m for m in reversed(self.people[:k]) if m.name == name), None)
        if m is None:
            return False
        lo = max(self.text.rfind(". ", 0, m.start), self.text.rfind("\n", 0, m.start), m.start - 90, 0)
        return noun in self.text[lo:m.start].lower().split()

    def _previous_subject(self, pos: int) -> Speaker | None:
        """The person named first in the sentence before ``pos`` (or earlier in its own)."""
        recent = self.recent_people(pos, 4)
        if not recent:
            return None
        here = recent[0].sentence
        same = [m for m in self.people if m.sentence == here and m.start < pos]
        if not same:
            return None
        cur = bisect.bisect_right(self.starts, pos)
        # only if that person was named in this sentence or the one just before
        later = [m for m in self.mentions[:cur] if m.sentence > here]
        if later and any(m.type == "person" for m in later):
            return None
        best = min(same, key=lambda m: m.start)
        sp = self._from_mention(best, 0.5)
        sp.candidates = list(dict.fromkeys([best.name] + [m.name for m in recent]))
        return sp

    def _described_otherwise(self, name: str, noun: str, pos: int) -> bool:
        """Is the person ``name`` described, where first named before ``pos``, by an appositive that is
        not a ``noun`` ("Dr Hannah Lister, an associate director at the Institute for Fiscal Studies")?"""
        first = next((m for m in self.people if m.name == name and m.start < pos), None)
        if first is None:
            return False
        app = _APPOSITIVE_ROLE.match(self.text, first.end, min(len(self.text), first.end + 120)) or \
            _ROLE_BEFORE_NAME.search(self.text, max(0, first.start - 90), first.start)
        return app is not None and noun not in app.group(1).lower()  # ("Its chief executive, Dr Sunita Rao,")

    def _adjacent_cue(self, end: int, hi: int) -> bool:
        """A place speaks only as a direct subject: "Kyiv said", "Baku has denied"."""
        gap = self.text[end:hi].strip().lower()
        if _LOCATIVE_END.search(self.text[max(0, end - 40):end]):
            return False  # "The Commerce Ministry in Beijing said": Beijing is where, not who
        return gap in ("", "has", "have", "had", "also", "has also", "on", "had also") or \
            bool(_AUX_GAP.fullmatch(gap + " "))

    def _acts(self, end: int, hi: int) -> bool:
        """A place opens its clause as the subject of a past-tense verb: "Kigali on Tuesday blamed"."""
        verb = _PLACE_ACTS.match(self.text, end, hi)
        return verb is not None and not _LOCATIVE_END.search(self.text[max(0, end - 40):end])

    def body_named_next(self, description: str, pos: int) -> Mention | None:
        """The public body a lede's description ("the country's disaster agency", "Britain's financial
        regulator") is, when the article names it within 2,000 characters after ``pos`` with one of the
        description's words ("The National Disaster Risk Reduction and Management Council"); the bodies'
        counterpart of lede_source."""
        d = _LEDE_DESCRIPTION.fullmatch(description)
        if d is None:
            return None
        words = {w for w in d.group(1).split() if w not in _DESCRIBED_NOT and len(w) > 3}
        return next((m for m in self._in(pos, pos + 2000, ("organisation",)) if " " in m.name and
                     not _LEDE_BODY_WORDS.isdisjoint(m.name.split()) and
                     not words.isdisjoint(w.lower() for w in m.name.split())), None)

    def lede_source(self, lo: int, hi: int) -> Speaker | None:
        """The unnamed person who opens ``text[lo:hi]`` ("A federal judge on Wednesday blocked"), when
        the article names that person after it by the role ("U.S. District Judge Miriam Castellano-Hughes")."""
        lede = _INDEF_SOURCE.match(self.text, lo, hi) if lo < _LEDE_SPAN else None
        if lede is None:
            return None
        phrase = lede.group(0)
        head = phrase.split()[-1].lower()
        k = bisect.bisect_right(self.people_starts, hi)
        for m in self.people[k:]:
            if m.start > hi + 1500:
                break
            if head in m.role.lower().split():
                return Speaker(m.name, m.role, 0.6, [m.name, phrase], "person")
        return None

    def indefinite_source(self, lo: int, hi: int) -> Speaker | None:
        """"one member", "a senior diplomat" in ``text[lo:hi]``, as written."""
        m = _INDEF_SOURCE.search(self.text, lo, hi)
        if m is not None and _NOUN_GOES_ON.match(self.text, m.end(), hi):
            return None  # "carried out with an academic advisory panel": a panel, no academic
        return Speaker(m.group(0), "", 0.6, [m.group(0)], "source") if m else None

    def nominal_source(self, lo: int, hi: int) -> Speaker | None:
        """An unnamed source as written: "health officials", "the Greek fire service"."""
        m = source_matches(self.text, lo, hi)
        if not m:
            owned = OWNED_SUBJECT.fullmatch(self.text, lo, hi)
            if owned is not None and self._in(owned.start(1), owned.end(1), ("place",)):
                # "Italy's sports minister hailed the win as ...": the office holder, as written
                return Speaker(owned.group(1), "", 0.5, [], "source")
            return None
        phrase = _LEADING_CONJ.sub("", m.group("np").strip())  # "and many analysts"
        np_at = m.start("np")
        if _JUNK_SOURCE.search(phrase) or self.text[max(lo, np_at - 7):np_at].rstrip().endswith((" which", " who")):
            return None  # "..., which represents major technology companies, have argued", "The evaluation, carried
            # out with an academic advisory panel, says", "The majority said the companies were ... arguing": no source
        tail = _BODY_AFTER_SOURCE.match(self.text, m.end("np"), hi)
        if tail is not None:
            phrase += tail.group()  # "the national statistics institute", not "national statistics"
        if phrase.lower().split()[-1] in ("poll", "survey") and \
                (phrase.lower().split()[0] in ("the", "this", "that") or self.text[np_at - 4:np_at].lower() == "the "):
            pollster = self._pollster(np_at)
            if pollster is not None:  # "A Channel 12 poll aired ... ⏎ ..., the survey shows": Channel 12
                return pollster
        if self.text[np_at - 1:np_at] == "-" and phrase.startswith(_HYPHEN_TAILS):
            # "The Benghazi-based administration": the whole compound, not "based administration"
            phrase = self.text[self.text.rfind(" ", 0, np_at) + 1:np_at] + phrase
        words = phrase.split()
        cut = 0
        while cut < len(words) - 1 and (words[cut] in _NOT_IN_SOURCE or
                                        (words[cut].endswith("ed") or words[cut] in _SPANS) and
                                        words[cut + 1] in _NOT_IN_SOURCE):
            cut += 1  # "much of it from residents", "after health officials", "created by voters", "(takeover)
            # approved as American group promises", "shifted to what protesters called"
        while cut < len(words) - 2 and words[cut][:1].isupper() and words[cut + 1] in _QUANTIFIERS:
            cut += 1  # "in Osh many voters say": the voters, not the town before them
        if cut:
            phrase = " ".join(words[cut:])
        issuer = self._document_issuer(phrase, m.start())
        if issuer is not None:
            return issuer
        if phrase.startswith(("who ", "which ")) or phrase.split()[0] in _INFERRING:
            return None  # "who tracks ransomware groups": a relative clause, not a source; "..., suggesting
            # some investors expect a higher offer": the writer's inference
        two = phrase.split()
        if len(two) == 2 and two[0].islower() and two[1].endswith("s") and two[0] not in _QUANTIFIERS and \
                self.text.endswith((", a ", ", an "), 0, m.start("np")):
            phrase = two[1]  # "..., a move critics say would": the critics, not "move critics"
        if phrase.endswith((" who", " that", " which")):
            phrase = phrase.rsplit(" ", 1)[0]  # "a person familiar with the negotiations who spoke ..."
        for rel in (" that ", " which ", " since ", " until ", " because "):
            if rel in phrase:  # "a coal purchase that prosecutors say caused losses": the prosecutors
                phrase = phrase.rsplit(rel, 1)[1]  # ("terrorism financing since the authorities vowed")
        low = phrase.lower().split()
        if len(low) >= 2 and low[-1] in _COUNT_HEADS and low[-2] in _BODY_HEADS:
            owner = self.nominal(" ".join(low[:-1]), m.start())  # "..., central bank data showed": that bank
            if owner is not None and owner.type == "organisation":
                return owner
        if low[-1] in _DOCUMENTS:  # "the bulletin showed": whoever issued it
            issuer = self.nominal("statement", m.start())
            if issuer:
                return issuer
        term = phrase[4:] if phrase[:4].lower() == "the " else phrase
        if term[:1].isupper() and term.lower() in _BODY_HEADS and \
                (term != phrase or self.text[max(0, m.start("np") - 4):m.start("np")].lower() == "the "):
            # "..., and the Company expects", "The Company does not expect": a press release's defined term
            # for the company named before ('Sadaf Maritime & Logistics Co. ("Sadaf" or "the Company")')
            named = self._defined_as(term, m.start()) or self.nominal(term.lower(), m.start())
            if named is not None and named.type == "organisation":
                return named
        bench = _BENCH_OF.get(phrase.lower().removeprefix("the "))
        if bench is not None:  # "The judges found that": the court named before; "the peacekeepers said": their force
            body = self.nominal(bench, m.start()) if self.text[m.start():m.start("np")].lower() == "the " or \
                phrase.lower().startswith("the ") else None
            return body if body is not None and body.type == "organisation" else None
        if any(ch.isdigit() for ch in phrase):
            phrase = phrase.split()[-1]  # "$410 million from investors": the noun alone
        own = [w for w in phrase.lower().split() if w not in ("the", "a", "an")]
        definite = phrase.lower().startswith("the ") or \
            self.text[max(0, m.start("np") - 4):m.start("np")].lower() == "the "
        if len(own) > 1 and definite:
            # "the German procurement manager said" after "a senior procurement manager at a German
            # manufacturer": the unnamed person described before, every word of the phrase in the description
            for indef in reversed(list(_INDEF_SOURCE.finditer(self.text, max(0, lo - 3000), lo))):
                pp = _UNNAMED_PP.match(self.text, indef.end(), lo)
                before = self.text[indef.start():pp.end()] if pp else indef.group(0)
                words = before.lower().split()
                if words[0] in ("a", "an") and own[-1] in words and all(w in words for w in own):
                    return Speaker(before, "", 0.55, [before], "source")
        head_clause, _, last = phrase.rpartition(" and ")
        if head_clause and any(w.endswith("ed") for w in head_clause.split()):
            phrase = last  # "before the signal returned and engineers confirmed": the engineers
        return Speaker(phrase, "", 0.5, [], "source")

    def _defined_as(self, term: str, pos: int) -> Speaker | None:
        """The body a press release defined as ``term`` before ``pos``: 'X Co. ("X" or "the Company")'."""
        for d in _DEFINED_TERM.finditer(self.text, 0, pos):
            if d.group(1) == term:
                body = [m for m in self._in(max(0, d.start() - 120), d.start(), ("organisation",))
                        if not self.text[m.end:d.start()].strip(" ,.")]
                if body:
                    return self._from_mention(body[-1], 0.8)
        return None

    def _un_agency(self, un: Mention, agency: re.Match[str]) -> Speaker:
        """The UN agency of "the UN food agency", "the U.N. human rights office": the agency named
        before (the World Food Programme), else the agency as written, not the UN."""
        known = next((e for e in reversed(self._in(max(0, un.start - 2000), un.start, ("organisation",)))
                      if e.name in UN_AGENCIES), None)
        return self._from_mention(known, 0.7) if known else \
            Speaker(f"{un.surface} {agency.group(1)}", "", 0.6, [un.name], "source")

    def _owns_role(self, m: Mention, end: int) -> bool:
        """Is ``m`` a body whose role the words after it name ("The WHO's representative", up to ``end``)?"""
        if self.text[m.end:m.end + 2] not in ("'s", "’s"):
            return False
        words = self.text[m.end + 2:end].split()
        return bool(words) and words[0].lower() in ROLE_NOUNS

    def _own_medium(self, m: Mention) -> bool:
        """Is ``m`` the platform a body posted on ("on its Facebook page", "via their Telegram
        channel", "in a post on Telegram")?  Where it said something, not who said it."""
        return _OWN_MEDIUM_BEFORE.search(self.text, max(0, m.start - 40), m.start) is not None

    def _credit(self, m: Mention) -> bool:
        """Does ``m`` open a paragraph as the outlet's credit ("Les Echos — The rating agency says",
        "Law360 (February 8, 2024) -- A federal jury", a line "Handelsblatt, Düsseldorf", a dateline's
        "BUENOS AIRES, Argentina (AP) —")?  It reports; it is not the subject."""
        return (m.start == 0 or self.text[m.start - 1] == "\n") and \
            _CREDIT_AFTER.match(self.text, m.end) is not None or \
            m.start > 0 and self.text[m.start - 1] == "(" and _DATELINE_CREDIT.match(self.text, m.end) is not None

    def agent_after(self, lo: int, hi: int) -> Speaker | None:
        """First speaker-like phrase after a cue ("said Peskov", "according to X")."""
        comma = self.text.find(",", lo, hi)
        opening = comma > 0 and comma - lo < 60 and not self._in(lo, comma) and \
            _OPENING_ACCORDING.search(self.text, max(0, lo - 16), lo) is not None
        if opening:
            hi = comma  # "According to prosecutors, Sokolov was ...": the agent ends at the comma
            found = self._agent_after(lo, hi)
            phrase = self.text[lo:hi].strip()
            if found is None and _DETERMINED_PHRASE.fullmatch(phrase) and phrase.split()[-1].lower() in _DOCUMENT_HEADS:
                # "According to the verdict, ...": the court that gave it, named before
                papers = phrase.split()[-1].lower() in _COURT_PAPERS
                court = self.nominal("court", lo) if papers else None
                if papers and (court is None or court.type != "organisation"):
                    court = self._person_with_role("judge", lo)  # (no court named: the judge who gave it)
                # "According to the agreement, he has already handed ...": the document, as written
                return court if court is not None and court.type in ("organisation", "person") else \
                    Speaker(phrase, "", 0.5, [phrase], "source")
            if found is None and phrase.startswith("the ") and len(phrase.split()) == 2:
                # "According to the lawyer, Muñoz fired only after ...": the lawyer named before
                found = self.nominal(phrase[4:], lo)
            if phrase.lower().endswith("indictment"):
                # "According to the indictment, ..." where the story names the "National Prosecutor's Office":
                # the office that wrote it
                office = next((m for m in self._in(0, len(self.text), ("organisation",))
                               if _PROSECUTING_BODY.search(m.name)), None)
                if office is not None:
                    return self._from_mention(office, 0.6)
            return found
        according = self.text.endswith("according to", max(0, lo - 12), lo)
        if according and _ITS_COUNTS.match(self.text, lo, hi):
            # "..., according to figures published in its database": the body the sentence is about
            start = max(self.text.rfind(". ", 0, lo), self.text.rfind("\n", 0, lo)) + 1
            owner = self.it(lo, start)
            if owner is not None:
                return owner
        by = _RELEASED_BY.match(self.text, lo, hi) if according else None
        if by is not None:  # "according to data from the Deter satellite system released on Wednesday by the
            # National Institute for Space Research (INPE)": who released them
            issuer = [m for m in self._in(by.end(), min(hi, by.end() + 80), ("organisation",))
                      if m.start <= by.end() + 4]
            if issuer:
                return self._from_mention(issuer[0], 0.8)
        press = _PRESS_OF.match(self.text, lo, hi)
        if press is not None:  # "according to the brigade's press service": the brigade named before
            owner = self.nominal(press.group(1), lo)
            if owner is not None and owner.type == "organisation":
                return owner
        found = self._counts_owner(lo, hi) if according else None
        if found is None:
            found = self._agent_after(lo, hi)
        if found is None and according:
            found = self._as_written_agent(lo, hi)
        return found

    def _counts_owner(self, lo: int, hi: int) -> Speaker | None:
        """Whose counts a closing "according to" cites when it names no one: "according to health ministry
        figures" (the ministry named before, else as written), "the project's figures"."""
        m = _TRAILING_AGENT.match(self.text, lo, hi)
        if m is None:
            return None
        words = m.group(1).split()
        count = next((i for i, w in enumerate(words) if w.lower() in _COUNT_HEADS), 0)
        body = [w for w in words[:count] if w.lower() not in _COUNT_MODIFIERS]
        if not body or len(body) > 3 or not all(w.islower() for w in body) or \
                {"to", "of", "by", "a", "an"} & set(body) or \
                count + 1 < len(words) and words[count + 1] not in ("that", "which", "for", "on", "in"):
            return None  # (not "the statistics agency IBGE", "topline data released by the company")
        owner = " ".join(body).removesuffix("'s").removesuffix("’s")
        # the body named before, when a body's noun heads it (not "according to military data")
        found = self.nominal(owner, lo) if owner.split()[-1] in _BODY_HEADS else None
        return found or Speaker(owner, "", 0.45, [owner], "source")

    def _pollster(self, pos: int) -> Speaker | None:
        """The body whose poll or survey the article named last before ``pos``: "A Channel 12 poll", "a survey by
        Ipsos"."""
        for m in reversed(self._in(max(0, pos - 1500), pos, ("organisation",))):
            if _POLL_AFTER.match(self.text, m.end) or _POLL_BEFORE.search(self.text, max(0, m.start - 24), m.start):
                return self._from_mention(m, 0.6)
        return None

    def _firm_in_sentence(self, pos: int) -> bool:
        """Is a business (no public body) named earlier in the sentence that holds ``pos``?"""
        return any(not any(w in m.name for w in _NOT_BUSINESS) and not _SENTENCE_END.search(self.text, m.end, pos)
                   for m in self._in(max(0, pos - 400), pos, ("organisation",)))

    def _document_issuer(self, phrase: str, pos: int) -> Speaker | None:
        """Who issued the document ``phrase`` names: "a statement from the governor’s office released at
        11:56 p.m.", "the committee’s report published on 4 April" (the body named so before, else as written)."""
        doc = _DOCUMENT_OF.fullmatch(phrase)
        if doc is None:
            return None
        owner = doc.group("owner") or doc.group("owner2")
        held = self.nominal(owner, pos) if owner.lower().startswith("the ") else None
        return held or Speaker(owner, "", 0.5, [owner], "source")

    def _as_written_agent(self, lo: int, hi: int) -> Speaker | None:
        """The agent of a closing "according to ..." that no rule names: whoever issued a document
        ("according to the email": the company quoted before), else the phrase as written
        ("according to rights organisations", "according to the launch commentary")."""
        m = _TRAILING_AGENT.match(self.text, lo, hi)
        if m is None:
            return None
        phrase = m.group(1)
        words = phrase.split()
        cut = next((i for i, w in enumerate(words) if w in _AGENT_TAIL_WORDS), len(words))
        if cut == 0 or words[0][:1].isupper() and words[0] not in ("The", "A", "An"):
            return None  # a name the rules did not take: leave it
        if words[0] in ("its", "their", "his", "her"):
            return None  # "according to its manifest", "its latest advisory": the subject's own papers
        issuer = self._document_issuer(phrase, lo)
        if issuer is not None:
            return issuer
        if words[cut - 1].lower() in _DOCUMENT_HEADS | _SENT_THINGS and "joint" not in words:
            issuer = self.nominal("statement", lo)  # (but "a joint statement" is two bodies', as written)
            if issuer is not None:
                return issuer
        return Speaker(phrase, "", 0.45, [phrase], "source")

    def _agent_after(self, lo: int, hi: int) -> Speaker | None:
        window = self.text[lo:hi]
        issued = _ISSUED_BY.match(self.text, lo, hi)
        if issued is not None:
            # "according to a budget document the ministry submitted to the Legislative Yuan": the ministry
            lo1, hi1 = issued.span(1)
            whose = self._in(lo1, hi1, ("organisation", "person"))
            by = self._from_mention(whose[0], 0.6) if whose else \
                self.nominal(issued.group(1)[4:], lo) if issued.group(1).startswith("the ") else None
            if by is not None:
                return by
        rel = self.text.find(", who ", lo, hi)  # "according to two people ..., who said Šťastný had met": not him
        who = self.text.find(" who ", lo, hi)
        if rel < 0 and who > 0 and not self._in(lo, who) and _TOLD_OUTLET.match(self.text, who + 5, hi):
            rel = who  # "according to three delegates who spoke to Health Policy Watch": the delegates
        named = [m for m in self._in(lo, rel if rel > 0 else hi, ("person", "organisation", "place"))
                 if m.type != "place" or m.start - lo <= 6]
        indef = _INDEF_SOURCE.match(self.text, lo + len(window) - len(window.lstrip()), hi)
        if indef and named and named[0].type != "person" and named[0].end <= indef.end():
            # "according to a US official": the official, not the United States
            return Speaker(indef.group(0), "", 0.6, [indef.group(0), named[0].name], "source")
        if indef and not named:  # '"...," said one lawyer': the lawyer, as written
            pp = _UNNAMED_PP.match(self.text, indef.end(), hi)
            # ("said a senior procurement manager at a German manufacturer, who ...": with where they work)
            phrase = self.text[indef.start():pp.end()] if pp else indef.group(0)
            return Speaker(phrase, "", 0.6, [phrase], "source")
        lead = _NOMINAL_LEAD.match(self.text, lo, hi)
        known = _KNOWN_BY.match(self.text, lo, hi) if lead and named else None
        if known is not None and named[0].type == "organisation" and named[0].start == known.end():
            return self._from_mention(named[0], 0.8)  # "according to the institute, known by its Spanish acronym
            # INDEC": the name it is given
        if lead and named and named[0].start >= lead.end() and \
                not (named[0].type == "organisation" and self.text[lead.end() - 1:named[0].start] == ", "):
            # (but "according to the port authority, Autoridade Portuária de Santos": the authority's name)
            # "according to the company, whose managing director, Mark Tennant, said": the company
            found = self.nominal(lead.group(1), lo)
            if found:
                return found
        local = _LOCAL_FORCE.match(self.text, named[0].end, hi) if named and named[0].type == "place" and \
            named[0].start - lo <= 6 else None
        if local is not None:  # "according to Brussels police, who said ...": the police, as written
            phrase = self.text[named[0].start:local.end()]
            return Speaker(phrase, "", 0.6, [phrase], "source")
        owner = _OWNER_BEFORE.fullmatch(self.text, lo, named[0].start) if named else None
        if owner is not None and _CHANNEL_AFTER.match(self.text, named[0].end):
            # "according to the Syrian presidency's Telegram channel": the presidency, not Telegram
            return self.nominal(owner.group(1), lo) or Speaker(owner.group(1), "", 0.5, [owner.group(1)], "source")
        comma = self.text.find(",", lo, hi)
        if named and 0 < comma < named[0].start and not self._in(lo, comma) and \
                _CLAUSE_AFTER_COMMA.match(self.text, comma + 1, hi):
            # "according to aid workers, because Taliban restrictions ...": the workers, before the clause
            src = self.nominal_source(lo, comma)
            if src is not None:
                return src
        if named and named[0].start - lo <= 60:
            first = named[0]
            for m in named[1:3]:  # "Kremlin spokesperson Dmitry Peskov": the person
                gap = self.text[first.end:m.start]
                if m.type == "organisation" and _MODIFIER_GAP.fullmatch(gap):
                    first = m  # "the Hamas-run Gaza Health Ministry": the ministry speaks
                    break
                if m.type == "person" and (_ROLE_GAP.fullmatch(gap) or _ACRONYM_ROLE_GAP.fullmatch(gap)) and \
                        len(gap.split()) <= 4:
                    first = m  # ("Tanzania Railways Corporation (TRC) director-general Elibariki Ngowi")
                    break
                if first.type == "place" and m.type == "organisation" and gap in ("'s ", "’s ", " "):
                    first = m  # "according to Japan's Ministry of Defense", "according to the U.S. Centers for
                    # Disease Control and Prevention": the body
                    break
                if m.type == "person" and first.type == "person" and gap.endswith(", ") and \
                        (owned := _OWNED_PEOPLE.match(self.text, first.end, m.start)) and \
                        self.text[owned.end():m.start] == ", ":
                    first = m  # "in the words of Okafor's attorney, Miguel Ángel Treviño": the attorney
                    break
                if m.type == "person" and first.type == "organisation" and _BODYS_ROLE_GAP.fullmatch(gap):
                    first = m  # "said Ridgeline's chief economist, Anjali Varma": the economist
                    break
                if m.type == "organisation" and first.type == "organisation" and gap in ("'s ", "’s ") and \
                        not _CHANNEL_AFTER.match(self.text, m.end):
                    first = m  # "NASA's Jet Propulsion Laboratory": the unit speaks (not "the IMF's PortWatch
                    # platform")
                    break
                if m.type == "organisation" and first.type == "organisation" and _AGENCY_GAP.fullmatch(gap):
                    first = m  # "the UN refugee agency, UNHCR": the agency's own name
                    break
            if first.name == "United Nations" and (agency := _AGENCY_AFTER.match(self.text, first.end, hi)):
                return self._un_agency(first, agency)  # "according to the U.N. human rights office"
            return self._from_mention(first, 0.9)
        kin = _KIN_AGENT.match(window)
        if kin is not None:  # "according to her family": the family, as written (not her)
            return Speaker(kin.group(1), "", 0.5, [kin.group(1)], "source")
        p = PRONOUN_RE.search(window[:15]) or _HIM.match(window)
        if p:
            return self.pronoun(lo + p.start(p.lastindex or 0))  # ("according to him": he)
        if _FAMILIAR_LEAD.match(window):  # "according to people familiar with the company's finances": them, not it
            src = self.nominal_source(lo, min(hi, lo + 80))
            if src:
                return src
        n = NOMINAL_RE.search(window[:50])
        if n and n.group(0).split()[0].lower() not in ("a", "an"):  # "according to a joint statement"
            found = self.nominal(n.group(1), lo + n.start())
            if found:
                return found
        return self.nominal_source(lo, min(hi, lo + 60))  # "said one resident"
