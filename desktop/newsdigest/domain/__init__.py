"""Domain objects and rules shared by every layer; stdlib only."""
from newsdigest.domain.errors import AppError, ExportFailed, ImportFailed, NotFound, StoreError
from newsdigest.domain.models import (
    CREDIBILITY, EVENT_TYPES, RELIABILITY, Annotation, Article, ArticleDraft, Entity, EntryRow,
    EntityRef, EntityType, Entry, Extraction, HistoryRecord, Kind, Number, Origin,
    QuoteType, Status,
)

__all__ = [
    "AppError", "ExportFailed", "ImportFailed", "NotFound", "StoreError",
    "CREDIBILITY", "EVENT_TYPES", "RELIABILITY", "Annotation", "Article", "ArticleDraft",
    "Entity", "EntityRef", "EntityType", "Entry", "EntryRow", "Extraction", "HistoryRecord", "Kind",
    "Number", "Origin", "QuoteType", "Status",
]
