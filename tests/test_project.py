"""Project housekeeping: pinned dependencies agree, notebooks are clean and parameterised."""
import re
import tomllib

import nbformat
import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
CONTRACT_PARAMETERS = {"raw_dir", "processed_dir", "reports_dir", "council", "period_start", "period_end", "official_dir",
                       "workers", "dask_scheduler"}


def _pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + [d for group in project["optional-dependencies"].values() for d in group]
    return {re.sub(r"\[.*\]", "", name): version for name, version in (s.split("==") for s in specs)}


def _environment_pins() -> dict[str, str]:
    text = (ROOT / "environment.yml").read_text()
    conda = dict(re.findall(r"^  - ([a-z0-9_.-]+)=([0-9][^\s=]*)$", text, re.M))
    pip = dict(re.findall(r"^      - ([a-z0-9_.-]+)==(\S+)$", text, re.M))
    conda.pop("python", None)
    return conda | pip


def test_environment_yml_pins_the_same_versions_as_pyproject():
    assert _environment_pins() == _pyproject_pins()


def test_every_dependency_is_pinned_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert all("==" in d for d in project["dependencies"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_has_one_parameters_cell_with_contract_names_and_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    names = set(re.findall(r"^(\w+)\s*=", tagged[0].source, re.M))
    assert names and names <= CONTRACT_PARAMETERS
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")
    following = nb.cells[nb.cells.index(tagged[0]) + 1].source
    assert "check_" in following, "the cell after `parameters` must validate them"


def test_readme_quick_start_runs_make_report_then_make_test():
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"^(make \w+)$", readme, re.M)
    assert commands[:2] == ["make report", "make test"]


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
