"""06_explore's review panel renders in a real JupyterLab (headless Chromium): one test, started and torn down here."""
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import papermill
import pytest

from conftest import RAW, ROOT
from test_browser import CHROMEDRIVER, CHROMIUM, _install_chromium

pytestmark = pytest.mark.lab
WAIT_S = 180


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """(url of 06_explore in JupyterLab, folder): a server on a free localhost port with a token, stopped after."""
    home = tmp_path_factory.mktemp("lab")
    raw = shutil.copytree(RAW, home / "raw")
    (home / "notebooks").mkdir()
    papermill.execute_notebook(str(ROOT / "notebooks" / "06_explore.ipynb"), str(home / "notebooks" / "06_explore.ipynb"),
                               prepare_only=True, parameters={"raw_dir": str(raw), "processed_dir": str(ROOT / "data" / "processed")})
    port, token = _free_port(), secrets.token_hex(16)
    env = os.environ | {"HOME": str(home), "JUPYTER_CONFIG_DIR": str(home / ".jupyter"), "JUPYTER_RUNTIME_DIR": str(home / "runtime")}
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", f"--ServerApp.root_dir={home}",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
         f"--IdentityProvider.token={token}", "--LabApp.expose_app_in_browser=True"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not answer within a minute")
        yield f"{base}/lab/tree/notebooks/06_explore.ipynb?token={token}", home
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def test_review_panel_renders_in_jupyterlab(lab, tmp_path):
    problem = _install_chromium()
    if problem:
        pytest.skip(f"headless Chromium is not available and could not be installed: {problem}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,2000",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    url, home = lab
    try:
        browser.get(url)
        wait = WebDriverWait(browser, WAIT_S, poll_frequency=1)
        wait.until(lambda b: b.execute_script(
            "const p = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
            "return !!(p && p.sessionContext && p.sessionContext.session && p.sessionContext.session.kernel"
            " && p.sessionContext.session.kernel.status === 'idle')"))
        browser.execute_script("window.jupyterapp.commands.execute('notebook:run-all-cells')")
        wait.until(lambda b: b.execute_script(
            "return Array.from(document.querySelectorAll('.jupyter-widgets button')).some(e => e.textContent.includes('Confirm'))"))
        text = browser.find_element("tag name", "body").text
        assert "Traceback" not in text
        assert "mentions match" in text and "Reject" in text and "Correct" in text
        assert browser.execute_script("return document.querySelectorAll('.jupyter-widgets select option').length") > 10
        assert browser.save_screenshot(str(tmp_path / "lab.png"))
    finally:
        browser.quit()
    assert not (home / "raw" / "reviews.csv").exists(), "rendering the panel records nothing"
