"""The import dialog: a file path or URL (or a known source), a progress bar, then the summary."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from ictime.tui.context import IctimeContext
from ictime.tui.messages import BlocksImported, WorkerFailed
from ictime.tui.visuals import safe

if TYPE_CHECKING:
    from ictime.service import SourceReport

MAX_SKIPPED_SHOWN = 8


def report_lines(report: SourceReport) -> list[Content]:
    """What importing one source did, as lines for the dialog.

    Args:
        report: the service's report.

    Returns:
        A headline, then skipped items with reasons, then warnings.
    """
    name = safe(display_location(report.source))
    if report.failed:
        return [
            Content.assemble(("✗ ", "$text-error bold"), (name, "bold"), f": {safe(report.error)}")
        ]
    if report.outcome == "unchanged":
        return [
            Content.assemble(("= ", "$text-muted"), (name, "bold"), ": unchanged, nothing to do")
        ]
    counts = (
        f": {report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{len(report.skipped)} skipped"
    )
    lines = [Content.assemble(("✓ ", "$text-success bold"), (name, "bold"), counts)]
    if report.groups is not None:
        groups = report.groups
        read = (
            f"  events: {groups.added:,} new, {groups.updated:,} changed, {groups.removed:,}"
            f" removed, {groups.unchanged:,} unchanged; {groups.read:,} read"
        )
        lines.append(Content.styled(read, "$text-muted"))
    if report.calendar:
        lines.append(Content.styled(f"  calendar {safe(report.calendar)!r}", "$text-muted"))
    if report.me:
        how = f" ({safe(report.me_how)})" if report.me_how else ""
        lines.append(Content.styled(f"  me: {safe(', '.join(report.me))}{how}", "$text-muted"))
    for item in report.skipped[:MAX_SKIPPED_SHOWN]:
        uid = safe(item.uid) or "(no UID)"
        lines.append(Content.assemble("  skipped ", (uid, "$text-muted"), f": {safe(item.reason)}"))
    if len(report.skipped) > MAX_SKIPPED_SHOWN:
        more = len(report.skipped) - MAX_SKIPPED_SHOWN
        lines.append(Content.styled(f"  … and {more} more skipped", "$text-muted"))
    lines += [Content.styled(f"  ! {safe(w)}", "$text-warning") for w in report.warnings]
    return lines


def display_location(location: str) -> str:
    """A source location as people type it: relative to the working folder, or with `~`.

    Args:
        location: a stored location (an absolute path or a URL).

    Returns:
        The shortest familiar form; URLs are unchanged.
    """
    if "://" in location:
        return location
    path = Path(location)
    for base, prefix in ((Path.cwd(), ""), (Path.home(), "~/")):
        if path.is_relative_to(base):
            return prefix + str(path.relative_to(base))
    return location


class ImportModal(ModalScreen[None]):
    """Enter or pick a source, import it in a worker with a progress bar, show the summary."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("down", "focus_sources", "Known sources", show=False),
    ]

    class ImportProgressed(Message):
        """The importer read `done` of `total` events."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    class ImportFinished(Message):
        """The import ran to its end (each source either imported, unchanged or failed)."""

        def __init__(self, reports: Sequence[SourceReport]) -> None:
            super().__init__()
            self.reports = tuple(reports)

    class ImportFailed(Message):
        """The import could not run at all; `error` says why."""

        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    class SourcesLoaded(Message):
        """The sources the store already knows were read."""

        def __init__(self, locations: Sequence[str]) -> None:
            super().__init__()
            self.locations = tuple(locations)

    running = False
    """Whether an import is under way (the dialog then stays open)."""

    def __init__(self, context: IctimeContext) -> None:
        """Make the dialog.

        Args:
            context: the config and the store, as the app offers them.
        """
        super().__init__()
        self.context = context

    def compose(self) -> ComposeResult:
        """Source input, known sources, progress bar, summary, buttons."""
        with Vertical(classes="dialog"):
            yield Static("Import a calendar", classes="dialog-title")
            yield Static(
                Content.styled(
                    "An .ics file path or an http(s)/webcal URL; enter imports. "
                    "Configured and earlier sources are listed below.",
                    "$text-muted",
                )
            )
            yield Input(placeholder="~/Downloads/calendar.ics or https://…", id="import-source")
            yield OptionList(id="import-sources")
            yield ProgressBar(id="import-progress", show_eta=False)
            yield Static(id="import-summary")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Import", variant="primary", id="import-go")
                yield Button("Close", id="import-close")

    def on_mount(self) -> None:
        """List the configured sources now, the stored ones once read."""
        self._show_sources([source.location for source in self.context.config.sources])
        self._load_sources()

    @work(thread=True, exit_on_error=False, group="import-sources")
    def _load_sources(self) -> None:
        locations = self.context.read_store(
            lambda store, _config: [s.location for s in store.sources()]
        )
        self.post_message(self.SourcesLoaded(locations))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Tell the app when a worker failed (it reports it)."""
        if event.state == WorkerState.ERROR:
            self.post_message(WorkerFailed(event.worker.error))

    def on_import_modal_sources_loaded(self, message: SourcesLoaded) -> None:
        """Add the stored sources after the configured ones."""
        self._show_sources([s.location for s in self.context.config.sources], message.locations)

    def _show_sources(self, configured: Sequence[str], stored: Sequence[str] = ()) -> None:
        names = {source.location: source.name for source in self.context.config.sources}
        options = self.query_one("#import-sources", OptionList)
        options.clear_options()
        seen: set[str] = set()
        for location in [*configured, *stored]:
            if location in seen:
                continue
            seen.add(location)
            label = names.get(location)
            prompt = Content.assemble(
                (f"{safe(label)}: " if label else "", "bold"),
                safe(display_location(location)),
                ("" if label else "  (imported before)", "$text-muted"),
            )
            options.add_option(Option(prompt, id=location))
        options.display = bool(seen)
        if seen:
            options.highlighted = 0

    def action_focus_sources(self) -> None:
        """Down from the input goes to the known sources."""
        options = self.query_one("#import-sources", OptionList)
        if options.display and not options.has_focus:
            options.focus()

    @on(OptionList.OptionSelected, "#import-sources")
    def _pick(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.query_one("#import-source", Input).value = event.option.id
            self.start_import(event.option.id)

    @on(Input.Submitted, "#import-source")
    @on(Button.Pressed, "#import-go")
    def _go(self) -> None:
        self.start_import(self.query_one("#import-source", Input).value)

    @on(Button.Pressed, "#import-close")
    def _close_pressed(self) -> None:
        self.action_close()

    def start_import(self, source: str) -> None:
        """Import one source in a worker (nothing happens while another import runs).

        Args:
            source: a file path or URL, as typed.
        """
        source = source.strip()
        if self.running:
            return
        if not source:
            self._summary([Content.styled("Enter a file path or URL first.", "$text-warning")])
            return
        self.running = True
        self._set_busy(True)
        self._summary([Content.assemble("Importing ", (safe(source), "bold"), " …")])
        self._import(source)

    def _set_busy(self, busy: bool) -> None:
        self.query_one("#import-go", Button).disabled = busy
        self.query_one("#import-source", Input).disabled = busy
        bar = self.query_one("#import-progress", ProgressBar)
        bar.set_class(busy, "-running")
        if busy:
            bar.update(total=None, progress=0)
        else:
            self.query_one("#import-source", Input).focus()

    @work(thread=True, exit_on_error=False, group="write")
    def _import(self, source: str) -> None:
        from ictime.service import import_sources

        today = self.context.today
        location = str(Path(source).expanduser()) if "://" not in source else source

        def progress(done: int, total: int) -> None:
            self.post_message(self.ImportProgressed(done, total))

        try:
            reports = self.context.write_store(
                lambda store, config: import_sources(
                    store, config, [location], today=today, progress=progress
                )
            )
        except Exception as exc:  # a crash here must become a message, never a traceback
            self.post_message(self.ImportFailed(str(exc) or type(exc).__name__))
            return
        self.post_message(self.ImportFinished(reports))

    def on_import_modal_import_progressed(self, message: ImportProgressed) -> None:
        """Move the bar."""
        bar = self.query_one("#import-progress", ProgressBar)
        bar.update(total=max(message.total, 1), progress=message.done)

    def on_import_modal_import_finished(self, message: ImportFinished) -> None:
        """Show the summary and tell the app when the store changed."""
        self.running = False
        self._set_busy(False)
        bar = self.query_one("#import-progress", ProgressBar)
        # A full bar says "done"; when nothing could be read, only the error shows.
        bar.set_class(not all(r.failed for r in message.reports), "-running")
        bar.update(total=1, progress=1)
        lines = [line for report in message.reports for line in report_lines(report)]
        self._summary(lines)
        if any(r.outcome == "imported" for r in message.reports):
            self.post_message(BlocksImported(message.reports))
        self._load_sources()

    def on_import_modal_import_failed(self, message: ImportFailed) -> None:
        """Say what went wrong; the dialog stays usable."""
        self.running = False
        self._set_busy(False)
        self._summary(
            [Content.assemble(("✗ import failed: ", "$text-error bold"), safe(message.error))]
        )

    def _summary(self, lines: Sequence[Content]) -> None:
        self.query_one("#import-summary", Static).update(Content("\n").join(lines))

    def action_close(self) -> None:
        """Close the dialog, unless an import is running."""
        if self.running:
            self.notify("An import is running; the dialog closes when it is done.", timeout=3)
            return
        self.dismiss()
