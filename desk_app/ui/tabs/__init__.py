"""The tab registry: role → tab class, in the order the tabs appear.

A workstation profile (settings) picks which of these this PC shows. To plug in a
tab, import its class here and put it under its role.
"""

from __future__ import annotations

from ..role_tab import RoleTab
from .center_head_tab import CenterHeadTab
from .center_tab import CenterTab
from .dispatch_tab import DispatchTab
from .executor_tab import ExecutorTab
from .head_tab import HeadTab
from .office_clerk_desk import OfficeClerkDeskTab

TAB_CLASSES: dict[str, type[RoleTab]] = {
    "center_inspector": CenterTab,
    "dispatch_inspector": DispatchTab,
    "office_clerk": OfficeClerkDeskTab,
    "head": HeadTab,
    "executor": ExecutorTab,
    "center_head": CenterHeadTab,  # read-only board (R2-R4 p.17)
}
