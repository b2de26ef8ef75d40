#!/usr/bin/env python3
"""Interleaved wrk rounds: TFB /fortunes, then each Thi Đua page, ROUNDS times, after a warm-up.

Every Thi Đua page run signs in afresh with curl (one session per wrk run) and checks, before and after
the run, that the page answers 200 with the full page (not the sign-in form); the average bytes per response
that wrk read is compared with the checked page's size, so a run that silently got redirects is flagged.
CPU seconds of the app's JVM, of the PostgreSQL server's processes (user postgres), of wrk and of the whole
machine are read from /proc around every run.

Writes results/<round>-<case>.txt (raw wrk output) and results/runs.jsonl; summarise.py makes the tables.
"""
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RES = HERE / os.environ.get("RESULTS", "results")
RES.mkdir(exist_ok=True)
TFB = "http://127.0.0.1:18180"
TD = "http://127.0.0.1:18105"
ROUNDS = int(os.environ.get("ROUNDS", "3"))
DURATION = os.environ.get("DURATION", "15s")
WARMUP = os.environ.get("WARMUP", "20s")
USER = os.environ.get("THIDUA_USER", "canbo.vinhlong")
HZ = os.sysconf("SC_CLK_TCK")
PG_UID = int(subprocess.check_output(["id", "-u", "postgres"]).decode().strip())


def pid_of(port):
    out = subprocess.check_output(["ss", "-ltnpH", f"sport = :{port}"]).decode()
    m = re.search(r"pid=(\d+)", out)
    if not m:
        sys.exit(f"nothing listens on {port}")
    return int(m.group(1))


def login():
    return subprocess.check_output([str(HERE / "login.sh"), USER]).decode().strip()


def api_key():
    f = HERE / "api-key.txt"
    if not f.exists():
        subprocess.check_call([str(HERE / "create-api-key.sh")])
    return f.read_text().strip()


def curl(url, headers):
    cmd = ["curl", "-s", "-o", str(Path(__file__).resolve().parent / ".body"), "-w", "%{http_code} %{size_download} %{size_header}"]
    for h in headers:
        cmd += ["-H", h]
    code, body, head = subprocess.check_output(cmd + [url]).decode().split()
    text = Path(str(Path(__file__).resolve().parent / ".body")).read_text(errors="replace")
    return int(code), int(body), int(head), text


