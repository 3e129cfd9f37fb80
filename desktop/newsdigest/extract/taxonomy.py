"""Event-type triggers, modelled on ACLED's event types.

Each type lists trigger stems; a sentence's type is the one whose triggers
weigh most (verbs count double, so "conducted airstrikes" is remote violence
even though "conducted" alone says little).  ``statements`` covers speech
acts that are events in themselves (announcements, proposals, visits'
addresses), ``other`` anything with an action but no telling trigger.
"""
from __future__ import annotations

from typing import Final

import re

from newsdigest.extract.sentences import lower_keep

TRIGGERS: dict[str, str] = {
    "battles": r"clash\w*|fought|fighting|battl\w+|seiz\w+|recaptur\w+|reclaim\w*|retak\w+|retook|"
               r"advanc(?:ed|ing|es) (?:on|into|toward|towards|to|through|further|deeper|up|beyond|"
               r"along|near|around|\d)|encircl\w+|surround\w*|besieg\w+|offensive|counteroffensive|"
               r"counter-offensive|incursion|invasion|invad\w+|repel\w*|retreat\w*|"
               r"(?:troops|forces|army) (?:withdr[ae]w\w*|pulled out)|withdr[ae]w\w* (?:from|its|their) (?:troops|forces|positions)|"
               r"liberat\w+|captur(?:ed|ing) (?:the )?(?:town|city|village|settlement)\w*|"
               r"los(?:t|ing) (?:\w+ )?(?:settlements?|villages?|towns?|ground|territory)|"
               r"took control|tak(?:en|ing) control|gained ground|ambush\w*|firefight|frontline|front line|combat|"
               r"war (?:began|broke out|between|erupted)|civil war|fighting between",
    "explosions_remote_violence": r"air ?strikes?|airstrik\w+|shell(?:ed|ing)|drones?|missiles?|"
               r"bomb(?:ed|ing|s)?|explosions?|explod\w+|rockets? (?:attack|fire|strike)\w*|artillery|"
               r"warplanes|fighter jets struck|struck targets|hit targets|launch sites|"
               r"fired (?:\w+ ){0,2}(?:of )?(?:rockets|missiles|drones|shells)|under fire|shrapnel|"
               r"(?:israeli|russian|ukrainian|american|u\.s\.|us|turkish|saudi|coalition|pakistani|indian) (?:air )?strikes?|"
               r"(?:aircraft|warplanes|jets) (?:had )?(?:struck|hit|bombed)|"
               r"blasts?|mortar\w*|grenade\w*|landmines?|ballistic|shot down|intercept\w+|air defen[cs]es?|"
               r"the strikes|(?:missile|drone|air|overnight) strikes?|strikes? (?:hit|killed|targeted|pounded|struck)|"
               r"killed in (?:an? |the )?(?:\w+ )?strike",
    "violence_against_civilians": r"massacr\w+|abduct\w+|kidnap\w+|execut(?:ed|ion)|tortur\w+|"
               r"civilians? (?:were |was )?killed|killed (?:[\w,]+ ){1,4}civilians|attack\w* on civilians|"
               r"stabb\w+|shot dead|murder\w*|assassinat\w+|hostages?|bodies|house to house|rap(?:e|ed)|"
               r"found dead|pronounced dead|suspicion of murder|manslaughter",
    "strategic_developments": r"visit\w*|deploy\w*|arrest\w*|detain\w*|capture[ds]?|troops? (?:moved|arrived)|"
               r"reinforc\w+|mobiliz\w+|mobilis\w+|convoy|took over|handed over|appointed|"
               r"resign\w*|sacked|prisoner swap|exchange of prisoners|ordered the (?:army|military|troops)|"
               r"evacuat\w+|buffer zone|headed to|heading to|travell?ed to|arrived in|sent|drills|"
               r"military exercises|warships?|fighter jets|naval|aircraft carrier|patrols?|greeted|"
               r"tour|trip|scrambl\w+|tracked|warned off|shadow(?:ed|ing)|escorted|intercepted the|"
               r"airspace|flew over|sailed|airdrops?|air-drops?|aid convoys?|aid trucks|martial law|curfew|"
               r"ordered (?:the )?police|grounding|grounded|seized power|coup|"
               r"(?:fired|dismissed|sacked|ousted) (?:his|her|its|their|the) (?:[\w-]+ ){0,2}(?:minister|chief|head|"
               r"director|secretary|commander|coach|adviser|advisor|general|governor|ceo)",
    "protests": r"protest\w*|demonstrat(?:ion|ors|ed)\w*|rall(?:y|ied|ies)|marched|march(?:es)? (?:on|through|against|towards?)|marching|picket\w*|walk out|"
                r"strike by|went on strike|on strike|walked out|walkout|stoppage|industrial action|"
                r"hour strike|day strike|general strike|national strike|nationwide strike|strike over|"
                r"sit-in|petition|walked off the job|walk off the job|"
                r"end (?:a|the|their|its) (?:[\w-]+ ){0,2}strike|strike vote",
    "riots": r"riot\w*|set (?:\w+ ){0,3}alight|set on fire|loot\w+|clashed with police|tear gas|water cannon|torched|set fire to|mob|"
             r"stormed|set \w+ (?:of it )?on fire|unrest",
    "diplomacy": r"talks|discussed|agreed to|negotiat\w+|ceasefire|cease-fire|truce|summit|met|met with|meeting with|"
                 r"sanction\w*|treaty|envoys?|diplomat\w*|peace (?:deal|plan|talks|proposal)|"
                 r"agreement|accord|signed|bilateral|foreign minister|embassy|bargaining|"
                 r"(?:grain|peace|trade|nuclear|ceasefire|prisoner|hostage|security|defen[cs]e|border) deal|"
                 r"lodged|representations|summoned|reaffirmed|mutual defen[cs]e|treaty|security council|"
                 r"draft resolution|resolution|communiqu[eé]|humanitarian pause|ministers met|defen[cs]e ministers|"
                 r"foreign ministers|capability targets|spending (?:target|benchmark)",
    "statements": r"announc\w+|propos\w+|declar\w+|pledg\w+|vow\w*|address(?:ed|ing)|remarked|"
                  r"unveil\w+|threaten\w*|appeal\w*|called for|urged|labell?ed|condemn\w*|criticis\w+|"
                  r"criticiz\w+|dismissed|congratulat\w+|apologi[sz]\w+|demand\w*|rejects?|rejected|"
                  r"described|praised|promised|pledged|accus\w+|ruled out|welcomed|"
                  r"declined to comment|refused to comment|no comment|called (?:it|the|them|him|her)|"
                  r"defended|blamed|hailed|denied wrongdoing|denied responsibility|denied involvement|"
                  r"denied the allegations",
    "economy": r"inflation|prices?|GDP|economy|economic|shares?|stocks?|markets?|tariffs?|"
               r"interest rates?|revenue|profits?|budget|invest(?:ed|ing|s|or|ors|ment|ments)?|acquir\w+|acquisition|merger|"
               r"layoffs?|laid off|jobs|unemployment|exports?|imports?|trade|oil|currency|bonds?|"
               r"earnings|sales|rose|fell|surged|plunged (?:\d|by|more|nearly|about|to)|slumped|recession|growth|deficit|debt|"
               r"duties|levies|net income|net profit|quarterly|dividend|shareholders|"
               r"central bank|borrowing costs|yields?|subsid\w+|closed (?:up|down|higher|lower)|"
               r"index|indices|benchmark|to buy|bought|buyout|takeover|bid for|per share|a share|"
               r"loans?|bailout|forecasts?|outlook|against the dollar|dollar|currency|peso|rupee|rouble|"
               r"ruble|rial|lira|naira|yuan|yen|rand|ringgit|operating profit|funding round|funding|"
               r"valuation|values the company|venture capital",
    "legal": r"court|judge|sentenc\w+|convict\w+|charged|charges|indict\w+|acquit\w+|ruled(?! out)|"
             r"ruling(?!\s\s| (?:party|coalition|alliance|junta|bloc|family|elite|class|government|"
             r"conservative|liberal|socialist|communist|labour|democratic|national|military|"
             r"council|camp))|verdict|trial|lawsuit|sued|legislation|bill|law|voted (?:against|for)|warrant|"
             r"arrest warrant|appeal(?:ed)? (?:the|a) "
             r"(?:ruling|verdict|decision)|prosecut\w+|jailed|guilty|testif\w+|"
             r"fraud|cleared of|acquittal|barrister|jurors?|jury|plead\w*|pleaded|"
             r"custody|remanded|bail|magistrates?|lawsuit|injunction|bench|judgment|judges?|justices?|"
             r"veto\w*|passed (?:the )?(?:state |lower |upper )?(?:legislature|house|senate|parliament|assembly)|"
             r"searched (?:his|her|their|the|its) (?:[\w'’-]+ ){0,2}(?:house|home|office|offices|premises|headquarters)|"
             r"seiz\w+ (?:\w+ ){0,2}(?:documents|assets|cash|drugs|evidence|phones|computers|property|records|files)|"
             r"fined|antitrust|competition rules|penalty|penalties|investigat\w+|doping|"
             r"banned (?:\w+ ){0,5}for (?:\w+ )?(?:years?|months?|life)|stripped (?:\w+ ){0,2}of (?:\w+ )?(?:titles?|medals?|results)|"
             r"abstentions|votes in favour|votes in favor|approved (?:\w+ ){0,6}(?:rules|laws?|legislation|bill|regulations?)",
    "health": r"outbreak|cases|infect\w+|vaccin\w+|hospital\w*|virus|disease|patients?|"
              r"epidemic|pandemic|cholera|measles|ebola|covid\w*|flu|mpox|treatment|drug|"
              r"health|malnutrition|dehydration|famine|starvation|malnourished",
    "elections": r"election\w*|votes?|voters|voting|ballots?|campaign\w*|polls?|polling|seats|runoff|turnout|"
                 r"candidates?|turnout|elected|re-elected|referendum|inaugurat\w+|runoff|"
                 r"won \w+ (?:seats|votes)|parliamentary majority|conceded defeat|of the vote|"
                 r"elected|president-elect|barred from running|disqualified|conceded defeat|winner|"
                 r"barred from standing",
    "technology": r"outage|cyber\w*|hack\w*|software|artificial intelligence|AI|"
                  r"data breach|ransomware|apps?|chips?|satellites?|semiconductor\w*|rover|probe|telescope|"
                  r"smartphone\w*|platform|algorithm|chatbot|servers?|users|orbit|spacecraft|spaceport|"
                  r"lift(?:ed)? off|space agency|websites?|data centres?|data centers?|internet|"
                  r"personal data|ransomware|malware|IT systems|off air|went offline|computers|"
                  r"software update|crashed (?:\w+ ){0,4}(?:computers|systems|servers|devices|machines)",
    "disasters": r"battl(?:ed|ing|es|e) (?:the )?(?:flames|blazes?|fires?|wildfires?)|earthquake|quake|flood\w*|wildfires?|blaze|flames|firefighters|bushfire|storms?|hurricane|typhoon|"
                 r"cyclone|landslide|tsunami|drought|crash\w*|derail\w+|collaps\w+|eruption|"
                 r"erupt\w*|heatwave|tornado|avalanche|magnitude|rescue\w*|death toll|toll|aftershock\w*|"
                 r"debris|rubble|evacuat\w+|burst (?:its|their) banks|dams?|gave way|given way|caved in|"
                 r"broke (?:its|their) banks|weather warning|flood warning|severe weather|flood rescues|"
                 r"blew out|blown out|emergency landing|accident|mine workers|shaft|rain|"
                 r"torrential rain|heavy rain|rainfall|landslides?|mudslides?|heatstroke|heat wave|"
                 r"extreme heat|temperatures soared|red alert|died of|drowned|swept away|"
                 r"slammed into|crash-landed|skidded off|overran the runway|burst into flames|"
                 r"caught fire|ran aground|capsi[sz]ed",
}

