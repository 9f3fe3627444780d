#!/usr/bin/env python3
"""Regenerate expected outputs for the Isola differential test corpus.

Every ``<area>/<name>.py`` under this directory is run with CPython 3.11
(``python3``), with this directory as the working directory, the relative
path ``<area>/<name>.py`` as the script argument, ``PYTHONHASHSEED=0``, and
stdin taken from ``<area>/<name>.in`` if present (else ``/dev/null``).

The expected files are produced from CPython 3.11:

* ``<name>.out`` -- exact stdout (always written, possibly empty);
* ``<name>.err`` -- exact stderr, written ONLY when stderr is non-empty;
  a stale ``.err`` is removed when stderr is empty.

Path normalisation: although the script is started with the relative path
``<area>/<name>.py``, CPython 3.9+ makes the ``__main__`` file name absolute,
so its tracebacks, SyntaxError reports and warnings say
``File "/abs/.../programs/<area>/<name>.py"``.  The absolute prefix of this
directory (plus the path separator) is stripped from stdout and stderr, so the
expected files read ``File "<area>/<name>.py", line N`` -- what a runtime
started the same way, reporting the path it was given, prints.

Helper modules that programs import live in directories named ``lib`` (e.g.
``imports/lib/``): they are not programs, and CPython runs with
``PYTHONDONTWRITEBYTECODE=1`` so that no ``__pycache__`` appears beside them.

Expected exit status rule: 0 if there is no ``.err`` file, otherwise 1,
unless the program contains a line ``# exit: N``, in which case N.
After running, this script verifies the real exit status of every program
against that rule, prints every mismatch, and exits with status 1 if any
mismatch (or a program exceeding the time limit) was found.

Usage:  python3 regen.py [--check] [area/name.py ...]
  --check   do not write files; report programs whose stdout/stderr/status
            differ from the stored expectations.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXIT_RE = re.compile(r"^#\s*exit:\s*(-?\d+)\s*$", re.M)


def programs(selected):
    if selected:
        return sorted(selected)
    found = []
    for area in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, area)
        if not os.path.isdir(d) or area.startswith((".", "_")):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".py") and os.path.isfile(os.path.join(d, f)):
                found.append(area + "/" + f)
    return found


def expected_status(src, has_err):
    m = EXIT_RE.search(src)
    if m:
        return int(m.group(1))
    return 1 if has_err else 0


def main(argv):
    check = "--check" in argv
    selected = [a for a in argv if not a.startswith("--")]
    if sys.version_info[:2] != (3, 11):
        print("warning: expected CPython 3.11, running", sys.version, file=sys.stderr)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    problems = 0
    count = 0
    for rel in programs(selected):
        count += 1
        base = os.path.join(HERE, rel[:-3])
        inp = base + ".in"
        stdin = open(inp, "rb") if os.path.exists(inp) else open(os.devnull, "rb")
        try:
            r = subprocess.run(["python3", rel],
                               cwd=HERE, env=env, stdin=stdin,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=10)
        except subprocess.TimeoutExpired:
            print("TIMEOUT:", rel)
            problems += 1
            continue
        finally:
            stdin.close()
        prefix = (HERE + os.sep).encode()
        r.stdout = r.stdout.replace(prefix, b"")
        r.stderr = r.stderr.replace(prefix, b"")
        with open(rel, encoding="utf-8") as f:
            src = f.read()
        if check:
            def rd(p):
                return open(p, "rb").read() if os.path.exists(p) else None
            out_ok = rd(base + ".out") == r.stdout
            err_ok = rd(base + ".err") == (r.stderr or None)
            if not (out_ok and err_ok):
                print("DIFF:", rel, "stdout ok" if out_ok else "stdout differs",
                      "stderr ok" if err_ok else "stderr differs")
                problems += 1
        else:
            with open(base + ".out", "wb") as f:
                f.write(r.stdout)
            if r.stderr:
                with open(base + ".err", "wb") as f:
                    f.write(r.stderr)
            elif os.path.exists(base + ".err"):
                os.remove(base + ".err")
        want = expected_status(src, bool(r.stderr))
        # A process killed by a signal (CPython re-raises SIGINT after KeyboardInterrupt)
        # reports -signal here and 128 + signal to a shell and to Java.
        status = r.returncode if r.returncode >= 0 else 128 - r.returncode
        if status != want:
            print("STATUS MISMATCH: %s: expected %d by rule, python3 returned %d"
                  % (rel, want, status))
            problems += 1
    print("%d programs, %d problems" % (count, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
