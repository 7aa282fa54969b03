"""The package list, with the top-level resources/ folder installed inside the package as
frontdesk/resources (icons, desktop entry, metainfo, translations): a checkout, an installed package
and the frozen build then find them the same way (frontdesk/ui/resources.py). Everything else is in
pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["frontdesk", "frontdesk.*"]), "frontdesk.resources"],
    package_dir={"frontdesk.resources": "resources"},
    package_data={"frontdesk.resources": ["**/*"]},
    exclude_package_data={"frontdesk.resources": ["README.md"]},
)
