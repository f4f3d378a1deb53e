#!/usr/bin/env python3
"""Browser test of the clerk's page (issue 17), driven by selenium and
Debian's chromium + chromium-driver. Run by `.ci/browser`, which builds and
starts `kz-appeals-server` and passes:

  BASE_URL      the server, e.g. http://127.0.0.1:41234
  KZ_CLI        the `kz-appeals` binary, for the expected answers
  AXE_JS        axe-core's axe.min.js (from the npm registry)
  SCREENSHOTS   where to save the screenshots (target/screenshots)
  DOWNLOADS     where the browser saves the CSV exports
  CHROMIUM, CHROMEDRIVER   the browser and its driver (defaults: Debian's)

Every check is compared with the command-line tool's answer for the same
facts (`kz-appeals deadlines --json`, `agenda --json`, `calendar --json`).
Prints one line per check and ends with `N passed, N failed`; exits 1 when
anything failed.
"""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

BASE = os.environ.get("BASE_URL", "http://127.0.0.1:8080").rstrip("/")
CLI = os.environ.get("KZ_CLI", "target/debug/kz-appeals")
AXE_JS = os.environ.get("AXE_JS", "")
SHOTS = os.environ.get("SCREENSHOTS", "target/screenshots")
DOWNLOADS = os.path.abspath(os.environ.get("DOWNLOADS", "target/browser-downloads"))
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CASES = os.path.join(ROOT, "examples", "data", "cases.json")
LANGS = ["kk", "ru", "en"]

# At least 20 deadline scenarios: every fact of `deadlines`, days off and
# transfers, provisional and projected years, both readings, violations.
SCENARIOS = [
    {"received": "2026-03-21"},
    {"received": "2026-03-21", "answered_on": "2026-04-20"},
    {"received": "2026-03-21", "reception": "2026-05-12"},
    {"received": "2026-03-21", "extended_on": "2026-04-10", "answered_on": "2026-06-05"},
    {"received": "2026-01-01"},
    {"received": "2026-12-31"},
    {"received": "2025-12-30", "letter_until": "2026-01-27"},
    {"received": "2026-05-06", "forward": True},
    {"received": "2026-06-15", "reception": "2026-07-14", "refusal_on": "2026-07-08", "hearing_notice_sent": "2026-07-01"},
    {"received": "2026-02-02", "correction_until": "2026-02-12"},
    {"received": "2024-03-20", "answered_on": "2024-04-15"},
    {"received": "2020-05-08"},
    {"received": "2027-03-19"},
    {"received": "2028-05-04"},
    {"received": "2019-12-31", "reception": "2020-01-28"},
    {"received": "2026-08-28", "answered_on": "2026-09-10", "reception": "2026-09-24"},
    {"received": "2026-10-23", "letter_until": "2026-11-20", "answered_on": "2026-11-24"},
    {"received": "2026-11-13", "extended_on": "2026-12-01"},
    {"received": "2023-06-27"},
    {"received": "2018-03-07"},
    {"received": "2026-04-30", "refusal_on": "2026-05-20", "hearing_notice_sent": "2026-05-14", "reception": "2026-05-20"},
    {"received": "2026-03-21", "forward": True, "answered_on": "2026-03-27"},
    # Refused by the law or the calendar: the page shows the service's message.
    {"received": "2026-07-03", "answered_on": "2026-07-01"},
    {"received": "2035-12-20"},
]
DATE_FIELDS = ["received", "letter_until", "extended_on", "answered_on", "reception",
               "refusal_on", "hearing_notice_sent", "correction_until"]