def snapshot(java_pid):
    """CPU ticks: the app JVM, PostgreSQL server processes, wrk processes, and the machine's busy time."""
    java = pg = wrk = 0
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                st = f.read()
            uid = os.stat(f"/proc/{d}").st_uid
        except OSError:
            continue
        comm = st[st.index("(") + 1:st.rindex(")")]
        fields = st[st.rindex(")") + 2:].split()
        ticks = int(fields[11]) + int(fields[12])
        if int(d) == java_pid:
            java += ticks
        elif uid == PG_UID and comm.startswith("postgres"):
            pg += ticks
        elif comm == "wrk":
            wrk += ticks
    with open("/proc/stat") as f:
        cpu = [int(x) for x in f.readline().split()[1:]]
    busy = sum(cpu) - cpu[3] - cpu[4]
    return {"java": java, "pg": pg, "wrk": wrk, "busy": busy, "t": time.time()}


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}
SIZES = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def ms(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(m.group(1)) * UNITS[m.group(2)]


def parse(out):
    r = {}
    r["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    for p in ("50", "75", "90", "99"):
        m = re.search(rf"^\s+{p}%\s+(\S+)", out, re.M)
        r[f"p{p}"] = ms(m.group(1)) if m else None
    m = re.search(r"(\d+) requests in ([\d.]+\w+), ([\d.]+)(\w+) read", out)
    r["requests"] = int(m.group(1))
    r["bytes"] = float(m.group(3)) * SIZES[m.group(4)]
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    r["non2xx3xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    r["socket_errors"] = [int(x) for x in m.groups()] if m else [0, 0, 0, 0]
    return r


def cases():
    """name, base, path, auth ('session', 'api' or None), marker the full page must contain."""
    return [
        ("fortunes", TFB, "/fortunes", None, "<title>Fortunes</title>"),
        ("registry", TD, "/registry", "session", None),
        ("registry_next", TD, None, "session", None),  # path filled in from the first page's next link
        ("registry_district", TD, "/registry?unit=VL-CAUNGANG", "session", None),
        ("home", TD, "/", "session", None),
        ("movement_dashboard", TD, "/movements/4", "session", None),
        ("cluster_ranking_2023", TD, "/reviews/2/results", "session", None),
        ("proposal", TD, "/proposals/2", "session", None),
        ("award_statistics", TD, "/reports/awards?year=2023&unit=VL", "session", None),
        ("statutory_report", TD, "/reports/statutory?year=2023&unit=VL", "session", None),
        ("narrative", TD, "/reports/narrative?year=2023&unit=VL", "session", None),
        ("api_awards", TD, "/api/v1/awards?size=50", "api", '"content"'),
        ("login_page", TD, "/login", None, 'name="password"'),
    ]


def headers_for(auth):
    if auth == "session":
        return [f"Cookie: SESSION={login()}"]
    if auth == "api":
        return [f"Authorization: Bearer {api_key()}"]
    return []


def check(name, url, hdrs, marker):
    code, body, head, text = curl(url, hdrs)
    ok = code == 200
    if name not in ("login_page", "fortunes"):
        ok = ok and 'name="password"' not in text
    if marker:
        ok = ok and marker in text
    return {"code": code, "body": body, "head": head, "ok": ok, "rows": text.count("<tr")}


def run(rnd, name, base, path, auth, marker, duration, java_pid, record=True):
    url = base + path
    hdrs = headers_for(auth)
    pre = check(name, url, hdrs, marker)
    if not pre["ok"]:
        print(f"!! {name}: pre-check failed {pre}", flush=True)
    cmd = ["wrk", "-t2", "-c64", f"-d{duration}", "--latency"]
    for h in hdrs:
        cmd += ["-H", h]
    a = snapshot(java_pid)
    ca = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd + [url], capture_output=True, text=True).stdout
    cb = resource.getrusage(resource.RUSAGE_CHILDREN)
    b = snapshot(java_pid)
    # wrk has exited by the second snapshot: its CPU comes from the children's rusage
    a["wrk"], b["wrk"] = 0, round(HZ * ((cb.ru_utime + cb.ru_stime) - (ca.ru_utime + ca.ru_stime)))
    post = check(name, url, hdrs, marker)
    if not record:
        return None
    (RES / f"{rnd}-{name}.txt").write_text(" ".join(cmd[:6]) + " " + url + "\n" + out)
    r = parse(out)
    r.update(round=rnd, case=name, url=url, pre=pre, post=post)
    full = pre["body"] + pre["head"]
    r["avg_bytes"] = r["bytes"] / max(r["requests"], 1)
    r["full_page_bytes"] = full
    # dynamic pages differ by a few bytes (tokens, times); a redirect to /login would be ~10x smaller
    r["bytes_ok"] = abs(r["avg_bytes"] - full) / full < 0.15
    wall = b["t"] - a["t"]
    r["cpu_s"] = {k: (b[k] - a[k]) / HZ for k in ("java", "pg", "wrk", "busy")}
    r["cpu_s"]["other"] = r["cpu_s"]["busy"] - r["cpu_s"]["java"] - r["cpu_s"]["pg"] - r["cpu_s"]["wrk"]
    r["wall_s"] = wall
    with open(RES / "runs.jsonl", "a") as f:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{rnd} {name:22s} {r['rps']:9.1f} req/s p50 {r['p50']:8.2f} ms p99 {r['p99']:8.2f} ms "
          f"non2xx/3xx {r['non2xx3xx']} bytes/resp {r['avg_bytes']:.0f} (page {full}) "
          f"ok {pre['ok'] and post['ok'] and r['bytes_ok']} cpu java {r['cpu_s']['java']:.1f}s pg {r['cpu_s']['pg']:.1f}s "
          f"wrk {r['cpu_s']['wrk']:.1f}s other {r['cpu_s']['other']:.1f}s", flush=True)
    return r


def main():
    tfb_pid, td_pid = pid_of(18180), pid_of(18105)
    cs = cases()
    # the keyset next page, from the first page's link
    code, _, _, text = curl(TD + "/registry", headers_for("session"))
    m = re.search(r'href="(/registry\?before=[^"]+)"', text)
    if not m:
        sys.exit("no next link on the registry's first page")
    nxt = m.group(1).replace("&amp;", "&")
    cs = [(n, b, nxt if n == "registry_next" else p, a, mk) for n, b, p, a, mk in cs]
    (RES / "cases.json").write_text(json.dumps(cs, ensure_ascii=False, indent=1))
    if WARMUP != "0":
        print(f"warm-up, {WARMUP} per case", flush=True)
        for n, b, p, a, mk in cs:
            run("warmup", n, b, p, a, mk, WARMUP, tfb_pid if b == TFB else td_pid, record=False)
    for rnd in range(1, ROUNDS + 1):
        for n, b, p, a, mk in cs:
            run(f"r{rnd}", n, b, p, a, mk, DURATION, tfb_pid if b == TFB else td_pid)
        # fortunes again at the end of the round: how much the machine drifted within it
        n, b, p, a, mk = cs[0]
        run(f"r{rnd}", "fortunes_end", b, p, a, mk, DURATION, tfb_pid)


if __name__ == "__main__":
    main()
