"""Ctrl-C around terminal prompts: always a KeyboardInterrupt, never lost, never a traceback.

In raw mode (while a prompt reads keys) Ctrl-C is a key that prompt_toolkit turns into an
abort. Between two prompts the terminal sends SIGINT instead, and two things went wrong:
prompt_toolkit's own SIGINT handling queues a key for the application, and a signal that
comes while one prompt closes or the next one starts lands in a queue that is reset or no
longer read (the program then waits at the next prompt as if nothing happened); Python's
default handler raises wherever the program is, also inside a weakref callback, where the
exception is printed and dropped.

So from the first prompt on, SIGINT has one handler: outside a prompt it raises
KeyboardInterrupt like the default one (an interrupt dropped on the way is noted through
`sys.unraisablehook` and raised at the next prompt); while a prompt runs it only notes the
signal and asks the application to stop, and the KeyboardInterrupt is raised in our code
once the prompt has returned.
"""

from __future__ import annotations

import signal
import sys
import threading


class _State:
    installed = False
    pending = False  # a Ctrl-C that has not become a KeyboardInterrupt in our code yet
    application = None  # the prompt that is running, if any


def _on_signal(_signum, _frame) -> None:
    application = _State.application
    if application is None:
        raise KeyboardInterrupt
    _State.pending = True
    loop = application.loop
    if loop is not None:  # the prompt's event loop runs: wake it and stop the prompt there
        try:
            loop.call_soon_threadsafe(_stop)
        except RuntimeError:  # the loop has just closed: run_prompt raises after it returns
            pass
    # else: not started yet (pre_run stops it) or finishing (run_prompt raises after it)


def _stop() -> None:
    application = _State.application
    future = application.future if application is not None else None
    if _State.pending and future is not None and not future.done():
        application.exit(exception=KeyboardInterrupt())


def _install() -> None:
    if _State.installed:
        return
    signal.signal(signal.SIGINT, _on_signal)
    previous = sys.unraisablehook

    def note_dropped(unraisable) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            _State.pending = True  # raised where Python drops exceptions: keep it for the next prompt
            return
        previous(unraisable)

    sys.unraisablehook = note_dropped
    _State.installed = True


def _raise_pending() -> None:
    if _State.pending:
        _State.pending = False
        raise KeyboardInterrupt


def run_prompt(application):
    """`application.run()` with Ctrl-C made reliable (see the module docstring)."""
    if threading.current_thread() is not threading.main_thread():
        return application.run()
    _install()
    _raise_pending()
    _State.application = application
    try:
        answer = application.run(pre_run=_stop, handle_sigint=False)
    except KeyboardInterrupt:
        _State.pending = False  # this one is delivered now
        raise
    finally:
        _State.application = None
    _raise_pending()
    return answer
