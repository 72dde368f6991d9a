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


HEADERS = ((b"PK\x03\x04", 26, 30), (b"PK\x01\x02", 28, 46))  # signature, where the name's length and name sit


def headers_of(data, name):
    """The offsets of the local header and the central directory entry that name `name`."""
    found = []
    for signature, name_length_at, name_at in HEADERS:
        offset = 0
        while True:
            offset = data.index(signature, offset)
            name_length = struct.unpack_from("<H", data, offset + name_length_at)[0]
            if data[offset + name_at:offset + name_at + name_length] == name.encode():
                found.append(offset)
                break
            offset += 4
    return found


def patch_sizes(data, name, uncompressed):
    """Rewrites the uncompressed size of `name` in its local header and central directory."""
    local, central = headers_of(data, name)
    struct.pack_into("<I", data, local + 22, uncompressed)
    struct.pack_into("<I", data, central + 24, uncompressed)


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


def patch_byte(data, name, local_at, central_at, flip):
    """XORs `flip` into one byte of the headers of `name`: local header and central directory."""
    local, central = headers_of(data, name)
    data[local + local_at] ^= flip
    data[central + central_at] ^= flip


def damaged():
    # messages.csv whose checksum does not match what it inflates to: reported, not read.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entry(archive, "Connections.csv", CONNECTIONS)
        entry(archive, "messages.csv", "CONVERSATION ID,FROM,DATE,CONTENT\nc1,Anna Berg,2025-01-02 10:00:00 UTC,hi\n")
    data = bytearray(buffer.getvalue())
    patch_byte(data, "messages.csv", local_at=14, central_at=16, flip=1)  # the CRC-32's low byte
    open(os.path.join(OUT, "checksum.zip"), "wb").write(data)
    # An encrypted entry, a symbolic link and an entry compressed with bzip2: refused.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entry(archive, "Connections.csv", CONNECTIONS)
        entry(archive, "Invitations.csv", "encrypted")
        info = zipfile.ZipInfo("messages.csv", date_time=STAMP)
        info.create_system = 3
        info.external_attr = 0o120777 << 16
        archive.writestr(info, "/etc/passwd")
        info = zipfile.ZipInfo("Endorsement_Received_Info.csv", date_time=STAMP)
        info.compress_type = zipfile.ZIP_BZIP2
        archive.writestr(info, "bzip2")
    data = bytearray(buffer.getvalue())
    patch_byte(data, "Invitations.csv", local_at=6, central_at=8, flip=1)  # the encrypted flag
    open(os.path.join(OUT, "unreadable-entries.zip"), "wb").write(data)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    traversal()
    bombs()
    damaged()
