"""Shared plumbing of the compare_*.py tests: skipping (exit 77), checks, the trit tool, the scratch folder.

Import this module before numpy: it turns a missing numpy into a skip instead of a failure."""

import os
import subprocess
import sys
import tempfile

SKIP = 77

try:
    import numpy  # noqa: F401  (only probing)
except ImportError:
    print(f"SKIP: numpy is not available to {sys.executable} (install Debian's python3-numpy)")
    sys.exit(SKIP)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


class Checks:
    """Counts failed checks; every failure is printed with its message, and finish() sets the exit code."""

    def __init__(self, name):
        self.name = name
        self.failures = 0
        self.count = 0

    def check(self, condition, message):
        self.count += 1
        if not condition:
            self.failures += 1
            print(f"FAIL: {message}", flush=True)
        return bool(condition)

    def finish(self):
        status = "passed" if self.failures == 0 else f"{self.failures} FAILED"
        print(f"{self.name}: {self.count} checks, {status}")
        sys.exit(0 if self.failures == 0 else 1)


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(SKIP)


def trit_tool():
    """Path of the built trit CLI, or skip the test when it is not there."""
    path = os.environ.get("TRIT_TOOL", "")
    if not path or not os.access(path, os.X_OK):
        skip(f"the trit tool is not built (TRIT_TOOL={path!r})")
    return path


def work_dir(test_name):
    base = os.environ.get("TRIT_WORK_DIR") or tempfile.gettempdir()
    path = os.path.join(base, "reference-work", test_name)
    os.makedirs(path, exist_ok=True)
    return path


def run_tool(args):
    """Runs trit with args; a failure raises with the tool's own message so the test output explains it."""
    command = [trit_tool()] + [str(a) for a in args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {result.returncode}:\n{result.stderr.strip()}")
    return result.stdout
