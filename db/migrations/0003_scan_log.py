"""Unknown and refused barcode scans (desk_app.core.scan_log)."""

from desk_app.core.scan_log import ScanLogEntry


def up(db):
    db.create_tables([ScanLogEntry])
