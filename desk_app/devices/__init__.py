"""Devices: the barcode scanner, serial or keyboard-wedge.

Wiring in the desk (all on the GUI thread, which owns the database)::

    scanner = QtScanner(ScannerSettings(port="auto", suffix="cr"))   # qt_scanner
    scanner.scanned.connect(on_scan)
    scanner.state_changed.connect(status_bar.showMessage)
    scanner.start()                      # scanner.stop() before quitting
    WedgeFilter().install(app).scanned.connect(on_scan)              # wedge

    def on_scan(payload: str) -> None:
        outcome = handle_scan(payload, desk_role, desk_user)         # core.scanning
        ...show outcome.kk / outcome.ru, refresh what changed

Without Qt (the `scan` command): `serial_reader.SerialListener(settings, on_scan,
on_state).start()`, with the callbacks putting lines on a queue for the main thread.
"""
