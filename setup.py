"""Package layout the pyproject table cannot say: resources/ ships inside the wheel.

The repository keeps resources/ at the top (PyInstaller's build.spec and the
translation tools read it there); in a wheel it becomes the package
``desktop.resources`` so an installed app finds it next to its code
(desktop/paths.py looks in the bundle, the installed package, then the checkout).
"""
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = "desktop.resources"
# Sources of generated files stay in the repository, as in build.spec.
SOURCE_ONLY = ["*.py", "*.pyc", "*.ts"]
DATA_PACKAGES = [RESOURCES] + sorted(
    f"{RESOURCES}.{d.name}" for d in (HERE / "resources").iterdir()
    if d.is_dir() and not d.name.startswith((".", "_"))
)


class BuildPy(build_py):
    """resources/ holds data only: its helper scripts (icons/make_icons.py) are not shipped."""

    def find_package_modules(self, package, package_dir):
        if package == RESOURCES or package.startswith(RESOURCES + "."):
            return []
        return super().find_package_modules(package, package_dir)


setup(
    packages=find_packages(include=["desktop", "desktop.*"]) + DATA_PACKAGES,
    package_dir={RESOURCES: "resources"},
    package_data={p: ["*"] for p in DATA_PACKAGES},
    exclude_package_data={p: SOURCE_ONLY for p in DATA_PACKAGES},
    cmdclass={"build_py": BuildPy},
)