#: Priority when weights tie: violence first, then the rest.
PRIORITY = ["explosions_remote_violence", "violence_against_civilians", "battles", "riots",
            "protests", "disasters", "legal", "elections", "health", "technology", "economy",
            "diplomacy", "strategic_developments", "statements"]

TRIGGER_RE = {k: re.compile(rf"\b(?:{v})\b", re.IGNORECASE if k not in ("technology",) else 0)
              for k, v in TRIGGERS.items()}
# technology's "AI" must stay upper case; its other words still match case-blind
TRIGGER_RE["technology"] = re.compile(
    rf"\bAI\b|\b(?i:{TRIGGERS['technology'].replace('|AI|', '|')})\b")

#: Generic action verbs: a sentence with one of these (and no trigger) is an
#: event of type "other"; one with neither is description, not an event.
ACTION_RE = re.compile(
    r"\b(?:(?:has|have|had|was|were|is|are|will|would)\s+(?:been\s+|also\s+|now\s+)?)?"
    r"(?P<verb>made|make|makes|conducted|carried out|launched|killed|died|injured|wounded|hurt|"
    r"destroyed|damaged|hit|attacked|opened|closed|approved|rejected|passed|signed|agreed|"
    r"won|lost|elected|held|hosted|met|visited|arrived|left|fled|moved|raised|cut|increased|"
    r"reduced|released|freed|returned|began|started|ended|suspended|halted|blocked|banned|"
    r"ordered|decided|imposed|lifted|reached|led to|caused|forced|announced|proposed|"
    r"addressed|seized|captured|recaptured|took|used|confirmed|reported|recorded|detected|"
    r"found|published|introduced|unveiled|sold|bought|paid|spent|fined|filed|"
    r"expanded|struck|fired|shot|arrested|detained|charged|sentenced|convicted|"
    r"evacuated|rescued|collapsed|flooded|burned|erupted|crashed|hacked|leaked|"
    r"surged|plunged|rose|fell|jumped|dropped|climbed|slumped|grew|shrank|"
    r"resigned|appointed|named|fired|dismissed|replaced|deployed|withdrew|retreated|"
    r"surrounded|advanced|advancing|seizing|heading|marched|gathered|protested|"
    r"voted|won|defeated|sued|ruled|acquitted|overturned|upheld|vaccinated|infected|"
    r"tested|treated|hospitalised|hospitalized|spread|warned|pledged|vowed|threatened|"
    r"labeled|labelled|conceded|remarked|hinted|noted|suffered|marked|invaded|"
    r"gained|greeted|welcomed|praised|promised|burst|submerged|inundated|swept|offered|"
    r"walked out|accused|withdraw|withdrew|withdrawn|apologi[sz]ed|congratulated|critici[sz]ed|condemned|demanded|rejects|rejected|"
    r"described|dismissed|stormed|sending|sent|dug|battled|hit|began|targeted|executed|"
    r"abducted|displaced|disrupted|rerouted|regained|dumped|logged|knocked|restricted|slumped|tightened|took|taken|lifted|"
    r"scrambled|quit|sought|crossed|delivered|declined|admitted|pleaded|urged|lodged|tracked|"
    r"called the|called it|called them|called him|called her|sentencing|gave way|given way|breached|"
    r"defended|rebuffed|drilled|blamed|entered|airdropped|dropped|landed|docked|orbited|"
    r"conceded defeat|barred|disqualified|celebrated|mourned|gathered|trimmed|revised|upgraded|"
    r"downgraded|kept|rallied|lagged|apologised|apologized|identified|recovered|stolen|seized|"
    r"affected|went off|went down|walk out|walked out|issued|hailed|banged|extended|pushed|"
    r"vetoed|happened|fallen|staged|published|fined|denied wrongdoing|denied responsibility|"
    r"denied involvement|"
    r"pushed back|blew out|blew up|lifted martial|"
    r"jailed|cleared|acquired|merged|invested|borrowed|lent|exported|imported|shipped|produced|"
    r"built|broke|brought|drove|ran|sank|shut|shut down|stole|threw|overtook|froze|fought|"
    r"uprooted|blocked|cancelled|canceled|postponed|delayed|grounded|diverted|stranded|"
    r"intercepted|downed|shelled|bombed|raided|stormed|ambushed|occupied|blockaded|"
    r"kidnapped|hijacked|looted|torched|demolished|razed|bulldozed|evicted|expelled|deported|"
    r"extradited|indicted|prosecuted|impeached|ousted|sworn in|inaugurated|dissolved|"
    r"suspended|revoked|recalled|withdrawn|halved|doubled|tripled|slashed|hiked|lowered|eased|"
    r"narrowed|widened|posted|missed|topped|exceeded|overtook|outpaced|trailed|"
    r"installed|completed|finished|launched|tested|discovered|identified|confirmed|"
    r"recovered|retrieved|reopened|resumed|restored|repaired|rebuilt|"
    r"donated|pledged|allocated|earmarked|disbursed|transferred|siphoned|embezzled|laundered|"
    r"claimed responsibility|grown|disputed|expressed|queued|waited|stayed|"
    r"written to|spoken|placed|pressed|collided|woken|accepted|risen|travelled|traveled|secured|briefed|went up|"
    r"was led|were led|was up|were up|was down|were down)\b",
    re.IGNORECASE)

