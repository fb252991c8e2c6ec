"""Print a folder's access list (SDDL) and fail if it gives more than Users modify.

Run by the installed bundle's Windows Python (installer/check_windows_installer.sh, under wine;
the same works on a real Windows PC): `python acl_info.py C:\\ProgramData\\Kense`. Exit 1 when
Everyone, Authenticated Users, anonymous or interactive users may write, or when Users hold
more than Modify (full control, changing permissions or the owner).

Wine keeps only Unix mode bits (measured with wine 8: SetFileSecurityW succeeds and the folder
reads back with a DACL made from the mode), so there it shows no Users grant at all; the grant
itself is checked in installer/kense.iss by tests/test_trust_privacy.py.
"""

from __future__ import annotations

import ctypes
import re
import sys

MODIFY = 0x1301BF  # FILE_GENERIC_READ | FILE_GENERIC_WRITE | FILE_GENERIC_EXECUTE | DELETE
WRITES = 0x2 | 0x4 | 0x10 | 0x40 | 0x100 | 0x10000 | 0x40000 | 0x80000 | 0x40000000 | 0x10000000
NAMED = {"FA": 0x1F01FF, "FR": 0x120089, "FW": 0x120116, "FX": 0x1200A0, "GA": 0x10000000, "GW": 0x40000000}
WIDE = {"WD", "AU", "AN", "IU", "S-1-1-0", "S-1-5-11", "S-1-5-7", "S-1-5-4"}  # Everyone & co.
USERS = {"BU", "S-1-5-32-545"}


def sddl(path: str) -> str:
    from ctypes import wintypes

    adv = ctypes.WinDLL("advapi32")  # type: ignore[attr-defined]
    sd, dacl = ctypes.c_void_p(), ctypes.c_void_p()
    rc = adv.GetNamedSecurityInfoW(path, 1, 4, None, None, ctypes.byref(dacl), None, ctypes.byref(sd))
    if rc:
        raise OSError(rc, f"GetNamedSecurityInfoW {path}")
    text, size = ctypes.c_wchar_p(), wintypes.ULONG()
    if not adv.ConvertSecurityDescriptorToStringSecurityDescriptorW(
        sd, 1, 4, ctypes.byref(text), ctypes.byref(size)
    ):
        raise OSError(ctypes.GetLastError(), "ConvertSecurityDescriptorToStringSecurityDescriptorW")  # type: ignore[attr-defined]
    return str(text.value)


def mask_of(rights: str) -> int:
    if rights.lower().startswith("0x"):
        return int(rights, 16)
    return sum(NAMED.get(rights[i : i + 2], 0) for i in range(0, len(rights), 2))


def too_wide(descriptor: str) -> list[str]:
    out = []
    for ace in re.findall(r"\(([^)]*)\)", descriptor):
        kind, _flags, rights, _obj, _inherit, who = (ace.split(";") + [""] * 6)[:6]
        if kind != "A":
            continue
        mask = mask_of(rights)
        if who in WIDE and mask & WRITES:
            out.append(f"{who} may write: ({ace})")
        if who in USERS and mask & ~MODIFY:
            out.append(f"Users hold more than Modify: ({ace})")
    return out


if __name__ == "__main__":
    text = sddl(sys.argv[1])
    print(text)
    problems = too_wide(text)
    for line in problems:
        print("TOO WIDE:", line)
    sys.exit(1 if problems else 0)
