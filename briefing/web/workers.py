"""The server's worker processes: each loads the model once and runs one job at a time; a job
reports its progress, and can be stopped (cancelled, over its time, over its memory) by
ending its worker alone, which is then replaced. Nothing here knows about HTTP.

A worker is a forkserver child with a pipe to the server. The server sends
``(function name, args)``; the worker answers ``("progress", stage, fraction)`` as it goes,
then ``("done", result)`` or ``("error", BriefingError)``. A thread per worker reads the pipe
into an asyncio queue, so a large answer never blocks the event loop. Workers end with the
server however it ends (``jobs.serve`` watches the server's pid).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import JobCancelledError, MemoryLimitError, StoppedError, TimeLimitError
from . import jobs

log = logging.getLogger("briefing.web")

_TICK = 0.2  # seconds between checks of a running job's time, memory and cancel flag
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Limits:
    """What one job may use before it is stopped: seconds of wall time, MB of memory (the
    worker's resident size, model included); None is no limit."""

    seconds: float | None = 600.0
    memory_mb: int | None = 2048


@dataclass
class Job:
    """A job the server was asked for: queued, then running on a worker."""

    id: str
    kind: str = "brief"
    state: str = "queued"  # queued, running
    stage: str = "waiting for a free worker"
    fraction: float | None = None
    created: float = field(default_factory=time.monotonic)
    started: float | None = None
    stop: str | None = None  # why it is being stopped: cancelled, time, memory
    stopped: asyncio.Event = field(default_factory=asyncio.Event)
    worker: _Worker | None = None

    def about(self, position: int | None = None) -> dict[str, Any]:
        """The job as GET /api/jobs/<id> shows it."""
        now = time.monotonic()
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "stage": self.stage,
            "fraction": None if self.fraction is None else round(self.fraction, 3),
            "elapsed": round(now - self.created, 1),
            "running_for": round(now - self.started, 1) if self.started else None,
            "position": position,
        }


class _Worker:
    """One worker process, its pipe, and the queue its answers arrive on."""

    def __init__(self, context: Any, model: str, server: int) -> None:
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(
            target=jobs.serve, args=(child, model, server), name="briefing-worker", daemon=True
        )
        self.process.start()
        child.close()
        self.inbox: asyncio.Queue[tuple[Any, ...]] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def read() -> None:
            while True:
                try:
                    message = self.conn.recv()
                except (EOFError, OSError):
                    loop.call_soon_threadsafe(self.inbox.put_nowait, ("dead",))
                    return
                except Exception as error:  # an answer that would not unpickle
                    message = ("failed", repr(error))
                try:
                    loop.call_soon_threadsafe(self.inbox.put_nowait, message)
                except RuntimeError:  # the loop is closed: the server is stopping
                    return

        threading.Thread(target=read, name="briefing-worker-reader", daemon=True).start()

    def memory_mb(self) -> float:
        """The worker's resident size in MB (0 where /proc cannot tell)."""
        try:
            with open(f"/proc/{self.process.pid}/statm") as statm:
                return int(statm.read().split()[1]) * _PAGE / 1_048_576
        except (OSError, ValueError, IndexError):
            return 0.0

    def kill(self) -> None:
        if self.process.pid is not None and self.process.is_alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGKILL)

    def close(self) -> None:
        self.kill()
        self.process.join(timeout=2)
        self.conn.close()


