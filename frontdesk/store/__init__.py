"""The on-disk SQLite cache: schema, search, accounts, cursors, outbox, secrets, paths."""