# The column headers of table#deadlines in each language (the page's own texts).
HEADERS = {
    "kk": ["Мерзім", "Күні", "Апта күні", "Қалай есептелді", "Құқықтық негіз", "Өткен демалыс күндері"],
    "ru": ["Срок", "Дата", "День недели", "Как исчислен", "Правовое основание", "Выходные дни в сроке"],
    "en": ["Deadline", "Date", "Weekday", "How counted", "Rule", "Days off passed over"],
}
AGENDA_HEADERS = {
    "kk": ["Жағдайы", "Іс", "Мерзім", "Соңғы күні", "Жұмыс күндері"],
    "ru": ["Состояние", "Дело", "Срок", "Последний день", "Рабочих дней"],
    "en": ["State", "Case", "Deadline", "Due", "Working days"],
}
WEEKDAYS = {
    "kk": ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
KINDS = {"working", "weekend", "holiday", "estimated_holiday", "carry_over",
         "transferred_day_off", "working_by_transfer", "declared_day_off"}

passed = 0
failed = 0


def check(name, fn):
    global passed, failed
    try:
        fn()
        passed += 1
        print(f"ok   {name}", flush=True)
    except Exception as e:  # noqa: BLE001 - every failure is reported, the run goes on
        failed += 1
        print(f"FAIL {name}: {e}", flush=True)
        if os.environ.get("VERBOSE"):
            traceback.print_exc()


def cli(*args):
    p = subprocess.run([CLI, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def cli_deadlines(facts, lang="en"):
    args = ["deadlines", "--json", "--lang", lang]
    for k, v in facts.items():
        args += ["--" + k.replace("_", "-")] + ([] if v is True else [v])
    code, out, err = cli(*args)
    return (json.loads(out) if code == 0 else None), err


def date_keys(d):
    """Every key of `deadlines --json` whose value is a date."""
    return {k: v for k, v in d.items() if isinstance(v, str) and len(v) == 10 and v[4] == "-"}


def http_json(path, lang="en"):
    req = urllib.request.Request(BASE + path, headers={"Accept-Language": lang})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read().decode("utf-8"))


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def weekday_of(iso, lang):
    import datetime
    return WEEKDAYS[lang][datetime.date.fromisoformat(iso).weekday()]


# ---------------------------------------------------------------- browser
def make_driver():
    opts = Options()
    opts.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              "--window-size=1280,1000", "--lang=en-US", "--force-device-scale-factor=1",
              "--no-first-run", "--disable-extensions"]:
        opts.add_argument(a)
    opts.add_experimental_option("prefs", {
        "download.default_directory": DOWNLOADS,
        "download.prompt_for_download": False,
        "intl.accept_languages": "en-US,en",
    })
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    drv = webdriver.Chrome(options=opts, service=service)
    drv.set_page_load_timeout(30)
    drv.set_script_timeout(60)
    try:  # headless downloads go where asked
        drv.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS})
    except Exception:  # noqa: BLE001
        pass
    return drv


def wait(drv, cond, timeout=20, what="condition"):
    return WebDriverWait(drv, timeout).until(lambda d: cond(d), message=f"timed out waiting for {what}")


def open_page(drv, path):
    drv.get(BASE + path)
    wait(drv, lambda d: d.execute_script("return document.body.dataset.ready === '1'"), what="page ready")


def counter(drv, name):
    return drv.execute_script(f"return document.body.dataset.{name} || '0'")


def fill_deadlines(drv, facts):
    """Fill the form as a user would leave it, press #compute, wait for the answer."""
    before = counter(drv, "computed")
    drv.find_element(By.ID, "clear").click()
    for f in DATE_FIELDS:
        el = drv.find_element(By.CSS_SELECTOR, f'input[name="{f}"]')
        assert el.get_attribute("type") == "date", f
        drv.execute_script(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            el, facts.get(f, ""))
    box = drv.find_element(By.CSS_SELECTOR, 'input[name="forward"][type="checkbox"]')
    if box.is_selected() != bool(facts.get("forward")):
        box.click()
    drv.find_element(By.ID, "compute").click()
    wait(drv, lambda d: counter(d, "computed") != before, what="the deadlines")


