"""Qt widgets, models and delegates. No httpx, no sqlite3: everything goes through sync.Workspace."""
