"""The SQLite store (sqlite-utils): schema, migrations and plain query functions.

Functions take an open ``Database`` and return domain objects; they never
open connections themselves.  No Qt here.
"""
from newsdigest.store.db import database_path, open_database, schema_version

__all__ = ["database_path", "open_database", "schema_version"]
