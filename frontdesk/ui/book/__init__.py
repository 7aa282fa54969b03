"""The appointment book (day and week view), split by job:

- geometry: where things are (columns, times, blocks, drops); no painting, no widgets.
- text: what the book says in words (column titles, tooltips, screen-reader lines).
- painting: how things look (looks, fonts) and the paint routines, given a QPainter.
- interaction: mouse, keyboard, tooltips, context menu, dragging, selection and the signals.
- view: the widgets (DayCanvas, DayHeader, DayView) that compose them.

`frontdesk.ui.day_view` re-exports the public names, so older imports keep working. This
package's `__init__` imports nothing, so importing one module does not pull in the others.
"""
