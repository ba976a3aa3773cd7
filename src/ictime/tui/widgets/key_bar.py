"""The footer: the screen's keys on one line, drawn by one widget.

Textual's `Footer` mounts a widget per key (about fifteen on Today), which cost more of the
first frame than anything else on the screen, and at 80 columns it cut the line off at an
arbitrary key. `KeyBar` draws the same keys as one line of text: the screen's own keys
first, then the app's; when the line is too narrow the app's last keys go first, while
`? Help` (which lists every key) and the palette key always stay. Each key is clickable.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

_KEEP = "help"
"""The action whose key is never dropped: help lists all the others."""


@dataclass(frozen=True)
class KeyEntry:
    """One footer entry: a key (or a group of keys sharing a description)."""

    keys: tuple[tuple[str, str], ...]
    """(key to press, how it is shown) for each key of the entry."""
    description: str
    enabled: bool
    action: str
    compact: bool = True
    """Whether a group's keys are shown without spaces between them (`1234`)."""

    @property
    def width(self) -> int:
        """Cells the entry takes, without the gap after it."""
        shown = sum(cell_len(display) for _, display in self.keys)
        spaces = 0 if self.compact else len(self.keys) - 1
        return shown + spaces + (1 + cell_len(self.description) if self.description else 0)


def key_entries(screen: Screen[object]) -> list[KeyEntry]:
    """The keys to show for a screen, in Textual's footer order, groups combined.

    Args:
        screen: the screen whose active bindings (its own, its focused widget's, the app's)
            are shown.

    Returns:
        One entry per action, or per run of actions in the same binding group.
    """
    app = screen.app
    by_action: dict[str, tuple[Binding, bool]] = {}
    for _node, binding, enabled, _tooltip in screen.active_bindings.values():
        if binding.show and binding.action not in by_action:
            by_action[binding.action] = (binding, enabled)
    entries: list[KeyEntry] = []
    group_of: list[Binding.Group | None] = []
    for binding, enabled in by_action.values():
        key = (binding.key, app.get_key_display(binding))
        group = binding.group
        if group is not None and group_of and group_of[-1] == group:
            last = entries[-1]
            keys = (*last.keys, key)
            enabled = last.enabled or enabled
            entries[-1] = KeyEntry(keys, group.description, enabled, last.action, group.compact)
            continue
        entries.append(KeyEntry((key,), binding.description, enabled, binding.action))
        group_of.append(group)
    return entries


def palette_entry(screen: Screen[object]) -> KeyEntry | None:
    """The command palette's key (hidden from the bindings list, shown on the right)."""
    app = screen.app
    found = screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
    if not app.ENABLE_COMMAND_PALETTE or found is None:
        return None
    _node, binding, enabled, _tooltip = found
    key = (binding.key, app.get_key_display(binding))
    return KeyEntry((key,), binding.description, enabled, binding.action)


def fit(entries: list[KeyEntry], width: int, gap: int = 2) -> list[KeyEntry]:
    """The entries that fit in `width` cells, dropping from the end but keeping help.

    Args:
        entries: the entries, most important first (the screen's own keys lead).
        width: cells available.
        gap: cells between entries.

    Returns:
        The entries kept, in their order.
    """
    kept = list(entries)

    def needed() -> int:
        return sum(entry.width for entry in kept) + gap * max(len(kept) - 1, 0)

    while kept and needed() > width:
        droppable = [i for i, entry in enumerate(kept) if entry.action != _KEEP]
        kept.pop(droppable[-1] if droppable else -1)
    return kept


class KeyBar(Widget, can_focus=False):
    """The screen's keys on one line at the bottom; a click presses the key.

    Clicks are found by column rather than through `@click` links, whose link styling
    would underline the line and repaint every key in one colour.
    """

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        padding: 0 1;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._spots: list[tuple[int, int, str, str]] = []
        """(first column, column after, key, the entry's first key) of each clickable place,
        from the last render."""
        self._hover: str | None = None

    def on_mount(self) -> None:
        """Redraw whenever the screen's keys change (focus moved, a key was disabled)."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        """Stop listening to a screen that is going away."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen[object]) -> None:
        self.refresh()

    def render(self) -> Content:
        """The keys that fit, with the palette key on the right."""
        palette = palette_entry(self.screen)
        room = self.size.width - (palette.width + 2 if palette else 0)
        # The key that switches to the screen on view would do nothing: leave it out.
        here = f"switch_mode({self.app.current_mode!r})"
        entries = [entry for entry in key_entries(self.screen) if entry.action != here]
        gap = 2
        shown = fit(entries, room, gap)
        if len(shown) < len(entries):  # closer together before leaving keys out
            gap = 1
            shown = fit(entries, room, gap)
        placed: list[tuple[int, KeyEntry]] = []
        column = 0
        for entry in shown:
            placed.append((column, entry))
            column += entry.width + gap
        if palette is not None:
            placed.append((max(self.size.width - palette.width, column), palette))
        self._spots = [spot for start, entry in placed for spot in _spots(start, entry)]
        parts: list[Content] = []
        column = 0
        for start, entry in placed:
            parts += [Content(" " * (start - column)), self._draw(entry)]
            column = start + entry.width
        return Content("").join(parts)

    def _draw(self, entry: KeyEntry) -> Content:
        dim = "" if entry.enabled else " dim"
        hover = " on $block-hover-background" if self._hover == entry.keys[0][0] else ""
        keys = Content("" if entry.compact else " ").join(
            Content.styled(display, f"bold $footer-key-foreground{dim}{hover}")
            for _, display in entry.keys
        )
        if not entry.description:
            return keys
        return keys + Content.styled(f" {entry.description}", f"{dim}{hover}".strip())

    def spot_at(self, column: int) -> tuple[str, str] | None:
        """The key drawn at a column of the bar's text, and its entry's first key.

        A description counts as its entry's first key.
        """
        for first, after, key, anchor in self._spots:
            if first <= column < after:
                return key, anchor
        return None

    def on_click(self, event: events.Click) -> None:
        """Press the key under the pointer."""
        spot = self.spot_at(event.x - self.styles.padding.left)
        if spot is not None:
            self.app.simulate_key(spot[0])

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Highlight the entry under the pointer."""
        spot = self.spot_at(event.x - self.styles.padding.left)
        self._set_hover(None if spot is None else spot[1])

    def on_leave(self) -> None:
        """No highlight once the pointer has gone."""
        self._set_hover(None)

    def _set_hover(self, key: str | None) -> None:
        if key != self._hover:
            self._hover = key
            self.refresh()


def _spots(start: int, entry: KeyEntry) -> list[tuple[int, int, str, str]]:
    """Where each key of an entry is drawn; its description belongs to the first key."""
    anchor = entry.keys[0][0]
    spots = []
    column = start
    for key, display in entry.keys:
        spots.append((column, column + cell_len(display), key, anchor))
        column += cell_len(display) + (0 if entry.compact else 1)
    if entry.description:
        spots.append((column, start + entry.width, anchor, anchor))
    return spots
