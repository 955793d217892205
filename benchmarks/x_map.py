"""Seconds from starting a program to its first top-level window being mapped on an X
server, for programs we cannot instrument (Umbrello): libX11 through ctypes watches the
root window for MapNotify, so ours, a bare PySide6 window and Umbrello can be timed the
same way from the outside. Linux with libX11 only; ``None`` elsewhere."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import subprocess
import tempfile
import time

SUBSTRUCTURE_NOTIFY = 1 << 19
MAP_NOTIFY = 19
LAST_ERROR: list[str] = []
"""What the last program that quit without a window printed on stderr (its end)."""


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("pad", ctypes.c_long * 24)]


def _xlib() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("X11")
    if not name:
        return None
    lib = ctypes.cdll.LoadLibrary(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


def time_to_map(
    command: list[str], env: dict[str, str], display: str, timeout: float = 60
) -> float | None:
    """Start ``command`` on ``display``; the seconds until a top-level window of the
    display is mapped (then the program and its children are stopped)."""
    lib = _xlib()
    if lib is None:
        return None
    connection = None
    for _ in range(20):  # a busy server may refuse a connection for a moment
        connection = lib.XOpenDisplay(display.encode())
        if connection:
            break
        time.sleep(0.1)
    if not connection:
        LAST_ERROR[:] = [f"cannot connect to the X server {display}"]
        return None
    try:
        lib.XSelectInput(connection, lib.XDefaultRootWindow(connection), SUBSTRUCTURE_NOTIFY)
        lib.XFlush(connection)
        with tempfile.TemporaryFile() as log:
            started = time.perf_counter()
            process = subprocess.Popen(
                command,
                env={**env, "DISPLAY": display},
                stdout=subprocess.DEVNULL,
                stderr=log,
                start_new_session=True,
            )
            try:
                seconds = _wait_for_map(lib, connection, process, started, timeout)
            finally:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
            if seconds is None:
                log.seek(0)
                LAST_ERROR[:] = [log.read()[-600:].decode(errors="replace")]
            return seconds
    finally:
        lib.XCloseDisplay(connection)


def _wait_for_map(lib, connection, process, started: float, timeout: float) -> float | None:
    event = _Event()

    def mapped() -> bool:
        while lib.XPending(connection):
            lib.XNextEvent(connection, ctypes.byref(event))
            if event.type == MAP_NOTIFY:
                return True
        return False

    while time.perf_counter() - started < timeout:
        if mapped():
            return time.perf_counter() - started
        if process.poll() is not None:
            lib.XSync(connection, 0)  # it may have mapped a window and quit at once
            return time.perf_counter() - started if mapped() else None
        time.sleep(0.002)
    return None
