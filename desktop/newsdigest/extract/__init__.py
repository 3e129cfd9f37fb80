"""Article -> events, quotes, claims and entities; pure, rule based, deterministic.

Public API::

    extract_article(text, *, published=None, title="") -> Extraction
    entity_key(type, name) -> str         # store-wide merge key
    same_entity(a: Entity, b: Entity) -> bool
"""
from newsdigest.extract.names import entity_key, same_entity
from newsdigest.extract.pipeline import extract_article

__all__ = ["entity_key", "extract_article", "same_entity"]
