#!/usr/bin/env python3
"""An emulated wide-area link on this machine, for the upload benchmark's WAN profile
(bench/upload-wan.ts, docs/benchmarks.md). The kernel here has no netem qdisc, so the link is
two TUN devices and this process between them: packets the root namespace sends to the far
address cross a network namespace boundary only after waiting out the link's serialisation
(its rate) and its one-way delay, and are dropped when the link's queue is full — what netem
with a rate and a tail-drop limit does. Both ends are the kernel's own TCP (BBR or CUBIC,
window scaling, slow start), so what a single connection reaches is the kernel's doing, not a
per-connection limit chosen here.

The far namespace holds a plain TCP relay: it accepts on the far address and connects, from the
root namespace, to the S3 endpoint on loopback (Ceph RGW binds 127.0.0.1 only).

Usage (root): link.py --near 10.77.0.1 --far 10.77.0.2 --ms 20 --mbit 100 [--loss 0.001]
                      --forward FARPORT:127.0.0.1:PORT [...]
(the two addresses share a /30; bench/lib/wan-link.ts chooses them)
Prints "ready" once packets flow; runs until SIGTERM, then removes what it made.
"""

import argparse
import asyncio
import collections
import ctypes
import fcntl
import ipaddress
import os
import random
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

NAMESPACE = "tote-wan"
NEAR_DEVICE = "tote-wan0"
FAR_DEVICE = "tote-wan1"
TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
MTU = 1500
CLONE_NEWNET = 0x40000000
libc = ctypes.CDLL(None, use_errno=True)


def setns(fd: int) -> None:
    """Moves this thread into the network namespace `fd` (os.setns is Python 3.12+; this machine's python3 is 3.11)."""
    if libc.setns(fd, CLONE_NEWNET) != 0:
        raise OSError(ctypes.get_errno(), "setns failed")


def run(*command: str) -> None:
    subprocess.run(command, check=True)


def open_tun(name: str) -> int:
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


class Direction:
    """One way of the link: a tail-drop queue drained at `rate` bytes/s, then `delay` seconds
    in flight. Departures are computed on arrival, so the queue is a FIFO of due times."""

    def __init__(self, source: int, sink: int, rate: float, delay: float, limit: int, loss: float) -> None:
        self.source, self.sink = source, sink
        self.loss = loss
        self.rate, self.delay, self.limit = rate, delay, limit
        self.queue: collections.deque[tuple[float, float, bytes]] = collections.deque()
        self.free_at = 0.0  # when the link finishes sending what is queued
        self.wake = threading.Condition()
        self.dropped = 0
        self.sent = 0

    def receive(self) -> None:
        while True:
            packet = os.read(self.source, 65536)
            now = time.monotonic()
            if self.loss and random.random() < self.loss:
                self.dropped += 1
                continue
            with self.wake:
                # Bytes still waiting to be sent (not yet on the wire) decide a tail drop.
                backlog = max(0.0, self.free_at - now) * self.rate
                if backlog + len(packet) > self.limit:
                    self.dropped += 1
                    continue
                self.free_at = max(now, self.free_at) + len(packet) / self.rate
                self.queue.append((self.free_at + self.delay, self.free_at, packet))
                self.wake.notify()

    def deliver(self) -> None:
        while True:
            with self.wake:
                while not self.queue:
                    self.wake.wait()
                due, _, packet = self.queue[0]
                wait = due - time.monotonic()
                if wait > 0:
                    self.wake.wait(wait)
                    continue
                self.queue.popleft()
            os.write(self.sink, packet)
            self.sent += 1

    def start(self) -> None:
        for work in (self.receive, self.deliver):
            threading.Thread(target=work, daemon=True).start()


