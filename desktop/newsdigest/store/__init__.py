"""The SQLite store (sqlite-utils): schema, migrations and plain query functions.

Functions take an open ``Database`` and return domain objects; they never
open connections themselves.  No Qt here.
"""
from newsdigest.store.db import open_database, schema_version

__all__ = ["open_database", "schema_version"]
