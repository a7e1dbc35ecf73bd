"""The annotated dev set stays consistent: evidence verbatim, enums valid, dates coherent."""

import subprocess
import sys

from tests.conftest import DEVSET


def test_devset_annotations_check_out() -> None:
    result = subprocess.run([sys.executable, str(DEVSET / "check_devset.py")],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
