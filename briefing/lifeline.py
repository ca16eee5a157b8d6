"""Worker processes end with the process that started their pool, however it ends."""

from __future__ import annotations

import os
import select
import threading
import time


def exit_with(pid: int) -> None:
    """End this process as soon as process ``pid`` has ended.

    A pool's workers forked by a forkserver are the forkserver's children, not the pool
    owner's, and hold both ends of their own task pipe: when the owner stops without shutting
    the pool down (killed, or stopped while a worker was busy or still starting) nothing
    tells them, and they would wait forever, keeping the forkserver alive too. A daemon
    thread waits on the owner (a pidfd where Linux has one, else polling) and ends the worker.
    """

    def watch() -> None:
        try:
            handle = os.pidfd_open(pid)
        except (AttributeError, OSError):
            handle = None
        if handle is not None:
            select.select([handle], [], [])  # readable once the process has ended
        else:
            while _alive(pid):
                time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="briefing-lifeline", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
