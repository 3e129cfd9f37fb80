"""News Digest: events and quotes from news articles, annotated, briefed."""
__version__ = "0.1.0"
