"""A real Ray cluster of two nodes on this machine, for the tests (``ray start``, never mocked).

Each node gets its own short temp dir and its own ports; a private auth token is shared by the
nodes and the driver through the environment. Teardown stops exactly the processes this cluster
started, by id: every process whose command line names one of its temp dirs, and their children
(the worker processes, whose titles Ray rewrites to ``ray::...``). ``ray stop`` would stop every
Ray on the machine, so it is not used.
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAY = str(Path(sys.executable).with_name("ray"))
# ports each node would otherwise take at a fixed default, so two nodes on one machine collide
PER_NODE_PORTS = ("--dashboard-agent-listen-port", "--dashboard-agent-grpc-port", "--metrics-export-port",
                  "--runtime-env-agent-port", "--node-manager-port", "--object-manager-port")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalCluster:
    def __init__(self, nodes: int = 2, cpus_per_node: int = 1):
        self.nodes, self.cpus = nodes, cpus_per_node
        self.dirs: list[str] = []
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "token",
                    "RAY_USAGE_STATS_REPORT_URL": "http://127.0.0.1:9/",  # not even the "disabled" notice
                    "RAY_AUTH_TOKEN": secrets.token_hex(32)}

    def start(self) -> "LocalCluster":
        for index in range(self.nodes):
            folder = tempfile.mkdtemp(prefix=f"glray{index}-", dir="/tmp")  # unix socket paths must stay short
            self.dirs.append(folder)
            args = [RAY, "start", "--node-ip-address", "127.0.0.1", "--num-cpus", str(self.cpus),
                    "--disable-usage-stats", "--temp-dir", folder, "--object-store-memory", str(300 * 1024 * 1024)]
            for flag in PER_NODE_PORTS:
                args += [flag, str(free_port())]
            if index == 0:
                args += ["--head", "--port", str(self.port), "--include-dashboard=false"]
            else:
                args += ["--address", self.address]
            proc = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=180)
            if proc.returncode != 0:
                raise RuntimeError(f"ray start failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
        return self

    def processes(self) -> list[int]:
        """Every live process this cluster started: those naming its temp dirs, and their descendants."""
        parents: dict[int, int] = {}
        commands: dict[int, str] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                commands[int(entry)] = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
        ours = {pid for pid, command in commands.items() if any(d in command for d in self.dirs)}
        grew = True
        while grew:
            children = {pid for pid, parent in parents.items() if parent in ours} - ours
            grew = bool(children)
            ours |= children
        return sorted(ours)

    def actor_processes(self, title: str) -> list[int]:
        """Processes of this cluster whose title (Ray's ``ray::Class...``) contains `title`."""
        found = []
        for pid in self.processes():
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if command.startswith("ray::") and title in command:
                found.append(pid)
        return found

    def stop(self) -> None:
        for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            pids = self.processes()
            for pid in pids:
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            deadline = time.monotonic() + wait
            while pids and time.monotonic() < deadline:
                time.sleep(0.2)
                pids = [p for p in pids if _alive(p)]
            if not pids:
                break
        for folder in self.dirs:
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
