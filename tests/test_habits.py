"""Habits the style guide asks for, checked: the domain imports no Qt, modules and functions
stay small, and no module imports itself back through others.

(`ruff format --check` and mypy run in `.ci/run`.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desk_app"
GENERATED = PACKAGE / "ui" / "generated"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def _name(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    return ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)


def _modules(*packages: str) -> list[str]:
    """Every module's dotted name under the given packages of desk_app."""
    return [_name(path, ROOT) for pkg in packages for path in sorted((PACKAGE / pkg).rglob("*.py"))]


def test_domain_imports_without_qt() -> None:
    """core, documents, reports and cli import with PySide6 blocked (as if not installed)."""
    names = _modules("core", "documents", "reports", "cli")
    assert "desk_app.core.workflow" in names and "desk_app.cli.main" in names
    script = textwrap.dedent(
        """
        import importlib, sys
        from importlib.abc import MetaPathFinder

        class NoQt(MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError(f"Qt is blocked: {name}")
                return None

        sys.meta_path.insert(0, NoQt())
        failed = []
        for name in sys.argv[1:]:
            try:
                importlib.import_module(name)
            except ImportError as e:
                failed.append(f"{name}: {e}")
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print("\\n".join(failed + [f"loaded: {m}" for m in qt]))
        sys.exit(1 if failed or qt else 0)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script, *names], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, f"modules that need Qt:\n{run.stdout}{run.stderr}"


def test_the_qt_block_catches_a_qt_import() -> None:
    """The blocker above does refuse a module that needs Qt (so its pass means something)."""
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "class B:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] == 'PySide6': raise ImportError(name)\n"
            "sys.meta_path.insert(0, B())\n"
            "import desk_app.ui.signals\n",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode != 0 and "ImportError" in run.stderr


def _oversize(root: Path = ROOT, package: Path = PACKAGE) -> list[str]:
    """'path  (n lines)' for a module over the line limit, 'path:function  (n lines)' for a
    function over its limit (decorators not counted; a nested function on its own)."""
    out = []
    for path in sorted(package.rglob("*.py")):
        if GENERATED in path.parents:
            continue
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            out.append(f"{rel}  ({lines} lines)")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    out.append(f"{rel}:{node.name}  ({n} lines)")
    return out


def test_no_module_over_600_lines_no_function_over_80() -> None:
    found = _oversize()
    assert not found, (
        f"over {MAX_MODULE_LINES} lines (module) or {MAX_FUNCTION_LINES} (function):\n" + "\n".join(found)
    )


def test_the_size_check_counts_as_meant(tmp_path: Path) -> None:
    """601 lines is a long module, 81 a long function (a method, a nested one too); 600 and
    80 are not."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()

    def fn(name: str, lines: int, indent: str = "") -> str:
        return f"{indent}def {name}():\n" + "".join(f"{indent}    x = {i}\n" for i in range(lines - 1))

    (pkg / "ok.py").write_text(fn("fine", 80) + "\n" * (600 - 80))
    (pkg / "long.py").write_text(
        fn("short", 10) + "class C:\n" + fn("method", 81, "    ") + "\n" * (601 - 10 - 1 - 81)
    )
    (pkg / "nested.py").write_text("def outer():\n" + fn("inner", 81, "    ") + "    return inner\n")
    assert _oversize(tmp_path, pkg) == [
        "pkg/long.py  (601 lines)",
        "pkg/long.py:method  (81 lines)",
        "pkg/nested.py:outer  (83 lines)",
        "pkg/nested.py:inner  (81 lines)",
    ]
