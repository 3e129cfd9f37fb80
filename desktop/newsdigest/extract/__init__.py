"""Article -> events, quotes, claims and entities; pure, rule based, deterministic.

Public API::

    extract_article(text, *, published=None, title="") -> Extraction
    entity_key(type, name) -> str         # store-wide merge key
    same_entity(a: Entity, b: Entity) -> bool

No model or data is loaded at run time and nothing outside the standard
library and :mod:`newsdigest.domain` is imported.  The modules, in pipeline
order:

* ``sentences``  paragraphs and sentences with offsets (abbreviation aware)
* ``quotes``     quoted spans: straight, curly, guillemets, British single
  marks, nested and multi-paragraph quotes
* ``mentions``   capitalised runs (any script), titles split off
* ``entities``   runs typed as person / place / organisation, short forms
  resolved to one canonical name per article
* ``speakers``   who speaks: named subjects, pronouns (gender aware),
  role nouns ("the ministry"), unnamed sources ("officials")
* ``cues`` / ``attribution``  quote attribution and reported speech (claims)
* ``taxonomy`` / ``events``   event triggers modelled on ACLED, actors, places
* ``numbers`` / ``dates``     typed quantities, time expressions to ISO dates
* ``records``    the Entry, EntityRef and Number records, made without their dataclass __init__
* ``names``      normalisation shared with the store
* ``gazetteer``  bundled word lists (countries, cities, organisations,
  titles, given names)
"""
from newsdigest.extract.names import KEY_VERSION, entity_key, same_entity
from newsdigest.extract.pipeline import extract_article

__all__ = ["KEY_VERSION", "entity_key", "extract_article", "same_entity"]
