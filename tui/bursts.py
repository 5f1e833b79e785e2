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
- and before the first screen is ready, every key (typed while Python was still starting).
A key nobody hands back is released after `HOLD_KEYS` seconds at most. Tab and Shift+Tab between
fields are priority bindings (`screens.fields.FieldsScreen`): they act as they are read.
"""

from __future__ import annotations

from typing import Literal

from textual import events
from textual.app import App
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input

HOLD_KEYS = 1.0
"""Seconds keys are held at most, should the key they wait for never be handed back."""

Waiting = Literal["binding", "submitted"]


class BurstKeys(App[None]):
    """An app whose keys, read in a burst, each act after the one before has (see the module)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[events.Key] | None = []
        """Keys read and not handled yet, in order; None when nothing is held. Held from the start:
        the first screen's search box has no focus before it is ready."""
        self._waiting: tuple[events.Key, Waiting] | None = None
        """The key the held ones wait for, and what of it: its binding, or its field's Submitted."""
        self._screen_opening = False
        """A screen is being pushed: it releases the held keys once drawn with its focus."""
        self._release_timer: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        """Hold the keys read after one not handled yet; release them once it has been."""
        if not isinstance(event, events.Key):
            await super().on_event(event)
            return
        if not event.is_forwarded:
            if self._held is not None:
                self._held.append(event)
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

    def on_input_submitted(self) -> None:
        """A field's Enter has been handled by its screen (the message has come up to the app)."""
        if self._waiting is not None and self._waiting[1] == "submitted":
            self._handled(self._waiting[0])

    def _handled(self, key: events.Key) -> None:
        """`key` has been handled: replay the keys after it, unless it opened a screen (that screen
        replays them once drawn)."""
        if self._waiting is not None and self._waiting[0] is key:
            self._waiting = None
            if not self._screen_opening:
                self.release_keys()

    async def on_ready(self) -> None:
        """The first screen is laid out and its search box focused: replay the held keys, in order."""
        await self._replay_keys()

    def push_screen(self, screen, callback=None, wait_for_dismiss=False, **kwargs):  # type: ignore[override]
        """Push `screen`, holding the keys read meanwhile until it is drawn with its focus."""
        if isinstance(screen, Screen):
            self.hold_keys()
            self._screen_opening = True
            screen.call_after_refresh(self.release_keys)
        return super().push_screen(screen, callback, wait_for_dismiss, **kwargs)

    def hold_keys(self) -> None:
        """Hold the keys read from now on until `release_keys` (at most `HOLD_KEYS` seconds)."""
        if self._held is None:
            self._held = []
            self._release_timer = self.set_timer(HOLD_KEYS, self.release_keys)

    def release_keys(self) -> None:
        """Replay the held keys to what has the focus now, in order: from the app's queue, so keys
        read after them come after them."""
        self._screen_opening = False
        self._waiting = None
        if self._release_timer is not None:
            self._release_timer.stop()
            self._release_timer = None
        self.call_later(self._replay_keys)

    async def _replay_keys(self) -> None:
        keys, self._held = self._held or [], None
        while keys:
            await self.on_event(keys.pop(0))
            if self._held is not None:  # that key is not handled yet: the rest wait for it too
                self._held[:0] = keys
                return
