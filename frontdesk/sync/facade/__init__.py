"""The core's one face: the only part of the core that `ui/` and `cli/` import (with `domain`).

- `facade.book`: what the first frame needs, light enough to import before the event loop
  (the cached book, sheet requests, opening the cache off the GUI thread).
- `facade.desk`: the workspace (queries, writes, the change feed), opening the demo clinic or
  the clinic's accounts, and the records the outbox and the openings search return.
- `facade.accounts`: configuring accounts (vendors and their settings, checks before saving).

`make check` enforces this with import-linter (pyproject.toml, [tool.importlinter]).
"""