#: Types whose triggers report a physical happening even inside reported speech.
PHYSICAL: Final = {"battles", "explosions_remote_violence", "violence_against_civilians", "riots",
            "protests", "disasters"}


# --- fast trigger lookup -------------------------------------------------
# Fifteen alternations scanned per sentence cost more than the rest of the
# pipeline together, so simple alternatives (words, stems, short optional
# endings) become dictionary look-ups; only the few complex ones stay regexes.
_SIMPLE = re.compile(r"^([a-z' -]+?)(\\w\*|\\w\+|s\?|\(\?:([a-z|]+)\)\??)?$")


def _split_top(pattern: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in pattern:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


_RESIDUAL_PREFIXES: set[str] = set()
_UPPER_PREFIXES: set[str] = set()


def _group_end(alt: str) -> int:
    """Offset of the ")" that closes the group ``alt`` opens with."""
    depth, i = 0, 0
    for i, ch in enumerate(alt):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            break
    return i


def _prefixes(alt: str) -> list[str]:
    """First three letters of the words a residual alternative can start with."""
    if alt.startswith("(?:"):
        i = _group_end(alt)
        return [p for opt in _split_top(alt[3:i]) for p in _prefixes(opt + alt[i + 1:].lstrip("?"))]
    lead = re.match(r"[A-Za-z]*", alt).group()  # type: ignore[union-attr]  # "*" always matches
    if lead.isupper() and len(lead) > 1:
        _UPPER_PREFIXES.add(lead.lower()[:3])  # "IT systems": only where written in capitals
    lead = lead.lower()
    return [lead[:3]] if len(lead) >= 3 else [lead] if lead else [""]


def _compile_lookup() -> tuple[dict[str, set[str]], dict[str, set[str]], re.Pattern[str]]:
    words: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    residual: dict[str, list[str]] = {}
    for etype, pattern in TRIGGERS.items():
        for alt in _split_top(pattern):
            m = _SIMPLE.match(alt) if alt.islower() or alt == "AI" else None
            if alt == "AI":
                words.setdefault("AI", set()).add(etype)
                continue
            if not m:
                residual.setdefault(etype, []).append(alt)
                continue
            base, suffix, options = m.group(1), m.group(2) or "", m.group(3)
            if suffix in ("\\w*", "\\w+"):
                stems.setdefault(base, set()).add(etype)
                if suffix == "\\w*":
                    words.setdefault(base, set()).add(etype)
                continue
            forms = [base]
            if suffix == "s?":
                forms.append(base + "s")
            elif options:
                forms += [base + o for o in options.split("|")]
                if not suffix.endswith("?"):
                    forms.remove(base)
            for f in forms:
                words.setdefault(f, set()).add(etype)
    global _RESIDUAL_PREFIXES
    _RESIDUAL_PREFIXES = {p for alts in residual.values() for alt in alts for p in _prefixes(alt)}
    # one pattern for all residual alternatives: a named group per type
    combined = re.compile("|".join(rf"\b(?P<{k}>{'|'.join(v)})\b" for k, v in residual.items()),
                          re.IGNORECASE)
    global _RESIDUAL_AT, _RESIDUAL_SHORT
    # the same alternatives split by the three letters they must start with (ASCII text):
    # at a given offset only those whose letters are there can match, so a pattern of those
    # alone, in the same order, finds the same match as the combined one
    leads = {(k, alt): _sound_leads(alt) for k, alts in residual.items() for alt in alts}
    keys = {x for ls in leads.values() if ls is not None for x in ls}

    def pattern_for(key: str | None) -> re.Pattern[str] | None:
        kept = {k: [alt for alt in alts if leads[(k, alt)] is None or key in leads[(k, alt)]]  # type: ignore[operator]
                for k, alts in residual.items()}
        body = "|".join(rf"\b(?P<{k}>{'|'.join(v)})\b" for k, v in kept.items() if v)
        return re.compile(body, re.IGNORECASE) if body else None

    _RESIDUAL_AT = {key: pattern_for(key) for key in sorted(keys)}
    _RESIDUAL_SHORT = pattern_for(None)
    return words, stems, combined


#: residual patterns by the lower-cased three characters at the offset tried (see
#: _compile_lookup); _RESIDUAL_SHORT for any other three characters
_RESIDUAL_AT: dict[str, re.Pattern[str] | None] = {}
_RESIDUAL_SHORT: re.Pattern[str] | None = None


def _sound_leads(alt: str) -> set[str] | None:
    """The lower-case three letters every match of ``alt`` starts with (one per option of a
    leading group), or None when that is not certain (fewer letters, an optional letter)."""
    if alt.startswith("(?:"):
        i = _group_end(alt)
        rest = alt[i + 1:]
        if rest[:1] in ("?", "*", "{", "+"):
            return None
        out: set[str] = set()
        for opt in _split_top(alt[3:i]):
            got = _sound_leads(opt + rest)
            if got is None:
                return None
            out |= got
        return out
    lead = re.match(r"[A-Za-z]*", alt).group()  # type: ignore[union-attr]  # "*" always matches
    if alt[len(lead):len(lead) + 1] in ("?", "*", "{"):
        lead = lead[:-1]  # the last letter is optional
    return {lead[:3].lower()} if len(lead) >= 3 else None


_WORDS, _STEMS, _RESIDUAL = _compile_lookup()


_MULTI_LENS: dict[str, tuple[int, ...]] = {}
for _w in _WORDS:
    if " " in _w:
        _MULTI_LENS[_w.split()[0]] = tuple(sorted(set(_MULTI_LENS.get(_w.split()[0], ())) | {len(_w.split())}))
# second words of the multi-word literals, by first word: "the", "a", "of" start some,
# so the n-word joins below are tried only when the next word fits
_MULTI_NEXT: Final[dict[str, frozenset[str]]] = {}
for _w in _WORDS:
    if " " in _w:
        _MULTI_NEXT[_w.split()[0]] = _MULTI_NEXT.get(_w.split()[0], frozenset()) | {_w.split()[1]}
_WORD_CACHE: dict[str, tuple[str, ...]] = {}


def _word_types(w: str) -> tuple[str, ...]:
    """Event types a single word triggers (exact word or stem), memoised."""
    got = _WORD_CACHE.get(w)
    if got is None:
        types = set(_WORDS.get(w, ()))
        for k in range(3, len(w)):  # stems: "seiz" + \w+
            types.update(_STEMS.get(w[:k], ()))
        got = _WORD_CACHE[w] = tuple(sorted(types))
        if len(_WORD_CACHE) > 50000:
            _WORD_CACHE.clear()
    return got


_LOW_TOKEN: Final = re.compile(r"[a-zа-яё][a-zа-яё'-]*")
#: bytes.translate table: the bytes of _LOW_TOKEN's class in ASCII (a-z, "'", "-") kept, all others blanks
_NOT_TOKEN_BYTES: Final = bytes(c if 97 <= c <= 122 or c in (39, 45) else 32 for c in range(256))


def tokens(masked: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased word) for the trigger and action look-ups ("AI" kept)."""
    low = lower_keep(masked)
    # findall (strings, no match objects) and each word's offset by str.find: every letter
    # of [a-zа-яё] starts a match, so none occurs between one match and the next, and the
    # next word (which opens with such a letter) is first found where the pattern found it
    toks: list[tuple[int, int, str]] = []
    pos = 0
    found: list[str]
    if low.isascii():
        # ASCII text (nearly all): a match is a maximal run of [a-z'-] from its first letter
        # on, so the runs (all other bytes made blanks, then split) with their leading
        # apostrophes and hyphens stripped, those with a letter left, are the matches
        found = []
        for w in low.encode().translate(_NOT_TOKEN_BYTES).decode().split():
            if w[0] == "'" or w[0] == "-":
                w = w.lstrip("'-")
                if not w:
                    continue
            found.append(w)
    else:
        found = _LOW_TOKEN.findall(low)  # typed: mypyc then calls str.find natively
    for w in found:
        at = low.find(w, pos)
        pos = at + len(w)
        toks.append((at, pos, w))
    if "AI" in masked:  # the one trigger that must stay upper case
        toks = [(s, e, "AI" if masked[s:e] == "AI" else w) for s, e, w in toks]
    return toks


def anchored(words: list[tuple[int, int, str]], vocab: set | frozenset) -> list[int]:
    """Offsets of the tokens in ``words`` that are in ``vocab`` ("week's" counts as "week")."""
    ws = [t[2] for t in words]
    if vocab.isdisjoint(ws) and "'" not in "".join(ws):
        return []
    return [a for a, _, w in words if (w.split("'", 1)[0] if "'" in w else w) in vocab]


_NO_INFO: Final = ((), (), False, False)
_INFO: Final[dict[str, tuple]] = {}


def _word_info(w: str) -> tuple:
    """(trigger types, multi-word lengths, residual start?, capitals needed?) of a word, memoised."""
    p3 = w[:3]
    info = (_word_types(w), _MULTI_LENS.get(w, ()), p3 in _RESIDUAL_PREFIXES, p3 in _UPPER_PREFIXES)
    if info == _NO_INFO:
        info = _NO_INFO
    if len(_INFO) > 50000:
        _INFO.clear()
        _INERT.clear()
    _INFO[w] = info
    if info is _NO_INFO:
        _INERT.add(w)
    return info


#: words already known to trigger nothing (most words): skipped in one C-level pass
_INERT: Final[set[str]] = set()


def find_triggers(masked: str, toks: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, event type) of every trigger in ``masked``."""
    hits: list[tuple[int, int, str]] = []
    toks = tokens(masked) if toks is None else toks
    low = [t[2] for t in toks]
    ntoks = len(toks)
    info_of = _INFO
    inert = _INERT
    for i in [i for i, t in enumerate(toks) if t[2] not in inert]:  # most words trigger nothing
        s, e, w = toks[i]
        info = info_of.get(w)
        if info is None:
            info = _word_info(w)
        if info is _NO_INFO:
            continue
        types, lens, residual, upper = info
        for etype in types:
            hits.append((s, e, etype))
        if lens and i + 1 < ntoks and low[i + 1] in _MULTI_NEXT[w]:
            for n in lens:  # multi-word literals starting with this word
                if i + n <= ntoks:
                    for etype in _WORDS.get(" ".join(low[i:i + n]), ()):
                        hits.append((s, toks[i + n - 1][1], etype))
        if residual and (not upper or masked[s:e].isupper()):
            at = masked[s:s + 3]
            if at.isascii():  # the residual alternatives that can start with these letters
                pat = _RESIDUAL_AT.get(at.lower(), _RESIDUAL_SHORT)
                m = pat.match(masked, s) if pat is not None else None
            else:
                m = _RESIDUAL.match(masked, s)  # residual patterns, tried only where one could start
            if m:
                hits.append((m.start(), m.end(), m.lastgroup))  # type: ignore[arg-type]  # every alternative is a named group
    return sorted(set(hits))


def _expand(alt: str) -> list[str]:
    m = re.search(r"\[(\w+)\]", alt)
    if m:
        return [x for c in m.group(1) for x in _expand(alt[:m.start()] + c + alt[m.end():])]
    return [alt]


def _action_words() -> tuple[set[str], set[str]]:
    body = ACTION_RE.pattern.split("(?P<verb>", 1)[1].rsplit(")\\b", 1)[0]
    words, stems = set(), set()
    for alt in _split_top(body):
        for form in _expand(alt):
            if form.endswith("\\w*"):
                stems.add(form[:-3])
            else:
                words.add(form)
    return words, stems


_ACTION_WORDS, _ACTION_STEMS = _action_words()
_ACTION_FIRST = {w.split()[0] for w in _ACTION_WORDS if " " in w}
_ACTION_STARTS = frozenset(_ACTION_WORDS | _ACTION_FIRST)  # words an action verb can start with
_SCALE_WORDS = {"thousand", "million", "billion", "trillion", "bn", "m", "tn"}
_AUX = {"has", "have", "had", "was", "were", "is", "are", "will", "would"}
_AUX2 = {"been", "also", "now"}


class ActionHit:
    """A found action verb; mimics the bits of ``re.Match`` the callers use."""

    __slots__ = ("phrase_start", "ve", "verb", "vs")

    def __init__(self, phrase_start: int, vs: int, ve: int, verb: str):
        self.phrase_start, self.vs, self.ve, self.verb = phrase_start, vs, ve, verb

    def start(self, group: str | None = None) -> int:
        return self.vs if group else self.phrase_start

    def end(self, group: str | None = None) -> int:
        return self.ve

    def group(self, name: str = "verb") -> str:
        return self.verb


def find_actions(masked: str, toks: list[tuple[int, int, str]] | None = None) -> list[ActionHit]:
    """Action verbs in ``masked``, with any auxiliaries before them ("have conducted")."""
    toks = tokens(masked) if toks is None else toks
    out = []
    # most words are no verb: visit only the tokens that can start one
    starts = _ACTION_STARTS
    hits = [i for i, t in enumerate(toks) if t[2] in starts] if not _ACTION_STEMS else range(len(toks))
    for i in hits:
        s, e, w = toks[i]
        verb = None
        if w in _ACTION_FIRST and i + 1 < len(toks) and f"{w} {toks[i + 1][2]}" in _ACTION_WORDS:
            verb, e = f"{w} {toks[i + 1][2]}", toks[i + 1][1]
        elif w in _ACTION_WORDS or _ACTION_STEMS and any(w.startswith(st) for st in _ACTION_STEMS):
            verb = w
        if verb is None:
            continue
        if i and (toks[i - 1][2] in _SCALE_WORDS or masked[s - 2:s - 1].isdigit()):
            continue  # "9.1 trillion won": a currency, not a verb
        start, j = s, i - 1
        if j >= 0 and toks[j][2] in _AUX2:
            j -= 1
        if j >= 0 and toks[j][2] in _AUX:
            start = toks[j][0]
        out.append(ActionHit(start, s, e, masked[s:e]))
    return out
