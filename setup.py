"""Package data that lives outside `desk_app/` in the checkout, mapped into the wheel.

`resources/` (regulation JSON, fonts, translations, icons) and `db/migrations/` stay where the
rest of the project (PyInstaller spec, tools, other branches) expects them; in a wheel they are
installed as `desk_app/resources/` and `desk_app/migrations/`, where `desk_app.core.paths` finds
them. Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_packages, setup

# Each folder of resources/ (fonts, icons, regulations, translations, and any added later) is a
# data-only package of its own, so setuptools takes it without "absent from packages" warnings.
HERE = Path(__file__).resolve().parent
DATA = ["desk_app.resources"] + sorted(
    "desk_app.resources." + ".".join(d.relative_to(HERE / "resources").parts)
    for d in (HERE / "resources").rglob("*")
    if d.is_dir() and d.name != "__pycache__"
)

setup(
    packages=find_packages(include=["desk_app", "desk_app.*"]) + DATA + ["desk_app.migrations"],
    package_dir={"desk_app.resources": "resources", "desk_app.migrations": "db/migrations"},
    # Every migration file is a module of desk_app.migrations (found by glob at run time).
    package_data={**{p: ["*"] for p in DATA}, "desk_app.migrations": ["*.py"]},
    exclude_package_data={p: ["*.ts"] for p in DATA},
)