def far_listener(namespace_fd: int, root_fd: int, address: str, port: int) -> socket.socket:
    """A listening socket inside the far namespace (sockets stay in the namespace they were made in)."""
    setns(namespace_fd)
    try:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((address, port))
        listener.listen(128)
        listener.setblocking(False)
        return listener
    finally:
        setns(root_fd)


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(262144):
            writer.write(chunk)
            await writer.drain()
        # Half-close: the other way may still be answering (an HTTP reply after the body).
        if writer.can_write_eof():
            writer.write_eof()
    except (ConnectionError, OSError):
        writer.close()


async def relay(listener: socket.socket, host: str, port: int) -> None:
    async def serve(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection(host, port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))
        client_writer.close()
        server_writer.close()

    server = await asyncio.start_server(serve, sock=listener)
    await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--near", required=True, help="this machine's address on the link")
    parser.add_argument("--far", required=True, help="the far end's address (same /30)")
    parser.add_argument("--ms", type=float, required=True, help="one-way delay in ms")
    parser.add_argument("--mbit", type=float, required=True, help="rate each way in Mbit/s")
    parser.add_argument("--loss", type=float, default=0.0, help="share of packets lost at random, each way")
    parser.add_argument("--congestion", default="cubic", help="TCP congestion control on the link's routes (CUBIC: what Windows, macOS and Linux desktops use)")
    parser.add_argument("--forward", action="append", default=[], help="FARPORT:HOST:PORT")
    options = parser.parse_args()

    subprocess.run(["ip", "netns", "del", NAMESPACE], stderr=subprocess.DEVNULL)
    run("ip", "netns", "add", NAMESPACE)
    root_fd = os.open("/proc/self/ns/net", os.O_RDONLY)
    namespace_fd = os.open(f"/var/run/netns/{NAMESPACE}", os.O_RDONLY)

    def clean_up(*_: object) -> None:
        subprocess.run(["ip", "netns", "del", NAMESPACE], stderr=subprocess.DEVNULL)
        os._exit(0)

    signal.signal(signal.SIGTERM, clean_up)
    signal.signal(signal.SIGINT, clean_up)

    near = open_tun(NEAR_DEVICE)
    setns(namespace_fd)
    far = open_tun(FAR_DEVICE)
    setns(root_fd)
    run("ip", "addr", "add", f"{options.near}/30", "dev", NEAR_DEVICE)
    run("ip", "link", "set", NEAR_DEVICE, "mtu", str(MTU), "up")
    run("ip", "-n", NAMESPACE, "addr", "add", f"{options.far}/30", "dev", FAR_DEVICE)
    run("ip", "-n", NAMESPACE, "link", "set", FAR_DEVICE, "mtu", str(MTU), "up")
    run("ip", "-n", NAMESPACE, "link", "set", "lo", "up")
    # Connections over the link use the senders' usual congestion control, whatever this machine's default.
    for namespace, device, address in ((None, NEAR_DEVICE, options.near), (NAMESPACE, FAR_DEVICE, options.far)):
        subnet = str(ipaddress.ip_interface(f"{address}/30").network)
        where = ("-n", namespace) if namespace else ()
        run("ip", *where, "route", "replace", subnet, "dev", device, "src", address, "congctl", options.congestion)

    rate = options.mbit * 1e6 / 8
    delay = options.ms / 1000
    # A queue of one bandwidth-delay product (round trip), as a well-sized router's.
    limit = max(int(rate * 2 * delay), 16 * MTU)
    Direction(near, far, rate, delay, limit, options.loss).start()
    Direction(far, near, rate, delay, limit, options.loss).start()

    listeners = []
    for spec in options.forward:
        far_port, host, port = spec.split(":")
        listeners.append((far_listener(namespace_fd, root_fd, options.far, int(far_port)), host, int(port)))

    async def serve_all() -> None:
        print("ready", flush=True)
        await asyncio.gather(*(relay(listener, host, port) for listener, host, port in listeners))

    try:
        asyncio.run(serve_all())
    finally:
        clean_up()


if __name__ == "__main__":
    main()
