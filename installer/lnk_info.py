"""Print a Windows shortcut's (.lnk) target, arguments and working folder as JSON.

CI reads the shortcuts the installer made under wine; only the parts of the Shell Link format
([MS-SHLLINK]) those need: the header's flags, LinkInfo's local base path, and StringData.
Usage: python3 lnk_info.py FILE.lnk ...
"""

from __future__ import annotations

import json
import struct
import sys


def read_lnk(data: bytes) -> dict[str, str]:
    if struct.unpack_from("<I", data, 0)[0] != 0x4C:
        raise ValueError("not a shell link")
    flags = struct.unpack_from("<I", data, 0x14)[0]
    pos = 0x4C
    if flags & 0x01:  # HasLinkTargetIDList
        pos += 2 + struct.unpack_from("<H", data, pos)[0]
    out: dict[str, str] = {}
    if flags & 0x02:  # HasLinkInfo
        size, header = struct.unpack_from("<II", data, pos)
        base_off = struct.unpack_from("<I", data, pos + 0x10)[0]
        if header >= 0x24:  # a Unicode base path follows the ANSI one
            uoff = struct.unpack_from("<I", data, pos + 0x1C)[0]
            raw = data[pos + uoff : pos + size]
            out["target"] = raw.decode("utf-16-le").split("\0", 1)[0]
        else:
            out["target"] = (
                data[pos + base_off : pos + size]
                .split(b"\0", 1)[0]
                .decode("mbcs" if sys.platform == "win32" else "cp1252")
            )
        pos += size
    unicode = bool(flags & 0x80)
    for bit, name in (
        (0x04, "name"),
        (0x08, "relative_path"),
        (0x10, "working_dir"),
        (0x20, "arguments"),
        (0x40, "icon"),
    ):
        if flags & bit:
            count = struct.unpack_from("<H", data, pos)[0]
            pos += 2
            width = 2 if unicode else 1
            raw = data[pos : pos + count * width]
            # Wine counts the terminating NUL too; Windows does not.
            out[name] = raw.decode("utf-16-le" if unicode else "cp1252").rstrip("\0")
            pos += count * width
    return out


if __name__ == "__main__":
    print(json.dumps({p: read_lnk(open(p, "rb").read()) for p in sys.argv[1:]}, ensure_ascii=False, indent=1))
