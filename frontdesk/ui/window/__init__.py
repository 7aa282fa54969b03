"""The main window's parts, each with one job; `frontdesk.ui.main_window` composes them.

- `actions`: the QActions (text, shortcut, tooltip), toolbars and menus, where the appointment
  actions go, and the shortcut sections of the help dialog.
- `book_controller`: which sheet the book shows (day or week, providers, options), reading it
  from the cache, drawing it, and redrawing it when the change feed says it changed.
- `day_sheet_export`: the day sheet's dialog flow, PDF writing and printing.
- `after_paint`: the parts the first frame does not show, built after the book's first paint.

Nothing here imports asyncio, qasync, httpx or the panes at module level: the window's first
frame (docs/architecture.md, "Start-up") imports `actions`, `book_controller` and
`after_paint`; `day_sheet_export` comes with the parts built after the first paint.
"""
