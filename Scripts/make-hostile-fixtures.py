#!/usr/bin/env python3
"""Writes the small binary fixtures of the hostile-input suite (Tests/vouchTests/Fixtures).

Run from the repository root: python3 Scripts/make-hostile-fixtures.py
"""
import io
import os
import struct
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "vouchTests", "Fixtures")
CONNECTIONS = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
               "Anna,Berg,https://www.linkedin.com/in/anna-berg-1a,,Acme,Engineer,04 Dec 2025\n")
STAMP = (2026, 11, 20, 0, 0, 0)


def entry(archive, name, data):
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def traversal():
    with zipfile.ZipFile(os.path.join(OUT, "traversal.zip"), "w") as archive:
        entry(archive, "Connections.csv", CONNECTIONS)
        entry(archive, "../evil.csv", "First Name,Last Name\nEvil,Person\n")
        entry(archive, "/etc/Connections.csv", "First Name,Last Name\nRoot,Person\n")
        entry(archive, "sub/../../messages.csv", "x")


def patch_sizes(data, name, uncompressed):
    """Rewrites the uncompressed size of `name` in its local header and central directory."""
    patch_header(data, b"PK\x03\x04", name.encode(), name_length_at=26, name_at=30, size_at=22, size=uncompressed)
    patch_header(data, b"PK\x01\x02", name.encode(), name_length_at=28, name_at=46, size_at=24, size=uncompressed)


def patch_header(data, signature, encoded, name_length_at, name_at, size_at, size):
    """Finds the header with `signature` that names `encoded` and writes `size` into it."""
    offset = 0
    while True:
        offset = data.index(signature, offset)
        name_length = struct.unpack_from("<H", data, offset + name_length_at)[0]
        if data[offset + name_at:offset + name_at + name_length] == encoded:
            struct.pack_into("<I", data, offset + size_at, size)
            return
        offset += 4


def bombs():
    # Declares 3 GiB for a few kilobytes: refused by the ratio check before inflating.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entry(archive, "Connections.csv", CONNECTIONS)
        entry(archive, "messages.csv", b"\0" * 4_000_000)
    data = bytearray(buffer.getvalue())
    patch_sizes(data, "messages.csv", 3 << 30)
    open(os.path.join(OUT, "bomb-declared.zip"), "wb").write(data)
    # Declares 1,000 bytes but inflates to 4 MB: stopped while inflating.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entry(archive, "Connections.csv", CONNECTIONS)
        entry(archive, "messages.csv", b"\0" * 4_000_000)
    data = bytearray(buffer.getvalue())
    patch_sizes(data, "messages.csv", 1000)
    open(os.path.join(OUT, "bomb-lying.zip"), "wb").write(data)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    traversal()
    bombs()
