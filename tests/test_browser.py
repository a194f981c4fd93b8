"""The published report in headless Chromium, served over HTTP and opened from disk.

Runs the notebooks the report needs into a temporary folder (for the default corpus and
for the synthetic one, whose quotes hold markup), then checks what a reader gets: a
rendered page, every image loaded with alt text, no console errors, every in-page link
landing on an element, and article text shown as text.
"""
import functools
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import RAW, ROOT
from test_charts import make_corpus

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


def _install_chromium() -> str:
    """'' when Chromium and its driver are present (installing them with apt-get if needed), else why not."""
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return ""
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium", "chromium-driver"]):
        try:
            result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
        except (OSError, subprocess.SubprocessError) as exc:
            return f"{' '.join(command)} could not run: {exc}"
        if result.returncode != 0:
            return f"{' '.join(command)} failed: {result.stderr.strip()[-500:]}"
    return "" if CHROMIUM.exists() and CHROMEDRIVER.exists() else "apt-get ran but /usr/bin/chromium is still missing"


@pytest.fixture(scope="session")
def chromium() -> Path:
    problem = _install_chromium()
    if problem and os.environ.get("CI"):
        pytest.fail(f"headless Chromium is required in CI: {problem}")
    if problem:
        pytest.skip(f"headless Chromium is not available and could not be installed: {problem}")
    return CHROMIUM


def _run_pipeline(raw: Path, processed: Path, reports: Path, *only: str) -> None:
    args = ["--raw-dir", str(raw), "--processed-dir", str(processed), "--reports-dir", str(reports)]
    args += [a for stem in only for a in ("--only", stem)]
    result = subprocess.run([sys.executable, "-m", "helpers.pipeline", *args], capture_output=True, text=True, cwd=ROOT,
                            env={"CI": "true", "PATH": "/usr/bin:/bin", "HOME": str(reports.parent)})
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module", params=["synthetic", "default corpus"])
def published(request, tmp_path_factory) -> tuple[str, Path]:
    """(corpus name, reports folder) after running the notebooks the report needs."""
    out = tmp_path_factory.mktemp(request.param.replace(" ", "-"))
    if request.param == "synthetic":
        raw, processed = make_corpus(out)
        _run_pipeline(raw, processed, out / "reports", "03", "04")
    else:
        raw = out / "raw"
        shutil.copytree(RAW, raw)
        _run_pipeline(raw, out / "processed", out / "reports", "01", "02", "03", "04")
    return request.param, out / "reports"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(published):
    _, reports = published
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(reports)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def driver(chromium, tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--window-size=1280,2000", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield browser
    browser.quit()


@pytest.fixture(params=["http", "file"])
def page(request, published, server, driver, tmp_path):
    """The driver on index.html, opened over HTTP or from disk; the console log cleared before."""
    name, reports = published
    url = f"{server}/index.html" if request.param == "http" else (reports / "index.html").as_uri()
    driver.get_log("browser")
    driver.get(url)
    return name, driver, tmp_path


def test_page_renders_and_a_screenshot_is_taken(page):
    _, driver, tmp_path = page
    shot = tmp_path / "index.png"
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    assert driver.find_element("tag name", "h1").text


def test_every_image_loads_and_has_alt_text(page):
    _, driver, _ = page
    images = driver.execute_script(
        "return Array.from(document.images).map(i => [i.getAttribute('src'), i.complete && i.naturalWidth, i.alt])")
    assert len(images) == 4
    for src, width, alt in images:
        assert width and width > 0, f"{src} did not load"
        assert alt.strip(), f"{src} has no alt text"


def test_no_console_errors(page):
    _, driver, _ = page
    severe = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []


def test_every_in_page_link_lands_on_an_element(page):
    _, driver, _ = page
    broken = driver.execute_script(
        "return Array.from(document.querySelectorAll('a[href^=\"#\"]')).map(a => a.getAttribute('href').slice(1))"
        ".filter(id => !document.getElementById(decodeURIComponent(id)))")
    assert broken == []
    assert driver.execute_script("return document.querySelectorAll('a[href^=\"#src-\"]').length") > 0


def test_article_text_is_text_not_markup(page):
    name, driver, _ = page
    assert driver.execute_script("return document.scripts.length") == 0
    if name == "synthetic":
        body = driver.find_element("tag name", "body").text
        assert "<script>alert('x')</script> & other tricks are not ours" in body
        assert "Wigan services rated inadequate <b>again</b>" in body
        bold = driver.execute_script("return Array.from(document.querySelectorAll('b')).map(b => b.textContent)")
        assert "again" not in bold


def test_page_says_what_produced_it(page):
    _, driver, _ = page
    footer = driver.find_element("tag name", "footer").text
    for label in ("commit", "raw corpus sha256", "version of pandas", "version of croydon-childrens-services",
                  "parameter council"):
        assert label in footer
