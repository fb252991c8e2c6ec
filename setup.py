"""Package data that lives outside `desk_app/` in the checkout, mapped into the wheel.

`resources/` (regulation JSON, fonts, translations, icons) and `db/migrations/` stay where the
rest of the project (PyInstaller spec, tools, other branches) expects them; in a wheel they are
installed as `desk_app/resources/` and `desk_app/migrations/`, where `desk_app.core.paths` finds
them. Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["desk_app", "desk_app.*"])
    + ["desk_app.resources", "desk_app.migrations"],
    package_dir={"desk_app.resources": "resources", "desk_app.migrations": "db/migrations"},
    # Every migration file is a module of desk_app.migrations (found by glob at run time).
    package_data={"desk_app.resources": ["**/*"], "desk_app.migrations": ["*.py"]},
    exclude_package_data={"desk_app.resources": ["**/*.ts"]},
)
