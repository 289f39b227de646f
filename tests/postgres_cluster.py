"""A throwaway PostgreSQL cluster for the tests: made in a temporary folder, on a free port,
reached through its own socket folder, and removed again."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "igj_admin"  # the cluster's superuser: what `server init` runs as in the tests
DATABASE = "igj"


def binaries() -> Path | None:
    """The folder of Debian's PostgreSQL programs (the newest installed), or of those on PATH."""
    installed = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    if installed:
        return installed[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path
    user: str | None  # the system user the server runs as, when the tests run as root

    @property
    def socket_folder(self) -> str:
        return str(self.folder)

    def url(self, role: str = ADMIN, database: str = DATABASE) -> str:
        """An address as the program takes it: the server on this computer, through its socket
        folder, as `role` (trusted without a password, as a throwaway cluster may be)."""
        return f"postgresql://{role}@/{database}?host={self.folder}&port={self.port}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def stop_server(self) -> None:
        """Stop the server as an administrator would for a restart; the cluster stays."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop")

    def start_server(self) -> None:
        options = f"-k {self.folder} -p {self.port} -c listen_addresses='' -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-o", options,
            "-l", str(self.folder / "log"), "-w", "start",
        )  # fmt: skip

    def serve_tls(self, certificate: Path, key: Path) -> None:
        """Start again listening on 127.0.0.1 (this port) too, with TLS by this certificate."""
        data = self.folder / "data"
        for source, name in ((certificate, "server.crt"), (key, "server.key")):
            shutil.copyfile(source, data / name)
            (data / name).chmod(0o600)
            if self.user:
                shutil.chown(data / name, self.user)
        self.stop_server()
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(data), "-o", options,
            "-l", str(self.folder / "log"), "-w", "start",
        )  # fmt: skip

    def require_password(self, role: str) -> None:
        """Let `role` in only with its password (scram-sha-256), as a real server would; the
        others stay trusted."""
        hba = self.folder / "data" / "pg_hba.conf"
        hba.write_text(f"local all {role} scram-sha-256\n" + hba.read_text())
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "reload")

    def stop(self) -> None:
        try:
            self._run(
                str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop"
            )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Cluster:
    """initdb into a new temporary folder and start the server on a free local port. As root,
    the server runs as Debian's `postgres` user (PostgreSQL refuses to run as root)."""
    bin_folder = binaries()
    if bin_folder is None:
        raise FileNotFoundError("initdb")
    user = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="igjpg-"))  # short: a socket's path is at most 107
    if user:
        shutil.chown(folder, user)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cluster = Cluster(folder, port, bin_folder, user)
    data = folder / "data"
    cluster._run(
        str(bin_folder / "initdb"), "-D", str(data), "-U", ADMIN, "-A", "trust", "-E", "UTF8",
        "--locale=C.UTF-8", "--no-instructions", "--no-sync",
    )  # fmt: skip
    cluster.start_server()
    cluster._run(
        str(bin_folder / "createdb"), "-h", str(folder), "-p", str(port), "-U", ADMIN, DATABASE
    )
    return cluster
