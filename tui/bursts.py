"""Keys typed in one burst go where they were typed, one key's effect before the next key.

A terminal hands the app every key of a burst at once (a fast typist, a paste, `tmux send-keys`),
and Textual gives each key to the widget focused when the app *reads* it, not once the key before
has been handled. So a key that moves the focus or opens a screen acted too late for the keys after
it: "e⇥path⏎" on a company page gave "⇥path⏎" to the page below the export dialog, "⏎y" in a path box
typed the "y" into it instead of answering "replace it?".

`BurstKeys` holds the keys read after such a key until it has been handled, then replays them in
order to whatever has the focus then:
- a key some binding of the screen takes (not a letter typed into a text field): until the binding
  has run, as the key comes back up to the app;
- Enter in a text field: until the field's `Submitted` has been handled (it may open a dialog);
- any screen pushed meanwhile: until it has been drawn with its first field focused;
- a dialog's answer ("y" to "merge?"): until the callback given with the dialog has run, and then
  until whatever it starts and `defer_keys` (the merge) is done. The callback runs after the key
  has come back up to the app: "thrive⏎yamaz" typed "amaz" into the merge box while the merge ran,
  and the end of the merge selected it;
- and before the first screen is ready, every key (typed while Python was still starting).
- a key whose screen `defer_keys` (Enter in a search box while the search for the text typed is
  still running: it opens the result for that text once it is in, not the one highlighted before).
A key nobody hands back is released after `HOLD_KEYS` seconds at most. Tab and Shift+Tab between
fields are priority bindings (`screens.fields.FieldsScreen`): they act as they are read.

A text field's own editing keys (ctrl+u, ctrl+k, ctrl+w, ←, →, Home, End, Backspace…) take their place
in the field's queue, between the letters read before and after them. Textual runs a widget's
(non-priority) binding only once its key has come back up to the app, after the field has typed the
letters read after it: "⌃u nvidia" in one burst typed "nvidia", then ctrl+u deleted everything left of
the cursor, leaving an empty box (a plain Textual `Input` does so). Run by the app as they were read,
they acted before the letters read just ahead of them, which were still in the field's queue:
"softx⌫bank" gave `softxbank`, "opnai←←←e" `opnaie`.
"""

from __future__ import annotations

import weakref
from typing import Literal

from textual import events
from textual._callback import invoke
from textual.app import App
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import Worker

HOLD_KEYS = 1.0
"""Seconds keys are held at most, should the key they wait for never be handed back."""

HOLD_KEYS_LONGEST = 10.0
"""Seconds keys are held at most while a screen they wait for is still opening, or a screen still
works on the key they wait for (`defer_keys`): released early, they went to the screen below."""

NEVER_HELD = frozenset({"ctrl+q"})
"""Keys that act as they are read, whatever the keys before them wait for: quitting must work while
keys wait for a slow check (`defer_keys` with a worker holds them as long as it runs)."""

Waiting = Literal["binding", "submitted", "deferred"]