def rows(drv, table_id):
    return drv.execute_script(f"""
        return Array.from(document.querySelectorAll('table#{table_id} tbody tr')).map(tr => ({{
          key: tr.dataset.key, date: tr.dataset.date, case: tr.dataset.case || null,
          time: (tr.querySelector('time') || {{}}).getAttribute ? tr.querySelector('time').getAttribute('datetime') : null,
          shown: tr.querySelector('time') ? tr.querySelector('time').textContent : null,
          cells: Array.from(tr.children).map(c => c.innerText.trim()),
        }}));""")


def headers(drv, table_id):
    return drv.execute_script(
        f"return Array.from(document.querySelectorAll('table#{table_id} thead th')).map(th => th.textContent.trim());")


def alert_text(drv, root_id):
    return drv.execute_script(f"""
        const a = document.querySelector('#{root_id} div[role=alert], div#{root_id}[role=alert]');
        return a && !a.hidden && a.offsetParent !== null ? a.textContent.trim() : null;""")


def shot(drv, name):
    os.makedirs(SHOTS, exist_ok=True)
    # The whole page: the window grows to the document's height.
    h = drv.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);")
    w = drv.get_window_size()["width"]
    drv.set_window_size(w, min(max(h + 120, 800), 6000))
    drv.save_screenshot(os.path.join(SHOTS, name + ".png"))
    drv.set_window_size(w, 1000)


