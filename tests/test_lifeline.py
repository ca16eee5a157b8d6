"""Pool workers end with the process that started the pool, even when it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

OWNER = textwrap.dedent(
    """
    import multiprocessing, os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from briefing.lifeline import exit_with

    if __name__ == "__main__":
        context = multiprocessing.get_context("forkserver")
        pool = ProcessPoolExecutor(1, mp_context=context, initializer=exit_with,
                                   initargs=(os.getpid(),))
        print(pool.submit(os.getpid).result(), flush=True)
        time.sleep(120)
    """
)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_ends_when_its_pool_owner_is_killed() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", OWNER], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as owner:
        try:
            assert owner.stdout is not None
            worker = int(owner.stdout.readline())
            assert _alive(worker)
            os.kill(owner.pid, signal.SIGKILL)  # no shutdown, no sentinel for the worker
            owner.wait()
            deadline = time.monotonic() + 15
            while _alive(worker) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not _alive(worker)
        finally:
            owner.kill()
