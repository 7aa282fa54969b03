"""Tab follows the eye: a window's parts, visited one after the other in the order they are
read (top to bottom, left to right), whatever order they were built or attached in.

Qt stops Tab at every widget of the focus chain that can take focus, and a widget with a focus
proxy outside itself (a QTabWidget sends focus to its tab bar, the book's DayView to its
canvas) is such a stop wherever it sits in the chain: those are moved with the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLayout, QWidget


def deepest_proxy(widget: QWidget) -> QWidget | None:
    proxy = widget.focusProxy()
    while proxy is not None and proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()
    return proxy


def is_stop(widget: QWidget) -> bool:
    """Whether Tab can land here (Qt's rule: the proxy's policy counts; a part of a compound
    widget, whose proxy is the compound, is not a stop of its own)."""
    proxy = deepest_proxy(widget)
    if proxy is not None and proxy.isAncestorOf(widget):
        return False
    policy = (proxy or widget).focusPolicy()
    return bool(policy & Qt.FocusPolicy.TabFocus)


def stops(group: QWidget) -> list[QWidget]:
    """The stops in `group` (itself included), in the group's own focus-chain order."""
    found: list[QWidget] = []
    widget: QWidget | None = group
    while widget is not None:
        if (group is widget or group.isAncestorOf(widget)) and is_stop(widget):
            found.append(widget)
        widget = widget.nextInFocusChain()
        if widget is group:
            break
    return found


@contextmanager
def _as_itself(widget: QWidget) -> Iterator[None]:
    """setTabOrder moves a widget's focus proxy, not the widget, and ignores NoFocus widgets:
    for the move, the widget stands for itself."""
    proxy, policy = widget.focusProxy(), widget.focusPolicy()
    if proxy is None:
        yield
        return
    widget.setFocusProxy(None)  # type: ignore[arg-type]  # None clears it (Qt's nullptr)
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    try:
        yield
    finally:
        widget.setFocusPolicy(policy)  # before the proxy is back: Qt would pass it on
        widget.setFocusProxy(proxy)


def follow_the_eye(*groups: QWidget) -> None:
    """Tab visits each group's stops before the next group's."""
    order = [widget for group in groups for widget in stops(group)]
    for first, second in pairwise(order):
        with _as_itself(first), _as_itself(second):
            QWidget.setTabOrder(first, second)


def laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets of `layout` and its nested layouts, in the order they were laid out (for a
    form: row by row)."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            found.append(widget)
        elif (inner := item.layout()) is not None:
            found += laid_out(inner)
    return found


def buttons_as_laid_out(box: QDialogButtonBox) -> None:
    """Tab through a button box's buttons in the order the platform lays them out (say
    Create, then Cancel), not in the order they were added. Call once the box is in its
    dialog (adopting a widget, Qt chains its children again in the order they were made)."""
    layout = box.layout()
    if layout is None:
        return
    items = (layout.itemAt(i) for i in range(layout.count()))
    buttons = [w for item in items if item and isinstance(w := item.widget(), QAbstractButton)]
    for first, second in pairwise(buttons):
        QWidget.setTabOrder(first, second)