def axe(drv, label):
    if not AXE_JS:
        raise AssertionError("AXE_JS not set: axe-core missing")
    with open(AXE_JS, encoding="utf-8") as f:
        drv.execute_script(f.read())
    res = drv.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
           .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                 nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
           .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""")
    bad = [v for v in res if v["impact"] in ("serious", "critical")]
    for v in res:
        if v not in bad:
            print(f"     note ({label}): axe {v['impact']} {v['id']}: {v['help']} {v['nodes']}")
    assert not bad, f"{label}: " + "; ".join(f"{v['impact']} {v['id']} ({v['help']}) at {v['nodes']}" for v in bad)


# ---------------------------------------------------------------- checks
def deadline_scenario(drv, facts, lang):
    def run():
        expected, err = cli_deadlines(facts, lang)
        fill_deadlines(drv, facts)
        if expected is None:
            msg = alert_text(drv, "deadlines-error")
            assert msg, f"the CLI refuses it ({err.splitlines()[0]}) but the page shows no alert"
            assert not drv.find_elements(By.CSS_SELECTOR, "table#deadlines tbody tr"), "a table beside the alert"
            return
        assert alert_text(drv, "deadlines-error") is None, "an alert: " + str(alert_text(drv, "deadlines-error"))
        got = rows(drv, "deadlines")
        keys = [r["key"] for r in got]
        assert len(keys) == len(set(keys)), f"a key twice: {keys}"
        want = date_keys(expected)
        assert {r["key"]: r["date"] for r in got} == want, f"rows {[(r['key'], r['date']) for r in got]} != {want}"
        names = {x["key"]: x["name"] for x in expected["deadlines"]}
        for r in got:
            assert r["time"] == r["date"], f"{r['key']}: <time datetime={r['time']}> != data-date {r['date']}"
            assert r["shown"] == dmy(r["date"]), f"{r['key']}: shown {r['shown']!r}"
            assert r["cells"][2] == weekday_of(r["date"], lang), f"{r['key']}: weekday {r['cells'][2]!r}"
            if r["key"] in names:
                assert r["cells"][0] == names[r["key"]], f"{r['key']}: name {r['cells'][0]!r} != {names[r['key']]!r}"
        vio = drv.find_elements(By.CSS_SELECTOR, "table#deadline-violations tbody tr")
        assert len(vio) == len(expected["violations"]), f"{len(vio)} violations shown, {len(expected['violations'])} expected"
        deemed = drv.find_element(By.ID, "deemed").text
        if expected.get("deemed_refusal_from"):
            assert dmy(expected["deemed_refusal_from"]) in deemed, deemed
    return run


def language_switch(drv):
    open_page(drv, "/?lang=en")
    fill_deadlines(drv, {"received": "2026-03-21", "reception": "2026-05-12"})
    for lang in ["kk", "ru", "en"]:
        before = counter(drv, "computed")
        drv.find_element(By.CSS_SELECTOR, f'a[data-lang-link="{lang}"]').click()
        wait(drv, lambda d: counter(d, "computed") != before, what="the recomputation")
        assert drv.execute_script("return document.documentElement.lang") == lang
        assert f"lang={lang}" in drv.current_url, drv.current_url
        assert headers(drv, "deadlines") == HEADERS[lang], f"{lang}: {headers(drv, 'deadlines')}"
        expected, _ = cli_deadlines({"received": "2026-03-21", "reception": "2026-05-12"}, lang)
        row = rows(drv, "deadlines")[2]
        want = {x["key"]: x["name"] for x in expected["deadlines"]}[row["key"]]
        assert row["cells"][0] == want, f"{lang}: {row['cells'][0]!r} != {want!r}"
        # The links to the other views keep the language.
        for a in drv.find_elements(By.CSS_SELECTOR, "a[data-view-link]"):
            assert a.get_attribute("href").endswith("lang=" + lang), a.get_attribute("href")
        label = drv.find_element(By.CSS_SELECTOR, 'label[for="f-received"]').text
        assert label, "the label of received is empty"


def calendar_month(drv):
    open_page(drv, "/calendar?month=2026-03&lang=en")
    wait(drv, lambda d: d.find_elements(By.CSS_SELECTOR, "td[data-date]"), what="the month grid")
    cells = drv.execute_script(
        "return Array.from(document.querySelectorAll('td[data-date]')).map(td => [td.dataset.date, td.dataset.kind]);")
    assert len(cells) == 31, len(cells)
    for iso, kind in cells:
        assert kind in KINDS, f"{iso}: {kind}"
        day = http_json(f"/v1/days/{iso}")
        assert day["kind"] == kind, f"{iso}: page {kind}, /v1/days {day['kind']}"
    kinds = dict(cells)
    assert kinds["2026-03-21"] == "holiday", kinds["2026-03-21"]          # Nauryz on a Saturday
    assert kinds["2026-03-24"] == "carry_over", kinds["2026-03-24"]       # its carry-over (Law on holidays art. 5)
    assert kinds["2026-03-02"] == "working"
    assert kinds["2026-03-01"] == "weekend"
    # Every kind in the legend, with a mark beside its colour.
    legend = drv.execute_script("return Array.from(document.querySelectorAll('.legend .sw')).map(s => [s.dataset.kind, s.textContent]);")
    assert {k for k, _ in legend} == KINDS, legend
    assert all(mark for k, mark in legend if k != "working"), legend


def calendar_year(drv):
    code, out, err = cli("calendar", "2026", "--json")
    assert code == 0, err
    cal = json.loads(out)
    open_page(drv, "/calendar?year=2026&lang=ru")
    wait(drv, lambda d: len(d.find_elements(By.CSS_SELECTOR, "td[data-date]")) == 365, what="365 days")
    cells = dict(drv.execute_script(
        "return Array.from(document.querySelectorAll('td[data-date]')).map(td => [td.dataset.date, td.dataset.kind]);"))
    import datetime
    off_weekdays = sorted(iso for iso, k in cells.items()
                          if datetime.date.fromisoformat(iso).weekday() < 5 and k not in ("working", "working_by_transfer"))
    worked_weekend = sorted(iso for iso, k in cells.items()
                            if datetime.date.fromisoformat(iso).weekday() >= 5 and k == "working_by_transfer")
    assert off_weekdays == cal["non_working_weekdays"], (off_weekdays, cal["non_working_weekdays"])
    assert worked_weekend == cal["working_weekend_days"], worked_weekend
    status = drv.find_element(By.ID, "year-status").get_attribute("data-status")
    assert status == cal["status"], status


def calendar_projected(drv):
    open_page(drv, "/calendar?month=2028-05&lang=kk")
    wait(drv, lambda d: d.find_elements(By.CSS_SELECTOR, "td[data-date]"), what="the month grid")
    assert drv.find_element(By.ID, "year-status").get_attribute("data-status") == "projected"
    assert drv.find_element(By.ID, "status-note").text.strip(), "no note on a projected year"
    kind = drv.find_element(By.CSS_SELECTOR, 'td[data-date="2028-05-05"]').get_attribute("data-kind")
    assert kind == "estimated_holiday", kind


def calendar_keyboard(drv):
    open_page(drv, "/calendar?month=2026-05&lang=en")
    wait(drv, lambda d: d.find_elements(By.CSS_SELECTOR, "td[data-date]"), what="the month grid")
    start = drv.find_element(By.CSS_SELECTOR, 'td[data-date][tabindex="0"]')
    drv.execute_script("arguments[0].focus()", start)
    first = start.get_attribute("data-date")
    drv.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
    now = drv.switch_to.active_element.get_attribute("data-date")
    import datetime
    assert now == (datetime.date.fromisoformat(first) + datetime.timedelta(days=1)).isoformat() or now == first, (first, now)
    # Jump to 1 May (Unity Day) with Home and read its reason.
    drv.switch_to.active_element.send_keys(Keys.HOME)
    assert drv.switch_to.active_element.get_attribute("data-date") == "2026-05-01"
    wait(drv, lambda d: "Unity" in d.find_element(By.ID, "day-info").text, what="the reason of 1 May")


def control_agenda(drv, lang):
    def run():
        code, out, err = cli("agenda", CASES, "--as-of", "2026-12-01", "--within", "3", "--report", "2026-Q4", "--json", "--lang", lang)
        assert code == 0, err
        expected = json.loads(out)
        open_page(drv, f"/control?lang={lang}")
        assert drv.find_element(By.CSS_SELECTOR, 'input[name="as_of"]').get_attribute("value"), "as_of has no default"
        load_agenda(drv, CASES, "2026-12-01", "3", "2026-Q4")
        assert alert_text(drv, "control-error") is None, alert_text(drv, "control-error")
        assert headers(drv, "agenda")[:5] == AGENDA_HEADERS[lang], headers(drv, "agenda")
        got = [(r["case"], r["key"], r["date"]) for r in rows(drv, "agenda")]
        want = [(x["case"], x["deadline"], x["due"]) for x in expected["agenda"]]
        assert got == want, f"{got} != {want}"
        vio = [(r["case"], r["key"], r["date"]) for r in rows(drv, "violations")]
        assert vio == [(x["case"], x["deadline"], x["due"]) for x in expected["violations"]], vio
        rep = {r["key"]: r["cells"][1] for r in rows(drv, "report")}
        for k, v in expected["report"].items():
            if isinstance(v, int):
                assert rep.get(k) == str(v), f"report {k}: {rep.get(k)} != {v}"
    return run


def load_agenda(drv, path, as_of, within, report):
    before = counter(drv, "agenda")
    drv.find_element(By.ID, "case-file").send_keys(path)
    el = drv.find_element(By.CSS_SELECTOR, 'input[name="as_of"]')
    drv.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", el, as_of)
    w = drv.find_element(By.CSS_SELECTOR, 'input[name="within"][type="number"]')
    w.clear()
    w.send_keys(within)
    sel = drv.find_element(By.CSS_SELECTOR, 'select[name="report"]')
    drv.execute_script("arguments[0].value = arguments[1];", sel, report)
    assert sel.get_attribute("value") == report, f"no quarter {report} to choose"
    drv.find_element(By.ID, "show-agenda").click()
    wait(drv, lambda d: counter(d, "agenda") != before, what="the agenda")


def control_bad_files(drv):
    for lang in LANGS:
        open_page(drv, f"/control?lang={lang}")
        for name, text in [("not-json", "{\"version\": 1, \"cases\": [ oops ]}"),
                           ("unknown-event", json.dumps({"version": 1, "cases": [{"id": "X", "events": [{"on": "2026-03-26", "event": "teleported"}]}]}))]:
            with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
                f.write(text)
            try:
                load_agenda(drv, f.name, "2026-12-01", "3", "")
            finally:
                os.unlink(f.name)
            msg = alert_text(drv, "control-error")
            assert msg, f"{lang} {name}: no div[role=alert]"
            assert not drv.find_elements(By.CSS_SELECTOR, "table#agenda"), f"{lang} {name}: a table beside the alert"
            if lang == "ru":
                assert any("\u0400" <= c <= "\u04ff" for c in msg), f"ru message not in Russian: {msg}"
    # No file at all.
    open_page(drv, "/control?lang=en")
    drv.find_element(By.ID, "show-agenda").click()
    assert alert_text(drv, "control-error"), "no alert without a file"


def csv_export(drv):
    open_page(drv, "/control?lang=ru")
    load_agenda(drv, CASES, "2026-12-01", "3", "2026-Q4")
    os.makedirs(DOWNLOADS, exist_ok=True)
    for f in os.listdir(DOWNLOADS):
        os.unlink(os.path.join(DOWNLOADS, f))
    for bid, prefix in [("export-agenda", "agenda-"), ("export-violations", "violations-"), ("export-report", "report-")]:
        drv.find_element(By.ID, bid).click()
        wait(drv, lambda d: any(f.startswith(prefix) and f.endswith(".csv") for f in os.listdir(DOWNLOADS)), what=f"{prefix}*.csv")
    time.sleep(0.3)
    name = [f for f in os.listdir(DOWNLOADS) if f.startswith("agenda-")][0]
    with open(os.path.join(DOWNLOADS, name), encoding="utf-8-sig") as f:
        table = list(csv.reader(io.StringIO(f.read()), delimiter=";"))
    expected = json.loads(cli("agenda", CASES, "--as-of", "2026-12-01", "--json")[1])
    assert len(table) == 1 + len(expected["agenda"]), len(table)
    assert [r[-2] for r in table[1:]] == [x["deadline"] for x in expected["agenda"]]


def ics_download(drv):
    open_page(drv, "/?lang=kk")
    fill_deadlines(drv, {"received": "2026-03-21", "reception": "2026-05-12"})
    for f in os.listdir(DOWNLOADS) if os.path.isdir(DOWNLOADS) else []:
        os.unlink(os.path.join(DOWNLOADS, f))
    os.makedirs(DOWNLOADS, exist_ok=True)
    drv.find_element(By.ID, "ics").click()
    wait(drv, lambda d: any(f.endswith(".ics") for f in os.listdir(DOWNLOADS)), what="the .ics")
    time.sleep(0.3)
    name = [f for f in os.listdir(DOWNLOADS) if f.endswith(".ics")][0]
    data = open(os.path.join(DOWNLOADS, name), "rb").read()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n"), data[:40]
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, f"an unfolded line of {len(line)} octets"
        line.decode("utf-8")  # never folded inside a character
    assert b"DTSTART;VALUE=DATE:20260416" in data
    # The calendar's .ics link points at the service's endpoint.
    open_page(drv, "/calendar?year=2026&lang=en")
    wait(drv, lambda d: d.find_elements(By.ID, "calendar-ics"), what="the calendar .ics link")
    assert drv.find_element(By.ID, "calendar-ics").get_attribute("href").endswith("/v1/calendar/2026.ics")


def screenshots_and_axe(drv):
    def run():
        for lang in LANGS:
            open_page(drv, f"/?lang={lang}")
            fill_deadlines(drv, {"received": "2026-03-21", "extended_on": "2026-04-10", "answered_on": "2026-06-05", "reception": "2026-06-16"})
            drv.execute_script("document.querySelectorAll('#deadlines details')[0] && (document.querySelectorAll('#deadlines details')[0].open = true)")
            shot(drv, f"deadlines-{lang}")
            axe(drv, f"deadlines {lang}")
            open_page(drv, f"/calendar?year=2026&lang={lang}")
            wait(drv, lambda d: len(d.find_elements(By.CSS_SELECTOR, "td[data-date]")) == 365, what="the year")
            drv.execute_script("document.querySelector('td[data-date=\"2026-03-23\"]').focus()")
            wait(drv, lambda d: len(d.find_element(By.ID, "day-info").text) > 20, what="a day's reason")
            shot(drv, f"calendar-{lang}")
            axe(drv, f"calendar {lang}")
            open_page(drv, f"/control?lang={lang}")
            load_agenda(drv, CASES, "2026-12-01", "3", "2026-Q4")
            shot(drv, f"control-{lang}")
            axe(drv, f"control {lang}")
        # A phone's width.
        drv.set_window_size(390, 900)
        open_page(drv, "/?lang=kk")
        fill_deadlines(drv, {"received": "2026-03-21", "reception": "2026-05-12"})
        shot(drv, "deadlines-kk-phone")
        over = drv.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
        drv.set_window_size(1280, 1000)
        assert not over, "the page scrolls sideways on a phone"
    return run


def error_alert_language(drv):
    seen = {}
    for lang in LANGS:
        open_page(drv, f"/?lang={lang}")
        fill_deadlines(drv, {"received": "2026-07-03", "answered_on": "2026-07-01"})
        msg = alert_text(drv, "deadlines-error")
        assert msg, f"{lang}: no alert"
        # The regulation's points are «п.» in every language: leave them out.
        words = msg.replace("п.", "")
        cyr = sum("\u0400" <= c <= "\u04ff" for c in words)
        latin = sum("a" <= c.lower() <= "z" for c in words)
        assert (cyr > latin) == (lang != "en"), f"{lang}: {msg}"
        seen[lang] = msg
    assert len(set(seen.values())) == 3, f"the same message in two languages: {seen}"


def main():
    drv = make_driver()
    try:
        by_lang = ["en"] * 16 + ["ru"] * 4 + ["kk"] * 4
        open_page(drv, "/?lang=en")
        current = "en"
        for i, (facts, lang) in enumerate(zip(SCENARIOS, by_lang), 1):
            if lang != current:
                open_page(drv, f"/?lang={lang}")
                current = lang
            check(f"deadlines scenario {i} ({lang}) {json.dumps(facts)}", deadline_scenario(drv, facts, lang))
        check("language switch: headers, names and links in kk, ru, en", lambda: language_switch(drv))
        check("errors of the service in div[role=alert], in the language chosen", lambda: error_alert_language(drv))
        check("calendar month 2026-03: every cell's kind = /v1/days", lambda: calendar_month(drv))
        check("calendar year 2026 = calendar 2026 --json", lambda: calendar_year(drv))
        check("calendar 2028 projected, estimated Kurban ait", lambda: calendar_projected(drv))
        check("calendar keyboard: arrows, Home, the reason shown", lambda: calendar_keyboard(drv))
        for lang in LANGS:
            check(f"control: agenda, violations, report = agenda --json ({lang})", control_agenda(drv, lang))
        check("control: bad files give div[role=alert]", lambda: control_bad_files(drv))
        check("control: CSV exports", lambda: csv_export(drv))
        check("deadlines .ics download; calendar .ics link", lambda: ics_download(drv))
        check("screenshots of the three views in kk, ru, en; axe-core: no serious or critical violation", screenshots_and_axe(drv))
    finally:
        drv.quit()
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