class BurstKeys(App[None]):
    """An app whose keys, read in a burst, each act after the one before has (see the module)."""

    keys_wait_for_worker: reactive[bool] = reactive(False)
    """Keys have waited over `HOLD_KEYS` seconds for the worker `defer_keys` was given (the check
    before the export dialog, behind a locked store): the status line says so, and that Esc cancels."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[events.Key] | None = []
        """Keys read and not handled yet, in order; None when nothing is held. Held from the start:
        the first screen's search box has no focus before it is ready."""
        self._waiting: tuple[events.Key | None, Waiting] | None = None
        """The key the held ones wait for, and what of it: its binding, or its field's Submitted
        (no key: work started by a dialog's answer, `defer_keys`)."""
        self._screen_opening = False
        """A screen is being pushed: it releases the held keys once drawn with its focus."""
        self._answer_pending = False
        """A dialog was dismissed: the held keys wait for its callback (`push_screen`)."""
        self._answered_by_callback: weakref.WeakSet[Screen] = weakref.WeakSet()
        """Screens pushed with a callback: their dismissal holds the keys until it has run."""
        self._release_timer: Timer | None = None
        self._held_for = 0.0
        """Seconds the keys held now have been held (`HOLD_KEYS` at a time)."""
        self._deferred_worker: Worker | None = None
        """The worker the held keys wait for (`defer_keys`): held as long as it runs."""

    async def on_event(self, event: events.Event) -> None:
        """Hold the keys read after one not handled yet; release them once it has been."""
        if not isinstance(event, events.Key):
            await super().on_event(event)
            return
        if not event.is_forwarded:
            if event.key == "escape" and self._waits_for_worker():
                self.cancel_deferred()  # a way out of a check that may wait long for the store
                return
            if self._held is not None and event.key not in NEVER_HELD:
                self._held.append(event)
                return
            if await self._edit_in_field(event):
                return
            waiting = self._waits_for(event)
            if waiting is not None:
                self._waiting = (event, waiting)
                self.hold_keys()
            await super().on_event(event)
            if waiting is not None and not event.is_forwarded:  # a priority binding took it as read
                self._handled(event)
            return
        await super().on_event(event)  # back up at the app: its binding (if any) has run now
        if self._waiting is not None and self._waiting == (event, "binding"):
            self._handled(event)

    async def _edit_in_field(self, key: events.Key) -> bool:
        """Queue the focused field's own binding of `key` (ctrl+u, ←, Backspace…) to run in the field,
        after the letters read before it and before those read after it, rather than once the key has
        come back up to the app (see the module); True if queued."""
        field = self.focused
        if not isinstance(field, Input) or key.key == "enter" or key.is_printable:
            return False
        bindings = field._bindings.key_to_bindings.get(key.key, ())
        if not bindings or any(
            binding.priority
            for _, chain_bindings in self.screen._binding_chain
            for binding in chain_bindings.key_to_bindings.get(key.key, ())
        ):
            return False  # not the field's, or a priority binding (Tab, ctrl+q) takes it first
        key.stop()
        field.call_later(self._edit, field, key, [binding.action for binding in bindings])
        return True

    async def _edit(self, field: Input, key: events.Key, actions: list[str]) -> None:
        """Run the first of `actions` `field` runs, in its queue; when it runs none (ctrl+c with
        nothing selected), the key goes on to the screen's and the app's bindings, as Textual's would."""
        for action in actions:
            if await self.run_action(action, field):
                return
        await self._check_bindings(key.key)

    def _waits_for(self, key: events.Key) -> Waiting | None:
        """What of `key` the keys after it wait for (None: nothing, it acts on the field it is read for)."""
        focused = self.focused
        if isinstance(focused, Input):
            if key.key == "enter":
                return "submitted"
            if key.is_printable:
                return None  # typed into the field
        for namespace, bindings in self.screen._modal_binding_chain:
            for binding in bindings.key_to_bindings.get(key.key, ()):
                # A binding its screen turns off (check_action) runs nothing: nothing to wait for.
                if not binding.priority and self._check_action_state(binding.action, namespace):
                    return "binding"
        return None

    def defer_keys(self, worker: Worker | None = None) -> None:
        """The key being handled (or a dialog's answer) starts work the keys after it must wait for
        (Enter while the search for the text typed is still running, the merge "y" confirms): hold
        them until `release_keys` (or a screen it pushes is drawn). With `worker` (the work that then
        opens a dialog), as long as it runs: released after `HOLD_KEYS_LONGEST` seconds, the path typed
        for the export dialog `e` opens once a whole timeline is counted went to the timeline, and
        its `q` quit the app."""
        self._waiting = (None if self._waiting is None else self._waiting[0], "deferred")
        self._deferred_worker = worker
        self.hold_keys()

    def _waits_for_worker(self) -> bool:
        """The held keys wait for a worker still running (`defer_keys`)."""
        worker = self._deferred_worker
        return self._held is not None and worker is not None and not worker.is_finished

    def cancel_deferred(self) -> None:
        """Cancel the worker the held keys wait for (the dialog it would open never opens: its result
        handler looks at `is_cancelled`), and drop the keys held."""
        if self._deferred_worker is not None:
            self._deferred_worker.cancel()
        self.drop_held_keys()

    def drop_held_keys(self) -> None:
        """Forget the keys held: they were typed for a screen that will not come (a question opened
        meanwhile must not take them as its answer)."""
        self._stop_holding()
        self._held = None

    def on_input_submitted(self) -> None:
        """A field's Enter has been handled by its screen (the message has come up to the app)."""
        if self._waiting is not None and self._waiting[1] == "submitted":
            self._handled(self._waiting[0])

    def _handled(self, key: events.Key) -> None:
        """`key` has been handled: replay the keys after it, unless it opened a screen (that screen
        replays them once drawn)."""
        if self._waiting is not None and self._waiting[0] is key:
            self._waiting = None
            if not self._screen_opening and not self._answer_pending:
                self.release_keys()

    async def on_ready(self) -> None:
        """The first screen is laid out and its search box focused: replay the held keys, in order."""
        await self._replay_keys()

    def push_screen(self, screen, callback=None, wait_for_dismiss=False, **kwargs):  # type: ignore[override]
        """Push `screen`, holding the keys read meanwhile until it is drawn with its focus; the keys
        read after its answer wait for `callback` (see `pop_screen`)."""
        if isinstance(screen, Screen):
            self.hold_keys()
            self._screen_opening = True
            screen.call_after_refresh(self.release_keys)
            if callback is not None:
                self._answered_by_callback.add(screen)
                callback = self._then_release(callback)
        return super().push_screen(screen, callback, wait_for_dismiss, **kwargs)

    def pop_screen(self):  # type: ignore[override]
        """Pop the screen; when it was dismissed with an answer for a callback, hold the keys read
        after the answer until the callback has run (Textual runs it later, on the queue of the one
        that pushed the screen: the keys went on before it had started the merge "y" asks for)."""
        if self._answered(self.screen):
            self.hold_keys()
            self._answer_pending = True
        return super().pop_screen()

    def _answered(self, screen: Screen) -> bool:
        """`screen` was pushed with a callback, and `dismiss` has just handed it the answer."""
        results = screen._result_callbacks
        return screen in self._answered_by_callback and bool(results) and results[-1].callback is None

    def _then_release(self, callback):
        """`callback`, then the keys held since the answer go on, unless it started work they wait
        for (`defer_keys`) or pushed a screen (which replays them once drawn)."""

        async def answered(result) -> None:
            try:
                await invoke(callback, result)  # as Textual calls it (it may take no argument)
            finally:
                if self._answer_pending:
                    self._answer_pending = False
                    if self._waiting is None and not self._screen_opening:
                        self.release_keys()

        return answered

    def hold_keys(self) -> None:
        """Hold the keys read from now on until `release_keys` (at most `HOLD_KEYS` seconds)."""
        if self._held is None:
            self._held = []
            self._held_for = 0.0
            self._release_timer = self.set_timer(HOLD_KEYS, self._hold_expired)

    def _hold_expired(self) -> None:
        """`HOLD_KEYS` seconds passed: release the keys, unless a screen they wait for is still opening
        or working on the key before them (a slow machine), up to `HOLD_KEYS_LONGEST` seconds."""
        self._held_for += HOLD_KEYS
        waiting_on_screen = (
            self._screen_opening
            or self._answer_pending
            or (self._waiting is not None and self._waiting[1] == "deferred")
        )
        worker = self._deferred_worker
        if waiting_on_screen and worker is not None and not worker.is_finished:
            self.keys_wait_for_worker = True
            self._release_timer = self.set_timer(HOLD_KEYS, self._hold_expired)
            return
        if waiting_on_screen and self._held_for < HOLD_KEYS_LONGEST:
            self._release_timer = self.set_timer(HOLD_KEYS, self._hold_expired)
            return
        self._release_timer = None
        self.release_keys()

    def release_keys(self) -> None:
        """Replay the held keys to what has the focus now, in order: from the app's queue, so keys
        read after them come after them."""
        self._stop_holding()
        self.call_later(self._replay_keys)

    def _stop_holding(self) -> None:
        """Nothing is waited for any more (the keys held are kept: the caller replays or drops them)."""
        self._screen_opening = False
        self._answer_pending = False
        self._waiting = None
        self._deferred_worker = None
        self.keys_wait_for_worker = False
        if self._release_timer is not None:
            self._release_timer.stop()
            self._release_timer = None

    async def _replay_keys(self) -> None:
        keys, self._held = self._held or [], None
        while keys:
            await self.on_event(keys.pop(0))
            if self._held is not None:  # that key is not handled yet: the rest wait for it too
                self._held[:0] = keys
                return


def defer_keys(app: App) -> None:
    """`BurstKeys.defer_keys` on `app` (nothing on another app: a test's host)."""
    if isinstance(app, BurstKeys):
        app.defer_keys()


def release_keys_unless_opening(app: App) -> None:
    """Replay the keys held by `defer_keys` now, unless a screen was just pushed (it replays them to
    itself once drawn)."""
    if isinstance(app, BurstKeys) and not app._screen_opening:
        app.release_keys()
