"""The tab registry: role → tab class, in the order the tabs appear.

A workstation profile (settings) picks which of these this PC shows. To plug in a
tab, import its class here and put it under its role (replacing the placeholder).
"""

from __future__ import annotations

from ..role_tab import RoleTab
from .dispatch_tab import DispatchTab
from .office_clerk_tab import OfficeClerkTab
from .placeholder import placeholder_tab

TAB_CLASSES: dict[str, type[RoleTab]] = {
    "center_inspector": placeholder_tab("center_inspector"),
    "dispatch_inspector": DispatchTab,
    "office_clerk": OfficeClerkTab,
    "head": placeholder_tab("head"),
    "executor": placeholder_tab("executor"),
}
