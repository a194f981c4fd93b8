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
        _run_pipeline(raw, processed, out / "reports", "03", "04", "05")
    else:
        raw = out / "raw"
        shutil.copytree(RAW, raw)
        _run_pipeline(raw, out / "processed", out / "reports", "01", "02", "03", "04", "05")
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


WIDTHS = {"desktop": 1280, "phone": 390}


def _open(driver, url: str, width: int) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 640})
    driver.get_log("browser")
    driver.get(url)
    driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "Promise.all(Array.from(document.querySelectorAll('object')).filter(o => o.offsetParent)"
        # from disk an object's document is null: nothing to wait for (driver.get waited for the page's load,
        # which includes its objects)
        ".map(o => !o.contentDocument || o.contentDocument.readyState === 'complete' ? 0 :"
        " new Promise(r => { o.addEventListener('load', r); setTimeout(r, 5000); }))).then(done);")


@pytest.fixture(params=[("http", "desktop"), ("file", "desktop"), ("http", "phone")], ids=lambda p: "-".join(p))
def page(request, published, server, driver, tmp_path):
    """The driver on index.html at a width, opened over HTTP or from disk; the console log cleared before."""
    name, reports = published
    how, width = request.param
    url = f"{server}/index.html" if how == "http" else (reports / "index.html").as_uri()
    _open(driver, url, WIDTHS[width])
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
    sources = driver.execute_script(
        "return Array.from(document.querySelectorAll('img, object, source')).map(e =>"
        " e.getAttribute('src') || e.getAttribute('data') || e.getAttribute('srcset'))")
    assert sources, "the page shows figures"
    failed = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "Promise.all(arguments[0].map(s => new Promise(r => { const i = new Image();"
        " i.onload = () => r(i.naturalWidth > 0 ? null : s); i.onerror = () => r(s); i.src = s; })))"
        ".then(all => done(all.filter(Boolean)));", sources)
    assert failed == []
    assert driver.execute_script("return Array.from(document.images).every(i => i.alt.trim())")
    shown = driver.execute_script(
        "return Array.from(document.querySelectorAll('object')).filter(o => o.offsetParent)"
        ".map(o => [o.getAttribute('data'), o.getBoundingClientRect().height])")
    assert shown and all(height > 100 for _, height in shown), shown


def test_no_sideways_scroll_and_phone_text_is_large_enough(page):
    _, driver, tmp_path = page
    width = driver.execute_script("return window.innerWidth")
    assert driver.execute_script("return document.documentElement.scrollWidth") <= width
    shot = tmp_path / f"index-{width}.png"
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "deviceScaleFactor": 1, "mobile": width < 640,
        "height": min(driver.execute_script("return document.body.scrollHeight"), 16000)})
    assert driver.save_screenshot(str(shot))
    if width < 640:
        charts = driver.execute_script(
            "return Array.from(document.querySelectorAll('object')).filter(o => o.offsetParent)"
            ".map(o => [o.getAttribute('data'), o.getBoundingClientRect().width])")
        assert charts and all(d.endswith("-phone.svg") for d, _ in charts)
        assert all(9 * w / (3.6 * 72) >= 12 for _, w in charts), "9 pt text shows at 12 CSS px or more"


def test_every_svg_point_has_its_title_and_links_to_its_footnote(page):
    name, driver, _ = page
    if driver.current_url.startswith("file:"):
        pytest.skip("a page from disk may not read its objects' documents")
    found = driver.execute_script(
        "return Array.from(document.querySelectorAll('object')).filter(o => o.offsetParent).map(o => {"
        " const d = o.contentDocument; const gs = Array.from(d.querySelectorAll('g[id^=\"fact-\"]'));"
        " return [o.getAttribute('data'), gs.length, gs.filter(g => g.querySelector('title') &&"
        " g.querySelector('title').textContent.includes('“')).length,"
        " gs.map(g => g.querySelector('a') && g.querySelector('a').getAttribute('xlink:href'))]; })")
    assert found
    ids = set(driver.execute_script("return Array.from(document.querySelectorAll('[id^=src-]')).map(e => e.id)"))
    for data, n, titled, links in found:
        assert n > 0 and titled == n, data
        assert {link.split("#")[1] for link in links} <= ids, data


def test_every_footnote_round_trips(page):
    _, driver, _ = page
    cites = driver.execute_script("return Array.from(document.querySelectorAll('a.fn[id^=cite-]')).map(a => a.id)")
    assert cites
    for cite in cites[:5] + cites[-3:]:
        fact = cite.removeprefix("cite-")
        driver.execute_script("document.getElementById(arguments[0]).click()", cite)
        assert driver.execute_script("return location.hash") == f"#src-{fact}"
        assert driver.execute_script("return document.querySelector(':target').id") == f"src-{fact}"
        driver.execute_script("document.querySelector(':target a.back').click()")
        assert driver.execute_script("return location.hash") == f"#{cite}"


def test_notebook_pages_link_back_to_the_report(published):
    _, reports = published
    pages = sorted(reports.glob("[0-9]*.html"))
    assert {"03_charts", "04_official", "05_report"} <= {p.stem for p in pages}
    for page in pages:
        assert 'href="index.html"' in page.read_text(encoding="utf-8"), page.stem


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