class Workers:
    """``count`` worker processes and the jobs they run; ``start`` inside the event loop."""

    def __init__(self, count: int, model: str, limits: Limits | None = None) -> None:
        self.count = count
        self.model = model
        self.limits = limits or Limits()
        self.jobs: dict[str, Job] = {}
        self.busy = 0
        self.ready = False
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: list[_Worker] = []
        self._waiting: list[Job] = []  # queued jobs, first come first served
        self._context = multiprocessing.get_context("forkserver")
        self._starting: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Start every worker; ``ready`` once all have loaded the model."""
        await asyncio.gather(*(self._spawn() for _ in range(self.count)))
        self.ready = True

    async def close(self) -> None:
        for task in self._starting:
            task.cancel()
        for worker in self._all:
            await asyncio.to_thread(worker.close)
        self._all.clear()

    async def _spawn(self) -> None:
        """A new worker, put to work once it has warmed up (its first message)."""
        worker = _Worker(self._context, self.model, os.getpid())
        self._all.append(worker)
        message = await worker.inbox.get()
        if message[0] != "ready":
            self._all.remove(worker)
            await asyncio.to_thread(worker.close)
            raise StoppedError(f"a worker failed to start ({message[-1]}) — see the server log")
        self._idle.put_nowait(worker)

    def _replace(self, worker: _Worker) -> None:
        """A stopped worker's place taken by a fresh one (it warms up in the background)."""
        if worker in self._all:
            self._all.remove(worker)
        worker.kill()  # at once; reaping it (a join) is left to a thread, off the event loop
        asyncio.get_running_loop().run_in_executor(None, worker.close)
        task = asyncio.ensure_future(self._spawn())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    @property
    def load(self) -> int:
        """Jobs running or waiting for a worker."""
        return self.busy + len(self._waiting)

    def position(self, job: Job) -> int | None:
        """How many jobs are ahead of a queued one (0: next)."""
        return self._waiting.index(job) if job in self._waiting else None

    def cancel(self, job_id: str) -> bool:
        """Stop a job (queued or running); False if there is no such job."""
        job = self.jobs.get(job_id)
        if job is None:
            return False
        self._stop(job, "cancelled")
        return True

    def _stop(self, job: Job, why: str) -> None:
        if job.stop is None:
            job.stop = why
        job.stopped.set()
        if job.worker is not None:
            job.worker.kill()

    async def run(
        self,
        name: str,
        *args: Any,
        job: Job | None = None,
        progress: Callable[[Job], None] | None = None,
    ) -> Any:
        """Run ``jobs.<name>(*args)`` on a free worker; raise the BriefingError it raised, or
        JobCancelledError, TimeLimitError or MemoryLimitError if it was stopped."""
        job = job or Job(id=f"internal-{id(args)}-{time.monotonic_ns()}", kind=name)
        self.jobs[job.id] = job
        self._waiting.append(job)
        try:
            worker = await self._free_worker(job)
            self._waiting.remove(job)
            job.state, job.worker, job.started = "running", worker, time.monotonic()
            job.stage, job.fraction = "starting", None
            self.busy += 1
            try:
                return await self._on(worker, job, name, args, progress)
            finally:
                self.busy -= 1
        finally:
            if job in self._waiting:
                self._waiting.remove(job)
            self.jobs.pop(job.id, None)

    async def _free_worker(self, job: Job) -> _Worker:
        getting = asyncio.ensure_future(self._idle.get())
        stopping = asyncio.ensure_future(job.stopped.wait())
        try:
            await asyncio.wait({getting, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
        if job.stop is not None:
            if getting.done():
                self._idle.put_nowait(getting.result())
            else:
                getting.cancel()
            raise self._stopped(job)
        return getting.result()

    async def _on(
        self,
        worker: _Worker,
        job: Job,
        name: str,
        args: tuple[Any, ...],
        progress: Callable[[Job], None] | None,
    ) -> Any:
        try:
            await asyncio.to_thread(worker.conn.send, (name, args))
        except (OSError, ValueError):
            job.stop = job.stop or "died"
        deadline = (
            job.started + self.limits.seconds if job.started and self.limits.seconds else None
        )
        while job.stop is None:
            try:
                message = await asyncio.wait_for(worker.inbox.get(), _TICK)
            except TimeoutError:
                if deadline is not None and time.monotonic() > deadline:
                    self._stop(job, "time")
                elif self.limits.memory_mb and worker.memory_mb() > self.limits.memory_mb:
                    self._stop(job, "memory")
                continue
            kind = message[0]
            if kind == "progress":
                job.stage, job.fraction = message[1], message[2]
                if progress is not None:
                    progress(job)
                continue
            if kind == "dead":
                job.stop = job.stop or "died"
                break
            self._idle.put_nowait(worker)
            if kind == "done":
                return message[1]
            if kind == "error":
                raise message[1]
            raise RuntimeError(f"the worker failed: {message[-1]}")
        self._replace(worker)
        raise self._stopped(job)

    def _stopped(self, job: Job) -> StoppedError:
        seconds = round(time.monotonic() - (job.started or job.created))
        if job.stop == "cancelled":
            return JobCancelledError(f"cancelled after {seconds} s — nothing was kept")
        if job.stop == "time":
            return TimeLimitError(
                f"stopped after {seconds} s, the server's limit per brief — brief a shorter "
                "text, or start the server with a larger --job-seconds"
            )
        if job.stop == "memory":
            return MemoryLimitError(
                f"stopped at {self.limits.memory_mb:,} MB, the server's memory limit per brief"
                " — brief a shorter text, or start the server with a larger --job-memory"
            )
        log.error("a worker ended during job %s (%s)", job.id, job.kind)
        return StoppedError(
            "the worker making this brief stopped unexpectedly — it is logged; retry"
        )
