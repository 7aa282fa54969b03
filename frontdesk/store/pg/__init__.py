"""The PostgreSQL store (issue 14): the same face as the SQLite cache, on a server."""
